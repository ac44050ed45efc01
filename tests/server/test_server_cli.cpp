// verrijkt-server's command line: user sub-commands, options from the command line and an INI file.
#include "server/accounts.h"
#include "server/servercli.h"
#include "server/serveroptions.h"
#include "server/syncserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace verrijkt::server;

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run run(QStringList args, const QString &input = {})
{
    args.prepend(QStringLiteral("verrijkt-server"));
    QString in = input, out, err;
    QTextStream inStream(&in), outStream(&out), errStream(&err);
    Run r;
    r.code = runServerCommand(args, {inStream, outStream, errStream});
    outStream.flush();
    errStream.flush();
    r.out = out;
    r.err = err;
    return r;
}

} // namespace

TEST_CASE("user sub-commands create, list, assign, disable and reset accounts", "[server][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--password-hash"),
                           QStringLiteral("minimum")};

    Run r = run(base + QStringList{"user", "add", "Greet", "--role", "coordinator", "--school", "11AK00",
                                   "12BC00", "--password-stdin"},
                QStringLiteral("greet-password-1\n"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.out.contains(QLatin1String("password:")));

    r = run(base + QStringList{"user", "add", "hans", "--role", "admin"});
    REQUIRE(r.code == 0);
    const QString generated = r.out.section(QStringLiteral("password: "), 1).trimmed();
    CHECK(generated.size() == 20);

    r = run(base + QStringList{"user", "list"});
    CHECK(r.out == QStringLiteral("greet\tcoordinator\tactive\t11AK00,12BC00\nhans\tadmin\tactive\t\n"));

    r = run(base + QStringList{"user", "assign", "greet", "--school", "13CD00,14DE00"});
    CHECK(r.code == 0);
    r = run(base + QStringList{"user", "disable", "hans"});
    CHECK(r.code == 0);
    r = run(base + QStringList{"user", "list"});
    CHECK(r.out == QStringLiteral("greet\tcoordinator\tactive\t13CD00,14DE00\nhans\tadmin\tdisabled\t\n"));

    // The stored hashes check out against the passwords given and generated.
    ServerOptions options;
    options.store.sqlitePath = db;
    QString error;
    auto server = SyncServer::create(options, &error);
    REQUIRE(server);
    CHECK(std::holds_alternative<AccountService::Login>(server->accounts().login(
        QStringLiteral("greet"), QStringLiteral("greet-password-1"), QStringLiteral("d"), "::1")));
    CHECK(std::get<ApiError>(
              server->accounts().login(QStringLiteral("hans"), generated, QStringLiteral("d"), "::1"))
              .status == 403); // right password, disabled account
    server.reset();

    r = run(base + QStringList{"user", "reset-password", "greet", "--password-stdin"},
            QStringLiteral("greet-password-2\n"));
    CHECK(r.code == 0);
    server = SyncServer::create(options, &error);
    CHECK(std::holds_alternative<AccountService::Login>(server->accounts().login(
        QStringLiteral("greet"), QStringLiteral("greet-password-2"), QStringLiteral("d"), "::1")));
}

TEST_CASE("user sub-commands explain what is wrong", "[server][cli]")
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.db")),
                           QStringLiteral("--password-hash"), QStringLiteral("minimum")};
    Run r = run(base + QStringList{"user", "add", "ina"});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QLatin1String("--role")));
    r = run(base + QStringList{"user", "add", "ina", "--role", "officer", "--school", "11AK00"});
    CHECK(r.code != 0);
    CHECK(r.err.contains(QLatin1String("only coordinators")));
    r = run(base + QStringList{"user", "add", "ina", "--role", "coordinator", "--school", "Haren"});
    CHECK(r.err.contains(QLatin1String("vestiging")));
    r = run(base + QStringList{"user", "add", "ina", "--role", "admin", "--password-stdin"},
            QStringLiteral("short\n"));
    CHECK(r.err.contains(QLatin1String("at least 10")));
    r = run(base + QStringList{"user", "disable", "nobody"});
    CHECK(r.err.contains(QLatin1String("no user 'nobody'")));
    r = run(base + QStringList{"user", "frobnicate", "x"});
    CHECK(r.err.contains(QLatin1String("unknown user command")));
    r = run(base + QStringList{"launch"});
    CHECK(r.err.contains(QLatin1String("unknown command")));
    r = run(QStringList{"--db", "a.db", "--pg", "host=x", "user", "list"});
    CHECK(r.err.contains(QLatin1String("--pg")));
    r = run(QStringList{"--port", "70000", "migrate"});
    CHECK(r.err.contains(QLatin1String("--port")));
    r = run(base + QStringList{"user", "list"});
    CHECK(r.code == 0);
    CHECK(r.out.isEmpty()); // nothing was created by the failed commands
}

TEST_CASE("options come from the command line over an INI config file", "[server][cli]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("server.ini"));
    QFile f(ini);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[server]\nlisten=0.0.0.0\nport=9443\npg=host=db.example port=5433 dbname=verrijkt user=sync\n"
            "max_clock_skew=30\ntoken_days=7\npassword_hash=moderate\n");
    f.close();

    CommandLine cl = parseCommandLine({"verrijkt-server", "--config", ini, "--port", "9000"});
    REQUIRE(cl.error.isEmpty());
    CHECK(cl.options.listenAddress == QLatin1String("0.0.0.0"));
    CHECK(cl.options.port == 9000);
    CHECK(cl.options.store.backend == Backend::Postgres);
    CHECK(cl.options.store.pgConnInfo ==
          QLatin1String("host=db.example port=5433 dbname=verrijkt user=sync"));
    CHECK(cl.options.push.maxClockSkewMs == 30000);
    CHECK(cl.options.accounts.tokenLifetimeMs == 7LL * 24 * 3600 * 1000);
    CHECK(cl.options.accounts.hashLimits.memLimit == HashLimits::moderate().memLimit);
    CHECK(cl.command.isEmpty());

    cl = parseCommandLine({"verrijkt-server"});
    CHECK(cl.options.store.backend == Backend::Sqlite);
    CHECK(cl.options.store.sqlitePath == defaultDatabasePath());
    CHECK(cl.options.push.maxClockSkewMs == 60000);

    CHECK(parseCommandLine({"verrijkt-server", "--tls-cert", "c.pem"})
              .error.contains(QLatin1String("--tls-key")));
    CHECK(parseCommandLine({"verrijkt-server", "--config", dir.filePath("missing.ini")})
              .error.contains(QLatin1String("--config")));
    CHECK(parseCommandLine({"verrijkt-server", "--pg", "host='unterminated"})
              .error.contains(QLatin1String("--pg")));
    CHECK(parseCommandLine({"verrijkt-server", "--max-clock-skew", "-5"})
              .error.contains(QLatin1String("--max-clock-skew")));
    CHECK(parseCommandLine({"verrijkt-server", "--listen", "example.org"})
              .error.contains(QLatin1String("--listen")));

    const auto parsed = parseConnInfo(QStringLiteral("host=h dbname='my db' password='it\\'s'"));
    REQUIRE(parsed);
    CHECK(parsed->value(QStringLiteral("dbname")) == QLatin1String("my db"));
    CHECK(parsed->value(QStringLiteral("password")) == QLatin1String("it's"));
}
