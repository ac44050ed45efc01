// Closing a school year: the locked figures (the report as JSON) and the audit trail in the store.
#include "report/pdfreport.h"
#include "report/reportjson.h"
#include "report/yearreport.h"
#include "reportfixture.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/yearclosing.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

bool hasKey(const WriteResult &r, const char *key)
{
    return std::any_of(r.errors.begin(), r.errors.end(),
                       [&](const ValidationError &e) { return e.key == QLatin1String(key); });
}

} // namespace

TEST_CASE("A report survives the JSON round trip cell by cell")
{
    const YearReport report =
        buildYearReport(reportFixture(), Language::Dutch, QDateTime(QDate(2027, 8, 1), QTime(10, 0)));
    const std::optional<YearReport> back = reportFromJson(reportToJson(report));
    REQUIRE(back.has_value());
    CHECK(back->year == report.year);
    CHECK(back->title == report.title);
    CHECK(back->headlines == report.headlines);
    CHECK(back->generatedAt == report.generatedAt);
    REQUIRE(back->sections.size() == report.sections.size());
    for (int s = 0; s < report.sections.size(); ++s) {
        const ReportSection &a = report.sections[s], &b = back->sections[s];
        CHECK(a.title == b.title);
        CHECK(a.paragraphs == b.paragraphs);
        REQUIRE(a.charts.size() == b.charts.size());
        for (int c = 0; c < a.charts.size(); ++c) {
            CHECK(a.charts[c].kind == b.charts[c].kind);
            CHECK(a.charts[c].categories == b.charts[c].categories);
            REQUIRE(a.charts[c].series.size() == b.charts[c].series.size());
            for (int i = 0; i < a.charts[c].series.size(); ++i)
                CHECK(a.charts[c].series[i].values == b.charts[c].series[i].values);
        }
        REQUIRE(a.tables.size() == b.tables.size());
        for (int t = 0; t < a.tables.size(); ++t) {
            CHECK(a.tables[t].id == b.tables[t].id);
            CHECK(a.tables[t].columns == b.tables[t].columns);
            CHECK(a.tables[t].note == b.tables[t].note);
            REQUIRE(a.tables[t].rows.size() == b.tables[t].rows.size());
            for (int r = 0; r < a.tables[t].rows.size(); ++r) {
                for (int c = 0; c < a.tables[t].rows[r].size(); ++c) {
                    const ReportCell &x = a.tables[t].rows[r][c], &y = b.tables[t].rows[r][c];
                    CHECK(x.kind == y.kind);
                    CHECK(x.display(Language::Dutch) == y.display(Language::Dutch));
                    CHECK(x.value == y.value);
                }
            }
        }
    }
    CHECK(!reportFromJson("{}").has_value());
    CHECK(!reportFromJson("not json").has_value());
}

TEST_CASE("Closing and reopening a school year: locked figures, reasons, audit trail")
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Database> db = Database::open(dir.filePath("v.db"), &error);
    REQUIRE(db);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    YearClosingRepository closings(*db);
    const SchoolYear year(2026);
    CHECK(!closings.closing(year).has_value());
    CHECK(!closings.isClosed(year));

    // Bad input changes nothing.
    CHECK(hasKey(closings.close(year, QStringLiteral(" "), "{}", "{}"), "year_closing.by.required"));
    CHECK(
        hasKey(closings.close(year, QStringLiteral("Regioteam"), {}, "{}"), "year_closing.figures.required"));
    CHECK(hasKey(closings.reopen(year, QStringLiteral("Regioteam"), QStringLiteral("te laat binnengekomen")),
                 "year_closing.not_closed"));
    CHECK(closings.events().isEmpty());

    const QDateTime t1(QDate(2027, 9, 1), QTime(12, 0), Qt::UTC);
    REQUIRE(closings.close(year, QStringLiteral("Regioteam"), "{\"nl\":1}", "{\"en\":1}", t1).ok());
    const auto closed = closings.closing(year);
    REQUIRE(closed.has_value());
    CHECK(closed->closed);
    CHECK(closed->closedBy == QStringLiteral("Regioteam"));
    CHECK(closed->closedAt == t1);
    CHECK(closed->figuresDutch == QByteArray("{\"nl\":1}"));
    CHECK(closed->figuresSha256.size() == 64);
    CHECK(hasKey(closings.close(year, QStringLiteral("Regioteam"), "x", "y"), "year_closing.already_closed"));

    // The database itself refuses to change locked figures or the audit trail.
    QSqlQuery q(db->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE year_closings SET figures_nl = 'x' WHERE school_year = 2026")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM year_closings")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE year_closing_events SET by_user = 'iemand'")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM year_closing_events")));
    CHECK_FALSE(q.exec(QStringLiteral(
        "INSERT INTO year_closing_events (school_year, action, at, by_user, reason, figures_sha256) "
        "VALUES (2026, 'reopen', 'nu', 'x', 'kort', '')")));

    // Reopening needs a reason of at least 10 characters.
    const WriteResult shortReason =
        closings.reopen(year, QStringLiteral("Regioteam"), QStringLiteral("fout"));
    CHECK(hasKey(shortReason, "year_closing.reason.required"));
    CHECK(yearClosingMessage(shortReason.errors.first(), Language::Dutch) ==
          QStringLiteral("Heropenen vraagt een reden van minstens 10 tekens."));
    CHECK(closings.isClosed(year));
    const QDateTime t2 = t1.addDays(20);
    REQUIRE(closings.reopen(year, QStringLiteral("Anna"), QStringLiteral("  Correctie deelname 01AA00  "), t2)
                .ok());
    CHECK(!closings.isClosed(year));
    CHECK(closings.closing(year)->figuresDutch == QByteArray("{\"nl\":1}")); // kept for the record

    REQUIRE(
        closings.close(year, QStringLiteral("Regioteam"), "{\"nl\":2}", "{\"en\":2}", t2.addDays(1)).ok());
    CHECK(closings.closing(year)->figuresDutch == QByteArray("{\"nl\":2}"));

    const QList<YearClosingEvent> events = closings.events(year);
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == YearClosingEvent::Action::Close);
    CHECK(events[1].action == YearClosingEvent::Action::Reopen);
    CHECK(events[1].by == QStringLiteral("Anna"));
    CHECK(events[1].reason == QStringLiteral("Correctie deelname 01AA00"));
    CHECK(events[1].at == t2);
    CHECK(events[1].figuresSha256 == events[0].figuresSha256);
    CHECK(events[2].figuresSha256 != events[0].figuresSha256);
    CHECK(closings.events(SchoolYear(2027)).isEmpty());
    for (const QString &key : yearClosingMessageKeys()) {
        const ValidationError e{QStringLiteral("x"), key, {{"year", "2026-2027"}, {"min", 10}}};
        CHECK(yearClosingMessage(e, Language::Dutch) != yearClosingMessage(e, Language::English));
        CHECK(!yearClosingMessage(e, Language::English).contains(QLatin1Char('{')));
    }
}
