// sync --server URL --user NAME: push the outbox, pull every page, print what happened.

#include "synccommand.h"

#include "storage/database.h"
#include "storage/sync/sqlitesyncstore.h"
#include "syncengine.h"
#include "synchttpclient.h"
#include "tokenfile.h"

#include <QEventLoop>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <cstdio>

namespace verrijkt::cli {

namespace {

// Where earlier versions cached the token, in plain text inside the device database.
const QString kTokenKey = QStringLiteral("sync_token");
const QString kTokenServerKey = QStringLiteral("sync_token_server");
const QString kTokenUserKey = QStringLiteral("sync_token_user");

// Moves a token an earlier version left in the database into the owner-only token file (if it
// belongs to this server and user) and deletes it from the database in any case.
bool moveLegacyToken(Database &db, const TokenFile &file, const QString &server, const QString &user,
                     QString *error)
{
    const auto legacy = db.setting(kTokenKey);
    if (!legacy && !db.setting(kTokenServerKey) && !db.setting(kTokenUserKey))
        return true;
    if (legacy && !legacy->isEmpty() && db.setting(kTokenServerKey) == server &&
        db.setting(kTokenUserKey) == user && !file.load() && !file.save(*legacy, error))
        return false;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM settings WHERE key IN ('sync_token', 'sync_token_server', "
                               "'sync_token_user')"))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// VERRIJKT_PASSWORD, else the first line of standard input (never a command-line argument, which
// other users of the machine could read in the process list).
QString readPassword()
{
    const QString fromEnvironment = qEnvironmentVariable("VERRIJKT_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readLine()).trimmed();
}

struct LoginOutcome
{
    QString token;
    SyncError error;
    QString serverCode;
};

LoginOutcome login(const QUrl &server, const QString &user, const QString &password, const QString &device)
{
    SyncHttpClient http(server);
    LoginOutcome outcome;
    QEventLoop loop;
    http.login(user, password, device, [&](const Decoded<LoginAnswer> &answer, const SyncError &error) {
        outcome.error = error;
        if (answer.value)
            outcome.token = answer.value->token;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

// One round with retries; the engine's signals become progress lines on stderr.
bool runRound(const CliContext &ctx, SyncEngine &engine)
{
    QEventLoop loop;
    bool ok = false;
    qint64 lastShown = -1;
    auto progress = QObject::connect(&engine, &SyncEngine::progress, [&](qint64 received, qint64 estimated) {
        if (received == lastShown)
            return;
        lastShown = received;
        ctx.err << ctx.text("ontvangen: %1 van ongeveer %2 wijzigingen\n",
                            "received: %1 of about %2 changes\n")
                       .arg(received)
                       .arg(estimated);
        ctx.err.flush();
    });
    auto retry =
        QObject::connect(&engine, &SyncEngine::retryScheduled, [&](const SyncError &error, int delayMs) {
            ctx.err
                << error.message(ctx.language) << ' '
                << ctx.text("Nieuwe poging over %1 s.\n", "Retrying in %1 s.\n").arg((delayMs + 999) / 1000);
            ctx.err.flush();
        });
    auto done = QObject::connect(&engine, &SyncEngine::finished, [&](bool success) {
        ok = success;
        loop.quit();
    });
    engine.sync();
    loop.exec();
    QObject::disconnect(progress);
    QObject::disconnect(retry);
    QObject::disconnect(done);
    return ok;
}

void printReport(const CliContext &ctx, SqliteSyncStore &store, const SyncRoundReport &report)
{
    QTextStream &o = ctx.out;
    const auto line = [&](const QString &label, qint64 value) {
        o << "  " << label.leftJustified(22) << QString::number(value).rightJustified(8) << '\n';
    };
    o << ctx.text("synchronisatie voltooid\n", "sync complete\n");
    line(ctx.text("verstuurd", "sent"), report.pushed);
    line(ctx.text("geweigerd", "rejected"), report.rejected);
    line(ctx.text("ontvangen", "received"), report.pulled);
    line(ctx.text("nog te versturen", "still to send"), store.pendingCount());
    o.flush();
    // Refusals name the record and the rule, never its content (it may be personal data).
    for (const RejectedChange &r : store.rejectedChanges()) {
        ctx.err << ctx.text("geweigerd door de server: ", "refused by the server: ") << r.entity << ' '
                << r.id.toString(QUuid::WithoutBraces) << ": " << r.reasonMessage;
        if (!r.reasonField.isEmpty())
            ctx.err << " (" << r.reasonField << ", " << r.reasonKey << ')';
        ctx.err << '\n';
    }
    ctx.err.flush();
}

int runSync(const CliContext &ctx, const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        ctx.error(ctx.text("sync verwacht geen argumenten, wel --server en --user (zie sync --help)",
                           "sync takes no arguments, only --server and --user (see sync --help)"));
        return ExitUsage;
    }
    const QUrl server(parser.value(QStringLiteral("server")), QUrl::StrictMode);
    if (!server.isValid() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")) ||
        server.host().isEmpty()) {
        ctx.error(ctx.text("--server: '%1' is geen serveradres; schrijf bv. https://verrijkt.example.nl",
                           "--server: '%1' is not a server address; write e.g. https://verrijkt.example.nl")
                      .arg(parser.value(QStringLiteral("server"))));
        return ExitUsage;
    }
    const QString user = parser.value(QStringLiteral("user")).trimmed();
    if (user.isEmpty()) {
        ctx.error(ctx.text("--user: geef de gebruikersnaam op", "--user: give the user name"));
        return ExitUsage;
    }

    std::unique_ptr<Database> db = ctx.openDatabase();
    if (!db)
        return ExitDatabase;
    QString error;
    std::unique_ptr<SqliteSyncStore> store = SqliteSyncStore::attach(*db, &error);
    if (!store) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + error);
        return ExitDatabase;
    }

    const QString serverText = server.toString(QUrl::StripTrailingSlash);
    const TokenFile tokenFile(ctx.databasePath, serverText, user);
    if (!moveLegacyToken(*db, tokenFile, serverText, user, &error)) {
        ctx.error(ctx.text("databasefout: ", "database error: ") + error);
        return ExitDatabase;
    }
    QString token = tokenFile.load().value_or(QString());
    const auto signIn = [&]() -> int {
        const QString password = readPassword();
        if (password.isEmpty()) {
            ctx.error(ctx.text("geen wachtwoord: zet VERRIJKT_PASSWORD of geef het op standaardinvoer",
                               "no password: set VERRIJKT_PASSWORD or pass it on standard input"));
            return ExitUsage;
        }
        const LoginOutcome outcome = login(server, user, password, store->deviceId());
        if (outcome.error.isError()) {
            const bool wrong = outcome.error.kind == SyncError::Kind::Unauthorized;
            ctx.error(wrong ? ctx.text("aanmelden mislukt: gebruikersnaam of wachtwoord onjuist",
                                       "sign-in failed: wrong user name or password")
                            : ctx.text("aanmelden mislukt: ", "sign-in failed: ") +
                                  outcome.error.message(ctx.language) +
                                  QStringLiteral(" [%1]").arg(outcome.error.detail));
            return ExitSync;
        }
        token = outcome.token;
        // Kept so the next run needs no password: in an owner-only file, never in the database.
        // Not being able to keep it is no reason to fail this run.
        if (!tokenFile.save(token, &error))
            ctx.err << ctx.text("let op: het aanmeldtoken kon niet worden bewaard (%1)\n",
                                "note: the sign-in token could not be kept (%1)\n")
                           .arg(error);
        return ExitOk;
    };
    const bool cached = !token.isEmpty();
    if (!cached) {
        if (const int code = signIn(); code != ExitOk)
            return code;
    }

    SyncEngineConfig config;
    config.maxRetries = 3;
    config.backoff = {1000, 10'000, 2.0};
    SyncEngine engine(*store, server, config);
    engine.setToken(token);
    bool ok = runRound(ctx, engine);
    if (!ok && engine.state() == SyncState::SignedOut && cached) {
        // The cached token expired or was revoked: sign in again once.
        tokenFile.remove();
        if (const int code = signIn(); code != ExitOk)
            return code;
        engine.setToken(token);
        ok = runRound(ctx, engine);
    }
    if (!ok) {
        const SyncError e = engine.lastError();
        if (e.kind == SyncError::Kind::Unauthorized)
            tokenFile.remove();
        ctx.error(ctx.text("synchronisatie mislukt: ", "sync failed: ") + e.message(ctx.language) +
                  QStringLiteral(" [%1]").arg(e.detail));
        return e.kind == SyncError::Kind::LocalStore ? ExitDatabase : ExitSync;
    }
    printReport(ctx, *store, engine.lastReport());
    return ExitOk;
}

} // namespace

Command syncCommand()
{
    return {
        QStringLiteral("sync"),
        QString(),
        "wisselt wijzigingen uit met de server (wachtwoord via VERRIJKT_PASSWORD of standaardinvoer)",
        "exchanges changes with the server (password from VERRIJKT_PASSWORD or standard input)",
        {QCommandLineOption(QStringLiteral("server"),
                            QStringLiteral("adres van verrijkt-server, bv. https://verrijkt.example.nl"
                                           "|address of verrijkt-server, e.g. https://verrijkt.example.nl"),
                            QStringLiteral("URL")),
         QCommandLineOption(QStringLiteral("user"),
                            QStringLiteral("gebruikersnaam op de server|user name on the server"),
                            QStringLiteral("NAME"))},
        runSync};
}

} // namespace verrijkt::cli
