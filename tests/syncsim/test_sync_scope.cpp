// Scope end to end (docs/sync-protocol.md, "Roles and scope"): what each device ever receives,
// refused pushes that never block the outbox, and a school leaving an officer's device when the
// placement ends. Runs on SQLite, and on PostgreSQL when VERRIJKT_TEST_PG is set.
#include "blockinghttp.h"
#include "bridgeofficerrepository.h"
#include "enrichmentsessionrepository.h"
#include "familycontactrepository.h"
#include "participationrepository.h"
#include "schoolregistry.h"
#include "simrun.h"
#include "smallworld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::synctesting;

namespace {

const QStringList S = simSchoolCodes();

QList<SmallWorld::Device> scopeDevices()
{
    return {{"regio-a@tablet", "regio-a"},
            {"coord-1@tablet", "coord-1"},
            {"coord-2@phone", "coord-2"},
            {"bf-1@phone", "bf-1"},
            {"bf-2@phone", "bf-2"}};
}

// Every change a device pulls, as (entity, fields).
struct Received
{
    QList<PulledChange> changes;
    int resets = 0;
};

void watch(SimDevice &d, Received &into)
{
    d.recording().setPageObserver([&into](const QList<PulledChange> &changes, const SyncScope &, bool reset) {
        into.changes += changes;
        into.resets += reset ? 1 : 0;
    });
}

EnrichmentSession sessionAt(const QString &school, const QString &user, const QDate &date)
{
    EnrichmentSession s;
    s.vestiging = school;
    s.date = date;
    s.provider = "Kunstencentrum";
    s.hours = 1.5;
    s.pupils = 20;
    s.groups = 0x30;
    s.recordedBy = user;
    return s;
}

FamilyContact contactAt(const QUuid &officer, const QString &school, const QDate &date, quint64 bits)
{
    FamilyContact c;
    c.officerId = officer;
    c.vestiging = school;
    c.date = date;
    c.familyCode = FamilyCode::fromRandomBits(bits);
    c.topics = {ContactTopic::Parenting};
    c.support = {SupportGiven::Listening};
    c.durationMinutes = 30;
    return c;
}

QUuid officerId(SimDevice &d, const QString &user)
{
    const auto o = BridgeOfficerRepository(d.db()).officerByUserName(user);
    REQUIRE(o);
    return o->meta.id;
}

} // namespace

TEST_CASE("Each device receives only what its role and scope allow, on every page it ever pulls")
{
    quietSimLogs();
    for (const QString &backend : availableBackends()) {
        INFO(backend.toStdString());
        SmallWorld w(backend, simAccounts(), scopeDevices());
        Received coord1, bf1;
        watch(w.device("coord-1@tablet"), coord1);
        watch(w.device("bf-1@phone"), bf1);
        SimDevice &regio = w.device("regio-a@tablet");
        const QDate today = regio.today();

        // Records at every school: participations (regional), sessions (both coordinators, also at
        // the shared school 11SC00), family contacts of both officers, bf-2 also at bf-1's school.
        for (const QString &school : S) {
            Participation p;
            p.vestiging = school;
            p.schoolYear = SchoolYear(2026);
            p.tier = Tier::TwoHours;
            p.startDate = QDate(2026, 9, 1);
            REQUIRE(ParticipationRepository(regio.db()).save(p).ok());
        }
        Placement shared;
        shared.officerId = officerId(regio, "bf-2");
        shared.vestiging = S.at(0);
        shared.fte = 0.1;
        shared.from = QDate(2026, 8, 1);
        REQUIRE(BridgeOfficerRepository(regio.db()).savePlacement(shared).ok());
        w.syncAll();
        for (const auto &[label, user, school] : {std::tuple{"coord-1@tablet", "coord-1", S.at(0)},
                                                  std::tuple{"coord-1@tablet", "coord-1", S.at(2)},
                                                  std::tuple{"coord-2@phone", "coord-2", S.at(2)},
                                                  std::tuple{"coord-2@phone", "coord-2", S.at(4)}}) {
            SimDevice &d = w.device(label);
            REQUIRE(EnrichmentSessionRepository(d.db()).record(sessionAt(school, user, today), today).ok());
        }
        SimDevice &bf1Device = w.device("bf-1@phone");
        SimDevice &bf2Device = w.device("bf-2@phone");
        REQUIRE(FamilyContactRepository(bf1Device.db())
                    .record(contactAt(officerId(bf1Device, "bf-1"), S.at(0), today, 1), today)
                    .ok());
        REQUIRE(FamilyContactRepository(bf2Device.db())
                    .record(contactAt(officerId(bf2Device, "bf-2"), S.at(0), today, 2), today)
                    .ok());
        REQUIRE(FamilyContactRepository(bf2Device.db())
                    .record(contactAt(officerId(bf2Device, "bf-2"), S.at(3), today, 3), today)
                    .ok());
        w.syncAll();
        w.syncAll();

        // coord-1 (11SA00, 11SB00, 11SC00): their schools' rows, coord-2's session at the shared
        // school, municipalities; never another school, an officer, a placement or a contact.
        const QSet<QString> coordinatorEntities{"municipality",          "school",     "participation",
                                                "library_participation", "plan_entry", "enrichment_session"};
        REQUIRE(!coord1.changes.isEmpty());
        int sharedSessions = 0;
        for (const PulledChange &c : coord1.changes) {
            INFO(c.entity.toStdString() << " " << c.fields.value("vestiging").toString().toStdString());
            CHECK(coordinatorEntities.contains(c.entity));
            if (c.entity != "municipality")
                CHECK(S.mid(0, 3).contains(c.fields.value("vestiging").toString()));
            sharedSessions += c.entity == "enrichment_session" && c.fields.value("recorded_by") == "coord-2";
        }
        CHECK(sharedSessions == 1);

        // bf-1: their own officer record, placements and contacts; schools where placed; nothing of
        // bf-2, not even bf-2's contact at the school they share.
        const QString bf1Id = wire::uuidText(officerId(bf1Device, "bf-1"));
        int ownContacts = 0;
        for (const PulledChange &c : bf1.changes) {
            INFO(c.entity.toStdString()
                 << " " << QJsonDocument(c.fields).toJson(QJsonDocument::Compact).toStdString());
            CHECK(QSet<QString>{"municipality", "school", "bridge_officer", "placement", "family_contact"}
                      .contains(c.entity));
            if (c.entity == "family_contact" || c.entity == "placement")
                CHECK(c.fields.value("officer_id").toString() == bf1Id);
            if (c.entity == "bridge_officer")
                CHECK(c.fields.value("user_name").toString() == "bf-1");
            if (c.entity == "school")
                CHECK((c.fields.value("vestiging") == S.at(0) || c.fields.value("vestiging") == S.at(2)));
            ownContacts += c.entity == "family_contact";
        }
        CHECK(ownContacts == 1);
        // And what the devices hold now agrees.
        const DeviceExport held = bf1Device.exportAll();
        for (const CanonicalRecord &r : held.records)
            if (r.entity == "family_contact")
                CHECK(r.fields.value("officer_id").toString() == bf1Id);
    }
}

TEST_CASE("Pushes outside the caller's scope are refused with a reason and never block later ones")
{
    quietSimLogs();
    for (const QString &backend : availableBackends()) {
        INFO(backend.toStdString());
        SmallWorld w(backend, simAccounts(), scopeDevices());
        SimDevice &coord = w.device("coord-1@tablet");
        const QDate today = coord.today();
        // On the device: a participation edit (not a coordinator's to make), then a session.
        auto p = ParticipationRepository(coord.db()).get(S.at(0), SchoolYear(2026));
        Participation edit = p.value_or(Participation{});
        edit.vestiging = S.at(0);
        edit.schoolYear = SchoolYear(2026);
        edit.tier = Tier::SixHours;
        edit.startDate = QDate(2026, 9, 1);
        edit.pupilsReached = 10;
        const WriteResult refusedWrite = ParticipationRepository(coord.db()).save(edit);
        REQUIRE(refusedWrite.ok());
        const WriteResult session =
            EnrichmentSessionRepository(coord.db()).record(sessionAt(S.at(1), "coord-1", today), today);
        REQUIRE(session.ok());
        REQUIRE(syncOnce(coord));
        const SyncRoundReport report = coord.engine().lastReport();
        CHECK(report.rejected == 1);
        CHECK(report.pushed == 1);
        const RecordSyncState state = coord.store().recordState("participation", refusedWrite.id);
        CHECK(state.state == RecordSyncState::State::Rejected);
        CHECK(state.reasonKey == "scope.role");
        CHECK(state.reasonField == "entity");
        CHECK(!state.reasonMessage.isEmpty());
        CHECK(coord.store().recordState("enrichment_session", session.id).state ==
              RecordSyncState::State::Synced);
        CHECK(w.adminExport().contains(wire::uuidText(session.id)));
        // Final: the next round sends nothing again.
        REQUIRE(syncOnce(coord));
        CHECK(coord.engine().lastReport().pushRequests == 0);
        CHECK(coord.store().pendingCount() == 0);

        // Straight to the API as coord-1: another school, another recorder, then a good one.
        BlockingHttp http(w.server->url());
        const auto mutation = [&](qint64 n, const QString &school, const QString &by) {
            QJsonObject fields = wire::toJson(sessionAt(school, by, today));
            return QJsonObject{{"n", n},
                               {"entity", "enrichment_session"},
                               {"id", wire::uuidText(QUuid::createUuid())},
                               {"op", "insert"},
                               {"fields", fields},
                               {"hlc", HlcTimestamp{w.now, 0, "api"}.toString()}};
        };
        const HttpResult r = http.post(
            "/api/sync/push",
            {{"device", "api-client"},
             {"mutations", QJsonArray{mutation(1, S.at(5), "coord-1"), mutation(2, S.at(0), "coord-2"),
                                      mutation(3, S.at(0), "coord-1")}}},
            w.token("coord-1@tablet"));
        REQUIRE(r.status == 200);
        const QJsonArray acks = r.json.value("acks").toArray();
        REQUIRE(acks.size() == 3);
        CHECK(acks.at(0)["status"] == "rejected");
        CHECK(acks.at(0)["reason"]["key"] == "scope.school");
        CHECK(acks.at(0)["reason"]["field"] == "vestiging");
        CHECK(acks.at(1)["status"] == "rejected");
        CHECK(acks.at(1)["reason"]["key"] == "scope.owner");
        CHECK(acks.at(2)["status"] == "applied");

        // An officer pushing a contact as another officer.
        QJsonObject contact =
            wire::toJson(contactAt(officerId(w.device("regio-a@tablet"), "bf-2"), S.at(3), today, 9));
        const HttpResult o = http.post(
            "/api/sync/push",
            {{"device", "api-client"},
             {"mutations", QJsonArray{QJsonObject{{"n", 1},
                                                  {"entity", "family_contact"},
                                                  {"id", wire::uuidText(QUuid::createUuid())},
                                                  {"op", "insert"},
                                                  {"fields", contact},
                                                  {"hlc", HlcTimestamp{w.now, 0, "api"}.toString()}}}}},
            w.token("bf-1@phone"));
        REQUIRE(o.status == 200);
        CHECK(o.json.value("acks").toArray().at(0)["reason"]["key"] == "scope.owner");
    }
}

TEST_CASE("When a placement ends the officer's device drops that school on its next sync, a new one arrives")
{
    quietSimLogs();
    for (const QString &backend : availableBackends()) {
        INFO(backend.toStdString());
        SmallWorld w(backend, simAccounts(), scopeDevices());
        SimDevice &bf1 = w.device("bf-1@phone");
        SimDevice &regio = w.device("regio-a@tablet");
        const auto schoolsHeld = [&] {
            QStringList out;
            for (const SchoolLocation &s : SchoolRegistry(bf1.db()).all())
                out << s.vestiging;
            return out;
        };
        // bf-1 is placed at 11SA00 and (until 2026-10-08) at 11SC00, and logs a contact there.
        CHECK(schoolsHeld() == QStringList{S.at(0), S.at(2)});
        const QDate today = bf1.today();
        const WriteResult contact = FamilyContactRepository(bf1.db()).record(
            contactAt(officerId(bf1, "bf-1"), S.at(2), today, 5), today);
        REQUIRE(contact.ok());
        REQUIRE(syncOnce(bf1));

        // The day after the placement's last day, the next sync drops the school; their own contact
        // and placement stay (they remain the officer's own records).
        w.now += 8 * kDayMs;
        REQUIRE(syncOnce(bf1));
        CHECK(schoolsHeld() == QStringList{S.at(0)});
        CHECK(FamilyContactRepository(bf1.db()).get(contact.id));
        CHECK(BridgeOfficerRepository(bf1.db()).placements(officerId(bf1, "bf-1")).size() == 2);

        // The regional team ends the other placement today and adds one at 11SF00: the school
        // leaves after today, the new one arrives through a reset pull.
        Received received;
        watch(bf1, received);
        REQUIRE(syncOnce(regio));
        BridgeOfficerRepository placements(regio.db());
        for (Placement p : placements.placements(officerId(regio, "bf-1")))
            if (p.vestiging == S.at(0)) {
                p.to = regio.today();
                REQUIRE(placements.savePlacement(p).ok());
            }
        Placement next;
        next.officerId = officerId(regio, "bf-1");
        next.vestiging = S.at(5);
        next.fte = 0.5;
        next.from = regio.today();
        REQUIRE(placements.savePlacement(next).ok());
        REQUIRE(syncOnce(regio));
        REQUIRE(syncOnce(bf1));
        CHECK(schoolsHeld() == QStringList{S.at(0), S.at(5)});
        CHECK(received.resets >= 1);
        w.now += kDayMs;
        REQUIRE(syncOnce(bf1));
        CHECK(schoolsHeld() == QStringList{S.at(5)});
    }
}
