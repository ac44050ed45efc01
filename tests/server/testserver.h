#pragma once

// Test support for the server: a fresh database per test on SQLite (always) or PostgreSQL (when
// VERRIJKT_TEST_PG holds a conninfo), a SyncServer with a controllable clock listening on
// 127.0.0.1 port 0, and a blocking HTTP client (QNetworkAccessManager in the test's event loop).

#include "server/httpfrontend.h"
#include "server/syncserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

namespace verrijkt::testing {

// "sqlite", plus "postgresql" when VERRIJKT_TEST_PG is set.
std::vector<std::string> serverBackends();

// A database nobody else uses, removed again at the end.
class TestDatabase
{
public:
    explicit TestDatabase(const std::string &backend);
    ~TestDatabase();
    server::StoreConfig config() const { return m_config; }

private:
    server::StoreConfig m_config;
    QTemporaryDir m_dir;
    QString m_pgDatabase;
};

constexpr qint64 kStartMillis = 1790842800000; // 2026-10-01 08:20 UTC, a Thursday in schooljaar 2026-2027

struct Reply
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonArray array(const char *name) const { return json.value(QLatin1String(name)).toArray(); }
};

class TestServer
{
public:
    explicit TestServer(const std::string &backend, std::function<void(server::ServerOptions &)> tweak = {});
    ~TestServer();

    server::SyncServer &server() { return *m_server; }
    std::atomic<qint64> now{kStartMillis}; // the server's clock; tests move it
    void advance(qint64 ms) { now += ms; }

    // Raw HTTP. `headers` are added to (or replace) the defaults: X-Verrijkt-Protocol: 1 and, with a
    // token, Authorization: Bearer <token>.
    Reply request(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                  const QString &token = {}, const QHash<QByteArray, QByteArray> &headers = {});
    Reply get(const QString &pathAndQuery, const QString &token = {})
    {
        return request("GET", pathAndQuery, {}, token);
    }
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {});
    server::HttpFrontend &http() { return *m_http; }
    quint16 port() const { return m_port; }

    // Accounts straight through the service; returns the password.
    QString addUser(const QString &name, const QString &role, const QStringList &schools = {});
    QString login(const QString &name, const QString &password,
                  const QString &device = QStringLiteral("dev-test"));
    // A logged-in admin (created on first use).
    QString adminToken();

    // Pushes as `token` from `device`; mutations get n = next per device unless they have one.
    Reply push(const QString &token, const QString &device, const QJsonArray &mutations);
    // Pulls every page from `cursor` for device; returns all changes and leaves the last reply.
    QJsonArray pullAll(const QString &token, const QString &device, qint64 *cursor, Reply *last = nullptr,
                       int limit = 1000);

private:
    TestDatabase m_db;
    std::unique_ptr<server::SyncServer> m_server;
    std::unique_ptr<server::HttpFrontend> m_http;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    bool m_tls = false;
    QList<QSslCertificate> m_trusted; // with TLS: the server's own certificate
    QString m_adminToken;
};

// The test-only self-signed certificate for 127.0.0.1 (tests/server/tls).
QString testCertificateFile();
QString testKeyFile();

// ---- record builders ---------------------------------------------------------------------------

QString hlcAt(qint64 millis, const QString &node = QStringLiteral("dev-a"), quint32 counter = 0);
QString newId();
QJsonObject mutation(const QString &entity, const QString &op, const QString &id, const QJsonObject &fields,
                     const QString &hlc, qint64 n = 0);
QJsonObject schoolFields(const QString &vestiging, int pupils = 200);
QJsonObject municipalityFields();
QJsonObject officerFields(const QString &userName);
QJsonObject placementFields(const QString &officerId, const QString &vestiging,
                            const QString &from = "2026-08-01");
QJsonObject sessionFields(const QString &vestiging, const QString &recordedBy,
                          const QString &date = "2026-09-30");
QJsonObject contactFields(const QString &officerId, const QString &vestiging,
                          const QString &date = "2026-09-30");

// Ids of the changes in a pull answer, in order.
QStringList changeIds(const QJsonArray &changes);
// The first change with this id (empty object if absent).
QJsonObject changeFor(const QJsonArray &changes, const QString &id);

} // namespace verrijkt::testing
