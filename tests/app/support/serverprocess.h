#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace verrijkt::testing {

// A real verrijkt-server on 127.0.0.1 (a free port) with its own temporary SQLite database.
// Accounts are created with `verrijkt-server user add` before it serves.
class ServerProcess
{
public:
    ServerProcess(QString binary, QString folder);
    ~ServerProcess();

    bool addUser(const QString &name, const QString &role, const QStringList &schools,
                 const QString &password, QString *error);
    bool start(QString *error);
    QString url() const { return m_url; }
    QString databasePath() const { return m_db; }

private:
    QStringList common() const;

    QString m_binary;
    QString m_db;
    QString m_url;
    std::unique_ptr<QProcess> m_process;
};

} // namespace verrijkt::testing
