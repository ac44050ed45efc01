// The whole app as a person uses it: the real verrijkt-server on 127.0.0.1 loaded with the region's
// register, the real Main.qml offscreen. Each role signs in through the sign-in page, does its main
// task through the UI, synchronises, and the server is checked for the result. Screenshots of the
// main screens go to <build>/screenshots.
#include "regionseed.h"
#include "serverprocess.h"
#include "shell/appcontext.h"
#include "shell/qmlengine.h"
#include "storage/database.h"
#include "storage/participationrepository.h"
#include "synchttpclient.h"
#include "uidriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

const QString kShots = QStringLiteral(VERRIJKT_SCREENSHOTS);
const QString kPassword = QStringLiteral("lang-genoeg-wachtwoord-42");
// The day the devices treat as today: inside school year 2026-2027, which the seed plans, whatever
// the date the test runs on.
const QDate kToday(2026, 11, 27);

// One server for the whole run (seeding the register takes a while).
struct Region
{
    QTemporaryDir dir;
    ServerProcess server{QStringLiteral(VERRIJKT_SERVER), dir.path()};
    RegionSeed seed;
    QString error;
    bool ready = false;

    Region()
    {
        seed.cli = QStringLiteral(VERRIJKT_CLI);
        seed.demoUntil = kToday; // the dashboard, map and register show real figures
        ready = server.addUser(QStringLiteral("admin"), QStringLiteral("admin"), {}, kPassword, &error) &&
                server.addUser(QStringLiteral("anna"), QStringLiteral("coordinator"),
                               {seed.coordinatorSchool}, kPassword, &error) &&
                server.addUser(seed.officerUser, QStringLiteral("officer"), {}, kPassword, &error) &&
                server.addUser(QStringLiteral("rita"), QStringLiteral("regional"), {}, kPassword, &error) &&
                server.start(&error) &&
                seedServer(QUrl(server.url()), QStringLiteral("admin"), kPassword,
                           QStringLiteral(VERRIJKT_SHARED_DATA), dir.path(), seed, &error);
    }

    // Everything the administrator can pull of one entity, as the server holds it.
    QList<QJsonObject> serverRecords(const QString &entity)
    {
        SyncHttpClient http{QUrl(server.url())};
        QString token;
        http.login(QStringLiteral("admin"), kPassword, QStringLiteral("0192f5e0-0000-7000-8000-00000000a0a0"),
                   [&](const Decoded<LoginAnswer> &a, const SyncError &) {
                       token = a.value ? a.value->token : QStringLiteral("-");
                   });
        UiDriver::waitFor([&] { return !token.isEmpty(); }, 30'000);
        http.setToken(token);
        QList<QJsonObject> out;
        qint64 cursor = 0;
        for (bool more = true; more;) {
            bool done = false;
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
            query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
            query.addQueryItem(QStringLiteral("device"),
                               QStringLiteral("0192f5e0-0000-7000-8000-00000000a0a0"));
            more = false;
            http.get(QStringLiteral("/api/sync/pull"), query, [&](const HttpOutcome &o) {
                const QJsonObject page = QJsonDocument::fromJson(o.body).object();
                for (const QJsonValue &c : page.value(QStringLiteral("changes")).toArray()) {
                    if (c.toObject().value(QStringLiteral("entity")).toString() == entity)
                        out << c.toObject().value(QStringLiteral("fields")).toObject();
                }
                cursor = page.value(QStringLiteral("cursor")).toInteger();
                more = page.value(QStringLiteral("more")).toBool();
                done = true;
            });
            UiDriver::waitFor([&] { return done; }, 30'000);
        }
        return out;
    }
};

Region &region()
{
    static Region r;
    return r;
}

// A fresh device: its own database and token folder, the real Main.qml.
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<UiDriver> ui;

    Device()
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        prepareQmlEngine(*engine);
        AppOptions options;
        options.databasePath = dir.filePath(QStringLiteral("device.db"));
        options.tokenFolder = dir.filePath(QStringLiteral("tokens"));
        options.preferKeychain = false; // a CI machine has no keychain session
        options.today = kToday;
        QString error;
        context = AppContext::create(options, engine.get(), &error);
        REQUIRE(context);
        engine->setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(context.get())}});
        engine->load(mainWindowUrl());
        REQUIRE_FALSE(engine->rootObjects().isEmpty());
        ui = std::make_unique<UiDriver>(*engine);
        ui->resize(1280, 860);
    }
    ~Device()
    {
        engine.reset();
        context.reset();
    }

    // Through the sign-in page, then waits for the first download to finish.
    void signIn(const QString &user)
    {
        REQUIRE(ui->find(QStringLiteral("signInPage")));
        REQUIRE(ui->type(QStringLiteral("serverField"), region().server.url()));
        REQUIRE(ui->type(QStringLiteral("userField"), user));
        REQUIRE(ui->type(QStringLiteral("passwordField"), kPassword));
        REQUIRE(ui->click(QStringLiteral("signInButton")));
        const bool signedIn = UiDriver::waitFor([&] { return context->account()->signedIn(); }, 30'000);
        if (!signedIn)
            ui->screenshot(kShots, QStringLiteral("sign-in-failed-") + user);
        INFO("sign-in error: " << context->account()->error().toStdString());
        REQUIRE(signedIn);
        REQUIRE(UiDriver::waitFor(
            [&] { return context->sync()->lastSuccess().isValid() && !context->sync()->syncing(); },
            120'000));
        CHECK(context->sync()->errorText().isEmpty());
    }

    void syncNowAndWait()
    {
        REQUIRE(ui->click(QStringLiteral("syncNowButton")));
        REQUIRE(UiDriver::waitFor(
            [&] { return !context->sync()->syncing() && context->sync()->pendingCount() == 0; }, 60'000));
    }
};

} // namespace

TEST_CASE("The region's server is up and loaded")
{
    INFO(region().error.toStdString());
    REQUIRE(region().ready);
    CHECK(region().serverRecords(QStringLiteral("school")).size() == 329);
}

TEST_CASE("A school coordinator signs in, records a session and it reaches the server")
{
    REQUIRE(region().ready);
    Device device;
    device.ui->screenshot(kShots, QStringLiteral("01-sign-in"));
    device.signIn(QStringLiteral("anna"));
    UiDriver &ui = *device.ui;
    REQUIRE(ui.find(QStringLiteral("coordinatorHome")));

    REQUIRE(ui.click(QStringLiteral("chip_domain_kunst_en_cultuur")));
    REQUIRE(ui.type(QStringLiteral("providerField"), QStringLiteral("Muziekschool Drenthe")));
    REQUIRE(ui.click(QStringLiteral("groep_7")));
    REQUIRE(ui.click(QStringLiteral("groep_8")));
    REQUIRE(ui.click(QStringLiteral("saveSessionButton")));
    CHECK(device.context->sync()->pendingCount() >= 1);
    device.syncNowAndWait();
    device.ui->screenshot(kShots, QStringLiteral("02-coordinator-home"));

    bool found = false;
    for (const QJsonObject &s : region().serverRecords(QStringLiteral("enrichment_session")))
        found |= s.value(QStringLiteral("provider")).toString() == QStringLiteral("Muziekschool Drenthe") &&
                 s.value(QStringLiteral("vestiging")).toString() == region().seed.coordinatorSchool &&
                 s.value(QStringLiteral("recorded_by")).toString() == QStringLiteral("anna");
    CHECK(found);

    REQUIRE(ui.click(QStringLiteral("nav_coordinatorSessions")));
    REQUIRE(ui.find(QStringLiteral("sessionList")));
    ui.screenshot(kShots, QStringLiteral("03-coordinator-sessions"));
    REQUIRE(ui.click(QStringLiteral("nav_accountPage")));
    REQUIRE(ui.find(QStringLiteral("accountPage")));
    ui.screenshot(kShots, QStringLiteral("04-account"));
    ui.resize(360, 760);
    REQUIRE(ui.click(QStringLiteral("menuButton")));
    REQUIRE(ui.click(QStringLiteral("nav_coordinatorHome")));
    ui.screenshot(kShots, QStringLiteral("05-coordinator-home-phone"));
}

TEST_CASE(
    "A bridge officer signs in, logs a family contact, it reaches the server, and signing out removes it")
{
    REQUIRE(region().ready);
    Device device;
    device.signIn(region().seed.officerUser);
    UiDriver &ui = *device.ui;
    REQUIRE(ui.find(QStringLiteral("officerHome")));

    REQUIRE(ui.click(QStringLiteral("newFamilyButton")));
    REQUIRE(ui.click(QStringLiteral("chip_initiator_parent")));
    REQUIRE(ui.click(QStringLiteral("chip_form_home_visit")));
    REQUIRE(ui.click(QStringLiteral("chip_topic_housing")));
    REQUIRE(ui.click(QStringLiteral("chip_support_referral")));
    REQUIRE(ui.click(QStringLiteral("chip_referral_wijkteam")));
    REQUIRE(ui.click(QStringLiteral("duration_45")));
    REQUIRE(ui.click(QStringLiteral("followUp_1")));
    QQuickItem *chosen = ui.find(QStringLiteral("chosenFamily"));
    REQUIRE(chosen);
    const QString familyLine = QQmlProperty::read(chosen, QStringLiteral("text")).toString();
    REQUIRE(ui.click(QStringLiteral("saveContactButton")));
    device.syncNowAndWait();
    ui.screenshot(kShots, QStringLiteral("06-officer-home"));

    bool found = false;
    for (const QJsonObject &c : region().serverRecords(QStringLiteral("family_contact")))
        found |= familyLine.endsWith(c.value(QStringLiteral("family_code")).toString()) &&
                 c.value(QStringLiteral("referral")).toString() == QStringLiteral("wijkteam") &&
                 c.value(QStringLiteral("duration_minutes")).toInt() == 45;
    CHECK(found);

    REQUIRE(ui.click(QStringLiteral("nav_officerContacts")));
    REQUIRE(ui.findPrefixed(QStringLiteral("contact_")));
    ui.screenshot(kShots, QStringLiteral("07-officer-contacts"));
    REQUIRE(ui.click(QStringLiteral("nav_officerPlacements")));
    REQUIRE(ui.find(QStringLiteral("placedFte")));
    ui.screenshot(kShots, QStringLiteral("08-officer-placements"));
    ui.resize(360, 760);
    REQUIRE(ui.click(QStringLiteral("menuButton")));
    REQUIRE(ui.click(QStringLiteral("nav_officerHome")));
    ui.screenshot(kShots, QStringLiteral("09-officer-home-phone"));

    ui.resize(1280, 860);
    REQUIRE(ui.click(QStringLiteral("nav_accountPage")));
    REQUIRE(ui.click(QStringLiteral("signOutButton")));
    REQUIRE(ui.find(QStringLiteral("signInPage")));
    CHECK(device.context->account()->signedIn() == false);
    QSqlQuery left(device.context->database().connection());
    REQUIRE(left.exec(QStringLiteral("SELECT COUNT(*) FROM family_contacts")));
    REQUIRE(left.next());
    CHECK(left.value(0).toInt() == 0); // no family's data stays on the device
}

TEST_CASE("The regional team signs in, changes a school's tier on its school page, and it reaches the server")
{
    REQUIRE(region().ready);
    Device device;
    device.signIn(QStringLiteral("rita"));
    UiDriver &ui = *device.ui;
    CHECK(device.context->account()->role() == QStringLiteral("regional"));
    ui.resize(1280, 1000);
    REQUIRE(ui.find(QStringLiteral("regionalDashboard")));
    ui.screenshot(kShots, QStringLiteral("10-regional-dashboard"));
    REQUIRE(ui.click(QStringLiteral("nav_regionalMap")));
    REQUIRE(ui.find(QStringLiteral("regionalMap")));
    ui.screenshot(kShots, QStringLiteral("11-regional-map"));
    REQUIRE(ui.click(QStringLiteral("nav_schoolRegister")));
    REQUIRE(ui.find(QStringLiteral("schoolList")));
    ui.screenshot(kShots, QStringLiteral("12-regional-register"));

    const QString school = region().seed.tierSchool;
    REQUIRE(ui.type(QStringLiteral("schoolSearch"), QStringLiteral("Eshoek")));
    REQUIRE(ui.click(QStringLiteral("school_") + school));
    REQUIRE(ui.find(QStringLiteral("schoolPage")));
    ui.screenshot(kShots, QStringLiteral("13-school-page"));

    // Tijd voor Toekomst 2026-2027: from 2 to 6 hours a week.
    ParticipationRepository participations(device.context->database());
    const auto before = participations.get(school, SchoolYear(2026));
    REQUIRE(before);
    REQUIRE(before->tier == Tier::TwoHours);
    REQUIRE(ui.click(QStringLiteral("editParticipation")));
    REQUIRE(ui.click(QStringLiteral("participationTier_6h")));
    ui.screenshot(kShots, QStringLiteral("14-participation-editor"));
    REQUIRE(ui.click(QStringLiteral("participationDialog_save")));
    REQUIRE(UiDriver::waitFor([&] {
        const auto p = participations.get(school, SchoolYear(2026));
        return p && p->tier == Tier::SixHours;
    }));
    device.syncNowAndWait();
    ui.screenshot(kShots, QStringLiteral("15-school-page-after"));

    QString tierOnServer; // the last version the server handed out
    for (const QJsonObject &p : region().serverRecords(QStringLiteral("participation"))) {
        if (p.value(QStringLiteral("vestiging")).toString() == school &&
            p.value(QStringLiteral("school_year")).toString() == QStringLiteral("2026-2027"))
            tierOnServer = p.value(QStringLiteral("tier")).toString();
    }
    CHECK(tierOnServer == QStringLiteral("6h"));
}
