#include "clirunner.h"
#include "realregister.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using testing::CliResult;
using testing::runCli;

namespace {

struct TempDb
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("verrijkt.db")); }
    QString file(const QString &name) const { return dir.filePath(name); }
};

QString data(const char *name)
{
    return testing::sharedDataFile(QString::fromLatin1(name));
}

void importRealRegister(const TempDb &db)
{
    const CliResult m = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-municipalities"),
                                data("municipalities.csv")});
    INFO(m.err.toStdString());
    REQUIRE(m.code == 0);
    const CliResult s = runCli(
        {QStringLiteral("--db"), db.path(), QStringLiteral("import-schools"), data("schools_region.csv")});
    INFO(s.err.toStdString());
    REQUIRE(s.code == 0);
    const CliResult w = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-tvt-known"),
                                data("tvt_known_schools.csv")});
    INFO(w.err.toStdString());
    REQUIRE(w.code == 0);
}

// The line of `text` that starts (after indentation) with `label`.
QString lineStartingWith(const QString &text, const QString &label)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(label))
            return line;
    }
    return {};
}

} // namespace

TEST_CASE("cli: importing the real register reports what was added, then nothing changes", "[cli]")
{
    TempDb db;
    REQUIRE(db.dir.isValid());
    const CliResult m = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-municipalities"),
                                data("municipalities.csv")});
    CHECK(m.code == 0);
    CHECK(lineStartingWith(m.out, QStringLiteral("toegevoegd")).endsWith(QStringLiteral(" 13")));

    const CliResult s = runCli(
        {QStringLiteral("--db"), db.path(), QStringLiteral("import-schools"), data("schools_region.csv")});
    CHECK(s.code == 0);
    CHECK(lineStartingWith(s.out, QStringLiteral("toegevoegd")).endsWith(QStringLiteral(" 329")));
    CHECK(lineStartingWith(s.out, QStringLiteral("afgewezen")).endsWith(QStringLiteral(" 0")));

    const CliResult again = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                                    db.path(), QStringLiteral("import-schools"), data("schools_region.csv")});
    CHECK(again.code == 0);
    CHECK(lineStartingWith(again.out, QStringLiteral("added")).endsWith(QStringLiteral(" 0")));
    CHECK(lineStartingWith(again.out, QStringLiteral("unchanged")).endsWith(QStringLiteral(" 329")));
    CHECK(lineStartingWith(again.out, QStringLiteral("deactivated")).endsWith(QStringLiteral(" 0")));
}

TEST_CASE("cli: summary of 2032-2033 on the real register", "[cli]")
{
    TempDb db;
    importRealRegister(db);
    const CliResult r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary"),
                                QStringLiteral("--year"), QStringLiteral("2032-2033")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2032-2033")));

    // Every municipality has its own row, and the total row has all 329 locations.
    const testing::RealRegion region = testing::loadRealRegion();
    REQUIRE(region.municipalities.size() == 13);
    for (const Municipality &m : region.municipalities)
        CHECK(!lineStartingWith(r.out, m.name).isEmpty());
    CHECK(lineStartingWith(r.out, QStringLiteral("Totaal")).contains(QStringLiteral(" 329 ")));

    // The budget lines against the policy: 36.0, 6.4 and 6.0 M EUR, computed and policy.
    const QRegularExpression twice(QStringLiteral("\\s(\\d+\\.\\d)\\s+(\\d+\\.\\d)$"));
    const auto budget = [&](const QString &label) {
        const QRegularExpressionMatch m =
            twice.match(lineStartingWith(r.out.section(QStringLiteral("Begroting"), 1), label));
        return m.hasMatch() ? QStringList{m.captured(1), m.captured(2)} : QStringList{};
    };
    CHECK(budget(QStringLiteral("Tijd voor Toekomst")) ==
          QStringList{QStringLiteral("36.0"), QStringLiteral("36.0")});
    CHECK(budget(QStringLiteral("Brugfunctionaris")) ==
          QStringList{QStringLiteral("6.4"), QStringLiteral("6.4")});
    CHECK(budget(QStringLiteral("Bibliotheek op school")) ==
          QStringList{QStringLiteral("6.0"), QStringLiteral("6.0")});
    // No placements yet: the output says the budget uses the target.
    CHECK(r.out.contains(QStringLiteral("rekent met het doel (64.0 fte)")));

    const CliResult en =
        runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary"), QStringLiteral("--year"),
                QStringLiteral("2026-2027"), QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(en.code == 0);
    CHECK(en.out.contains(QStringLiteral("Municipality")));
    CHECK(en.out.contains(QStringLiteral("Budget (million EUR a year)")));
    CHECK(en.out.contains(QStringLiteral("16.0 fte")));
    CHECK(!en.out.contains(QStringLiteral("Gemeente")));
}

TEST_CASE("cli: exit codes", "[cli]")
{
    TempDb db;

    SECTION("usage errors are 1")
    {
        CHECK(runCli({}).code == 1);
        CHECK(runCli({QStringLiteral("frobnicate")}).code == 1);
        CHECK(
            runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary"), QStringLiteral("--bogus")})
                .code == 1);
        CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-schools")}).code == 1);
        CHECK(runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("summary")}).code == 1);
    }

    SECTION("a bad --year is a usage error naming the option")
    {
        importRealRegister(db);
        for (const char *bad : {"2026", "2026-2028", "twintig", "2026/2027"}) {
            const CliResult r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary"),
                                        QStringLiteral("--year"), QString::fromLatin1(bad)});
            CHECK(r.code == 1);
            CHECK(r.err.contains(QStringLiteral("--year")));
            CHECK(r.out.isEmpty());
        }
    }

    SECTION("a missing file is an input error naming the file")
    {
        const QString missing = db.file(QStringLiteral("nope.csv"));
        const CliResult r =
            runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-schools"), missing});
        CHECK(r.code == 2);
        CHECK(r.err.contains(missing));
    }

    SECTION("a malformed file is an input error")
    {
        const QString path = db.file(QStringLiteral("wrong.csv"));
        REQUIRE(testing::writeFile(path, "naam,plaats\nDe Wieken,Appingedam\n"));
        const CliResult r =
            runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-schools"), path});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("niets gewijzigd")));
    }

    SECTION("a rejected row is an input error naming its line; nothing changes unless --partial")
    {
        importRealRegister(db);
        // The register without its last two locations, one of the others with a broken pupil count.
        QList<QByteArray> lines = testing::readFile(data("schools_region.csv")).split('\n');
        while (lines.last().trimmed().isEmpty())
            lines.removeLast();
        lines.removeLast();
        lines.removeLast();
        QList<QByteArray> fields = lines[3].split(',');
        fields[9] = "veel";
        lines[3] = fields.join(',');
        const QString path = db.file(QStringLiteral("schools_bad.csv"));
        REQUIRE(testing::writeFile(path, lines.join('\n') + '\n'));

        const CliResult r =
            runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-schools"), path});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("regel 4")));
        CHECK(r.err.contains(QStringLiteral("pupils")));
        CHECK(lineStartingWith(r.out, QStringLiteral("afgewezen")).endsWith(QStringLiteral(" 1")));
        // Nothing was applied: the two locations missing from the file are still active.
        const CliResult summary = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary")});
        CHECK(lineStartingWith(summary.out, QStringLiteral("Totaal")).contains(QStringLiteral(" 329 ")));

        const CliResult partial = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("import-schools"),
                                          path, QStringLiteral("--partial")});
        CHECK(partial.code == 2); // still reported, but the good rows are in
        CHECK(lineStartingWith(partial.out, QStringLiteral("gedeactiveerd")).endsWith(QStringLiteral(" 2")));
        const CliResult after = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary")});
        CHECK(lineStartingWith(after.out, QStringLiteral("Totaal")).contains(QStringLiteral(" 327 ")));
    }

    SECTION("summary before any import is an input error")
    {
        const CliResult r = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary")});
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("import-schools")));
    }

    SECTION("a database that cannot be opened is a database error")
    {
        const QString notADatabase = db.file(QStringLiteral("garbage.db"));
        REQUIRE(testing::writeFile(notADatabase, QByteArray(4096, 'x')));
        const CliResult r = runCli({QStringLiteral("--db"), notADatabase,
                                    QStringLiteral("import-municipalities"), data("municipalities.csv")});
        CHECK(r.code == 3);
        CHECK(r.err.contains(QStringLiteral("database")));
    }
}

TEST_CASE("cli: help and version", "[cli]")
{
    const CliResult help = runCli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    for (const char *command :
         {"import-schools", "import-municipalities", "import-tvt-known", "summary", "generate-demo"})
        CHECK(help.out.contains(QString::fromLatin1(command)));
    CHECK(help.out.contains(QStringLiteral("Afsluitcodes")));
    CHECK(help.out.contains(QStringLiteral("  3  databasefout")));

    const CliResult en = runCli({QStringLiteral("summary"), QStringLiteral("--help"),
                                 QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(en.code == 0);
    CHECK(en.out.contains(QStringLiteral("--year YYYY-YYYY")));
    CHECK(en.out.contains(QStringLiteral("Exit codes")));

    const CliResult version = runCli({QStringLiteral("--version")});
    CHECK(version.code == 0);
    CHECK(version.out.startsWith(QStringLiteral("verrijkt-cli ")));
}

TEST_CASE("cli: generate-demo writes a year of demo data that the summary then shows", "[cli][demo]")
{
    TempDb db;
    importRealRegister(db);
    const QStringList base{QStringLiteral("--db"), db.path(), QStringLiteral("generate-demo")};

    CHECK(runCli(base + QStringList{QStringLiteral("--scale"), QStringLiteral("0")}).code == 1);
    CHECK(runCli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("-3")}).code == 1);
    const CliResult badUntil = runCli(base + QStringList{QStringLiteral("--until"), QStringLiteral("2033")});
    CHECK(badUntil.code == 1);
    CHECK(badUntil.err.contains(QStringLiteral("--until")));

    const CliResult r = runCli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("5"),
                                                  QStringLiteral("--until"), QStringLiteral("2026-2027"),
                                                  QStringLiteral("--scale"), QStringLiteral("0.5")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("generate-demo: 100%"))); // progress on stderr
    CHECK(lineStartingWith(r.out, QStringLiteral("brugfunctionarissen")).isEmpty() == false);
    const QString sessionsLine = lineStartingWith(r.out, QStringLiteral("activiteiten"));
    REQUIRE(!sessionsLine.isEmpty());
    CHECK(sessionsLine.section(QLatin1Char(' '), -1).toInt() > 1000);

    // The summary now counts what was generated: placements on the curve, sessions, contacts.
    const CliResult summary = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("summary"),
                                      QStringLiteral("--year"), QStringLiteral("2026-2027")});
    REQUIRE(summary.code == 0);
    CHECK(lineStartingWith(summary.out, QStringLiteral("Geplaatst:")).contains(QStringLiteral("16.0 fte")));
    CHECK(!summary.out.contains(QStringLiteral("rekent met het doel")));
    CHECK(summary.out.contains(QStringLiteral("Geregistreerd: ")));
    CHECK(summary.out.contains(QStringLiteral("Gezinscontacten: ")));
    const QRegularExpression realisation(QStringLiteral("waar recht op is \\((\\d+)%\\)"));
    const QRegularExpressionMatch m = realisation.match(summary.out);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() >= 75);
    CHECK(m.captured(1).toInt() <= 100);

    // A second run would collide with the first: refused, nothing changed.
    const CliResult again =
        runCli(base + QStringList{QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--until"),
                                  QStringLiteral("2026-2027")});
    CHECK(again.code == 2);
    CHECK(again.err.contains(QStringLiteral("--db")));
}

TEST_CASE("cli: generate-demo --until-date leaves out sessions and contacts after that day", "[cli][demo]")
{
    TempDb db;
    importRealRegister(db);
    const QStringList base{QStringLiteral("--db"), db.path(), QStringLiteral("generate-demo"),
                           QStringLiteral("--until"), QStringLiteral("2026-2027")};
    const CliResult bad =
        runCli(base + QStringList{QStringLiteral("--until-date"), QStringLiteral("27-11-2026")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("--until-date")));

    const CliResult r =
        runCli(base + QStringList{QStringLiteral("--until-date"), QStringLiteral("2026-11-27")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    QString error;
    const auto store = Database::open(db.path(), &error);
    REQUIRE(store);
    QSqlQuery q(store->connection());
    for (const char *table : {"enrichment_sessions", "family_contacts"}) {
        INFO(table);
        REQUIRE(q.exec(QStringLiteral("SELECT max(date), count(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() <= QStringLiteral("2026-11-27"));
        CHECK(q.value(0).toString() >= QStringLiteral("2026-11-01")); // the autumn is there
        CHECK(q.value(1).toInt() > 100);
    }
}
