#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace verrijkt::synctesting {

// A real verrijkt-server process for crash tests: started on 127.0.0.1 with a port chosen by the
// system (read back from its "listening on" line), killed with SIGKILL at the worst moment, started
// again on the same database.
class ServerProcess
{
public:
    // `storeArgs`: {"--db", file} or {"--pg", conninfo}.
    ServerProcess(QString program, QStringList storeArgs);
    ~ServerProcess();

    bool start(QString *error, int timeoutMs = 30'000);
    void killHard(); // SIGKILL, then waits until the process is gone
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QUrl url() const;
    int starts() const { return m_starts; }
    int kills() const { return m_kills; }

    // The end of what the server wrote since it started (its log), at most kTailBytes. Once the
    // server listens its output is read as it comes (whenever an event loop runs) and only this
    // tail is kept, so a long soak run does not keep every logged request in memory.
    QByteArray recentOutput() const { return m_tail; }
    // Output the process wrote that nobody has read yet (bounded by the event loop's pace).
    qint64 unreadBytes() const { return m_process.bytesAvailable(); }
    static constexpr qsizetype kTailBytes = 16 * 1024;

    // A one-off sub-command on the same database (e.g. {"user", "add", "anna", "--role", "admin",
    // "--password-stdin"}); returns its exit code, `output` gets stdout and stderr.
    int run(const QStringList &arguments, const QByteArray &stdinText, QString *output);

private:
    QString m_program;
    QStringList m_storeArgs;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_listening = false; // start() has read the port; from then on output goes to m_tail
    QByteArray m_tail;
    int m_starts = 0;
    int m_kills = 0;
};

} // namespace verrijkt::synctesting
