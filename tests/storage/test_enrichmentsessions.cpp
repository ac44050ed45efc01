#include "core/uuid7.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/familycontactrepository.h"
#include "storagetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace verrijkt;
using namespace verrijkt::test;

namespace {

const QDate kToday(2026, 11, 27);

EnrichmentSession session(const QString &vestiging, const QDate &date, double hours = 1.5, int pupils = 20)
{
    EnrichmentSession s;
    s.vestiging = vestiging;
    s.date = date;
    s.domain = ActivityDomain::SportEnBewegen;
    s.provider = "Sportbedrijf Groningen";
    s.hours = hours;
    s.pupils = pupils;
    s.groups = 0b00110000; // groep 5 and 6
    s.recordedBy = "coordinator.eik";
    return s;
}

bool hasError(const WriteResult &r, const QString &key)
{
    for (const ValidationError &e : r.errors) {
        if (e.key == key)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("sessions are recorded, corrected and withdrawn as new rows", "[storage][sessions]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    EnrichmentSessionRepository repo(*t.db);

    const WriteResult a = repo.record(session("90AA00", {2026, 9, 14}), kToday);
    const WriteResult b = repo.record(session("90AA00", {2026, 9, 21}), kToday);
    const WriteResult lastYear = repo.record(session("90AA00", {2026, 3, 2}), kToday);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(lastYear.ok());
    CHECK(isUuidV7(a.id));

    const WriteResult fixed = repo.correct(a.id, session("90AA00", {2026, 9, 14}, 2.0), kToday);
    REQUIRE(fixed.ok());
    const WriteResult withdrawn = repo.withdraw(b.id, "coordinator.eik");
    REQUIRE(withdrawn.ok());
    CHECK(repo.count() == 5);

    const QList<EnrichmentSession> current = repo.currentSessions("90AA00", SchoolYear(2026));
    REQUIRE(current.size() == 1);
    CHECK(current.first().meta.id == fixed.id);
    CHECK(current.first().hours == 2.0);
    CHECK(current.first().supersedes == a.id);
    CHECK(repo.currentSessions("90AA00", SchoolYear(2025)).size() == 1);
    CHECK(repo.get(withdrawn.id)->withdrawn);
    CHECK(repo.get(withdrawn.id)->supersedes == b.id);
    CHECK(repo.history("90AA00").size() == 5);
    // Stamps increase in write order.
    CHECK(repo.get(fixed.id)->meta.hlc > repo.get(a.id)->meta.hlc);
}

TEST_CASE("invalid session writes change nothing", "[storage][sessions]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    EnrichmentSessionRepository repo(*t.db);
    const WriteResult a = repo.record(session("90AA00", {2026, 9, 14}), kToday);
    REQUIRE(a.ok());
    REQUIRE(repo.correct(a.id, session("90AA00", {2026, 9, 14}, 2.0), kToday).ok());
    const WriteResult b = repo.record(session("90AA00", {2026, 9, 21}), kToday);
    REQUIRE(repo.withdraw(b.id, "x").ok());
    const QString before = contentDump(*t.db);

    CHECK(hasError(repo.record(session("90AA00", {2026, 9, 14}, 9.0), kToday), "session.hours.range"));
    CHECK(hasError(repo.record(session("90AA00", {2026, 12, 1}), kToday), "session.date.future"));
    CHECK(
        hasError(repo.record(session("90AA00", {2026, 9, 14}, 1, 211), kToday), "session.pupils.max_school"));
    CHECK(hasError(repo.record(session("99ZZ00", {2026, 9, 14}), kToday), "school.unknown"));
    EnrichmentSession sneaky = session("90AA00", {2026, 9, 14});
    sneaky.supersedes = a.id;
    CHECK(hasError(repo.record(sneaky, kToday), "session.record.is_correction"));
    // Only the current version can be corrected, a withdrawn one not at all, and never to another school.
    CHECK(hasError(repo.correct(a.id, session("90AA00", {2026, 9, 14}), kToday),
                   "session.supersedes.not_current"));
    const WriteResult stale = repo.withdraw(a.id, "x");
    CHECK(hasError(stale, "session.supersedes.not_current"));
    CHECK(stale.errors.first().message(Language::English) ==
          "this version of the session has already been corrected; correct the latest one");
    CHECK(hasError(repo.withdraw(QUuid::createUuid(), "x"), "session.supersedes.unknown"));
    const QUuid withdrawal = repo.history("90AA00").last().meta.id;
    CHECK(hasError(repo.withdraw(withdrawal, "x"), "session.supersedes.withdrawn"));
    const QUuid head = repo.currentSessions("90AA00", SchoolYear(2026)).first().meta.id;
    CHECK(hasError(repo.correct(head, session("90BB00", {2026, 9, 14}), kToday),
                   "session.correction.school_changed"));
    CHECK(contentDump(*t.db) == before);
}

TEST_CASE("sessions and contacts cannot be updated or deleted in the database", "[storage][append-only]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    EnrichmentSessionRepository repo(*t.db);
    REQUIRE(repo.record(session("90AA00", {2026, 9, 14}), kToday).ok());
    BridgeOfficerRepository officers(*t.db);
    BridgeOfficer officer;
    officer.userName = "bf.jansen";
    officer.employer = "Stichting Welzijn Groningen";
    const QUuid officerId = officers.saveOfficer(officer).id;
    Placement placement;
    placement.officerId = officerId;
    placement.vestiging = "90AA00";
    placement.fte = 0.5;
    placement.from = QDate(2026, 8, 1);
    REQUIRE(officers.savePlacement(placement).ok());
    FamilyContact contact;
    contact.officerId = officerId;
    contact.vestiging = "90AA00";
    contact.date = QDate(2026, 9, 14);
    contact.familyCode = FamilyCode::fromRandomBits(42);
    contact.topics = {ContactTopic::Parenting};
    contact.support = {SupportGiven::Listening};
    contact.durationMinutes = 30;
    REQUIRE(FamilyContactRepository(*t.db).record(contact, kToday).ok());
    const QString before = contentDump(*t.db);

    QSqlQuery q(t.db->connection());
    CHECK_FALSE(q.exec("UPDATE enrichment_sessions SET hours = 8"));
    CHECK(q.lastError().text().contains("append-only"));
    CHECK_FALSE(q.exec("UPDATE enrichment_sessions SET deleted = 1"));
    CHECK_FALSE(q.exec("DELETE FROM enrichment_sessions"));
    CHECK(q.lastError().text().contains("append-only"));
    CHECK_FALSE(q.exec("UPDATE family_contacts SET family_code = 'x'"));
    CHECK_FALSE(q.exec("DELETE FROM family_contacts"));
    CHECK(contentDump(*t.db) == before);

    // Sync may drop local copies that left the device's scope, only inside a marked purge.
    REQUIRE(q.exec("BEGIN"));
    REQUIRE(q.exec("INSERT INTO settings (key, value) VALUES ('scope_purge', '1')"));
    CHECK_FALSE(q.exec("UPDATE enrichment_sessions SET hours = 8"));
    CHECK(q.exec("DELETE FROM enrichment_sessions"));
    CHECK(q.exec("DELETE FROM family_contacts"));
    CHECK(rowCount(*t.db, "family_contacts") == 0);
    REQUIRE(q.exec("ROLLBACK"));
    CHECK(contentDump(*t.db) == before);
}

TEST_CASE("bulk insert writes many sessions or none", "[storage][sessions][bulk]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    EnrichmentSessionRepository repo(*t.db);
    QList<EnrichmentSession> sessions;
    const QStringList schools{"90AA00", "90BB00", "90CC00", "90DD00"};
    for (int i = 0; i < 12000; ++i)
        sessions << session(schools[i % 4], QDate(2026, 8, 20).addDays(i % 90), 1.0 + (i % 3), 10 + i % 50);
    // A correction of an earlier row of the same batch is fine.
    sessions[0].meta.id = createUuidV7();
    EnrichmentSession correction = sessions[0];
    correction.meta.id = {};
    correction.supersedes = sessions[0].meta.id;
    correction.hours = 4;
    sessions << correction;

    QList<EnrichmentSession> withBadRow = sessions;
    withBadRow[7000].provider = "  ";
    const QString before = contentDump(*t.db);
    const BulkResult refused = repo.bulkInsert(withBadRow, kToday, 1000);
    CHECK_FALSE(refused.ok());
    CHECK(refused.firstInvalid == 7000);
    REQUIRE(refused.errors.size() == 1);
    CHECK(refused.errors.first().key == "session.provider.required");
    CHECK(contentDump(*t.db) == before);

    const BulkResult written = repo.bulkInsert(sessions, kToday, 1000);
    INFO(written.storageError.toStdString());
    REQUIRE(written.ok());
    CHECK(written.written == 12001);
    CHECK(repo.count() == 12001);
    const auto current = repo.currentSessions("90AA00", SchoolYear(2026));
    CHECK(current.size() == 3000);
    int corrected = 0;
    for (const EnrichmentSession &s : current)
        corrected += s.supersedes == sessions[0].meta.id ? 1 : 0;
    CHECK(corrected == 1);
}

TEST_CASE("writers on their own connections in other threads all get their rows in",
          "[storage][sessions][threads]")
{
    TempDatabase t;
    importSmallRegister(*t.db);
    std::atomic<int> failures = 0;
    auto writer = [&](const QString &school) {
        QString error;
        auto db = Database::open(t.path(), &error);
        if (!db) {
            ++failures;
            return;
        }
        EnrichmentSessionRepository repo(*db);
        for (int i = 0; i < 100; ++i) {
            if (!repo.record(session(school, QDate(2026, 9, 1).addDays(i % 60)), kToday).ok())
                ++failures;
        }
    };
    std::thread first(writer, QStringLiteral("90AA00"));
    std::thread second(writer, QStringLiteral("90BB00"));
    writer(QStringLiteral("90CC00"));
    first.join();
    second.join();
    CHECK(failures == 0);
    CHECK(EnrichmentSessionRepository(*t.db).count() == 300);
}
