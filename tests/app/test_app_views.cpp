// The real Main.qml on a device database, driven like a person would (clicks, typing), offline:
// the coordinator records a session and the bridge officer logs a contact through the UI, at
// desktop and phone widths. Screenshots go to <build>/screenshots/offline.
#include "appfixture.h"
#include "coordinator/sessionrecords.h"
#include "officer/contactrecords.h"
#include "shell/appcontext.h"
#include "shell/qmlengine.h"
#include "uidriver.h"

#include <QColor>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlProperty>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const QString kShots = QStringLiteral(VERRIJKT_SCREENSHOTS "/offline");

struct SignedInApp
{
    AppFixture data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<UiDriver> ui;

    SignedInApp(const QString &role, const QString &user, const QString &schools)
    {
        // The fixture's schools and a bridge officer placed at both, as a sync would have left them.
        QSqlQuery q(data.db->connection());
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO bridge_officers (id, hlc, user_name, display_name, employer, contract_fte) "
            "VALUES ('0190f2c4-0000-7000-8000-0000000000a1', 'h', 'bert', 'Bert Brug', "
            "'Welzijn Groningen', 0.8)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO placements (id, hlc, officer_id, vestiging, fte, from_date) VALUES "
            "('0190f2c4-0000-7000-8000-0000000000b1', 'h', '0190f2c4-0000-7000-8000-0000000000a1', "
            "'11AK00', 0.4, '2026-08-01'), ('0190f2c4-0000-7000-8000-0000000000b2', 'h', "
            "'0190f2c4-0000-7000-8000-0000000000a1', '11YV00', 0.4, '2026-08-01')")));
        data.db->setSetting(QStringLiteral("account.server"), QStringLiteral("http://127.0.0.1:9"));
        data.db->setSetting(QStringLiteral("account.user"), user);
        data.db->setSetting(QStringLiteral("account.role"), role);
        data.db->setSetting(QStringLiteral("account.schools"), schools);
        const QString path = data.db->path();
        data.close(); // the app opens the file itself

        engine = std::make_unique<QQmlApplicationEngine>();
        prepareQmlEngine(*engine);
        AppOptions options;
        options.databasePath = path;
        options.tokenFolder = data.dir.filePath(QStringLiteral("tokens"));
        options.preferKeychain = false;
        options.today = QDate(2026, 11, 27);
        QString error;
        context = AppContext::create(options, engine.get(), &error);
        REQUIRE(context);
        engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(context.get())}});
        engine->load(mainWindowUrl());
        REQUIRE_FALSE(engine->rootObjects().isEmpty());
        ui = std::make_unique<UiDriver>(*engine);
        REQUIRE(ui->window());
    }
    ~SignedInApp()
    {
        engine.reset();
        context.reset();
    }
};

} // namespace

TEST_CASE("A view in a subfolder of module Verrijkt sees the module's QML types and Theme")
{
    // The shape of qml/coordinator/*.qml: a file below qrc:/Verrijkt/ that imports its own module.
    const QByteArray probe = "import QtQuick\nimport Verrijkt\n"
                             "Item { property color shade: Theme.background\n FormLabel { text: \"x\" }\n"
                             " ChoiceChips { } }";
    const QUrl where(QStringLiteral("qrc:/Verrijkt/probe/Probe.qml"));
    SECTION("with the engine prepared")
    {
        QQmlEngine engine;
        prepareQmlEngine(engine);
        QQmlComponent component(&engine);
        component.setData(probe, where);
        INFO(component.errorString().toStdString());
        REQUIRE(component.isReady());
        std::unique_ptr<QObject> item(component.create());
        REQUIRE(item);
        CHECK(item->property("shade").value<QColor>().isValid());
    }
    SECTION("without it (Qt 6.4 does not search qrc:/), which is why main() and the tests prepare it")
    {
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(probe, where);
        CHECK(component.isError());
    }
}

TEST_CASE("A coordinator records a session through the UI, offline")
{
    SignedInApp app(QStringLiteral("coordinator"), QStringLiteral("coord"), QStringLiteral("11AK00"));
    UiDriver &ui = *app.ui;
    ui.resize(1280, 860);
    REQUIRE(ui.find(QStringLiteral("coordinatorHome")));
    ui.screenshot(kShots, QStringLiteral("coordinator-home-empty"));

    // First entry: kind, provider, groups (duration and pupils come filled in).
    REQUIRE(ui.click(QStringLiteral("chip_domain_sport_en_bewegen")));
    REQUIRE(ui.type(QStringLiteral("providerField"), QStringLiteral("Sportclub Anloo")));
    REQUIRE(ui.click(QStringLiteral("groep_5")));
    REQUIRE(ui.click(QStringLiteral("groep_6")));
    REQUIRE(ui.click(QStringLiteral("saveSessionButton")));
    QQuickItem *status = ui.find(QStringLiteral("sessionStatus"));
    REQUIRE(status);
    CHECK(
        QQmlProperty::read(status, QStringLiteral("text")).toString().contains(QStringLiteral("opgeslagen")));

    // The next one is a single tap: everything is remembered.
    REQUIRE(ui.click(QStringLiteral("saveSessionButton")));
    auto &db = app.context->database();
    CHECK(sessionrecords::currentCount(db, QStringLiteral("11AK00"), QDate(2026, 8, 1), QDate(2027, 7, 31)) ==
          2);
    CHECK(ui.findPrefixed(QStringLiteral("session_")));
    ui.screenshot(kShots, QStringLiteral("coordinator-home"));

    // A wrong value is explained at once, in Dutch.
    REQUIRE(ui.type(QStringLiteral("providerField"), QString()));
    REQUIRE(ui.click(QStringLiteral("saveSessionButton")));
    CHECK(sessionrecords::currentCount(db, QStringLiteral("11AK00"), QDate(2026, 8, 1), QDate(2027, 7, 31)) ==
          2);
    ui.screenshot(kShots, QStringLiteral("coordinator-validation"));

    REQUIRE(ui.click(QStringLiteral("nav_coordinatorSessions")));
    REQUIRE(ui.find(QStringLiteral("sessionList")));
    ui.screenshot(kShots, QStringLiteral("coordinator-sessions"));

    ui.resize(360, 740);
    REQUIRE(ui.click(QStringLiteral("menuButton")));
    REQUIRE(ui.click(QStringLiteral("nav_coordinatorHome")));
    REQUIRE(ui.find(QStringLiteral("coordinatorHome")));
    // On a phone the header keeps room for the title: the sync state shrinks to a count and a button.
    QQuickItem *title = ui.find(QStringLiteral("pageTitle"));
    REQUIRE(title);
    CHECK(QQmlProperty::read(title, QStringLiteral("text")).toString() == QStringLiteral("Mijn school"));
    CHECK_FALSE(QQmlProperty::read(title, QStringLiteral("truncated")).toBool());
    QQuickItem *pending = ui.find(QStringLiteral("syncPendingCount"));
    REQUIRE(pending);
    CHECK(QQmlProperty::read(pending, QStringLiteral("text")).toInt() > 0);
    ui.screenshot(kShots, QStringLiteral("coordinator-home-phone"));
}

TEST_CASE("A bridge officer logs a family contact through the UI, offline")
{
    SignedInApp app(QStringLiteral("officer"), QStringLiteral("bert"), QStringLiteral("11AK00,11YV00"));
    UiDriver &ui = *app.ui;
    ui.resize(1280, 900);
    REQUIRE(ui.find(QStringLiteral("officerHome")));

    REQUIRE(ui.click(QStringLiteral("newFamilyButton")));
    REQUIRE(ui.click(QStringLiteral("chip_initiator_teacher")));
    REQUIRE(ui.click(QStringLiteral("chip_form_talk_at_school")));
    REQUIRE(ui.click(QStringLiteral("chip_topic_money_and_income")));
    REQUIRE(ui.click(QStringLiteral("chip_support_allowance_application")));
    REQUIRE(ui.click(QStringLiteral("duration_30")));
    REQUIRE(ui.click(QStringLiteral("followUp_2")));
    ui.screenshot(kShots, QStringLiteral("officer-contact-form"));
    REQUIRE(ui.click(QStringLiteral("saveContactButton")));
    auto &db = app.context->database();
    const QUuid officer = app.context->store()->officerId();
    REQUIRE_FALSE(officer.isNull());
    CHECK(contactrecords::currentCount(db, {officer, {}, {}}) == 1);
    ui.screenshot(kShots, QStringLiteral("officer-home"));

    REQUIRE(ui.click(QStringLiteral("nav_officerContacts")));
    REQUIRE(ui.find(QStringLiteral("contactList")));
    ui.screenshot(kShots, QStringLiteral("officer-contacts"));
    REQUIRE(ui.findPrefixed(QStringLiteral("contact_")));
    REQUIRE(ui.click(QStringLiteral("nav_officerPlacements")));
    REQUIRE(ui.find(QStringLiteral("placedFte")));
    ui.screenshot(kShots, QStringLiteral("officer-placements"));

    ui.resize(360, 740);
    REQUIRE(ui.click(QStringLiteral("menuButton")));
    REQUIRE(ui.click(QStringLiteral("nav_officerHome")));
    QQuickItem *title = ui.find(QStringLiteral("pageTitle"));
    REQUIRE(title);
    CHECK_FALSE(QQmlProperty::read(title, QStringLiteral("truncated")).toBool()); // "Contact vastleggen"
    ui.screenshot(kShots, QStringLiteral("officer-home-phone"));
}
