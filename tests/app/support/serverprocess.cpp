#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace verrijkt::testing {

ServerProcess::ServerProcess(QString binary, QString folder)
    : m_binary(std::move(binary)), m_db(QDir(folder).filePath(QStringLiteral("server.db")))
{
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QStringList ServerProcess::common() const
{
    // The cheapest password hashing: the test signs in several times.
    return {QStringLiteral("--db"), m_db, QStringLiteral("--password-hash"), QStringLiteral("minimum")};
}

bool ServerProcess::addUser(const QString &name, const QString &role, const QStringList &schools,
                            const QString &password, QString *error)
{
    QStringList args = common();
    args << QStringLiteral("user") << QStringLiteral("add") << name << QStringLiteral("--role") << role
         << QStringLiteral("--password-stdin");
    for (const QString &school : schools)
        args << QStringLiteral("--school") << school;
    QProcess process;
    process.start(m_binary, args);
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        *error = QStringLiteral("user add %1 failed: %2 %3")
                     .arg(name, QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool ServerProcess::start(QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(m_binary, common() << QStringLiteral("serve") << QStringLiteral("--listen")
                                        << QStringLiteral("127.0.0.1") << QStringLiteral("--port")
                                        << QStringLiteral("0"));
    if (!m_process->waitForStarted(10'000)) {
        *error = QStringLiteral("verrijkt-server did not start: %1").arg(m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[0-9.]+:[0-9]+)"));
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        m_process->waitForReadyRead(200);
        seen += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_url = match.captured(1);
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    *error = QStringLiteral("verrijkt-server did not report its address: %1 %2")
                 .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}

} // namespace verrijkt::testing
