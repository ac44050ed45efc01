// CSV and XLSX exports of every report table round-trip.
#include "core/csv.h"
#include "report/csvexport.h"
#include "report/xlsxexport.h"
#include "report/yearreport.h"
#include "reportfixture.h"
#include "zipentries.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("CSV export of every table parses back to the same cells")
{
    const YearReport report = buildYearReport(reportFixture());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ExportResult result = writeCsvFolder(report, dir.filePath("csv"));
    REQUIRE(result.ok);
    REQUIRE(result.files.size() == report.tables().size());
    CHECK(report.tables().size() == 11);
    int suppressedSeen = 0;
    for (const ReportTable &t : report.tables()) {
        const QByteArray bytes = readAll(dir.filePath("csv/" + t.id + ".csv"));
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const CsvTable csv = parseCsv(bytes);
        INFO(t.id.toStdString());
        REQUIRE(csv.ok());
        CHECK(csv.header == t.columns);
        REQUIRE(csv.records.size() == t.rows.size());
        for (int r = 0; r < t.rows.size(); ++r) {
            const auto &fields = csv.records[r].fields;
            REQUIRE(fields.size() == t.rows[r].size());
            for (int c = 0; c < fields.size(); ++c) {
                const ReportCell &cell = t.rows[r][c];
                CHECK(fields[c] == cell.exportText());
                if (cell.isNumeric())
                    CHECK(fields[c].toDouble() ==
                          Approx(cell.value).margin(cell.kind == ReportCell::Kind::Money ? 0.5 : 0.0051));
                if (cell.kind == ReportCell::Kind::Suppressed) {
                    CHECK(fields[c] == QStringLiteral("< 5"));
                    ++suppressedSeen;
                }
            }
        }
    }
    CHECK(suppressedSeen > 5);
}

TEST_CASE("CSV fields with commas, quotes and line breaks are quoted")
{
    ReportTable t;
    t.id = QStringLiteral("x");
    t.columns = {QStringLiteral("a,b"), QStringLiteral("c")};
    t.rows = {{ReportCell::fromText(QStringLiteral("say \"hi\"")),
               ReportCell::fromText(QStringLiteral("two\nlines"))}};
    const QByteArray csv = tableToCsv(t);
    CHECK(csv == QByteArray("\xEF\xBB\xBF\"a,b\",c\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    const CsvTable back = parseCsv(csv);
    REQUIRE(back.ok());
    CHECK(back.header == t.columns);
    CHECK(back.records[0].fields == QStringList{"say \"hi\"", "two\nlines"});
}

TEST_CASE("XLSX export: one sheet per table, header row, numbers as numbers, suppressed as text")
{
    const YearReport report = buildYearReport(reportFixture());
    QTemporaryDir dir;
    const QString path = dir.filePath("verslag.xlsx");
    const ExportResult result = writeXlsx(report, path);
    REQUIRE(result.ok);
    CHECK(!QFile::exists(path + ".partial"));
    const QMap<QString, QByteArray> zip = readZipEntries(readAll(path));
    REQUIRE(zip.contains("xl/workbook.xml"));
    const QString workbook = QString::fromUtf8(zip.value("xl/workbook.xml"));
    QStringList sheets;
    const QRegularExpression sheetName(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheetName.globalMatch(workbook); it.hasNext();)
        sheets << it.next().captured(1);
    QStringList expected{QStringLiteral("verslag")};
    for (const ReportTable &t : report.tables())
        expected << t.id;
    CHECK(sheets == expected);

    // Shared strings hold the texts; sheet N+1 holds table N.
    const QString shared = QString::fromUtf8(zip.value("xl/sharedStrings.xml"));
    CHECK(shared.contains(QStringLiteral("&lt; 5")));
    CHECK(shared.contains(QStringLiteral("Leerlingen 2 uur")));
    CHECK(shared.contains(report.headlines.first()));

    const QList<ReportTable> tables = report.tables();
    for (int i = 0; i < tables.size(); ++i) {
        const QString xml =
            QString::fromUtf8(zip.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 2)));
        INFO(tables[i].id.toStdString());
        REQUIRE(!xml.isEmpty());
        CHECK(xml.count(QStringLiteral("<row ")) == tables[i].rows.size() + 1);
        // The first numeric cell of the first data row is stored as a plain number.
        for (int c = 0; c < tables[i].rows.value(0).size(); ++c) {
            const ReportCell &cell = tables[i].rows[0][c];
            if (!cell.isNumeric())
                continue;
            const QString ref = QChar('A' + c) + QStringLiteral("2");
            const QRegularExpression value(QStringLiteral("<c r=\"%1\"[^>]*><v>([^<]+)</v>").arg(ref));
            const auto match = value.match(xml);
            REQUIRE(match.hasMatch());
            CHECK(match.captured(1).toDouble() ==
                  Approx(cell.kind == ReportCell::Kind::Money ? std::round(cell.value) : cell.value));
            break;
        }
    }
}

TEST_CASE("An export to an unwritable place fails with the path named and leaves nothing behind")
{
    const YearReport report = buildYearReport(reportFixture());
    QTemporaryDir dir;
    const QString blocked = dir.filePath("file");
    QFile f(blocked);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    const ExportResult csv = writeCsvFolder(report, blocked + "/sub");
    CHECK(!csv.ok);
    CHECK(csv.error.contains(blocked));
    const ExportResult xlsx = writeXlsx(report, dir.filePath("missing/dir/x.xlsx"));
    CHECK(!xlsx.ok);
    CHECK(xlsx.error.contains(QStringLiteral("x.xlsx")));
    CHECK(!QFile::exists(dir.filePath("missing/dir/x.xlsx")));
}
