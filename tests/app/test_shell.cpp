// The shell: choice lists, the token store, signing in and out, removing personal data.
#include "appfixture.h"
#include "fakeloginserver.h"
#include "session/accountsession.h"
#include "session/commandlinesignin.h"
#include "session/personaldata.h"
#include "session/tokenstore.h"
#include "shell/devicestore.h"
#include "shell/optionlistmodel.h"
#include "storage/sqlvalues.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace verrijkt;
using verrijkt::testing::AppFixture;
using verrijkt::testing::FakeLoginServer;

namespace {

// Inserts a family contact (and a fake outbox row naming it) straight into the tables, as a pull would.
void insertFamilyContact(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("INSERT OR IGNORE INTO bridge_officers (id, hlc, user_name, contract_fte) "
                                  "VALUES ('0190f2c4-0000-7000-8000-000000000001', 'h', 'officer1', 1.0)")));
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO family_contacts (id, hlc, officer_id, vestiging, date, family_code, initiated_by, form, "
        "topics, "
        "support, referral, duration_minutes) VALUES ('0190f2c4-0000-7000-8000-000000000002', 'h', "
        "'0190f2c4-0000-7000-8000-000000000001', '11AK00', '2026-11-20', 'GZ-7K4M-Q2XD-P', 'parent', "
        "'phone', '[\"housing\"]', '[\"listening\"]', 'none', 20)")));
}

bool waitFor(const std::function<bool()> &condition, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return condition();
}

} // namespace

TEST_CASE("OptionListModel lists the choices of a field with labels")
{
    OptionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setKind(QStringLiteral("domain"));
    CHECK(model.rowCount() == 5);
    CHECK(model.data(model.index(0), OptionListModel::KeyRole).toString() ==
          QStringLiteral("talentontwikkeling"));
    CHECK(model.data(model.index(0), OptionListModel::LabelRole).toString() ==
          QStringLiteral("Talent development"));
    model.setKind(QStringLiteral("topic"));
    CHECK(model.rowCount() == 7);
    CHECK(model.indexOf(QStringLiteral("housing")) >= 0);
    CHECK(model.labelFor(QStringLiteral("housing")) == QStringLiteral("Housing"));
    model.setKind(QStringLiteral("referral"));
    CHECK(model.rowCount() == 6);
    CHECK(model.rowCount(model.index(0)) == 0);
    for (const QString kind : {"initiator", "form", "support"}) {
        model.setKind(kind);
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK_FALSE(model.data(model.index(row), OptionListModel::LabelRole).toString().isEmpty());
    }
    model.setKind(QStringLiteral("nonsense"));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("FileTokenStore keeps the token in a file only the owner can read")
{
    QTemporaryDir dir;
    FileTokenStore store(dir.filePath(QStringLiteral("tokens")));
    bool done = false;
    store.write(QStringLiteral("https://server|anna"), QStringLiteral("secret-token"),
                [&](bool ok, const QString &, const QString &) { done = ok; });
    REQUIRE(done);
    const QString path = store.pathFor(QStringLiteral("https://server|anna"));
    REQUIRE(QFile::exists(path));
    CHECK_FALSE(path.contains(QStringLiteral("anna"))); // the file name does not give the account away
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadUser | QFileDevice::WriteUser));
    QString token;
    store.read(QStringLiteral("https://server|anna"), [&](bool ok, const QString &t, const QString &) {
        CHECK(ok);
        token = t;
    });
    CHECK(token == QStringLiteral("secret-token"));
    store.remove(QStringLiteral("https://server|anna"),
                 [](bool ok, const QString &, const QString &) { CHECK(ok); });
    CHECK_FALSE(QFile::exists(path));
    store.read(QStringLiteral("https://server|anna"), [&](bool ok, const QString &t, const QString &) {
        CHECK(ok);
        token = t;
    });
    CHECK(token.isEmpty());
}

TEST_CASE("purgePersonalData removes every family contact and nothing else")
{
    AppFixture f;
    insertFamilyContact(*f.db);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO sync_outbox (entity, record_id, op, fields, hlc, created_hlc) VALUES ('family_contact', "
        "'0190f2c4-0000-7000-8000-000000000002', 'insert', '{}', '{}', 'h')")));
    f.addSession(QDate(2026, 11, 20), 1.0, 20); // queued in the outbox by the repository
    f.db->setSetting(QStringLiteral("sync_cursor"), QStringLiteral("42"));
    REQUIRE(familyContactCount(*f.db) == 1);
    QString error;
    REQUIRE(purgePersonalData(*f.db, &error));
    CHECK(familyContactCount(*f.db) == 0);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM enrichment_sessions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT entity FROM sync_outbox")));
    QStringList queued;
    while (q.next())
        queued << q.value(0).toString();
    CHECK_FALSE(queued.contains(QStringLiteral("family_contact")));
    CHECK(queued.contains(QStringLiteral("enrichment_session")));          // the rest of the outbox stays
    CHECK_FALSE(f.db->setting(QStringLiteral("sync_cursor")).has_value()); // the next account starts afresh
    // The append-only guard is back on afterwards.
    CHECK_FALSE(f.db->setting(QStringLiteral("scope_purge")).has_value());
    insertFamilyContact(*f.db);
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM family_contacts")));
}

TEST_CASE("AccountSession signs in, stays signed in across restarts and signs out cleanly")
{
    AppFixture f;
    FakeLoginServer server(QStringLiteral("anna"), QStringLiteral("geheim"), QStringLiteral("officer"),
                           {QStringLiteral("11AK00")});
    REQUIRE(server.isListening());
    const QString tokens = f.dir.filePath(QStringLiteral("tokens"));
    DeviceStore store(f.db.get());

    {
        AccountSession account(*f.db, &store, std::make_unique<FileTokenStore>(tokens));
        account.restore();
        CHECK_FALSE(account.signedIn());

        account.signIn(QString(), QStringLiteral("anna"), QStringLiteral("x"));
        CHECK(account.error().contains(QStringLiteral("server address")));

        account.signIn(server.url(), QStringLiteral("anna"), QStringLiteral("wrong"));
        CHECK(account.busy());
        REQUIRE(waitFor([&] { return !account.busy(); }));
        CHECK_FALSE(account.signedIn());
        CHECK(account.error() == QStringLiteral("The user name or password is not right."));

        QSignalSpy fresh(&account, &AccountSession::signedInFresh);
        account.signIn(server.url(), QStringLiteral(" anna "), QStringLiteral("geheim"));
        REQUIRE(waitFor([&] { return fresh.count() == 1; }));
        CHECK(account.signedIn());
        CHECK(account.error().isEmpty());
        CHECK(account.role() == QStringLiteral("officer"));
        CHECK(account.schools() == QStringList{QStringLiteral("11AK00")});
        CHECK(account.currentSchool() == QStringLiteral("11AK00"));
        CHECK(account.token() == server.issuedToken);
        CHECK(store.userName() == QStringLiteral("anna"));
        REQUIRE(server.logins.size() == 2);
        CHECK(server.logins.last().value(QStringLiteral("device")).toString() == f.db->deviceId());
    }

    // A restart: signed in from the device alone (offline), token from the store.
    AccountSession again(*f.db, &store, std::make_unique<FileTokenStore>(tokens));
    again.restore();
    CHECK(again.signedIn());
    CHECK(again.userName() == QStringLiteral("anna"));
    CHECK(again.serverUrl() == server.url());
    CHECK(again.token() == server.issuedToken);

    insertFamilyContact(*f.db);
    QSignalSpy out(&again, &AccountSession::signedOutDone);
    again.signOut();
    CHECK(out.count() == 1);
    CHECK_FALSE(again.signedIn());
    CHECK(familyContactCount(*f.db) == 0);
    CHECK(store.userName().isEmpty());
    REQUIRE(waitFor([&] { return server.logoutTokens.size() == 1; }));
    CHECK(server.logoutTokens.first() == server.issuedToken);
    CHECK(QDir(tokens).entryList(QDir::Files).isEmpty());

    AccountSession afterwards(*f.db, &store, std::make_unique<FileTokenStore>(tokens));
    afterwards.restore();
    CHECK_FALSE(afterwards.signedIn());
    CHECK_FALSE(afterwards.hasToken());
}

TEST_CASE("AccountSession signs in an account without schools (the regional team)")
{
    AppFixture f;
    FakeLoginServer server(QStringLiteral("rita"), QStringLiteral("geheim"), QStringLiteral("regional"), {});
    REQUIRE(server.isListening());
    DeviceStore store(f.db.get());
    AccountSession account(*f.db, &store,
                           std::make_unique<FileTokenStore>(f.dir.filePath(QStringLiteral("tokens"))));
    account.signIn(server.url(), QStringLiteral("rita"), QStringLiteral("geheim"));
    REQUIRE(waitFor([&] { return !account.busy(); }));
    CHECK(account.error().isEmpty());
    CHECK(account.signedIn());
    CHECK(account.role() == QStringLiteral("regional"));
    CHECK(account.schools().isEmpty());

    AccountSession restarted(*f.db, &store,
                             std::make_unique<FileTokenStore>(f.dir.filePath(QStringLiteral("tokens"))));
    restarted.restore();
    CHECK(restarted.signedIn());
    CHECK(restarted.schools().isEmpty());
}

namespace {

// A token store that answers later, as a keychain does.
class LateTokenStore : public FileTokenStore
{
public:
    using FileTokenStore::FileTokenStore;
    void read(const QString &account, Done done) override
    {
        QTimer::singleShot(50, [this, account, done] { FileTokenStore::read(account, done); });
    }
};

// Runs signInFromCommandLine and waits for its outcome.
CommandLineSignIn commandLineSignIn(AccountSession &account, const QString &url, const QString &user,
                                    const std::function<QString()> &password)
{
    std::optional<CommandLineSignIn> outcome;
    signInFromCommandLine(account, url, user, password, [&](CommandLineSignIn o) { outcome = o; });
    REQUIRE(waitFor([&] { return outcome.has_value(); }));
    return *outcome;
}

} // namespace

TEST_CASE("signInFromCommandLine signs in once, asks for the password only when needed")
{
    AppFixture f;
    FakeLoginServer server(QStringLiteral("regio"), QStringLiteral("geheim"), QStringLiteral("regional"), {});
    REQUIRE(server.isListening());
    DeviceStore store(f.db.get());
    const QString tokens = f.dir.filePath(QStringLiteral("tokens"));
    int asked = 0;
    const auto password = [&] {
        ++asked;
        return QStringLiteral("geheim");
    };

    {
        AccountSession account(*f.db, &store, std::make_unique<LateTokenStore>(tokens));
        account.restore();
        CHECK(commandLineSignIn(account, server.url(), QStringLiteral("regio"), [] { return QString(); }) ==
              CommandLineSignIn::NoPassword);
        CHECK_FALSE(account.signedIn());
        CHECK(commandLineSignIn(account, server.url(), QStringLiteral("regio"), password) ==
              CommandLineSignIn::Started);
        REQUIRE(waitFor([&] { return !account.busy(); }));
        CHECK(account.signedIn());
        CHECK(asked == 1);
    }

    // The next start: the device still holds the account; once the (late) token is read, no password
    // is asked for.
    AccountSession again(*f.db, &store, std::make_unique<LateTokenStore>(tokens));
    again.restore();
    CHECK(again.restoring());
    CHECK(commandLineSignIn(again, server.url(), QStringLiteral("regio"), password) ==
          CommandLineSignIn::AlreadySignedIn);
    CHECK(asked == 1);
    CHECK(server.logins.size() == 1);

    // Another account on the same device: the previous one is signed out (its contacts removed) first.
    insertFamilyContact(*f.db);
    CHECK(commandLineSignIn(again, server.url(), QStringLiteral("iemand"), password) ==
          CommandLineSignIn::Started);
    REQUIRE(waitFor([&] { return !again.busy(); }));
    CHECK_FALSE(again.signedIn()); // the fake server knows only "regio"
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM family_contacts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("AccountSession normalises the server address a person types")
{
    CHECK(AccountSession::normaliseServer(QStringLiteral("verrijkt.nijbegun.nl")) ==
          QStringLiteral("https://verrijkt.nijbegun.nl"));
    CHECK(AccountSession::normaliseServer(QStringLiteral(" https://verrijkt.nijbegun.nl/ ")) ==
          QStringLiteral("https://verrijkt.nijbegun.nl"));
    CHECK(AccountSession::normaliseServer(QStringLiteral("127.0.0.1:8080")) ==
          QStringLiteral("http://127.0.0.1:8080"));
    CHECK(AccountSession::normaliseServer(QStringLiteral("   ")).isEmpty());
}
