// The simulation's own yardsticks (src/sync/testing): canonical records, the independent scope
// filter and the acknowledgement ledger. A bug here would hide sync bugs, so they get tests too.
#include "canonicalrecords.h"
#include "recordingsyncstore.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::synctesting;

namespace {

const QString kOfficer = QStringLiteral("0190f2c4-0000-7000-8000-000000000001");
const QString kOther = QStringLiteral("0190f2c4-0000-7000-8000-000000000002");

CanonicalRecord rec(const QString &entity, const QString &id, const QJsonObject &fields, bool deleted = false)
{
    return canonicalRecord(entity, id, fields, QJsonObject{{"deleted", "h"}}, deleted);
}

RecordSet world()
{
    RecordSet all;
    for (const CanonicalRecord &r : {
             rec("municipality", "m1", {{"code", "GM0014"}}),
             rec("school", "s1", {{"vestiging", "11AA00"}}),
             rec("school", "s2", {{"vestiging", "22BB00"}}),
             rec("participation", "p1", {{"vestiging", "11AA00"}}),
             rec("participation", "p2", {{"vestiging", "22BB00"}}),
             rec("enrichment_session", "e1", {{"vestiging", "22BB00"}}),
             rec("bridge_officer", kOfficer, {{"user_name", "bf-1"}}),
             rec("bridge_officer", kOther, {{"user_name", "bf-2"}}),
             rec("placement", "pl1",
                 {{"officer_id", kOfficer}, {"vestiging", "11AA00"}, {"from_date", "2026-08-01"}}),
             rec("placement", "pl2",
                 {{"officer_id", kOfficer},
                  {"vestiging", "22BB00"},
                  {"from_date", "2026-08-01"},
                  {"to_date", "2026-09-30"}}),
             rec("placement", "pl3",
                 {{"officer_id", kOther}, {"vestiging", "22BB00"}, {"from_date", "2026-08-01"}}),
             rec("family_contact", "f1", {{"officer_id", kOfficer}, {"vestiging", "22BB00"}}),
             rec("family_contact", "f2", {{"officer_id", kOther}, {"vestiging", "22BB00"}}),
         })
        all.insert(r.id, r);
    return all;
}

QStringList ids(const RecordSet &set)
{
    return set.keys();
}

} // namespace

TEST_CASE("Canonical records drop nulls and default flags and compare field clocks of editable records only")
{
    const CanonicalRecord a = canonicalRecord(
        "school", "ABC", {{"vestiging", "11AA00"}, {"city", QJsonValue::Null}}, {{"vestiging", "h1"}}, false);
    CHECK(a.id == "abc");
    CHECK(!a.fields.contains("city"));
    CHECK(a.hlc.value("vestiging") == "h1");
    const CanonicalRecord b = canonicalRecord(
        "enrichment_session", "x", {{"withdrawn", false}, {"pupils", 3}}, {{"pupils", "h2"}}, false);
    CHECK(!b.fields.contains("withdrawn"));
    CHECK(b.hlc.isEmpty());
    CHECK(b.text() == R"({"deleted":false,"entity":"enrichment_session","fields":{"pupils":3},"id":"x"})");
}

TEST_CASE("A full pull keeps the latest state of each record and the export is ordered by entity and id")
{
    RecordSet set;
    applyPulledChanges(
        set,
        QJsonArray{
            QJsonObject{{"entity", "school"}, {"id", "b"}, {"fields", QJsonObject{{"pupils", 1}}}},
            QJsonObject{{"entity", "municipality"}, {"id", "z"}, {"fields", QJsonObject{}}},
            QJsonObject{
                {"entity", "school"}, {"id", "b"}, {"fields", QJsonObject{{"pupils", 2}}}, {"deleted", true}},
        });
    REQUIRE(set.size() == 2);
    CHECK(set.value("b").fields.value("pupils") == 2);
    CHECK(set.value("b").deleted);
    const QList<QByteArray> lines = exportText(set).split('\n');
    CHECK(lines.at(0).contains("\"municipality\""));
    CHECK(lines.at(1).contains("\"school\""));
}

TEST_CASE("Differences name missing, unexpected and changed records")
{
    RecordSet expected = world();
    RecordSet actual = expected;
    actual.remove("p1");
    actual["s1"].fields.insert("pupils", 9);
    actual.insert("zz", rec("school", "zz", {{"vestiging", "33CC00"}}));
    const QStringList diff = differences(expected, actual);
    REQUIRE(diff.size() == 3);
    CHECK(diff.join("\n").contains("missing"));
    CHECK(diff.join("\n").contains("unexpected"));
    CHECK(diff.join("\n").contains("but got"));
    CHECK(differences(expected, expected).isEmpty());
    CHECK(differences(expected, actual, 1).size() == 2); // one line and the "... more" note
}

TEST_CASE("A device mirrors the server when its live records and the tombstones it holds are equal")
{
    RecordSet server = world();
    server["p1"].deleted = true;
    RecordSet device = server;
    device.remove("p1"); // a deletion it never needed to materialise
    CHECK(mirrorDifferences(server, device).isEmpty());
    device.remove("p2"); // a live record missing
    CHECK(mirrorDifferences(server, device).size() == 1);
    device = server;
    device["p1"].deleted = false; // still live on the device
    CHECK(mirrorDifferences(server, device).size() == 1);
    device = server;
    server.remove("p1"); // a tombstone the server does not have (in this scope)
    CHECK(mirrorDifferences(server, device).size() == 1);
}

TEST_CASE("The independent scope filter follows the roles table of the protocol")
{
    const RecordSet all = world();
    CHECK(filterToScope(all, {"admin", "root", {}, {}}).size() == all.size());
    const RecordSet regional = filterToScope(all, {"regional", "r", {}, {}});
    CHECK(!regional.contains("f1"));
    CHECK(!regional.contains("f2"));
    CHECK(regional.size() == all.size() - 2);

    const RecordSet coordinator = filterToScope(all, {"coordinator", "c", {"22BB00"}, {}});
    CHECK(ids(coordinator) == QStringList{"e1", "m1", "p2", "s2"});

    // On 2026-10-01 bf-1's placement at 22BB00 has ended: that school drops out, their own
    // placements and contacts (wherever they are) stay; nothing of bf-2.
    const RecordSet officer = filterToScope(all, {"officer", "bf-1", {}, QDate(2026, 10, 1)});
    CHECK(ids(officer) == QStringList{kOfficer, "f1", "m1", "pl1", "pl2", "s1"});
    const RecordSet earlier = filterToScope(all, {"officer", "bf-1", {}, QDate(2026, 9, 1)});
    CHECK(earlier.contains("s2"));
    CHECK(officerIdOf(all, "bf-2") == kOther);
    CHECK(officerIdOf(all, "nobody").isEmpty());
}

TEST_CASE("The ledger records sends and acknowledgements and flags inconsistent replays")
{
    AckLedger ledger;
    OutboxMutation m;
    m.n = 1;
    m.entity = "school";
    m.fields = QJsonObject{{"pupils", 3}};
    ledger.sent(m, 500);
    ledger.sent(m, 500);
    CHECK(ledger.unacknowledged() == QList<qint64>{1});
    CHECK(ledger.acked({1, wire::AckStatus::Applied, {}, {}, {}}, 1000).isEmpty());
    CHECK(ledger.unacknowledged().isEmpty());
    CHECK(ledger.entries().value(1).ackedAtServerMs == 1000);
    CHECK(ledger.entries().value(1).sentAtServerMs == 500);
    CHECK(ledger.acked({1, wire::AckStatus::Applied, {}, {}, {}}, 2000).isEmpty()); // same answer again
    CHECK(!ledger.acked({1, wire::AckStatus::Rejected, "scope.role", "entity", {}}, 3000).isEmpty());
    CHECK(!ledger.acked({7, wire::AckStatus::Applied, {}, {}, {}}, 3000).isEmpty());
    m.fields = QJsonObject{{"pupils", 4}};
    ledger.sent(m, 500);
    CHECK(ledger.violations().size() == 3);
}
