// SqliteSyncStore on a real device database: outbox written with the data, acks, pulled pages,
// unsent edits, scope purges, atomic pages.
#include "participationrepository.h"
#include "schoolregistry.h"
#include "sqlitesyncstore.h"
#include "synctestdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>
#include <thread>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const qint64 kNow = kTestNow;

void addLocalSchool(Database &db, const QString &vestiging = QStringLiteral("90AA00"))
{
    SchoolRegistry registry(db);
    REQUIRE(registry
                .upsertMunicipality({QStringLiteral("GM0003"), QStringLiteral("Appingedam"),
                                     QStringLiteral("Groningen"), 11800})
                .ok());
    SchoolLocation s;
    s.vestiging = vestiging;
    s.brin = vestiging.left(4);
    s.name = QStringLiteral("OBS De Wieken");
    s.type = SchoolType::Bao;
    s.municipalityCode = QStringLiteral("GM0003");
    s.postcode = QStringLiteral("9901AA");
    s.city = QStringLiteral("Appingedam");
    s.pupils = 210;
    s.lat = 53.32;
    s.lon = 6.86;
    const WriteResult r = registry.upsert(s);
    INFO(r.storageError.toStdString());
    REQUIRE(r.ok());
}

Participation participation(const QString &vestiging, int pupils)
{
    Participation p;
    p.vestiging = vestiging;
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 9, 1);
    p.pupilsReached = pupils;
    return p;
}

} // namespace

TEST_CASE("a repository write and its outbox entry are one: wire names, per-field clocks, pending state")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    addLocalSchool(*device.db);

    const auto pending = store->pendingMutations(10);
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].entity == QStringLiteral("municipality"));
    CHECK(pending[1].entity == QStringLiteral("school"));
    CHECK(pending[0].n < pending[1].n);
    const OutboxMutation &school = pending[1];
    CHECK(school.op == wire::MutationOp::Upsert);
    CHECK(school.fields.value(QStringLiteral("type")).toString() == QStringLiteral("bao"));
    CHECK_FALSE(school.fields.contains(QStringLiteral("school_type")));
    CHECK(school.fields.value(QStringLiteral("pupils")).toInt() == 210);
    CHECK(school.fields.value(QStringLiteral("active")).toBool());
    CHECK(school.fields.value(QStringLiteral("denomination")).isNull()); // '' locally, null on the wire
    CHECK(school.hlc.keys() == school.fields.keys());
    CHECK(school.hlc.value(QStringLiteral("name"))
              .toString()
              .startsWith(QStringLiteral("000001767225600000-")));
    // Every field the server needs for a first write passes the shared type checks.
    const wire::EntitySpec *spec = wire::findEntity(QStringLiteral("school"));
    CHECK(wire::checkFields(*spec, school.fields).isEmpty());
    CHECK(wire::checkComplete(*spec, school.fields).isEmpty());
    CHECK(store->recordState(QStringLiteral("school"), school.id).state == RecordSyncState::State::Pending);
    CHECK(store->pendingCount() == 2);

    // A later edit queues only what changed.
    ParticipationRepository participations(*device.db);
    REQUIRE(participations.save(participation(QStringLiteral("90AA00"), 40)).ok());
    REQUIRE(participations.save(participation(QStringLiteral("90AA00"), 55)).ok());
    const auto all = store->pendingMutations(10);
    REQUIRE(all.size() == 4);
    CHECK(all[2].fields.value(QStringLiteral("school_year")).toString() == QStringLiteral("2026-2027"));
    CHECK(all[3].fields.keys() == QStringList{QStringLiteral("pupils_reached")});
    CHECK(all[3].fields.value(QStringLiteral("pupils_reached")).toInt() == 55);
    CHECK(wire::checkComplete(*wire::findEntity(QStringLiteral("participation")), all[2].fields).isEmpty());
}

TEST_CASE("a write that is rolled back leaves no outbox entry, and a failing outbox undoes the write")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    addLocalSchool(*device.db);
    const int before = store->pendingCount();
    ParticipationRepository participations(*device.db);
    {
        Transaction outer(*device.db);
        REQUIRE(participations.save(participation(QStringLiteral("90AA00"), 40)).ok());
        CHECK(store->pendingCount() == before + 1);
        outer.rollback();
    }
    CHECK(store->pendingCount() == before);
    CHECK(countRows(*device.db, QStringLiteral("participations")) == 0);

    QSqlQuery trigger(device.db->connection());
    REQUIRE(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER outbox_full BEFORE INSERT ON sync_outbox "
                                        "BEGIN SELECT RAISE(ABORT, 'outbox full'); END")));
    const WriteResult r = participations.save(participation(QStringLiteral("90AA00"), 40));
    CHECK_FALSE(r.ok());
    CHECK(r.storageError.contains(QStringLiteral("outbox full")));
    CHECK(countRows(*device.db, QStringLiteral("participations")) == 0);
    CHECK(store->pendingCount() == before);
}

TEST_CASE("acks remove applied entries and keep rejected ones with their reason")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    addLocalSchool(*device.db);
    const auto pending = store->pendingMutations(10);
    REQUIRE(pending.size() == 2);
    const MutationAck applied{pending[0].n, wire::AckStatus::Applied, {}, {}, {}};
    const MutationAck rejected{pending[1].n, wire::AckStatus::Rejected, QStringLiteral("school.lat.range"),
                               QStringLiteral("lat"),
                               QStringLiteral("De breedtegraad ligt buiten het gebied.")};
    REQUIRE(store->markAcked({applied, rejected}).ok());
    CHECK(store->pendingCount() == 0);
    CHECK(store->pendingMutations(10).isEmpty());
    CHECK(store->recordState(QStringLiteral("municipality"), pending[0].id).state ==
          RecordSyncState::State::Synced);
    const RecordSyncState state = store->recordState(QStringLiteral("school"), pending[1].id);
    CHECK(state.state == RecordSyncState::State::Rejected);
    CHECK(state.reasonKey == QStringLiteral("school.lat.range"));
    CHECK(state.reasonField == QStringLiteral("lat"));
    const auto list = store->rejectedChanges();
    REQUIRE(list.size() == 1);
    CHECK(list[0].n == pending[1].n);
    CHECK(list[0].reasonMessage == QStringLiteral("De breedtegraad ligt buiten het gebied."));
    // A replayed answer changes nothing.
    REQUIRE(store->markAcked({applied, rejected}).ok());
    CHECK(store->rejectedChanges().size() == 1);

    // A new local edit of the rejected record makes it pending again; its n is new.
    SchoolRegistry registry(*device.db);
    auto school = registry.get(QStringLiteral("90AA00"));
    REQUIRE(school);
    school->lat = 53.2;
    REQUIRE(registry.upsert(*school).ok());
    const auto again = store->pendingMutations(10);
    REQUIRE(again.size() == 1);
    CHECK(again[0].n > pending[1].n);
    CHECK(store->recordState(QStringLiteral("school"), pending[1].id).state ==
          RecordSyncState::State::Pending);
}

TEST_CASE("pulled pages are stored in the local tables as the repositories read them, without outbox entries")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    const QString h = hlcAt(kNow - 1000);
    const QList<PulledChange> page = {
        pulled(1, QStringLiteral("municipality"), uuid(1),
               municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h),
        pulled(
            2, QStringLiteral("school"), uuid(2),
            schoolFields(QStringLiteral("90AA00"), QStringLiteral("GM0003"), QStringLiteral("OBS De Wieken")),
            h),
        pulled(3, QStringLiteral("participation"), uuid(3),
               participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"),
                                   QStringLiteral("6h"), 120),
               h),
    };
    REQUIRE(store->applyPulledPage(page, 3, scopeOf(QStringLiteral("admin"), {}), false).ok());
    CHECK(store->cursor() == 3);
    CHECK(store->pendingCount() == 0);
    SchoolRegistry registry(*device.db);
    const auto school = registry.get(QStringLiteral("90AA00"));
    REQUIRE(school);
    CHECK(school->name == QStringLiteral("OBS De Wieken"));
    CHECK(school->type == SchoolType::Bao);
    CHECK_FALSE(school->pupils.has_value());
    CHECK(school->active);
    ParticipationRepository participations(*device.db);
    const auto p = participations.get(QStringLiteral("90AA00"), SchoolYear(2026));
    REQUIRE(p);
    CHECK(p->tier == Tier::SixHours);
    CHECK(p->pupilsReached == 120);
    CHECK(p->meta.id == uuid(3));
    REQUIRE(store->lastScope());
    CHECK(store->lastScope()->role == QStringLiteral("admin"));

    // A later page with the record's new state replaces it; a tombstone hides it.
    auto update = pulled(
        4, QStringLiteral("participation"), uuid(3),
        participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"), QStringLiteral("6h"), 130),
        hlcAt(kNow));
    REQUIRE(store->applyPulledPage({update}, 4, scopeOf(QStringLiteral("admin"), {}), false).ok());
    CHECK(participations.get(QStringLiteral("90AA00"), SchoolYear(2026))->pupilsReached == 130);
    auto gone = pulled(
        5, QStringLiteral("participation"), uuid(3),
        participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"), QStringLiteral("6h"), 130),
        hlcAt(kNow + 1), true);
    REQUIRE(store->applyPulledPage({gone}, 5, scopeOf(QStringLiteral("admin"), {}), false).ok());
    CHECK_FALSE(participations.get(QStringLiteral("90AA00"), SchoolYear(2026)));
    CHECK(store->pendingCount() == 0);
}

TEST_CASE("a pulled change never overwrites a field with an unsent local edit")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    const QString h = hlcAt(kNow - 5000);
    REQUIRE(store
                ->applyPulledPage(
                    {pulled(1, QStringLiteral("municipality"), uuid(1),
                            municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h),
                     pulled(2, QStringLiteral("school"), uuid(2),
                            schoolFields(QStringLiteral("90AA00"), QStringLiteral("GM0003"),
                                         QStringLiteral("OBS De Wieken")),
                            h),
                     pulled(3, QStringLiteral("participation"), uuid(3),
                            participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"),
                                                QStringLiteral("2h"), 100),
                            h)},
                    3, scopeOf(QStringLiteral("admin"), {}), false)
                .ok());
    ParticipationRepository participations(*device.db);
    auto local = participations.get(QStringLiteral("90AA00"), SchoolYear(2026));
    REQUIRE(local);
    local->pupilsReached = 150; // unsent
    REQUIRE(participations.save(*local).ok());
    REQUIRE(store->pendingCount() == 1);

    // Another device changed the tier and the pupils; only the tier may land here for now
    // (whether the engine prepared the page on its fetch thread or not).
    const bool prepared = GENERATE(false, true);
    const auto other = pulled(
        4, QStringLiteral("participation"), uuid(3),
        participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"), QStringLiteral("6h"), 90),
        hlcAt(kNow - 100, QStringLiteral("other")));
    REQUIRE(store
                ->applyPulledPage(preparedOn(*store, {other}, prepared), 4,
                                  scopeOf(QStringLiteral("admin"), {}), false)
                .ok());
    local = participations.get(QStringLiteral("90AA00"), SchoolYear(2026));
    CHECK(local->pupilsReached == 150);
    CHECK(local->tier == Tier::SixHours);

    // Once the edit is acknowledged, the server's merged state is taken as it comes.
    const auto sent = store->pendingMutations(10);
    REQUIRE(store->markAcked({{sent[0].n, wire::AckStatus::Applied, {}, {}, {}}}).ok());
    const auto merged = pulled(
        5, QStringLiteral("participation"), uuid(3),
        participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"), QStringLiteral("6h"), 150),
        hlcAt(kNow + 10));
    REQUIRE(store->applyPulledPage({merged}, 5, scopeOf(QStringLiteral("admin"), {}), false).ok());
    CHECK(participations.get(QStringLiteral("90AA00"), SchoolYear(2026))->pupilsReached == 150);
}

TEST_CASE("pulled clocks move the device clock forward, so later local edits sort after them")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    const qint64 ahead = kNow + 3600'000;
    REQUIRE(store
                ->applyPulledPage(
                    {pulled(1, QStringLiteral("municipality"), uuid(1),
                            municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")),
                            hlcAt(ahead))},
                    1, scopeOf(QStringLiteral("admin"), {}), false)
                .ok());
    CHECK(device.db->stamp().millis >= ahead);
    store->receiveClock(hlcAt(ahead + 5000));
    CHECK(device.db->lastHlc().millis == ahead + 5000);
    // The clock is durable with the store's next commit (here an idle page)...
    REQUIRE(store->applyPulledPage({}, 1, scopeOf(QStringLiteral("admin"), {}), false).ok());
    CHECK(device.db->setting(QStringLiteral("last_hlc")).value_or(QString()) >= hlcAt(ahead + 5000));
    // ...and when the store closes: a restart does not go back.
    store->receiveClock(hlcAt(ahead + 9000));
    store.reset();
    device.reopen(fixedClock());
    CHECK(device.db->stamp().millis >= ahead + 9000);
}

TEST_CASE("the scope of a pull removes local rows the caller may no longer see")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    const QString h = hlcAt(kNow - 1000);
    const QUuid me = uuid(900), colleague = uuid(901);
    QList<PulledChange> page = {
        pulled(1, QStringLiteral("municipality"), uuid(1),
               municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h),
        pulled(2, QStringLiteral("school"), uuid(2),
               schoolFields(QStringLiteral("90AA00"), QStringLiteral("GM0003"), QStringLiteral("A")), h),
        pulled(3, QStringLiteral("school"), uuid(3),
               schoolFields(QStringLiteral("90BB00"), QStringLiteral("GM0003"), QStringLiteral("B")), h),
        pulled(4, QStringLiteral("participation"), uuid(4),
               participationFields(QStringLiteral("90BB00"), QStringLiteral("2026-2027"),
                                   QStringLiteral("2h"), 10),
               h),
        pulled(5, QStringLiteral("enrichment_session"), uuid(5),
               sessionFields(QStringLiteral("90BB00"), QStringLiteral("2025-11-03"), 1.5, 20), h),
        pulled(6, QStringLiteral("enrichment_session"), uuid(6),
               sessionFields(QStringLiteral("90AA00"), QStringLiteral("2025-11-03"), 1.5, 20), h),
        pulled(7, QStringLiteral("family_contact"), uuid(7),
               familyContactFields(me, QStringLiteral("90AA00"), QStringLiteral("2025-11-04"),
                                   QStringLiteral("GZ-7K4M-Q2XD-P")),
               h),
        pulled(8, QStringLiteral("family_contact"), uuid(8),
               familyContactFields(colleague, QStringLiteral("90AA00"), QStringLiteral("2025-11-04"),
                                   QStringLiteral("GZ-8K4M-Q2XD-P")),
               h),
    };
    REQUIRE(store->applyPulledPage(page, 8, scopeOf(QStringLiteral("admin"), {}), false).ok());
    REQUIRE(countRows(*device.db, QStringLiteral("family_contacts")) == 2);

    SECTION("a coordinator keeps only their schools, including append-only history of other schools gone")
    {
        const QStringList entities = {QStringLiteral("municipality"), QStringLiteral("school"),
                                      QStringLiteral("participation"), QStringLiteral("enrichment_session")};
        REQUIRE(store
                    ->applyPulledPage(
                        {}, 8,
                        scopeOf(QStringLiteral("coordinator"), {QStringLiteral("90AA00")}, {}, entities),
                        false)
                    .ok());
        CHECK(countRows(*device.db, QStringLiteral("schools")) == 1);
        CHECK(countRows(*device.db, QStringLiteral("schools"), QStringLiteral("vestiging = '90AA00'")) == 1);
        CHECK(countRows(*device.db, QStringLiteral("participations")) == 0);
        CHECK(countRows(*device.db, QStringLiteral("enrichment_sessions")) == 1);
        CHECK(countRows(*device.db, QStringLiteral("family_contacts")) == 0); // not in the entities at all
        CHECK(countRows(*device.db, QStringLiteral("municipalities")) == 1);
        // The purge marker is gone again: history stays protected.
        QSqlQuery del(device.db->connection());
        CHECK_FALSE(del.exec(QStringLiteral("DELETE FROM enrichment_sessions")));
    }
    SECTION("an officer keeps only their own family contacts")
    {
        const QStringList entities = {QStringLiteral("municipality"), QStringLiteral("school"),
                                      QStringLiteral("bridge_officer"), QStringLiteral("placement"),
                                      QStringLiteral("family_contact")};
        REQUIRE(store
                    ->applyPulledPage({}, 8,
                                      scopeOf(QStringLiteral("officer"), {QStringLiteral("90AA00")},
                                              me.toString(QUuid::WithoutBraces), entities),
                                      false)
                    .ok());
        CHECK(countRows(*device.db, QStringLiteral("family_contacts")) == 1);
        CHECK(countRows(*device.db, QStringLiteral("family_contacts"),
                        QStringLiteral("officer_id = '%1'").arg(me.toString(QUuid::WithoutBraces))) == 1);
        CHECK(countRows(*device.db, QStringLiteral("enrichment_sessions")) == 0);
        CHECK(countRows(*device.db, QStringLiteral("schools")) == 1);
    }
}

TEST_CASE("a page is applied whole or not at all, together with its cursor and scope")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    const QString h = hlcAt(kNow - 1000);
    REQUIRE(store
                ->applyPulledPage(
                    {pulled(1, QStringLiteral("municipality"), uuid(1),
                            municipalityFields(QStringLiteral("GM0003"), QStringLiteral("Appingedam")), h)},
                    1, scopeOf(QStringLiteral("admin"), {}), false)
                .ok());
    // The third change breaks a table rule (a school needs a name), so the first two must vanish too.
    const QList<PulledChange> page = {
        pulled(2, QStringLiteral("school"), uuid(2),
               schoolFields(QStringLiteral("90AA00"), QStringLiteral("GM0003"), QStringLiteral("A")), h),
        pulled(3, QStringLiteral("participation"), uuid(3),
               participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"),
                                   QStringLiteral("2h"), 10),
               h),
        pulled(4, QStringLiteral("school"), uuid(4),
               schoolFields(QStringLiteral("90BB00"), QStringLiteral("GM0003"), QString()), h),
    };
    const StoreStatus st = store->applyPulledPage(
        page, 4, scopeOf(QStringLiteral("coordinator"), {QStringLiteral("90AA00")}), false);
    CHECK_FALSE(st.ok());
    CHECK(st.error.contains(QStringLiteral("school")));
    CHECK(store->cursor() == 1);
    CHECK(countRows(*device.db, QStringLiteral("schools")) == 0);
    CHECK(countRows(*device.db, QStringLiteral("participations")) == 0);
    CHECK(store->lastScope()->role == QStringLiteral("admin"));
    // Foreign keys are enforced again for local writes afterwards.
    QSqlQuery fk(device.db->connection());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(fk.next());
    CHECK(fk.value(0).toInt() == 1);
}

TEST_CASE("a pulled record with the natural key of a local one takes its place under the server's id")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    addLocalSchool(*device.db);
    REQUIRE(store
                ->markAcked(
                    {{1, wire::AckStatus::Applied, {}, {}, {}}, {2, wire::AckStatus::Applied, {}, {}, {}}})
                .ok());
    const QString h = hlcAt(kNow + 1000);
    REQUIRE(store
                ->applyPulledPage({pulled(1, QStringLiteral("school"), uuid(77),
                                          schoolFields(QStringLiteral("90AA00"), QStringLiteral("GM0003"),
                                                       QStringLiteral("OBS De Wieken (server)")),
                                          h)},
                                  1, scopeOf(QStringLiteral("admin"), {}), false)
                .ok());
    CHECK(countRows(*device.db, QStringLiteral("schools")) == 1);
    CHECK(countRows(*device.db, QStringLiteral("schools"),
                    QStringLiteral("id = '%1'").arg(uuid(77).toString(QUuid::WithoutBraces))) == 1);
    CHECK(SchoolRegistry(*device.db).get(QStringLiteral("90AA00"))->name ==
          QStringLiteral("OBS De Wieken (server)"));
}

TEST_CASE("outbox, cursor, scope and last success survive a restart")
{
    TempDevice device(fixedClock());
    QString deviceId;
    {
        auto store = attachStore(*device.db);
        deviceId = store->deviceId();
        addLocalSchool(*device.db);
        REQUIRE(store->applyPulledPage({}, 42, scopeOf(QStringLiteral("regional"), {}), false).ok());
        store->setLastSuccess(QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
    }
    device.reopen(fixedClock());
    auto store = attachStore(*device.db);
    CHECK(store->deviceId() == deviceId);
    CHECK(store->pendingCount() == 2);
    CHECK(store->cursor() == 42);
    CHECK(store->lastScope()->role == QStringLiteral("regional"));
    CHECK(store->lastSuccess() == QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
    // Numbers keep increasing after a restart, even when the outbox was emptied.
    const auto before = store->pendingMutations(10);
    REQUIRE(store
                ->markAcked({{before[0].n, wire::AckStatus::Applied, {}, {}, {}},
                             {before[1].n, wire::AckStatus::Applied, {}, {}, {}}})
                .ok());
    ParticipationRepository(*device.db).save(participation(QStringLiteral("90AA00"), 5));
    const auto after = store->pendingMutations(10);
    REQUIRE(after.size() == 1);
    CHECK(after[0].n > before[1].n);
}

TEST_CASE("changes written while no recorder was attached are queued when sync attaches, exactly once")
{
    TempDevice device(fixedClock());
    addLocalSchool(*device.db); // e.g. a register import before sync was ever set up
    auto store = attachStore(*device.db);
    auto pending = store->pendingMutations(10);
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].entity == QStringLiteral("municipality"));
    CHECK(pending[1].entity == QStringLiteral("school"));
    CHECK(wire::checkComplete(*wire::findEntity(QStringLiteral("school")), pending[1].fields).isEmpty());

    // Attaching again finds nothing new.
    store.reset();
    store = attachStore(*device.db);
    CHECK(store->pendingCount() == 2);

    // Acknowledged, then pulled state arrives, then another program edits one field unattached.
    REQUIRE(store
                ->markAcked({{pending[0].n, wire::AckStatus::Applied, {}, {}, {}},
                             {pending[1].n, wire::AckStatus::Applied, {}, {}, {}}})
                .ok());
    REQUIRE(store
                ->applyPulledPage(
                    {pulled(1, QStringLiteral("participation"), uuid(3),
                            participationFields(QStringLiteral("90AA00"), QStringLiteral("2026-2027"),
                                                QStringLiteral("2h"), 10),
                            hlcAt(kNow - 10))},
                    1, scopeOf(QStringLiteral("admin"), {}), false)
                .ok());
    store.reset();
    SchoolRegistry registry(*device.db);
    auto school = registry.get(QStringLiteral("90AA00"));
    school->name = QStringLiteral("OBS De Wieken-Noord");
    REQUIRE(registry.upsert(*school).ok());
    store = attachStore(*device.db);
    pending = store->pendingMutations(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].entity == QStringLiteral("school"));
    CHECK(pending[0].fields == QJsonObject{{QStringLiteral("name"), QStringLiteral("OBS De Wieken-Noord")}});
}

TEST_CASE("acknowledged changes are not queued again when sync attaches after a restart")
{
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    addLocalSchool(*device.db); // recorded while attached: two outbox entries
    const auto pending = store->pendingMutations(10);
    REQUIRE(pending.size() == 2);
    REQUIRE(store
                ->markAcked({{pending[0].n, wire::AckStatus::Applied, {}, {}, {}},
                             {pending[1].n, wire::AckStatus::Applied, {}, {}, {}}})
                .ok());
    CHECK(store->pendingCount() == 0);
    // The outbox is empty now; the catch-up on the next start must still know these were sent.
    store.reset();
    device.reopen(fixedClock());
    store = attachStore(*device.db);
    CHECK(store->pendingCount() == 0);
}

TEST_CASE("a small page that refers to rows outside the scope is stored too")
{
    // Small pages are first tried with foreign keys on (switching them expires every prepared
    // statement); one that refers to a row the device does not have must still be stored whole.
    TempDevice device(fixedClock());
    auto store = attachStore(*device.db);
    const QString h = hlcAt(kNow - 1000);
    const QUuid officer = uuid(7);
    const QList<PulledChange> page = {
        pulled(1, QStringLiteral("family_contact"), uuid(8),
               familyContactFields(officer, QStringLiteral("91ZZ00"), QStringLiteral("2026-09-30"),
                                   QStringLiteral("GZ-7K4M-Q2XD-P")),
               h),
    };
    REQUIRE(store
                ->applyPulledPage(page, 1,
                                  scopeOf(QStringLiteral("officer"), {QStringLiteral("91ZZ00")},
                                          officer.toString(QUuid::WithoutBraces)),
                                  false)
                .ok());
    CHECK(countRows(*device.db, QStringLiteral("family_contacts")) == 1); // no officer, no school here
    CHECK(store->cursor() == 1);
    QSqlQuery fk(device.db->connection());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(fk.next());
    CHECK(fk.value(0).toInt() == 1);
}
