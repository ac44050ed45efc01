// The entity catalogue, mutation checks and codecs shared by server and client (src/sync).
#include "core/familycontact.h"
#include "core/hlc.h"
#include "sync/entities.h"
#include "sync/protocol.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::wire;

namespace {

const QString kHlc = QStringLiteral("000001780000000000-00000000-dev-1");

QJsonObject mutation(const QString &entity, const QString &op, const QJsonObject &fields)
{
    return {{QStringLiteral("n"), 1},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), QStringLiteral("0190f2c4-1111-7abc-8def-000000000001")},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), kHlc}};
}

ValidationError rejection(const QJsonObject &raw)
{
    ValidationError why;
    REQUIRE_FALSE(checkMutation(raw, &why).has_value());
    return why;
}

struct FakeLookup : RecordLookup
{
    std::optional<SchoolLocation> schoolRecord;
    std::optional<BridgeOfficer> officerRecord;
    QList<Placement> placements;
    std::optional<SchoolLocation> school(const QString &v) const override
    {
        return schoolRecord && schoolRecord->vestiging == v ? schoolRecord : std::nullopt;
    }
    std::optional<BridgeOfficer> officer(const QUuid &id) const override
    {
        return officerRecord && officerRecord->meta.id == id ? officerRecord : std::nullopt;
    }
    QList<Placement> placementsOf(const QUuid &) const override { return placements; }
    QDate today() const override { return QDate(2026, 10, 1); }
};

} // namespace

TEST_CASE("the catalogue names every entity of the protocol with its kind, school and owner field", "[wire]")
{
    CHECK(entityNames() == QStringList{"municipality", "school", "participation", "library_participation",
                                       "plan_entry", "bridge_officer", "placement", "enrichment_session",
                                       "family_contact"});
    CHECK(findEntity(QStringLiteral("family_contact"))->isAppendOnly());
    CHECK(findEntity(QStringLiteral("family_contact"))->ownerField == QLatin1String("officer_id"));
    CHECK(findEntity(QStringLiteral("bridge_officer"))->ownerField == QLatin1String("user_name"));
    CHECK(findEntity(QStringLiteral("participation"))->schoolField == QLatin1String("vestiging"));
    CHECK_FALSE(findEntity(QStringLiteral("school"))->isAppendOnly());
    CHECK(findEntity(QStringLiteral("pupil")) == nullptr);
    CHECK(findEntity(QStringLiteral("participation"))->naturalKey == QStringList{"vestiging", "school_year"});
    CHECK(findEntity(QStringLiteral("family_contact"))->naturalKey.isEmpty());
    CHECK(naturalKeyText(*findEntity(QStringLiteral("participation")),
                         {{QStringLiteral("school_year"), QStringLiteral("2026-2027")},
                          {QStringLiteral("vestiging"), QStringLiteral("11AK00")},
                          {QStringLiteral("tier"), QStringLiteral("2h")}}) ==
          QLatin1String("[\"11AK00\",\"2026-2027\"]"));
}

TEST_CASE("checkMutation names the broken rule and field", "[wire]")
{
    const QJsonObject okFields{{QStringLiteral("name"), QStringLiteral("Groningen")}};
    REQUIRE(
        checkMutation(mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), okFields), nullptr));

    CHECK(rejection(mutation(QStringLiteral("pupil"), QStringLiteral("upsert"), okFields)).key ==
          "sync.entity.unknown");
    CHECK(rejection(mutation(QStringLiteral("municipality"), QStringLiteral("insert"), okFields)).key ==
          "sync.editable.op");
    CHECK(rejection(mutation(QStringLiteral("enrichment_session"), QStringLiteral("upsert"), {})).key ==
          "sync.append_only.op");
    const auto unknown = rejection(mutation(QStringLiteral("municipality"), QStringLiteral("upsert"),
                                            {{QStringLiteral("mayor"), QStringLiteral("x")}}));
    CHECK(unknown.key == "sync.field.unknown");
    CHECK(unknown.field == "mayor");
    const auto wrongType = rejection(mutation(QStringLiteral("municipality"), QStringLiteral("upsert"),
                                              {{QStringLiteral("population"), 1.5}}));
    CHECK(wrongType.key == "sync.field.type");
    CHECK(wrongType.field == "population");
    CHECK(rejection(mutation(QStringLiteral("participation"), QStringLiteral("upsert"),
                             {{QStringLiteral("tier"), QStringLiteral("4h")}}))
              .key == "sync.field.enum");
    CHECK(rejection(mutation(QStringLiteral("participation"), QStringLiteral("upsert"),
                             {{QStringLiteral("start_date"), QStringLiteral("2026-02-30")}}))
              .key == "sync.field.date");
    CHECK(rejection(mutation(QStringLiteral("family_contact"), QStringLiteral("insert"),
                             {{QStringLiteral("topics"), QJsonArray{"housing", "housing"}}}))
              .key == "sync.field.duplicate");
    CHECK(rejection(mutation(QStringLiteral("family_contact"), QStringLiteral("insert"),
                             {{QStringLiteral("deleted"), true}}))
              .key == "sync.field.unknown");

    QJsonObject badId = mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), okFields);
    badId.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid"));
    CHECK(rejection(badId).key == "sync.mutation.id");

    QJsonObject badHlc = mutation(QStringLiteral("municipality"), QStringLiteral("upsert"), okFields);
    badHlc.insert(QStringLiteral("hlc"), QJsonObject{{QStringLiteral("name"), QStringLiteral("yesterday")}});
    CHECK(rejection(badHlc).key == "sync.hlc.invalid");
    badHlc.insert(QStringLiteral("hlc"), QJsonObject{{QStringLiteral("code"), kHlc}});
    CHECK(rejection(badHlc).key == "sync.hlc.unknown_field");
    badHlc.insert(QStringLiteral("hlc"), QJsonObject{});
    CHECK(rejection(badHlc).key == "sync.hlc.missing");
}

TEST_CASE("a delete becomes a tombstone field with its own HLC", "[wire]")
{
    QJsonObject raw = mutation(QStringLiteral("school"), QStringLiteral("delete"), {});
    raw.remove(QStringLiteral("fields"));
    const auto m = checkMutation(raw, nullptr);
    REQUIRE(m);
    CHECK(m->fields == QJsonObject{{QStringLiteral("deleted"), true}});
    CHECK(m->hlc.value(QStringLiteral("deleted")).toString() == kHlc);
}

TEST_CASE("codecs round-trip a family contact and the core rules run on wire records", "[wire]")
{
    FamilyContact c;
    c.meta.id = QUuid::fromString(QStringLiteral("0190f2c4-1111-7abc-8def-000000000002"));
    c.officerId = QUuid::fromString(QStringLiteral("0190f2c4-1111-7abc-8def-0000000000aa"));
    c.vestiging = QStringLiteral("11AK00");
    c.date = QDate(2026, 9, 14);
    c.familyCode = FamilyCode::fromRandomBits(12345);
    c.initiatedBy = ContactInitiator::Teacher;
    c.form = ContactForm::HomeVisit;
    c.topics = {ContactTopic::MoneyAndIncome, ContactTopic::Housing};
    c.support = {SupportGiven::Listening};
    c.durationMinutes = 45;
    const QJsonObject wire = toJson(c);
    const EntitySpec &spec = *findEntity(QStringLiteral("family_contact"));
    CHECK(checkFields(spec, wire).isEmpty());
    CHECK(checkComplete(spec, wire).isEmpty());
    CHECK(toJson(familyContactFromJson(c.meta.id, wire)) == wire);

    FakeLookup lookup;
    CHECK(validateRecord(spec, c.meta.id, wire, lookup).first().key == "sync.reference.missing");
    BridgeOfficer officer;
    officer.meta.id = c.officerId;
    officer.employer = QStringLiteral("Stichting");
    lookup.officerRecord = officer;
    const ValidationErrors notPlaced = validateRecord(spec, c.meta.id, wire, lookup);
    REQUIRE(notPlaced.size() == 1);
    CHECK(notPlaced.first().key == "contact.school.not_placed");
    CHECK(notPlaced.first().field == "vestiging");
    Placement p;
    p.officerId = c.officerId;
    p.vestiging = c.vestiging;
    p.fte = 0.5;
    p.from = QDate(2026, 8, 1);
    lookup.placements = {p};
    CHECK(validateRecord(spec, c.meta.id, wire, lookup).isEmpty());

    QJsonObject tooLong = wire;
    tooLong.insert(QStringLiteral("duration_minutes"), 600);
    const ValidationErrors range = validateRecord(spec, c.meta.id, tooLong, lookup);
    REQUIRE(range.size() == 1);
    CHECK(range.first().field == "duration_minutes"); // core "durationMinutes" mapped to the wire name
}

TEST_CASE("checkComplete asks for every required field", "[wire]")
{
    const EntitySpec &spec = *findEntity(QStringLiteral("placement"));
    const ValidationErrors errors = checkComplete(
        spec, {{QStringLiteral("vestiging"), QStringLiteral("11AK00")}, {QStringLiteral("fte"), 0.5}});
    QStringList fields;
    for (const auto &e : errors)
        fields << e.field;
    CHECK(fields == QStringList{"officer_id", "from_date"});
}

TEST_CASE("reason messages exist in Dutch and English for every sync key", "[wire]")
{
    for (const QString &key : syncMessageKeys()) {
        INFO(key.toStdString());
        CHECK(reasonMessage(key, {}, Language::Dutch) != key);
        CHECK(reasonMessage(key, {}, Language::English) != key);
        CHECK(reasonMessage(key, {}, Language::Dutch) != reasonMessage(key, {}, Language::English));
    }
    CHECK(reasonMessage(QStringLiteral("contact.date.future"), {}) != QLatin1String("contact.date.future"));
}
