// End to end: devices with their own SQLite databases sync through the real verrijkt-server
// (in-process on 127.0.0.1) with the real engine, store and repositories.
#include "bridgeofficerrepository.h"
#include "cli/cli.h"
#include "core/familycontact.h"
#include "enrichmentsessionrepository.h"
#include "familycontactrepository.h"
#include "liveserver.h"
#include "participationrepository.h"
#include "schoolregistry.h"
#include "synctestdb.h"
#include "tokenfile.h"

#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace verrijkt;
using namespace verrijkt::testing;

namespace {

void addRegister(Database &db)
{
    SchoolRegistry registry(db);
    REQUIRE(registry
                .upsertMunicipality({QStringLiteral("GM0003"), QStringLiteral("Appingedam"),
                                     QStringLiteral("Groningen"), 11800})
                .ok());
    for (const QString &vestiging : {QStringLiteral("90AA00"), QStringLiteral("90BB00")}) {
        SchoolLocation s;
        s.vestiging = vestiging;
        s.brin = vestiging.left(4);
        s.name = QStringLiteral("School %1").arg(vestiging);
        s.municipalityCode = QStringLiteral("GM0003");
        s.postcode = QStringLiteral("9901AA");
        s.city = QStringLiteral("Appingedam");
        s.pupils = 200;
        s.lat = 53.32;
        s.lon = 6.86;
        REQUIRE(registry.upsert(s).ok());
        Participation p;
        p.vestiging = vestiging;
        p.schoolYear = SchoolYear(2026);
        p.tier = Tier::TwoHours;
        p.startDate = QDate(2026, 9, 1);
        p.pupilsReached = 100;
        REQUIRE(ParticipationRepository(db).save(p).ok());
    }
}

EnrichmentSession session(const QString &vestiging, const QDate &date)
{
    EnrichmentSession s;
    s.vestiging = vestiging;
    s.date = date;
    s.domain = ActivityDomain::SportEnBewegen;
    s.provider = QStringLiteral("Sportbedrijf Appingedam");
    s.hours = 1.5;
    s.pupils = 24;
    s.groups = 0b00110000;
    s.recordedBy = QStringLiteral("coord");
    return s;
}

} // namespace

TEST_CASE("an admin and a coordinator device converge through the server, each within its scope")
{
    LiveServer server;
    const QString adminPw = server.addUser(QStringLiteral("beheer"), QStringLiteral("admin"));
    const QString coordPw =
        server.addUser(QStringLiteral("coord"), QStringLiteral("coordinator"), {QStringLiteral("90AA00")});
    LiveDevice admin(server, QStringLiteral("beheer"), adminPw);
    LiveDevice coord(server, QStringLiteral("coord"), coordPw);

    addRegister(admin.db());
    REQUIRE(admin.store().pendingCount() == 5);
    REQUIRE(admin.sync());
    CHECK(admin.engine().lastReport().pushed == 5);
    CHECK(admin.engine().lastReport().rejected == 0);
    CHECK(admin.store().pendingCount() == 0);

    REQUIRE(coord.sync());
    SchoolRegistry coordSchools(coord.db());
    CHECK(coordSchools.get(QStringLiteral("90AA00")));
    CHECK_FALSE(coordSchools.get(QStringLiteral("90BB00")));
    CHECK(coordSchools.municipalities().size() == 1);
    ParticipationRepository coordParticipations(coord.db());
    CHECK(coordParticipations.forYear(SchoolYear(2026)).size() == 1);
    CHECK(coord.store().lastScope()->role == QStringLiteral("coordinator"));

    // The coordinator records a session (allowed) and edits the participation (not allowed).
    EnrichmentSessionRepository sessions(coord.db());
    const QDate yesterday = coord.today().addDays(-1);
    const WriteResult recorded = sessions.record(session(QStringLiteral("90AA00"), yesterday), coord.today());
    INFO(recorded.storageError.toStdString());
    REQUIRE(recorded.ok());
    auto p = coordParticipations.get(QStringLiteral("90AA00"), SchoolYear(2026));
    p->pupilsReached = 150;
    REQUIRE(coordParticipations.save(*p).ok());
    REQUIRE(coord.store().pendingCount() == 2);
    REQUIRE(coord.sync());
    CHECK(coord.engine().lastReport().pushed == 1);
    CHECK(coord.engine().lastReport().rejected == 1);
    const RecordSyncState refused = coord.store().recordState(QStringLiteral("participation"), p->meta.id);
    CHECK(refused.state == RecordSyncState::State::Rejected);
    CHECK_FALSE(refused.reasonKey.isEmpty());
    CHECK_FALSE(refused.reasonMessage.isEmpty());
    CHECK(coord.store().recordState(QStringLiteral("enrichment_session"), recorded.id).state ==
          RecordSyncState::State::Synced);

    // The admin sees the session; the admin's own edit of the participation reaches the coordinator,
    // replacing the refused local value.
    server.now += 60'000;
    REQUIRE(admin.sync());
    CHECK(countRows(admin.db(), QStringLiteral("enrichment_sessions")) == 1);
    ParticipationRepository adminParticipations(admin.db());
    auto q = adminParticipations.get(QStringLiteral("90AA00"), SchoolYear(2026));
    q->pupilsReached = 120;
    REQUIRE(adminParticipations.save(*q).ok());
    REQUIRE(admin.sync());
    REQUIRE(coord.sync());
    CHECK(coordParticipations.get(QStringLiteral("90AA00"), SchoolYear(2026))->pupilsReached == 120);
    CHECK(coord.store().pendingCount() == 0);
}

TEST_CASE("family contacts travel from an officer to the admin and to no other officer")
{
    LiveServer server;
    const QString adminPw = server.addUser(QStringLiteral("beheer"), QStringLiteral("admin"));
    const QString bf1Pw = server.addUser(QStringLiteral("bf1"), QStringLiteral("officer"));
    const QString bf2Pw = server.addUser(QStringLiteral("bf2"), QStringLiteral("officer"));
    LiveDevice admin(server, QStringLiteral("beheer"), adminPw);
    addRegister(admin.db());
    BridgeOfficerRepository officers(admin.db());
    QUuid officerIds[2];
    for (int i = 0; i < 2; ++i) {
        BridgeOfficer o;
        o.userName = QStringLiteral("bf%1").arg(i + 1);
        o.displayName = QStringLiteral("Brugfunctionaris %1").arg(i + 1);
        o.employer = QStringLiteral("Stichting Kans");
        o.contractFte = 0.8;
        const WriteResult saved = officers.saveOfficer(o);
        REQUIRE(saved.ok());
        officerIds[i] = saved.id;
        Placement pl;
        pl.officerId = saved.id;
        pl.vestiging = QStringLiteral("90AA00");
        pl.fte = 0.4;
        pl.from = QDate(2026, 8, 1);
        REQUIRE(officers.savePlacement(pl).ok());
    }
    REQUIRE(admin.sync());
    REQUIRE(admin.engine().lastReport().rejected == 0);

    LiveDevice bf1(server, QStringLiteral("bf1"), bf1Pw);
    REQUIRE(bf1.sync());
    CHECK(bf1.store().lastScope()->officer == officerIds[0].toString(QUuid::WithoutBraces));
    CHECK(countRows(bf1.db(), QStringLiteral("bridge_officers")) == 1);
    CHECK(countRows(bf1.db(), QStringLiteral("placements")) == 1);

    FamilyContact c;
    c.officerId = officerIds[0];
    c.vestiging = QStringLiteral("90AA00");
    c.date = bf1.today().addDays(-1);
    c.familyCode = FamilyCode::fromRandomBits(0x1234567890ULL);
    c.initiatedBy = ContactInitiator::Teacher;
    c.form = ContactForm::HomeVisit;
    c.topics = {ContactTopic::MoneyAndIncome};
    c.support = {SupportGiven::AllowanceApplication};
    c.durationMinutes = 60;
    const WriteResult recorded = FamilyContactRepository(bf1.db()).record(c, bf1.today());
    INFO(recorded.storageError.toStdString());
    REQUIRE(recorded.ok());
    REQUIRE(bf1.sync());
    CHECK(bf1.engine().lastReport().pushed == 1);
    CHECK(bf1.engine().lastReport().rejected == 0);

    REQUIRE(admin.sync());
    const auto atAdmin = FamilyContactRepository(admin.db()).get(recorded.id);
    REQUIRE(atAdmin);
    CHECK(atAdmin->familyCode == c.familyCode);
    CHECK(atAdmin->topics == c.topics);

    LiveDevice bf2(server, QStringLiteral("bf2"), bf2Pw);
    REQUIRE(bf2.sync());
    CHECK(countRows(bf2.db(), QStringLiteral("family_contacts")) == 0);
    CHECK(countRows(bf2.db(), QStringLiteral("bridge_officers")) == 1);
}

TEST_CASE("a push whose answer never arrived is sent again and applied once")
{
    LiveServer server;
    const QString adminPw = server.addUser(QStringLiteral("beheer"), QStringLiteral("admin"));
    LiveDevice admin(server, QStringLiteral("beheer"), adminPw);
    addRegister(admin.db());
    // The batch reaches the server, but the device dies before it stores the answer.
    const QList<OutboxMutation> batch = admin.store().pendingMutations(100);
    SyncHttpClient http(server.url());
    http.setToken(loginBlocking(server.url(), QStringLiteral("beheer"), adminPw, admin.store().deviceId()));
    QEventLoop loop;
    int status = 0;
    http.post(QStringLiteral("/api/sync/push"), encodePushRequest(admin.store().deviceId(), batch),
              [&](const HttpOutcome &o) {
                  status = o.status;
                  loop.quit();
              });
    loop.exec();
    REQUIRE(status == 200);
    REQUIRE(admin.store().pendingCount() == 5);

    REQUIRE(admin.sync());
    CHECK(admin.store().pendingCount() == 0);
    CHECK(admin.engine().lastReport().rejected == 0);
    // Pulled back from the server: every record exactly once.
    LiveDevice second(server, QStringLiteral("beheer"), adminPw);
    REQUIRE(second.sync());
    CHECK(second.engine().lastReport().pulled == 5);
    CHECK(countRows(second.db(), QStringLiteral("participations")) == 2);
}

TEST_CASE("verrijkt-cli sync signs in once, caches the token and reports the round")
{
    // Token files go to $XDG_CONFIG_HOME/verrijkt/sync-tokens: a folder of this test's own.
    QTemporaryDir config;
    const QByteArray savedConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    struct Restore
    {
        QByteArray value;
        ~Restore()
        {
            if (value.isEmpty())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", value);
        }
    } restore{savedConfig};
    LiveServer server;
    const QString adminPw = server.addUser(QStringLiteral("beheer"), QStringLiteral("admin"));
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("cli.db"));
    {
        QString error;
        auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        addRegister(*db);
    }
    const QStringList args = {
        QStringLiteral("verrijkt-cli"), QStringLiteral("--db"),     dbPath,
        QStringLiteral("sync"),         QStringLiteral("--server"), server.url().toString(),
        QStringLiteral("--user"),       QStringLiteral("beheer")};
    const auto runCli = [&](QString *outText, QString *errText) {
        QTextStream out(outText), err(errText);
        return cli::run(args, out, err);
    };
    QString out, err;
    qputenv("VERRIJKT_PASSWORD", QStringLiteral("fout-wachtwoord").toUtf8());
    CHECK(runCli(&out, &err) == 4);
    CHECK(err.contains(QStringLiteral("gebruikersnaam of wachtwoord onjuist")));

    qputenv("VERRIJKT_PASSWORD", adminPw.toUtf8());
    out.clear();
    err.clear();
    REQUIRE(runCli(&out, &err) == 0);
    CHECK(out.contains(QStringLiteral("synchronisatie voltooid")));
    CHECK(out.contains(QRegularExpression(QStringLiteral("verstuurd\\s+5"))));

    // The token is kept in an owner-only file, never in the device database.
    const TokenFile tokenFile(dbPath, server.url().toString(QUrl::StripTrailingSlash),
                              QStringLiteral("beheer"));
    REQUIRE(QFile::exists(tokenFile.path()));
    CHECK(tokenFile.path().startsWith(config.path()));
    constexpr auto others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    CHECK((QFile::permissions(tokenFile.path()) & others) == 0);
    CHECK((QFile::permissions(tokenFile.path()) & QFileDevice::ReadOwner) != 0);
    CHECK((QFile::permissions(TokenFile::directory()) &
           (others | QFileDevice::ExeGroup | QFileDevice::ExeOther)) == 0);
    const QString token = tokenFile.load().value_or(QString());
    REQUIRE(token.size() >= 40);
    const auto databaseHolds = [&](const QString &text) {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(dbPath + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes.contains(text.toUtf8());
    };
    CHECK_FALSE(databaseHolds(token));

    // Second run: no password needed, nothing left to send.
    qunsetenv("VERRIJKT_PASSWORD");
    out.clear();
    err.clear();
    REQUIRE(runCli(&out, &err) == 0);
    CHECK(out.contains(QRegularExpression(QStringLiteral("verstuurd\\s+0"))));
    CHECK(out.contains(QRegularExpression(QStringLiteral("nog te versturen\\s+0"))));

    // A token an earlier version left in the database moves to the file and leaves the database.
    REQUIRE(tokenFile.remove());
    {
        QString error;
        auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        REQUIRE(db->setSetting(QStringLiteral("sync_token"), token, &error));
        REQUIRE(db->setSetting(QStringLiteral("sync_token_server"),
                               server.url().toString(QUrl::StripTrailingSlash), &error));
        REQUIRE(db->setSetting(QStringLiteral("sync_token_user"), QStringLiteral("beheer"), &error));
    }
    out.clear();
    err.clear();
    REQUIRE(runCli(&out, &err) == 0); // still no password: the moved token is used
    CHECK(tokenFile.load() == token);
    {
        QString error;
        auto db = Database::open(dbPath, &error);
        REQUIRE(db);
        CHECK_FALSE(db->setting(QStringLiteral("sync_token")).has_value());
        CHECK_FALSE(db->setting(QStringLiteral("sync_token_server")).has_value());
    }

    // A token file others could read is not used (and goes): the run asks for the password.
    QFile::setPermissions(tokenFile.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    out.clear();
    err.clear();
    CHECK(runCli(&out, &err) == 1); // no password given
    CHECK(err.contains(QStringLiteral("VERRIJKT_PASSWORD")));
    CHECK_FALSE(QFile::exists(tokenFile.path()));
}

TEST_CASE("verrijkt-cli --help lists the exit code of a failed sync")
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    REQUIRE(cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--help")}, out, err) == 0);
    out.flush();
    CHECK(outText.contains(QStringLiteral("  4  synchronisatie mislukt")));
    outText.clear();
    REQUIRE(cli::run({QStringLiteral("verrijkt-cli"), QStringLiteral("--lang"), QStringLiteral("en"),
                      QStringLiteral("--help")},
                     out, err) == 0);
    out.flush();
    CHECK(outText.contains(QStringLiteral("  4  sync failed")));
}
