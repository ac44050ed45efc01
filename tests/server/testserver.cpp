#include "testserver.h"

#include "core/familycontact.h"
#include "core/hlc.h"
#include "core/uuid7.h"
#include "server/serverstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>
#include <catch2/catch.hpp>

namespace verrijkt::testing {

using namespace verrijkt::server;

std::vector<std::string> serverBackends()
{
    std::vector<std::string> out{"sqlite"};
    if (!qEnvironmentVariableIsEmpty("VERRIJKT_TEST_PG"))
        out.push_back("postgresql");
    return out;
}

namespace {

// Runs one statement on the PostgreSQL server named by VERRIJKT_TEST_PG (its own database).
void pgAdmin(const QString &sql)
{
    const auto params = parseConnInfo(qEnvironmentVariable("VERRIJKT_TEST_PG"));
    REQUIRE(params);
    const QString name = QStringLiteral("pg-admin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(params->value(QStringLiteral("host")));
        db.setPort(params->value(QStringLiteral("port"), QStringLiteral("5432")).toInt());
        db.setDatabaseName(params->value(QStringLiteral("dbname"), QStringLiteral("postgres")));
        db.setUserName(params->value(QStringLiteral("user")));
        db.setPassword(params->value(QStringLiteral("password")));
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TestDatabase::TestDatabase(const std::string &backend)
{
    if (backend == "sqlite") {
        REQUIRE(m_dir.isValid());
        m_config.backend = Backend::Sqlite;
        m_config.sqlitePath = m_dir.filePath(QStringLiteral("server.db"));
        return;
    }
    m_pgDatabase = QStringLiteral("verrijkt_test_%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    pgAdmin(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
    auto params = *parseConnInfo(qEnvironmentVariable("VERRIJKT_TEST_PG"));
    params.insert(QStringLiteral("dbname"), m_pgDatabase);
    QStringList parts;
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    m_config.backend = Backend::Postgres;
    m_config.pgConnInfo = parts.join(QLatin1Char(' '));
}

TestDatabase::~TestDatabase()
{
    if (!m_pgDatabase.isEmpty())
        pgAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
}

TestServer::TestServer(const std::string &backend, std::function<void(ServerOptions &)> tweak) : m_db(backend)
{
    ServerOptions options;
    options.store = m_db.config();
    options.accounts.hashLimits = HashLimits::minimum();
    options.clock = [this] { return now.load(); };
    if (tweak)
        tweak(options);
    QString error;
    m_server = SyncServer::create(options, &error);
    INFO(error.toStdString());
    REQUIRE(m_server);
    m_http = std::make_unique<HttpFrontend>(*m_server);
    if (!options.tlsCert.isEmpty()) {
        QString tlsError;
        INFO(tlsError.toStdString());
        REQUIRE(m_http->enableTls(options.tlsCert, options.tlsKey, &tlsError));
        m_tls = true;
        m_trusted = QSslCertificate::fromPath(options.tlsCert);
    }
    m_port = m_http->serve(QHostAddress::LocalHost, 0);
    REQUIRE(m_port != 0);
}

TestServer::~TestServer()
{
    m_http.reset();
    m_server.reset();
}

Reply TestServer::request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                          const QString &token, const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest req(QUrl(
        QStringLiteral("%1://127.0.0.1:%2%3").arg(m_tls ? "https" : "http").arg(m_port).arg(pathAndQuery)));
    if (m_tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_trusted);
        req.setSslConfiguration(ssl);
    }
    QHash<QByteArray, QByteArray> all{{"X-Verrijkt-Protocol", "1"}, {"X-Verrijkt-Schema", "1"}};
    if (!body.isEmpty())
        all.insert("Content-Type", "application/json");
    if (!token.isEmpty())
        all.insert("Authorization", "Bearer " + token.toLatin1());
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it)
        all.insert(it.key(), it.value());
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        if (!it.value().isNull())
            req.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_network.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    REQUIRE(reply->isFinished());
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.raw = reply->readAll();
    out.json = QJsonDocument::fromJson(out.raw).object();
    for (const auto &h : reply->rawHeaderPairs())
        out.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return out;
}

Reply TestServer::post(const QString &path, const QJsonObject &body, const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString TestServer::addUser(const QString &name, const QString &role, const QStringList &schools)
{
    const QString password = QStringLiteral("pw-%1-0123456789").arg(name);
    const auto error = m_server->accounts().addUser(name, role, schools, password);
    INFO((error ? error->message : QString()).toStdString());
    REQUIRE_FALSE(error);
    return password;
}

QString TestServer::login(const QString &name, const QString &password, const QString &device)
{
    const Reply r = post(QStringLiteral("/api/login"), {{QStringLiteral("user"), name},
                                                        {QStringLiteral("password"), password},
                                                        {QStringLiteral("device"), device}});
    INFO(r.raw.toStdString());
    REQUIRE(r.status == 200);
    return r.json.value(QLatin1String("token")).toString();
}

QString TestServer::adminToken()
{
    if (m_adminToken.isEmpty())
        m_adminToken =
            login(QStringLiteral("root"), addUser(QStringLiteral("root"), QStringLiteral("admin")));
    return m_adminToken;
}

Reply TestServer::push(const QString &token, const QString &device, const QJsonArray &mutations)
{
    return post(QStringLiteral("/api/sync/push"),
                {{QStringLiteral("device"), device}, {QStringLiteral("mutations"), mutations}}, token);
}

QJsonArray TestServer::pullAll(const QString &token, const QString &device, qint64 *cursor, Reply *last,
                               int limit)
{
    QJsonArray all;
    for (int page = 0; page < 10000; ++page) {
        const Reply r = get(
            QStringLiteral("/api/sync/pull?cursor=%1&limit=%2&device=%3").arg(*cursor).arg(limit).arg(device),
            token);
        INFO(r.raw.toStdString());
        REQUIRE(r.status == 200);
        for (const QJsonValue &c : r.array("changes"))
            all.append(c);
        *cursor = static_cast<qint64>(r.json.value(QLatin1String("cursor")).toDouble());
        if (last)
            *last = r;
        if (!r.json.value(QLatin1String("more")).toBool())
            break;
    }
    return all;
}

QString testCertificateFile()
{
    return QStringLiteral(VERRIJKT_SERVER_TLS_DIR "/test-only-cert.pem");
}

QString testKeyFile()
{
    return QStringLiteral(VERRIJKT_SERVER_TLS_DIR "/test-only-key.pem");
}

// ---- record builders ---------------------------------------------------------------------------

QString hlcAt(qint64 millis, const QString &node, quint32 counter)
{
    HlcTimestamp ts;
    ts.millis = millis;
    ts.counter = counter;
    ts.node = node;
    return ts.toString();
}

QString newId()
{
    return createUuidV7().toString(QUuid::WithoutBraces);
}

QJsonObject mutation(const QString &entity, const QString &op, const QString &id, const QJsonObject &fields,
                     const QString &hlc, qint64 n)
{
    static std::atomic<qint64> counter{0};
    return {{QStringLiteral("n"), n > 0 ? n : ++counter},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), op},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("hlc"), hlc}};
}

QJsonObject schoolFields(const QString &vestiging, int pupils)
{
    return {{QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("brin"), vestiging.left(4)},
            {QStringLiteral("name"), QStringLiteral("OBS %1").arg(vestiging)},
            {QStringLiteral("type"), QStringLiteral("bao")},
            {QStringLiteral("denomination"), QStringLiteral("Openbaar")},
            {QStringLiteral("municipality_code"), QStringLiteral("GM0014")},
            {QStringLiteral("postcode"), QStringLiteral("9711AB")},
            {QStringLiteral("city"), QStringLiteral("Groningen")},
            {QStringLiteral("pupils"), pupils},
            {QStringLiteral("lat"), 53.2},
            {QStringLiteral("lon"), 6.56},
            {QStringLiteral("active"), true}};
}

QJsonObject municipalityFields()
{
    return {{QStringLiteral("code"), QStringLiteral("GM0014")},
            {QStringLiteral("name"), QStringLiteral("Groningen")},
            {QStringLiteral("province"), QStringLiteral("Groningen")},
            {QStringLiteral("population"), 238000}};
}

QJsonObject officerFields(const QString &userName)
{
    return {{QStringLiteral("user_name"), userName},
            {QStringLiteral("display_name"), QStringLiteral("Brugfunctionaris %1").arg(userName)},
            {QStringLiteral("employer"), QStringLiteral("Stichting Welzijn")},
            {QStringLiteral("contract_fte"), 1.0}};
}

QJsonObject placementFields(const QString &officerId, const QString &vestiging, const QString &from)
{
    return {{QStringLiteral("officer_id"), officerId},
            {QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("fte"), 0.4},
            {QStringLiteral("from_date"), from},
            {QStringLiteral("to_date"), QJsonValue(QJsonValue::Null)}};
}

QJsonObject sessionFields(const QString &vestiging, const QString &recordedBy, const QString &date)
{
    return {{QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("date"), date},
            {QStringLiteral("domain"), QStringLiteral("sport_en_bewegen")},
            {QStringLiteral("provider"), QStringLiteral("Sportbedrijf")},
            {QStringLiteral("hours"), 1.5},
            {QStringLiteral("pupils"), 24},
            {QStringLiteral("groups"), 0b00110000},
            {QStringLiteral("recorded_by"), recordedBy}};
}

QJsonObject contactFields(const QString &officerId, const QString &vestiging, const QString &date)
{
    return {{QStringLiteral("officer_id"), officerId},
            {QStringLiteral("vestiging"), vestiging},
            {QStringLiteral("date"), date},
            {QStringLiteral("family_code"), FamilyCode::fromRandomBits(0x5A5A5A5A5AULL)},
            {QStringLiteral("initiated_by"), QStringLiteral("teacher")},
            {QStringLiteral("form"), QStringLiteral("talk_at_school")},
            {QStringLiteral("topics"), QJsonArray{QStringLiteral("money_and_income")}},
            {QStringLiteral("support"), QJsonArray{QStringLiteral("listening")}},
            {QStringLiteral("referral"), QStringLiteral("none")},
            {QStringLiteral("duration_minutes"), 30}};
}

QStringList changeIds(const QJsonArray &changes)
{
    QStringList ids;
    for (const QJsonValue &c : changes)
        ids << c.toObject().value(QLatin1String("id")).toString();
    return ids;
}

QJsonObject changeFor(const QJsonArray &changes, const QString &id)
{
    for (const QJsonValue &c : changes)
        if (c.toObject().value(QLatin1String("id")).toString() == id)
            return c.toObject();
    return {};
}

} // namespace verrijkt::testing
