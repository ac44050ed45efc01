// The yearly report reads one school year's sessions and family contacts (plus the rows of
// correction chains) instead of the whole history. These tests prove the year-bounded reads give
// exactly what the full per-school / per-officer history gives, also for correction chains that
// cross school years (a session corrected to a date in another year, forks, withdrawals).
#include "clirunner.h"
#include "report/storedreport.h"
#include "report/yearreport.h"
#include "storage/bridgeofficerrepository.h"
#include "storage/database.h"
#include "storage/enrichmentsessionrepository.h"
#include "storage/familycontactrepository.h"
#include "storage/libraryrepository.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "storage/schoolregistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

std::unique_ptr<Database> demoDatabase(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("bounded.db"));
    const QString data = QStringLiteral(VERRIJKT_SHARED_DATA);
    for (const QStringList &args : {QStringList{"import-municipalities", data + "/municipalities.csv"},
                                    QStringList{"import-schools", data + "/schools_region.csv"},
                                    QStringList{"import-tvt-known", data + "/tvt_known_schools.csv"},
                                    QStringList{"generate-demo", "--seed", "5", "--until", "2027-2028"}}) {
        const CliResult r = runCli(QStringList{"--db", path} + args);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    QString error;
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

// A new version of row `of` in `table` (append-only: a new row naming it), dated `date`, with a
// clock after the original's (`suffix` orders forks: a longer suffix is later).
void appendVersion(Database &db, const QString &table, const QString &of, const QString &newId,
                   const QDate &date, bool withdrawn, const QString &suffix)
{
    const QString columns =
        table == QLatin1String("enrichment_sessions")
            ? QStringLiteral("vestiging, domain, provider, hours, pupils, groups, recorded_by")
            : QStringLiteral("officer_id, vestiging, family_code, initiated_by, form, topics, "
                             "support, referral, duration_minutes, follow_up");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO %1 (id, hlc, deleted, date, supersedes, withdrawn, %2) "
                             "SELECT ?, hlc || ?, 0, ?, id, ?, %2 FROM %1 WHERE id = ?")
                  .arg(table, columns));
    q.addBindValue(newId);
    q.addBindValue(suffix);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(withdrawn ? 1 : 0);
    q.addBindValue(of);
    const bool ok = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(q.numRowsAffected() == 1);
}

// Ids of plain (never corrected) rows of a table dated in the school year, `count` of them.
QStringList plainRows(Database &db, const QString &table, const SchoolYear &year, int count)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM %1 WHERE supersedes IS NULL AND withdrawn = 0 AND date BETWEEN ? "
                       "AND ? AND id NOT IN (SELECT supersedes FROM %1 WHERE supersedes IS NOT NULL) "
                       "ORDER BY id LIMIT ?")
            .arg(table));
    q.addBindValue(year.firstDay().toString(Qt::ISODate));
    q.addBindValue(year.lastDay().toString(Qt::ISODate));
    q.addBindValue(count);
    REQUIRE(q.exec());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    REQUIRE(ids.size() == count);
    return ids;
}

QString newId(int n)
{
    return QStringLiteral("0190ffff-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Moves, forks and withdraws sessions and contacts across 2026-2027 / 2027-2028.
void addCrossYearChains(Database &db, const QString &table)
{
    const QStringList a = plainRows(db, table, SchoolYear(2026), 4);
    const QStringList b = plainRows(db, table, SchoolYear(2027), 2);
    int n = table == QLatin1String("enrichment_sessions") ? 0 : 100;
    // 2026-2027 -> 2027-2028, and on again within 2027-2028.
    appendVersion(db, table, a[0], newId(++n), QDate(2027, 9, 14), false, QStringLiteral("a"));
    appendVersion(db, table, newId(n), newId(n + 1), QDate(2027, 9, 15), false, QStringLiteral("ab"));
    ++n;
    // 2027-2028 -> 2026-2027.
    appendVersion(db, table, b[0], newId(++n), QDate(2027, 6, 30), false, QStringLiteral("a"));
    // A fork: two devices corrected the same 2026-2027 row; the later one moves it to 2027-2028.
    appendVersion(db, table, a[1], newId(++n), QDate(2027, 5, 10), false, QStringLiteral("a"));
    appendVersion(db, table, a[1], newId(++n), QDate(2027, 10, 4), false, QStringLiteral("b"));
    // A fork the other way: the later correction stays in 2026-2027.
    appendVersion(db, table, a[2], newId(++n), QDate(2027, 10, 5), false, QStringLiteral("a"));
    appendVersion(db, table, a[2], newId(++n), QDate(2027, 3, 1), false, QStringLiteral("b"));
    // Moved to the other year, then withdrawn there.
    appendVersion(db, table, b[1], newId(++n), QDate(2027, 7, 1), false, QStringLiteral("a"));
    appendVersion(db, table, newId(n), newId(n + 1), QDate(2027, 7, 1), true, QStringLiteral("ab"));
    ++n;
    // Withdrawn in its own year.
    appendVersion(db, table, a[3], newId(++n), QDate(2027, 1, 12), true, QStringLiteral("a"));
}

QStringList describe(const QList<EnrichmentSession> &sessions)
{
    QStringList out;
    for (const EnrichmentSession &s : sessions)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(s.meta.id.toString(), s.vestiging, s.date.toString(Qt::ISODate))
                   .arg(s.hours)
                   .arg(s.pupils);
    out.sort();
    return out;
}

QStringList describe(const QList<FamilyContact> &contacts)
{
    QStringList out;
    for (const FamilyContact &c : contacts)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(c.meta.id.toString(), c.vestiging, c.date.toString(Qt::ISODate))
                   .arg(c.durationMinutes);
    out.sort();
    return out;
}

// The report input as it was read before the year-bounded reads: every school's and every
// officer's whole history, resolved, then filtered to the year.
ReportInput fullHistoryInput(Database &db, const SchoolYear &year)
{
    ReportInput in;
    in.year = year;
    const SchoolRegistry registry(db);
    in.municipalities = registry.municipalities();
    in.schools = registry.all();
    in.plan = PlanRepository(db).entries();
    in.participations = ParticipationRepository(db).forYear(year);
    in.library = LibraryRepository(db).forYear(year);
    const EnrichmentSessionRepository sessions(db);
    for (const SchoolLocation &s : std::as_const(in.schools))
        in.sessions += sessions.currentSessions(s.vestiging, year);
    const BridgeOfficerRepository officers(db);
    in.officers = officers.officers();
    in.placements = officers.allPlacements();
    const FamilyContactRepository contacts(db);
    for (const BridgeOfficer &o : std::as_const(in.officers)) {
        for (const FamilyContact &c : contacts.contactsOfOfficer(o.meta.id)) {
            if (year.contains(c.date))
                in.contacts.append(c);
        }
    }
    return in;
}

} // namespace

TEST_CASE("Year-bounded session and contact reads equal the whole history, chains across years included")
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = demoDatabase(dir);
    addCrossYearChains(*db, QStringLiteral("enrichment_sessions"));
    addCrossYearChains(*db, QStringLiteral("family_contacts"));
    const EnrichmentSessionRepository sessions(*db);
    const FamilyContactRepository contacts(*db);
    const QList<SchoolLocation> schools = SchoolRegistry(*db).all();
    const QList<BridgeOfficer> officers = BridgeOfficerRepository(*db).officers();
    for (const SchoolYear year : {SchoolYear(2025), SchoolYear(2026), SchoolYear(2027), SchoolYear(2028)}) {
        INFO(year.label().toStdString());
        QList<EnrichmentSession> full;
        for (const SchoolLocation &s : schools)
            full += sessions.currentSessions(s.vestiging, year);
        const QList<EnrichmentSession> bounded = sessions.currentSessionsInYear(year);
        CHECK(describe(bounded) == describe(full));
        for (int i = 1; i < bounded.size(); ++i)
            REQUIRE(bounded.at(i - 1).date <= bounded.at(i).date);

        QList<FamilyContact> fullContacts;
        for (const BridgeOfficer &o : officers) {
            for (const FamilyContact &c : contacts.contactsOfOfficer(o.meta.id)) {
                if (year.contains(c.date))
                    fullContacts << c;
            }
        }
        CHECK(describe(contacts.currentContactsInYear(year)) == describe(fullContacts));
        if (year == SchoolYear(2026) || year == SchoolYear(2027)) {
            CHECK(bounded.size() > 1000);
            CHECK(fullContacts.size() > 100);
        }
    }

    // The moved and forked versions land where their winner is dated.
    const QStringList in2027 = describe(sessions.currentSessionsInYear(SchoolYear(2027)));
    CHECK(in2027.filter(newId(2)).size() == 1); // moved into 2027-2028 twice
    CHECK(in2027.filter(newId(5)).size() == 1); // the fork's later head
    CHECK(in2027.filter(newId(4)).isEmpty());   // the fork's earlier head
    const QStringList in2026 = describe(sessions.currentSessionsInYear(SchoolYear(2026)));
    CHECK(in2026.filter(newId(3)).size() == 1); // moved back into 2026-2027
    CHECK(in2026.filter(newId(7)).size() == 1); // the later head stays in 2026-2027
    CHECK(in2026.filter(newId(8)).isEmpty());   // superseded by its withdrawal
    CHECK(in2026.filter(newId(9)).isEmpty());   // moved, then withdrawn
    CHECK(in2026.filter(newId(10)).isEmpty());

    // And so every table of the report is the same as from the full history.
    for (const SchoolYear year : {SchoolYear(2026), SchoolYear(2027)}) {
        INFO(year.label().toStdString());
        const QDateTime at(QDate(2028, 9, 1), QTime(12, 0));
        const YearReport bounded = buildYearReport(loadReportInput(*db, year), Language::Dutch, at);
        const YearReport full = buildYearReport(fullHistoryInput(*db, year), Language::Dutch, at);
        REQUIRE(bounded.tables().size() == full.tables().size());
        CHECK(changedTables(full, bounded).isEmpty());
        CHECK(bounded.headlines == full.headlines);
    }
}
