// The PDF opens and renders (poppler's pdfinfo/pdftotext/pdftoppm), and holds the report's text.
#include "regionreportdata.h"
#include "report/chartpainter.h"
#include "report/pdfreport.h"
#include "report/yearreport.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

QString tool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    INFO(name << " (poppler-utils) must be installed for the PDF tests: apt-get install poppler-utils");
    REQUIRE(!path.isEmpty());
    return path;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("The yearly report PDF opens, renders and contains the report's words and figures")
{
    const YearReport report = buildYearReport(reportFixture());
    QTemporaryDir dir;
    const QString path = dir.filePath("jaarverslag.pdf");
    const ExportResult result = writePdf(report, path);
    REQUIRE(result.ok);
    CHECK(result.pages >= 3);

    const QString info = run(tool("pdfinfo"), {path});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(result.pages))));
    CHECK(info.contains(QStringLiteral("Jaarverslag Verrijkt 2026-2027")));

    const QString text = run(tool("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Jaarverslag Verrijkt 2026-2027")));
    CHECK(text.contains(QStringLiteral("235 leerlingen kregen dit schooljaar 2 extra uren per week")));
    CHECK(text.contains(QStringLiteral("Brugfunctionarissen hadden 12 contacten met 7 gezinnen.")));
    for (const ReportTable &t : report.tables())
        CHECK(text.contains(t.title));
    CHECK(text.contains(QStringLiteral("< 5")));
    CHECK(text.contains(QStringLiteral("Stadskanaal")));
    CHECK(text.contains(QStringLiteral("Sport en bewegen")));

    const QString prefix = dir.filePath("page");
    run(tool("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path, prefix});
    const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    CHECK(pngs.size() == result.pages);
    for (const QString &png : pngs) {
        const QImage image(dir.filePath(png));
        REQUIRE(!image.isNull());
        CHECK(image.width() > 200);
        CHECK(inkPixels(image) > 200); // something is drawn on every page
    }
}

TEST_CASE("The region report PDF has many pages and a chart page with colour")
{
    const YearReport report = buildYearReport(regionReportInput(SchoolYear(2027), SchoolYear(2027)));
    QTemporaryDir dir;
    const QString path = dir.filePath("regio.pdf");
    const ExportResult result = writePdf(report, path);
    REQUIRE(result.ok);
    CHECK(result.pages >= 8);
    // To look at the layout by eye: VERRIJKT_REPORT_SAMPLE=/tmp/sample.pdf test_report ...
    if (qEnvironmentVariableIsSet("VERRIJKT_REPORT_SAMPLE"))
        QFile::copy(path, qEnvironmentVariable("VERRIJKT_REPORT_SAMPLE"));
    run(tool("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), QStringLiteral("-f"),
         QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), path, dir.filePath("p")});
    const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("p*.png")});
    REQUIRE(pngs.size() == 1);
    const QImage page(dir.filePath(pngs.first()));
    int blue = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            blue += c.blue() > 150 && c.red() < 60 ? 1 : 0;
        }
    }
    CHECK(blue > 100); // the first chart's bars (Okabe-Ito blue) are on page 2
}

TEST_CASE("A PDF needs a writable path, failure leaves nothing behind")
{
    const YearReport report = buildYearReport(reportFixture());
    QTemporaryDir dir;
    const ExportResult result = writePdf(report, dir.filePath("no/such/dir/x.pdf"));
    CHECK(!result.ok);
    CHECK(result.error.contains(QStringLiteral("x.pdf")));
}

TEST_CASE("Chart scales use round steps and the charts paint bars and lines")
{
    CHECK(niceScale(0).top == 1);
    CHECK(niceScale(64).step == 20);
    CHECK(niceScale(64).top == 80);
    CHECK(niceScale(36.0).step == 10);
    CHECK(niceScale(7.3).step == 2);
    CHECK(niceScale(7.3).top == 8);
    CHECK(niceScale(1234).step == 250);
    CHECK(niceScale(1234).top == 1250);
    CHECK(niceScale(0.42).step == Approx(0.1));

    QImage image(600, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    ReportChart bars;
    bars.kind = ReportChart::Kind::Bars;
    bars.title = QStringLiteral("Test");
    bars.categories = {QStringLiteral("a"), QStringLiteral("b")};
    bars.series = {{QStringLiteral("s"), {10, 40}}};
    {
        QPainter p(&image);
        paintChart(p, QRectF(0, 0, 600, 300), bars, Language::Dutch);
    }
    // Bar b is four times as tall as bar a: count blue pixels in each half.
    auto blueIn = [&](int x0, int x1) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = x0; x < x1; ++x)
                n += image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2) ? 1 : 0;
        }
        return n;
    };
    const int a = blueIn(0, 330), b = blueIn(330, 600);
    REQUIRE(a > 0);
    CHECK(double(b) / a == Approx(4.0).epsilon(0.15));

    QImage lines(600, 300, QImage::Format_RGB32);
    lines.fill(Qt::white);
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.categories = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    chart.series = {{QStringLiteral("x"), {0, 5, 10}}};
    {
        QPainter p(&lines);
        paintChart(p, QRectF(0, 0, 600, 300), chart, Language::English);
    }
    CHECK(inkPixels(lines) > 500);
}
