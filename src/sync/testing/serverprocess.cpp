#include "serverprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <csignal>
#include <sys/types.h>

namespace verrijkt::synctesting {

ServerProcess::ServerProcess(QString program, QStringList storeArgs)
    : m_program(std::move(program)), m_storeArgs(std::move(storeArgs))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] {
        if (!m_listening)
            return; // start() is still looking for the port
        m_tail += m_process.readAll();
        if (m_tail.size() > kTailBytes)
            m_tail = m_tail.right(kTailBytes);
    });
}

ServerProcess::~ServerProcess()
{
    if (isRunning())
        killHard();
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool ServerProcess::start(QString *error, int timeoutMs)
{
    m_port = 0;
    m_listening = false;
    m_tail.clear();
    m_process.start(m_program,
                    QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")} +
                        m_storeArgs);
    if (!m_process.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    ++m_starts;
    static const QRegularExpression listening(QStringLiteral("listening on https?://[^:]+:(\\d+)"));
    QByteArray seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!m_process.waitForReadyRead(200) && m_process.state() == QProcess::NotRunning)
            break;
        seen += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_port = static_cast<quint16>(match.captured(1).toUInt());
            m_tail = seen.right(kTailBytes);
            m_listening = true;
            return true;
        }
    }
    *error =
        QStringLiteral("the server did not say where it listens: %1").arg(QString::fromUtf8(seen.left(500)));
    killHard();
    return false;
}

void ServerProcess::killHard()
{
    if (!isRunning())
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(30'000);
    ++m_kills;
}

int ServerProcess::run(const QStringList &arguments, const QByteArray &stdinText, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_program, arguments + m_storeArgs);
    if (!p.waitForStarted(30'000)) {
        *output = p.errorString();
        return -1;
    }
    p.write(stdinText);
    p.closeWriteChannel();
    p.waitForFinished(60'000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace verrijkt::synctesting
