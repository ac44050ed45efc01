// The rollout dashboard's figures and their tables.
#include "coordinator/sessionrecords.h"
#include "regional/dashboardmodel.h"
#include "regional/deliveryquery.h"
#include "regional/figuretable.h"
#include "regional/regionalstore.h"
#include "regional/snapshotreader.h"
#include "regionalfixture.h"
#include "storage/participationrepository.h"
#include "storage/sqlvalues.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

int rowOfLabel(const FigureTable &t, const QString &label)
{
    return int(t.rowLabels().indexOf(label));
}

} // namespace

TEST_CASE("computeDashboard: plan against participations, realisation, FTE, coverage and budget")
{
    const RegionalSnapshot s = smallSnapshot();
    const DashboardFigures f = computeDashboard(s, SchoolYear(2026), QDate(2026, 11, 27));

    REQUIRE(f.tiersByYear.size() == 8); // 2025-2026 .. 2032-2033
    CHECK(f.tiersByYear.first().year == SchoolYear(2025));
    // Plan: 2025-2026 one school (6 h); 2026-2027 + 02CC00 (2 h); 2028-2029 all four.
    CHECK(f.tiersByYear[0].plannedSixHours == 1);
    CHECK(f.tiersByYear[0].plannedTwoHours == 0);
    CHECK(f.tiersByYear[1].plannedTwoHours == 1);
    CHECK(f.tiersByYear[1].plannedSixHours == 1);
    CHECK(f.tiersByYear[3].planned() == 4);
    // Recorded: 2025-2026 one (6 h), 2026-2027 two (6 h + 2 h), later none.
    CHECK(f.tiersByYear[0].recordedSixHours == 1);
    CHECK(f.tiersByYear[1].recordedSixHours == 1);
    CHECK(f.tiersByYear[1].recordedTwoHours == 1);
    CHECK(f.tiersByYear[2].recorded() == 0);

    // Realisation 2026-2027: Zuiderdorp 12,000 of 24,000; Noorderdorp 12,000 of 16,000.
    REQUIRE(f.realisation.size() == 2);
    CHECK(f.realisation[0].name == QStringLiteral("Noorderdorp")); // sorted by name
    CHECK(f.realisation[0].realisation.entitledPupilHours == Approx(16000));
    CHECK(f.realisation[0].realisation.ratio() == Approx(0.75));
    CHECK(f.realisation[1].realisation.ratio() == Approx(0.5));
    CHECK(f.regionRealisation.ratio() == Approx(24000.0 / 40000.0));

    // FTE on 1 October 2026: 0.6 + 0.4 placed against the build-up target 16.
    CHECK(f.fteByYear[1].targetFte == Approx(16));
    CHECK(f.fteByYear[1].placedFte == Approx(1.0));
    CHECK(f.fteByYear[4].targetFte == Approx(64));
    CHECK(f.fteByYear[0].targetFte == 0);

    // Library 2026-2027: Zuiderdorp 1 of 2 covered (intake does not count), Noorderdorp 1 of 2.
    CHECK(f.libraryCovered == 2);
    CHECK(f.locations == 4);
    REQUIRE(f.library.size() == 2);
    CHECK(f.library[1].name == QStringLiteral("Zuiderdorp"));
    CHECK(f.library[1].share() == Approx(0.5));

    CHECK(f.policy.tijdVoorToekomst == Approx(36.0e6));
    CHECK(f.policy.bridgeOfficers == Approx(6.4e6));
    CHECK(f.policy.bibliotheekOpSchool == Approx(6.0e6));
    CHECK(f.budget.bridgeOfficers == Approx(1.0 * 100000.0));
    CHECK(f.fteBasis == FteBasis::Placed);
}

TEST_CASE("DashboardModel publishes one table per chart and follows year and store")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    RegionalStore store;
    store.setToday(QDate(2026, 11, 27));
    store.setSnapshot(smallSnapshot());
    DashboardModel model;
    QAbstractItemModelTester t1(model.tiers(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(model.realisation(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t3(model.fte(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t4(model.library(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t5(model.budget(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSchoolYear(2026);
    model.setStore(&store);

    FigureTable *tiers = model.tiers();
    REQUIRE(tiers->rowCount() == 8);
    REQUIRE(tiers->columnCount() == 5);
    const int row = rowOfLabel(*tiers, QStringLiteral("2026-2027"));
    REQUIRE(row == 1);
    // Charts read plain numbers (DisplayRole), tables the formatted text.
    CHECK(tiers->data(tiers->index(row, 2), Qt::DisplayRole).toInt() == 1);
    CHECK(tiers->data(tiers->index(row, 0), FigureTable::TextRole).toString() == QStringLiteral("2026-2027"));
    CHECK(tiers->headerData(1, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Plan 2 h"));

    FigureTable *realisation = model.realisation();
    REQUIRE(realisation->rowCount() == 2);
    CHECK(realisation->value(0, 4) == Approx(75.0));
    CHECK(realisation->data(realisation->index(0, 4), FigureTable::TextRole).toString() ==
          QStringLiteral("75,0 %"));
    CHECK(realisation->data(realisation->index(0, 2), FigureTable::TextRole).toString() ==
          QStringLiteral("16,0"));

    FigureTable *budget = model.budget();
    REQUIRE(budget->rowCount() == 3);
    CHECK(budget->value(0, 2) == Approx(36.0));
    CHECK(budget->maximum(1, 2) >= 36.0);

    CHECK(model.fte()->value(1, 1) == Approx(16));
    CHECK(model.fte()->value(1, 2) == Approx(1.0));
    CHECK(model.library()->value(0, 3) == Approx(50.0));
    CHECK_FALSE(model.realisationText().isEmpty());
    {
        // One school: singular in Dutch ("1 scholen doen mee" was shown before).
        QTranslator dutch;
        REQUIRE(dutch.load(QStringLiteral(":/i18n/verrijkt_nl.qm")));
        QCoreApplication::installTranslator(&dutch);
        CHECK(model.schoolsText() == QStringLiteral("2 scholen doen mee, 2 in het plan"));
        model.setSchoolYear(2025);
        CHECK(model.schoolsText() == QStringLiteral("1 school doet mee, 1 in het plan"));
        model.setSchoolYear(2026);
        QCoreApplication::removeTranslator(&dutch);
    }

    // Another year recomputes in place; a year outside the window is refused.
    model.setSchoolYear(2025);
    CHECK(model.realisation()->value(1, 4) == Approx(20000.0 / 24000.0 * 100.0)); // Zuiderdorp 2025-2026
    model.setSchoolYear(2040);
    CHECK(model.schoolYear() == 2025);

    // A new snapshot (after a sync) is picked up without being asked.
    RegionalSnapshot changed = smallSnapshot();
    changed.deliveries.append({QStringLiteral("01AA00"), SchoolYear(2025), 4000});
    store.setSnapshot(changed);
    CHECK(model.realisation()->value(1, 4) == Approx(100.0));
}

TEST_CASE("FigureTable formats numbers in the user's locale")
{
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    CHECK(FigureTable::format(1234.0, FigureTable::Unit::Count) == QStringLiteral("1.234"));
    CHECK(FigureTable::format(15.25, FigureTable::Unit::Fte) == QStringLiteral("15,3"));
    CHECK(FigureTable::format(87.46, FigureTable::Unit::Percent) == QStringLiteral("87,5 %"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(FigureTable::format(1234.0, FigureTable::Unit::Count) == QStringLiteral("1,234"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

namespace {

// Inserts a session row as sync would deliver it (any id, clock and chain link).
void insertSession(Database &db, const QString &id, const QString &hlc, const QString &vestiging,
                   const QDate &date, double hours, int pupils, const QString &supersedes = {},
                   bool withdrawn = false)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO enrichment_sessions (id, hlc, vestiging, date, domain, provider, hours, "
                       "pupils, groups, supersedes, withdrawn, recorded_by) "
                       "VALUES (?, ?, ?, ?, 'sport_en_bewegen', 'Sportclub', ?, ?, 0, ?, ?, 'coord')"));
    q.addBindValue(id);
    q.addBindValue(hlc);
    q.addBindValue(vestiging);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(hours);
    q.addBindValue(pupils);
    q.addBindValue(supersedes.isEmpty() ? QVariant() : QVariant(supersedes));
    q.addBindValue(withdrawn ? 1 : 0);
    const bool ok = q.exec();
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

QString uuid(int n)
{
    return QStringLiteral("0190a000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

TEST_CASE("readDeliveries sums current session versions per school and school year like core")
{
    RegionalFixture f;
    Database &db = *f.db;
    const QString anloo = QStringLiteral("11AK00");
    const QString eshoek = QStringLiteral("11YV00");
    // Plain sessions in two school years (July belongs to the year before).
    insertSession(db, uuid(1), QStringLiteral("a1"), anloo, QDate(2026, 9, 7), 2.0, 10); // 20
    insertSession(db, uuid(2), QStringLiteral("a2"), anloo, QDate(2027, 7, 5), 1.0, 10); // 10, 2026-2027
    insertSession(db, uuid(3), QStringLiteral("a3"), anloo, QDate(2027, 9, 6), 1.0, 5);  // 5, 2027-2028
    // A corrected session: 2 x 10 -> 2 x 8.
    insertSession(db, uuid(4), QStringLiteral("a4"), anloo, QDate(2026, 10, 5), 2.0, 10);
    insertSession(db, uuid(5), QStringLiteral("a5"), anloo, QDate(2026, 10, 5), 2.0, 8, uuid(4)); // 16
    // A withdrawn session counts nothing.
    insertSession(db, uuid(6), QStringLiteral("a6"), eshoek, QDate(2026, 10, 6), 3.0, 10);
    insertSession(db, uuid(7), QStringLiteral("a7"), eshoek, QDate(2026, 10, 6), 3.0, 10, uuid(6), true);
    // A fork: two devices corrected the same session; the later clock wins, once.
    insertSession(db, uuid(8), QStringLiteral("a8"), eshoek, QDate(2026, 11, 2), 1.0, 30);
    insertSession(db, uuid(9), QStringLiteral("b1"), eshoek, QDate(2026, 11, 2), 1.0, 25, uuid(8));
    insertSession(db, uuid(10), QStringLiteral("b2"), eshoek, QDate(2026, 11, 2), 1.0, 20,
                  uuid(8)); // 20 wins
    // A correction of a correction: only the last one counts.
    insertSession(db, uuid(11), QStringLiteral("c1"), eshoek, QDate(2026, 12, 1), 2.0, 5);
    insertSession(db, uuid(12), QStringLiteral("c2"), eshoek, QDate(2026, 12, 1), 2.0, 6, uuid(11));
    insertSession(db, uuid(13), QStringLiteral("c3"), eshoek, QDate(2026, 12, 1), 2.0, 4, uuid(12)); // 8

    QString error;
    const auto deliveries = readDeliveries(db, &error);
    INFO(error.toStdString());
    REQUIRE(deliveries);
    QHash<QString, double> got;
    for (const SchoolYearDelivery &d : *deliveries)
        got.insert(d.vestiging + QLatin1Char('/') + QString::number(d.year.startYear()),
                   d.deliveredPupilHours);
    CHECK(got.size() == 3);
    CHECK(got.value(anloo + QStringLiteral("/2026")) == Approx(20 + 10 + 16));
    CHECK(got.value(anloo + QStringLiteral("/2027")) == Approx(5));
    CHECK(got.value(eshoek + QStringLiteral("/2026")) == Approx(20 + 8));

    // The same as core's rules over every row.
    const QList<EnrichmentSession> all =
        sessionrecords::allInRange(db, eshoek, QDate(2026, 8, 1), QDate(2027, 7, 31));
    double core = 0;
    for (const EnrichmentSession &s : currentSessions(all))
        core += s.pupilHours();
    CHECK(got.value(eshoek + QStringLiteral("/2026")) == Approx(core));
}

namespace {

// "vestiging/year=pupil-hours (sessions)" per pair, from the trigger-kept table or from a GROUP BY
// over the non-correction sessions: the two must always agree.
QString sums(Database &db, bool fromTable)
{
    const QString sql =
        fromTable
            ? QStringLiteral(
                  "SELECT vestiging, school_year, pupil_hours, sessions FROM session_delivery_sums "
                  "ORDER BY 1, 2")
            : QStringLiteral(
                  "SELECT vestiging, CAST(substr(date, 1, 4) AS INTEGER) - (substr(date, 6, 2) < '08'), "
                  "SUM(hours * pupils), COUNT(*) FROM enrichment_sessions WHERE supersedes IS NULL "
                  "AND withdrawn = 0 AND deleted = 0 GROUP BY 1, 2 ORDER BY 1, 2");
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1/%2=%3 (%4)")
                   .arg(q.value(0).toString())
                   .arg(q.value(1).toInt())
                   .arg(q.value(2).toDouble(), 0, 'f', 6)
                   .arg(q.value(3).toInt());
    return out.join(QLatin1Char('\n'));
}

// Ids in session_chain_rows, or the rows of correction chains by their definition.
QString chainIds(Database &db, bool fromTable)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(
        fromTable ? QStringLiteral("SELECT id FROM session_chain_rows ORDER BY id")
                  : QStringLiteral("SELECT id FROM enrichment_sessions WHERE supersedes IS NOT NULL OR id IN "
                                   "(SELECT supersedes FROM enrichment_sessions) ORDER BY id"));
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids.join(QLatin1Char(' '));
}

} // namespace

TEST_CASE("The store keeps delivery sums per school and year in the write transaction, also through purges")
{
    RegionalFixture f;
    Database &db = *f.db;
    const QString anloo = QStringLiteral("11AK00");
    const QString eshoek = QStringLiteral("11YV00");
    CHECK(sums(db, true).isEmpty());
    insertSession(db, uuid(1), QStringLiteral("a1"), anloo, QDate(2026, 9, 7), 2.0, 10);
    insertSession(db, uuid(2), QStringLiteral("a2"), anloo, QDate(2027, 7, 31), 1.25, 10); // 2026-2027
    insertSession(db, uuid(3), QStringLiteral("a3"), anloo, QDate(2027, 8, 1), 1.0, 5);    // 2027-2028
    insertSession(db, uuid(4), QStringLiteral("a4"), eshoek, QDate(2026, 10, 5), 2.0, 10);
    insertSession(db, uuid(5), QStringLiteral("a5"), eshoek, QDate(2026, 10, 5), 2.0, 8, uuid(4));
    insertSession(db, uuid(6), QStringLiteral("a6"), eshoek, QDate(2026, 10, 6), 3.0, 10, uuid(5), true);
    {
        // A tombstone as sync delivers it counts nothing; a repeated id is ignored like sync does.
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO enrichment_sessions (id, hlc, deleted, vestiging, date, "
                                      "domain, hours, pupils) VALUES "
                                      "('%1', 'a7', 1, '11YV00', '2026-11-02', 'sport_en_bewegen', 1.0, 30)")
                           .arg(uuid(7))));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO enrichment_sessions (id, hlc, deleted, vestiging, date, "
                                      "domain, hours, pupils) VALUES "
                                      "('%1', 'a8', 0, '11AK00', '2026-11-02', 'sport_en_bewegen', 9.0, 99) "
                                      "ON CONFLICT (id) DO NOTHING")
                           .arg(uuid(1))));
    }
    // The chain rows: Eshoek's corrected session, its correction and its withdrawal; a correction
    // that arrives before its original, then the original.
    CHECK(chainIds(db, true) == chainIds(db, false));
    CHECK(chainIds(db, true) == QStringList{uuid(4), uuid(5), uuid(6)}.join(QLatin1Char(' ')));
    // (One transaction, as a sync page: the deferred foreign key needs the original by commit.)
    QSqlQuery tx(db.connection());
    REQUIRE(tx.exec(QStringLiteral("BEGIN")));
    insertSession(db, uuid(9), QStringLiteral("a9"), eshoek, QDate(2026, 12, 1), 1.0, 9, uuid(8));
    CHECK(chainIds(db, true) == QStringList{uuid(4), uuid(5), uuid(6), uuid(9)}.join(QLatin1Char(' ')));
    insertSession(db, uuid(8), QStringLiteral("a8"), eshoek, QDate(2026, 12, 1), 1.0, 10);
    REQUIRE(tx.exec(QStringLiteral("COMMIT")));
    CHECK(chainIds(db, true) == chainIds(db, false));
    CHECK(sums(db, true) == sums(db, false));
    CHECK(sums(db, true) == QStringLiteral("11AK00/2026=32.500000 (2)\n11AK00/2027=5.000000 (1)\n"
                                           "11YV00/2026=30.000000 (2)"));

    // A scope purge deletes a school's sessions (the only delete there is): its pairs go away.
    QSqlQuery purge(db.connection());
    REQUIRE(purge.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('scope_purge', '1')")));
    REQUIRE(purge.exec(QStringLiteral(
        "DELETE FROM enrichment_sessions WHERE vestiging = '11AK00' AND date < '2027-08-01'")));
    REQUIRE(purge.exec(QStringLiteral("DELETE FROM settings WHERE key = 'scope_purge'")));
    CHECK(sums(db, true) == sums(db, false));
    CHECK(sums(db, true) == QStringLiteral("11AK00/2027=5.000000 (1)\n11YV00/2026=30.000000 (2)"));
    CHECK(chainIds(db, true) == chainIds(db, false));

    // readDeliveries adds the chains: Eshoek's corrected-then-withdrawn session counts nothing.
    QString error;
    const auto deliveries = readDeliveries(db, &error);
    REQUIRE(deliveries);
    double eshoek2026 = -1;
    for (const SchoolYearDelivery &d : *deliveries) {
        if (d.vestiging == eshoek && d.year == SchoolYear(2026))
            eshoek2026 = d.deliveredPupilHours;
    }
    CHECK(eshoek2026 == Approx(9.0)); // the withdrawn chain nothing, the late original's correction 9

    // A purge that takes a correction but keeps its original: the original counts as itself.
    REQUIRE(purge.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('scope_purge', '1')")));
    REQUIRE(purge.exec(QStringLiteral("DELETE FROM enrichment_sessions WHERE id = '%1'").arg(uuid(9))));
    REQUIRE(purge.exec(QStringLiteral("DELETE FROM settings WHERE key = 'scope_purge'")));
    const auto afterPurge = readDeliveries(db, &error);
    REQUIRE(afterPurge);
    for (const SchoolYearDelivery &d : *afterPurge) {
        if (d.vestiging == eshoek && d.year == SchoolYear(2026))
            eshoek2026 = d.deliveredPupilHours;
    }
    CHECK(eshoek2026 == Approx(10.0));
}

TEST_CASE("Migrating to schema 5 and 6 fills the delivery sums and chain rows from the sessions stored")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    QString error;
    {
        RegionalFixture f; // the register, copied below into an older database
        DatabaseOptions v4;
        v4.targetVersion = 4;
        auto old = Database::open(path, &error, v4);
        INFO(error.toStdString());
        REQUIRE(old);
        REQUIRE(old->schemaVersion() == 4);
        QSqlQuery q(old->connection());
        REQUIRE(q.exec(QStringLiteral("ATTACH DATABASE '%1' AS src").arg(f.db->path())));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO municipalities SELECT * FROM src.municipalities")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO schools SELECT * FROM src.schools")));
        REQUIRE(q.exec(QStringLiteral("DETACH DATABASE src")));
        insertSession(*old, uuid(1), QStringLiteral("a1"), QStringLiteral("11AK00"), QDate(2026, 9, 7), 2.0,
                      10);
        insertSession(*old, uuid(2), QStringLiteral("a2"), QStringLiteral("11AK00"), QDate(2028, 1, 9), 1.5,
                      4);
        insertSession(*old, uuid(3), QStringLiteral("a3"), QStringLiteral("11AK00"), QDate(2028, 1, 9), 1.5,
                      3, uuid(2));
    }
    auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(db->schemaVersion() >= 5);
    CHECK(sums(*db, true) == sums(*db, false));
    CHECK(sums(*db, true) == QStringLiteral("11AK00/2026=20.000000 (1)\n11AK00/2027=6.000000 (1)"));
    CHECK(chainIds(*db, true) == QStringList{uuid(2), uuid(3)}.join(QLatin1Char(' ')));
}

TEST_CASE("DashboardModel words its tables in the UI language and follows a language switch")
{
    DashboardModel model;
    model.recompute();
    REQUIRE(model.tiers()->columnTitles().value(0) == QStringLiteral("School year"));
    const int before = model.tiers()->revision();
    QTranslator dutch;
    REQUIRE(dutch.load(QStringLiteral(":/i18n/verrijkt_nl.qm")));
    QCoreApplication::installTranslator(&dutch);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents(); // the models refresh queued, after the locale is set
    CHECK(model.tiers()->columnTitles().value(0) == QStringLiteral("Schooljaar"));
    CHECK(model.budget()->rowLabels().value(1) == QStringLiteral("Brugfunctionarissen"));
    CHECK(model.tiers()->revision() > before); // views bound to the table re-read it
    QCoreApplication::removeTranslator(&dutch);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents(); // the models refresh queued, after the locale is set
    CHECK(model.tiers()->columnTitles().value(0) == QStringLiteral("School year"));
}

TEST_CASE("After a change to sessions alone the regional store re-reads only the delivery sums")
{
    RegionalFixture f;
    RegionalStore store;
    store.setDeviceStore(f.store.get());
    const QString anloo = QStringLiteral("11AK00");
    auto pupilsReached = [&] {
        const Participation *p = store.snapshot()->participation(anloo, SchoolYear(2026));
        return p ? p->pupilsReached : -1;
    };
    const int pupilsBefore = pupilsReached();
    REQUIRE(pupilsBefore != 12);
    CHECK(store.snapshot()->deliveredPupilHours(anloo, SchoolYear(2026)) == Approx(0.0));

    // A participation written behind the store's back, then a sync that brought sessions only.
    Participation p;
    p.vestiging = anloo;
    p.schoolYear = SchoolYear(2026);
    p.tier = Tier::TwoHours;
    p.startDate = QDate(2026, 9, 1);
    p.pupilsReached = 12; // Anloo has 18 pupils
    const WriteResult written = ParticipationRepository(*f.db).save(p);
    INFO(written.storageError.toStdString()
         << (written.errors.isEmpty() ? "" : written.errors.first().key.toStdString()));
    REQUIRE(written.ok());
    insertSession(*f.db, uuid(1), QStringLiteral("a1"), anloo, QDate(2026, 9, 7), 2.0, 10);
    const int revision = store.revision();
    f.store->notifyChanged({QStringLiteral("enrichment_session")});
    CHECK(store.revision() == revision + 1);
    CHECK(store.snapshot()->deliveredPupilHours(anloo, SchoolYear(2026)) == Approx(20.0));
    CHECK(pupilsReached() == pupilsBefore); // participations were not read again
    CHECK(store.snapshot()->schools.size() == 329);
    CHECK(store.snapshot()->school(anloo) != nullptr); // the lookups were rebuilt

    // The same deliveries as a full read; a participation change reads everything.
    QString error;
    const auto full = readRegionalSnapshot(*f.db, &error);
    REQUIRE(full);
    REQUIRE(full->deliveries.size() == store.snapshot()->deliveries.size());
    CHECK(full->deliveredPupilHours(anloo, SchoolYear(2026)) == Approx(20.0));
    f.store->notifyChanged({QStringLiteral("participation")});
    CHECK(pupilsReached() == 12);
}
