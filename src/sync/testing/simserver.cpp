#include "simserver.h"

#include "server/serverstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace verrijkt::synctesting {

QStringList availableBackends()
{
    QStringList out{QStringLiteral("sqlite")};
    if (!qEnvironmentVariableIsEmpty("VERRIJKT_TEST_PG"))
        out << QStringLiteral("postgresql");
    return out;
}

bool pgAdminExec(const QString &sql, QString *error)
{
    const auto params = server::parseConnInfo(qEnvironmentVariable("VERRIJKT_TEST_PG"));
    if (!params) {
        *error = QStringLiteral("VERRIJKT_TEST_PG is not a valid conninfo");
        return false;
    }
    const QString name = QStringLiteral("sim-pg-admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(params->value(QStringLiteral("host")));
        db.setPort(params->value(QStringLiteral("port"), QStringLiteral("5432")).toInt());
        db.setDatabaseName(params->value(QStringLiteral("dbname"), QStringLiteral("postgres")));
        db.setUserName(params->value(QStringLiteral("user")));
        db.setPassword(params->value(QStringLiteral("password")));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

ScratchDatabase::ScratchDatabase(const QString &backend) : m_backend(backend)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    if (backend == QLatin1String("sqlite")) {
        m_config.backend = server::Backend::Sqlite;
        m_config.sqlitePath = m_dir.filePath(QStringLiteral("server.db"));
        return;
    }
    if (backend != QLatin1String("postgresql") || qEnvironmentVariableIsEmpty("VERRIJKT_TEST_PG")) {
        m_error = QStringLiteral("backend %1 is not available").arg(backend);
        return;
    }
    const QString name = QStringLiteral("verrijkt_sim_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    if (!pgAdminExec(QStringLiteral("CREATE DATABASE %1").arg(name), &m_error))
        return;
    m_pgDatabase = name;
    auto params = *server::parseConnInfo(qEnvironmentVariable("VERRIJKT_TEST_PG"));
    params.insert(QStringLiteral("dbname"), name);
    QStringList parts;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    m_config.backend = server::Backend::Postgres;
    m_config.pgConnInfo = parts.join(QLatin1Char(' '));
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_pgDatabase.isEmpty())
        return;
    QString ignored;
    pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase), &ignored);
}

std::unique_ptr<SimServer> SimServer::start(Config config, QString *error)
{
    std::unique_ptr<SimServer> s(new SimServer(std::move(config)));
    if (!s->open(error))
        return nullptr;
    return s;
}

SimServer::~SimServer()
{
    m_http.reset();
    m_server.reset();
}

QUrl SimServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool SimServer::open(QString *error)
{
    server::ServerOptions options;
    options.store = m_config.store;
    options.accounts.hashLimits = server::HashLimits::minimum();
    options.push.maxClockSkewMs = m_config.maxClockSkewMs;
    if (m_config.clock)
        options.clock = m_config.clock;
    m_server = server::SyncServer::create(options, error);
    if (!m_server)
        return false;
    m_http = std::make_unique<server::HttpFrontend>(*m_server);
    m_port = m_http->serve(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        *error = QStringLiteral("the server cannot listen on 127.0.0.1");
        return false;
    }
    return true;
}

bool SimServer::restart(QString *error)
{
    m_http.reset();
    m_server.reset();
    ++m_restarts;
    return open(error);
}

QString SimServer::addUser(const QString &name, const QString &role, const QStringList &schools,
                           QString *error)
{
    const QString password = simPassword(name);
    if (const auto e = m_server->accounts().addUser(name, role, schools, password)) {
        *error = QStringLiteral("user %1: %2 (%3)").arg(name, e->message, e->field);
        return {};
    }
    return password;
}

QString simPassword(const QString &user)
{
    return QStringLiteral("sim-%1-wachtwoord-2026").arg(user);
}

} // namespace verrijkt::synctesting
