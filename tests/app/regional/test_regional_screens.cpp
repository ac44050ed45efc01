// The regional pages on a demo database with the real register, rendered offscreen and driven
// like a person would: dashboard, map, register, school page and the tier editor, at desktop and
// phone widths. Screenshots go to <build>/screenshots/regional.
#include "cli/cli.h"
#include "shell/appcontext.h"
#include "storage/participationrepository.h"
#include "uidriver.h"

#include <QDir>
#include <QLocale>
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
