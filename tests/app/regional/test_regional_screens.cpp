// The regional pages on a demo database with the real register, rendered offscreen and driven
// like a person would: dashboard, map, register, school page and the tier editor, at desktop and
// phone widths. Screenshots go to <build>/screenshots/regional.
#include "cli/cli.h"
#include "planning/scenariocomparison.h"
#include "shell/appcontext.h"
#include "storage/participationrepository.h"
#include "storage/planrepository.h"
#include "uidriver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const QString kShots = QStringLiteral(VERRIJKT_SCREENSHOTS "/regional");

// One demo database for the whole run: the real register plus generated activity for 2026-2027.
QString demoDatabase()
{
    static QTemporaryDir dir;
    static QString path;
    if (!path.isEmpty())
        return path;
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("demo.db"));
    const QString data = QStringLiteral(VERRIJKT_SHARED_DATA);
    QString log;
    QTextStream out(&log);
    for (const auto &[command, file] : {std::pair{"import-municipalities", "municipalities.csv"},
                                        std::pair{"import-schools", "schools_region.csv"},
                                        std::pair{"import-tvt-known", "tvt_known_schools.csv"}})
        REQUIRE(cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), path,
                          QString::fromLatin1(command), QDir(data).filePath(QString::fromLatin1(file))},
                         out, out) == 0);
    INFO(log.toStdString());
    REQUIRE(
        cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), path,
                  QStringLiteral("generate-demo"), QStringLiteral("--until"), QStringLiteral("2026-2027")},
                 out, out) == 0);
    return path;
}

struct RegionalApp
{
    QTemporaryDir tokens;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<UiDriver> ui;

    explicit RegionalApp(const QString &page)
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        engine = std::make_unique<QQmlApplicationEngine>();
        // The harness lives outside the module: let `import Verrijkt` find its qmldir in the resources.
        engine->addImportPath(QStringLiteral("qrc:/"));
        AppOptions options;
        options.databasePath = demoDatabase();
        options.tokenFolder = tokens.filePath(QStringLiteral("tokens"));
        options.preferKeychain = false;
        options.today = QDate(2026, 11, 27);
        QString error;
        context = AppContext::create(options, engine.get(), &error);
        INFO(error.toStdString());
        REQUIRE(context);
        engine->setInitialProperties(
            {{QStringLiteral("app"), QVariant::fromValue(context.get())}, {QStringLiteral("page"), page}});
        engine->load(QUrl::fromLocalFile(QStringLiteral(VERRIJKT_REGIONAL_HARNESS)));
        REQUIRE_FALSE(engine->rootObjects().isEmpty());
        ui = std::make_unique<UiDriver>(*engine);
        REQUIRE(ui->window());
    }
    ~RegionalApp()
    {
        engine.reset();
        context.reset();
    }
    QVariant property(const QString &objectName, const char *name) const
    {
        QQuickItem *item = ui->find(objectName);
        return item ? item->property(name) : QVariant();
    }
};

} // namespace

TEST_CASE("The dashboard shows every figure as a chart and as a table, desktop and phone")
{
    RegionalApp app(QStringLiteral("DashboardPage.qml"));
    UiDriver &ui = *app.ui;
    ui.resize(1280, 1000);
    REQUIRE(ui.find(QStringLiteral("regionalDashboard")));
    for (const char *card : {"tiersCard", "realisationCard", "fteCard", "libraryCard", "budgetCard"})
        CHECK(ui.find(QString::fromLatin1(card)));
    ui.screenshot(kShots, QStringLiteral("dashboard-desktop"));

    // The numbers behind a chart are one click away.
    REQUIRE(ui.click(QStringLiteral("realisationCard_toggle")));
    CHECK(app.property(QStringLiteral("realisationCard"), "showTable").toBool());
    ui.screenshot(kShots, QStringLiteral("dashboard-desktop-table"));
    REQUIRE(ui.click(QStringLiteral("realisationCard_toggle")));

    ui.resize(360, 740);
    ui.screenshot(kShots, QStringLiteral("dashboard-phone"));
}

TEST_CASE("The map draws the region and a tap opens the school")
{
    RegionalApp app(QStringLiteral("RegionMapPage.qml"));
    UiDriver &ui = *app.ui;
    ui.resize(1280, 860);
    QQuickItem *map = ui.find(QStringLiteral("regionMap"));
    REQUIRE(map);
    CHECK(map->property("shapesLoaded").toBool());
    CHECK(map->property("visibleSchools").toInt() == 329);
    ui.screenshot(kShots, QStringLiteral("map-desktop-tier"));
    REQUIRE(ui.click(QStringLiteral("colourBy_2")));
    CHECK(map->property("colouring").toInt() == 2);
    ui.screenshot(kShots, QStringLiteral("map-desktop-library"));

    // Keyboard: focus the map, move to a school, Enter opens its page.
    map->forceActiveFocus();
    QMetaObject::invokeMethod(map, "selectNext", Q_ARG(int, 1));
    const QString selected = map->property("selectedVestiging").toString();
    REQUIRE_FALSE(selected.isEmpty());
    ui.screenshot(kShots, QStringLiteral("map-desktop-selected"));
    REQUIRE(ui.click(QStringLiteral("mapOpenSchool")));
    REQUIRE(ui.find(QStringLiteral("schoolPage")));
    CHECK(app.property(QStringLiteral("schoolPage"), "vestiging").toString() == selected);

    ui.resize(360, 740);
    REQUIRE(ui.click(QStringLiteral("schoolBack")));
    REQUIRE(ui.find(QStringLiteral("regionMap")));
    ui.screenshot(kShots, QStringLiteral("map-phone"));
}

TEST_CASE("Change a school's tier through the register and the editor")
{
    RegionalApp app(QStringLiteral("SchoolRegisterPage.qml"));
    UiDriver &ui = *app.ui;
    ui.resize(1280, 860);
    REQUIRE(ui.find(QStringLiteral("schoolList")));
    ui.screenshot(kShots, QStringLiteral("register-desktop"));

    REQUIRE(ui.type(QStringLiteral("schoolSearch"), QStringLiteral("Anloo")));
    REQUIRE(ui.click(QStringLiteral("school_11AK00")));
    REQUIRE(ui.find(QStringLiteral("schoolPage")));
    ui.screenshot(kShots, QStringLiteral("school-desktop"));

    Database &db = app.context->database();
    const auto before = ParticipationRepository(db).get(QStringLiteral("11AK00"), SchoolYear(2026));

    // A start date outside the school year: the dialog stays open, says why, writes nothing.
    REQUIRE(ui.click(QStringLiteral("editParticipation")));
    REQUIRE(ui.find(QStringLiteral("participationTier_6h"))); // the dialog (a popup) is open
    REQUIRE(ui.click(QStringLiteral("participationTier_6h")));
    REQUIRE(ui.type(QStringLiteral("participationStartDate"), QStringLiteral("1-9-2030")));
    REQUIRE(ui.click(QStringLiteral("participationDialog_save")));
    QQuickItem *error = ui.find(QStringLiteral("participationStartDateError"));
    REQUIRE(error);
    CHECK(error->property("text").toString().contains(QStringLiteral("2026-2027")));
    ui.screenshot(kShots, QStringLiteral("participation-editor-error"));
    const auto unchanged = ParticipationRepository(db).get(QStringLiteral("11AK00"), SchoolYear(2026));
    CHECK(unchanged.has_value() == before.has_value());
    if (before && unchanged)
        CHECK(unchanged->tier == before->tier);

    // A valid date: written, the dialog closes and the page shows 6 hours.
    REQUIRE(ui.type(QStringLiteral("participationStartDate"), QStringLiteral("1-12-2026")));
    REQUIRE(ui.click(QStringLiteral("participationDialog_save")));
    REQUIRE(UiDriver::waitFor([&] {
        const auto p = ParticipationRepository(db).get(QStringLiteral("11AK00"), SchoolYear(2026));
        return p && p->tier == Tier::SixHours && p->startDate == QDate(2026, 12, 1);
    }));
    ui.screenshot(kShots, QStringLiteral("school-desktop-after"));

    ui.resize(360, 740);
    ui.screenshot(kShots, QStringLiteral("school-phone"));
}

TEST_CASE("Planning: scenarios side by side, a proposal with its reasons, build-up, coverage, report")
{
    RegionalApp app(QStringLiteral("planning/PlanningPage.qml"));
    UiDriver &ui = *app.ui;
    Database &db = app.context->database();
    ui.resize(1280, 1000);
    REQUIRE(ui.find(QStringLiteral("planningPage")));

    // A new scenario, a copy of the default plan.
    REQUIRE(ui.type(QStringLiteral("newScenarioName"), QStringLiteral("default")));
    REQUIRE(ui.click(QStringLiteral("newScenarioCreate")));
    QQuickItem *createError = ui.find(QStringLiteral("newScenarioError"));
    REQUIRE(createError);
    CHECK(createError->property("text").toString().contains(QStringLiteral("register")));
    REQUIRE(ui.type(QStringLiteral("newScenarioName"), QStringLiteral("Snelle start")));
    REQUIRE(ui.click(QStringLiteral("newScenarioCreate")));
    REQUIRE(UiDriver::waitFor(
        [&] { return PlanRepository(db).planNames().contains(QStringLiteral("Snelle start")); }));

    // The automatic proposal on the synthetic need indicator, with its reasons one click away.
    REQUIRE(ui.click(QStringLiteral("planningTab_proposal")));
    QQuickItem *needText = ui.find(QStringLiteral("needDescription"));
    REQUIRE(needText);
    CHECK(needText->property("text").toString().contains(QStringLiteral("echte school")));
    REQUIRE(ui.click(QStringLiteral("proposalRun")));
    QQuickItem *summary = ui.find(QStringLiteral("proposalSummary"));
    REQUIRE(summary);
    CHECK(summary->property("text").toString().contains(QStringLiteral("329")));
    REQUIRE(ui.click(QStringLiteral("proposalReasonsToggle")));
    REQUIRE(ui.find(QStringLiteral("reasonList")));
    REQUIRE(ui.findPrefixed(QStringLiteral("reason_")));
    ui.screenshot(kShots, QStringLiteral("planning-proposal-desktop"));

    // The scenarios side by side: default, the new scenario and the unsaved proposal.
    REQUIRE(ui.click(QStringLiteral("planningTab_scenarios")));
    REQUIRE(ui.find(QStringLiteral("comparison_2026-2027")));
    REQUIRE(ui.find(QStringLiteral("comparison_2032-2033")));
    REQUIRE(ui.find(QStringLiteral("comparisonPupilsCard")));
    ui.screenshot(kShots, QStringLiteral("planning-scenarios-three"));
    REQUIRE(ui.click(QStringLiteral("scenarioPick_Snelle start")));
    QQuickItem *differences = ui.find(QStringLiteral("comparisonDifferences"));
    REQUIRE(differences);
    CHECK(differences->property("text").toString().contains(QStringLiteral("voorstel")));
    ui.screenshot(kShots, QStringLiteral("planning-scenarios-desktop"));

    // From the comparison, the proposal's reasons are one click away.
    REQUIRE(ui.click(QStringLiteral("scenarioReasons")));
    REQUIRE(ui.find(QStringLiteral("reasonList")));
    REQUIRE(ui.click(QStringLiteral("proposalSave")));
    REQUIRE(UiDriver::waitFor(
        [&] { return PlanRepository(db).planNames().contains(QStringLiteral("voorstel")); }));
    QQuickItem *saved = ui.find(QStringLiteral("proposalSaved"));
    REQUIRE(saved);
    CHECK(saved->property("text").toString().contains(QStringLiteral("voorstel")));

    // Phone width.
    ui.resize(360, 740);
    ui.screenshot(kShots, QStringLiteral("planning-proposal-phone"));
    REQUIRE(ui.click(QStringLiteral("planningTab_scenarios")));
    ui.screenshot(kShots, QStringLiteral("planning-scenarios-phone"));
    ui.resize(1280, 1000);

    // Bridge-officer build-up, coverage, completeness.
    REQUIRE(ui.click(QStringLiteral("planningTab_buildup")));
    REQUIRE(ui.find(QStringLiteral("buildUpCard")));
    REQUIRE(ui.find(QStringLiteral("withoutOfficerList")));
    ui.screenshot(kShots, QStringLiteral("planning-buildup-desktop"));
    REQUIRE(ui.click(QStringLiteral("planningTab_coverage")));
    QQuickItem *coverage = ui.find(QStringLiteral("coverageSummary"));
    REQUIRE(coverage);
    CHECK(coverage->property("text").toString().contains(QStringLiteral("329")));
    ui.screenshot(kShots, QStringLiteral("planning-coverage-desktop"));
    REQUIRE(ui.click(QStringLiteral("planningTab_completeness")));
    QQuickItem *completeness = ui.find(QStringLiteral("completenessSummary"));
    REQUIRE(completeness);
    CHECK(completeness->property("text").toString().contains(QStringLiteral("2026")));
    ui.screenshot(kShots, QStringLiteral("planning-completeness-desktop"));

    // English: the C++ models word their texts and tables again.
    app.context->language()->setLanguage(QStringLiteral("en"));
    REQUIRE(ui.click(QStringLiteral("planningTab_scenarios")));
    QQuickItem *english = ui.find(QStringLiteral("comparisonDifferences"));
    REQUIRE(english);
    CHECK(english->property("text").toString().contains(QStringLiteral("in another school year")));
    // Numbers in the English locale too (the models refresh after the locale is set).
    auto *comparison = ui.find(QStringLiteral("planningPage"))->findChild<ScenarioComparisonModel *>();
    REQUIRE(comparison);
    CHECK(comparison->pupils()->text(kRolloutWaves - 1, 1).contains(QLatin1Char(',')));
    CHECK(comparison->budget()->text(0, 1).contains(QLatin1Char('.')));
    ui.screenshot(kShots, QStringLiteral("planning-scenarios-english"));
    app.context->language()->setLanguage(QStringLiteral("nl"));
    QCoreApplication::processEvents();
    CHECK(english->property("text").toString().contains(QStringLiteral("ander schooljaar")));
    CHECK(comparison->pupils()->text(kRolloutWaves - 1, 1).contains(QLatin1Char('.')));
}

TEST_CASE("The yearly report is exported from the app as PDF, XLSX and CSV, the same as verrijkt-cli")
{
    RegionalApp app(QStringLiteral("planning/PlanningPage.qml"));
    UiDriver &ui = *app.ui;
    ui.resize(1280, 1000);
    REQUIRE(ui.click(QStringLiteral("planningTab_report")));
    QTemporaryDir out;
    REQUIRE(out.isValid());
    QQuickItem *exporterItem = ui.find(QStringLiteral("reportPane"));
    REQUIRE(exporterItem);
    QObject *exporter = exporterItem->findChild<QObject *>(QStringLiteral("reportExporter"));
    REQUIRE(exporter);
    exporter->setProperty("folder", QUrl::fromLocalFile(out.path()));
    CHECK(exporter->property("schoolYear").toInt() == 2026);

    REQUIRE(ui.click(QStringLiteral("reportExport")));
    const QString pdf = out.filePath(QStringLiteral("jaarverslag-2026-2027.pdf"));
    REQUIRE(
        UiDriver::waitFor([&] { return !exporter->property("busy").toBool() && QFile::exists(pdf); }, 60000));
    CHECK(exporter->property("succeeded").toBool());
    QQuickItem *message = ui.find(QStringLiteral("reportMessage"));
    REQUIRE(message);
    CHECK(message->property("text").toString().contains(QStringLiteral("pagina")));
    ui.screenshot(kShots, QStringLiteral("planning-report-desktop"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(info.waitForFinished(30000));
    CHECK(info.exitCode() == 0);
    CHECK(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("Pages:")));

    // The same name again gets a number instead of overwriting.
    REQUIRE(ui.click(QStringLiteral("reportExport")));
    REQUIRE(UiDriver::waitFor(
        [&] {
            return !exporter->property("busy").toBool() &&
                   QFile::exists(out.filePath("jaarverslag-2026-2027 (2).pdf"));
        },
        60000));

    // XLSX and CSV; the CSV files are the ones verrijkt-cli writes.
    REQUIRE(ui.click(QStringLiteral("reportFormat_xlsx")));
    REQUIRE(ui.click(QStringLiteral("reportExport")));
    REQUIRE(UiDriver::waitFor(
        [&] {
            return !exporter->property("busy").toBool() &&
                   QFile::exists(out.filePath("jaarverslag-2026-2027.xlsx"));
        },
        60000));
    REQUIRE(ui.click(QStringLiteral("reportFormat_csv")));
    REQUIRE(ui.click(QStringLiteral("reportExport")));
    const QString csv = out.filePath(QStringLiteral("jaarverslag-2026-2027-csv"));
    REQUIRE(UiDriver::waitFor([&] { return !exporter->property("busy").toBool() && QFileInfo(csv).isDir(); },
                              60000));
    CHECK(exporter->property("succeeded").toBool());

    QString log;
    QTextStream stream(&log);
    const QString cliFolder = out.filePath(QStringLiteral("cli"));
    REQUIRE(cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), demoDatabase(),
                      QStringLiteral("report"), QStringLiteral("--year"), QStringLiteral("2026-2027"),
                      QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), cliFolder},
                     stream, stream) == 0);
    const QStringList tables = QDir(cliFolder).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    REQUIRE(tables.size() >= 10);
    CHECK(QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name) == tables);
    for (const QString &table : tables) {
        INFO(table.toStdString());
        QFile a(QDir(cliFolder).filePath(table)), b(QDir(csv).filePath(table));
        REQUIRE(a.open(QIODevice::ReadOnly));
        REQUIRE(b.open(QIODevice::ReadOnly));
        CHECK(a.readAll() == b.readAll());
    }

    // A closed school year: the page says so and the export shows the locked figures.
    QQuickItem *status = ui.find(QStringLiteral("reportYearStatus"));
    REQUIRE(status);
    CHECK(status->property("text").toString().contains(QStringLiteral("open")));
    REQUIRE(cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--db"), demoDatabase(),
                      QStringLiteral("year"), QStringLiteral("close"), QStringLiteral("--year"),
                      QStringLiteral("2026-2027"), QStringLiteral("--by"), QStringLiteral("Regioteam")},
                     stream, stream) == 0);
    QMetaObject::invokeMethod(exporter, "refreshYearStatus");
    CHECK(status->property("text").toString().contains(QStringLiteral("afgesloten")));
    CHECK(status->property("text").toString().contains(QStringLiteral("Regioteam")));
    REQUIRE(ui.click(QStringLiteral("reportFormat_pdf")));
    REQUIRE(ui.click(QStringLiteral("reportExport")));
    REQUIRE(UiDriver::waitFor(
        [&] {
            return !exporter->property("busy").toBool() &&
                   QFile::exists(out.filePath(QStringLiteral("jaarverslag-2026-2027 (3).pdf")));
        },
        60000));
    CHECK(message->property("text").toString().contains(QStringLiteral("afgesloten")));
    ui.screenshot(kShots, QStringLiteral("planning-report-closed"));

    // A folder that does not exist: refused with a reason, nothing written.
    exporter->setProperty("folder", QUrl::fromLocalFile(out.filePath(QStringLiteral("bestaat-niet"))));
    REQUIRE(ui.click(QStringLiteral("reportExport")));
    CHECK_FALSE(exporter->property("succeeded").toBool());
    CHECK_FALSE(message->property("text").toString().isEmpty());
    CHECK_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("bestaat-niet"))));
}
