#include "serveroptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QStandardPaths>

namespace verrijkt::server {

namespace {

// Options that may come from the command line or from the config file (same names, INI keys
// with '-' written as '_', in the [server] group or at top level).
const QStringList kValueOptions{QStringLiteral("listen"),
                                QStringLiteral("port"),
                                QStringLiteral("db"),
                                QStringLiteral("pg"),
                                QStringLiteral("tls-cert"),
                                QStringLiteral("tls-key"),
                                QStringLiteral("max-clock-skew"),
                                QStringLiteral("token-days"),
                                QStringLiteral("password-hash")};

} // namespace

QString defaultDatabasePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/verrijkt-server/server.db");
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Verrijkt sync server.\n\n"
                       "Commands:\n"
                       "  serve (default)                       answer the sync API\n"
                       "  user add NAME --role R [--school V]... [--password-stdin]\n"
                       "  user list\n"
                       "  user disable NAME | user enable NAME\n"
                       "  user reset-password NAME [--password-stdin]\n"
                       "  user assign NAME --school V [--school V]...\n"
                       "  migrate                               create/upgrade the database and exit"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, user ..., migrate"));
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("INI file with the options below (command line wins)."),
         QStringLiteral("file")},
        {QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("addr")},
        {QStringLiteral("port"), QStringLiteral("TCP port (default 8080; 0 = any free port)."),
         QStringLiteral("port")},
        {QStringLiteral("db"),
         QStringLiteral("SQLite database file (default %1).").arg(defaultDatabasePath()),
         QStringLiteral("file")},
        {QStringLiteral("pg"),
         QStringLiteral("PostgreSQL connection, e.g. \"host=db port=5432 dbname=verrijkt user=verrijkt\"."),
         QStringLiteral("conninfo")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("file")},
        {QStringLiteral("max-clock-skew"),
         QStringLiteral("Seconds a device clock may run ahead (default 60)."), QStringLiteral("seconds")},
        {QStringLiteral("token-days"), QStringLiteral("Days a login token stays valid (default 30)."),
         QStringLiteral("days")},
        {QStringLiteral("password-hash"),
         QStringLiteral("argon2id cost: interactive (default), moderate, minimum (tests only)."),
         QStringLiteral("level")},
        {QStringLiteral("role"), QStringLiteral("user add: admin, regional, coordinator or officer."),
         QStringLiteral("role")},
        {QStringLiteral("school"), QStringLiteral("user add/assign: a vestiging code (repeatable)."),
         QStringLiteral("vestiging")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read the password from standard input instead of generating one.")},
    });
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.help = parser.isSet(QStringLiteral("help"));
    result.command = parser.positionalArguments();
    result.role = parser.value(QStringLiteral("role"));
    for (const QString &v : parser.values(QStringLiteral("school")))
        for (const QString &s : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result.schools << s.trimmed();
    result.passwordStdin = parser.isSet(QStringLiteral("password-stdin"));

    QHash<QString, QString> values;
    if (parser.isSet(QStringLiteral("config"))) {
        const QString file = parser.value(QStringLiteral("config"));
        if (!QFileInfo(file).isReadable()) {
            result.error = QStringLiteral("--config: cannot read %1").arg(file);
            return result;
        }
        QSettings ini(file, QSettings::IniFormat);
        for (const QString &name : kValueOptions) {
            QString key = name;
            key.replace(QLatin1Char('-'), QLatin1Char('_'));
            for (const QString &k : {QStringLiteral("server/") + key, key})
                if (ini.contains(k) && !values.contains(name))
                    values.insert(name, ini.value(k).toString());
        }
        if (ini.status() != QSettings::NoError) {
            result.error = QStringLiteral("--config: %1 is not a readable INI file").arg(file);
            return result;
        }
    }
    for (const QString &name : kValueOptions)
        if (parser.isSet(name))
            values.insert(name, parser.value(name));

    ServerOptions &o = result.options;
    const auto fail = [&](const QString &option, const QString &rule) {
        result.error = QStringLiteral("--%1: %2").arg(option, rule);
        return result;
    };
    if (values.contains(QStringLiteral("listen"))) {
        o.listenAddress = values.value(QStringLiteral("listen"));
        if (QHostAddress(o.listenAddress).isNull() && o.listenAddress != QLatin1String("any"))
            return fail(QStringLiteral("listen"),
                        QStringLiteral("not an IP address: %1").arg(o.listenAddress));
    }
    bool ok = true;
    if (values.contains(QStringLiteral("port"))) {
        const int port = values.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return fail(QStringLiteral("port"), QStringLiteral("must be 0-65535"));
        o.port = static_cast<quint16>(port);
    }
    if (values.contains(QStringLiteral("db")) && values.contains(QStringLiteral("pg")))
        return fail(QStringLiteral("pg"),
                    QStringLiteral("give either --db (SQLite) or --pg (PostgreSQL), not both"));
    if (values.contains(QStringLiteral("pg"))) {
        o.store.backend = Backend::Postgres;
        o.store.pgConnInfo = values.value(QStringLiteral("pg"));
        if (!parseConnInfo(o.store.pgConnInfo))
            return fail(QStringLiteral("pg"),
                        QStringLiteral("expected key=value pairs like \"host=h dbname=d user=u\""));
    } else {
        o.store.backend = Backend::Sqlite;
        o.store.sqlitePath = values.value(QStringLiteral("db"), defaultDatabasePath());
    }
    o.tlsCert = values.value(QStringLiteral("tls-cert"));
    o.tlsKey = values.value(QStringLiteral("tls-key"));
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return fail(o.tlsCert.isEmpty() ? QStringLiteral("tls-cert") : QStringLiteral("tls-key"),
                    QStringLiteral("HTTPS needs both --tls-cert and --tls-key"));
    if (values.contains(QStringLiteral("max-clock-skew"))) {
        const double seconds = values.value(QStringLiteral("max-clock-skew")).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 86400)
            return fail(QStringLiteral("max-clock-skew"), QStringLiteral("must be 0-86400 seconds"));
        o.push.maxClockSkewMs = static_cast<qint64>(seconds * 1000);
    }
    if (values.contains(QStringLiteral("token-days"))) {
        const double days = values.value(QStringLiteral("token-days")).toDouble(&ok);
        if (!ok || days <= 0 || days > 365)
            return fail(QStringLiteral("token-days"), QStringLiteral("must be more than 0 and at most 365"));
        o.accounts.tokenLifetimeMs = static_cast<qint64>(days * 24 * 3600 * 1000);
    }
    const QString hash = values.value(QStringLiteral("password-hash"), QStringLiteral("interactive"));
    if (hash == QLatin1String("interactive"))
        o.accounts.hashLimits = HashLimits::interactive();
    else if (hash == QLatin1String("moderate"))
        o.accounts.hashLimits = HashLimits::moderate();
    else if (hash == QLatin1String("minimum"))
        o.accounts.hashLimits = HashLimits::minimum();
    else
        return fail(QStringLiteral("password-hash"),
                    QStringLiteral("must be interactive, moderate or minimum"));
    return result;
}

} // namespace verrijkt::server
