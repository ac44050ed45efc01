#pragma once

#include "syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace verrijkt {

// What the header and the account page show about synchronisation, always: how many changes wait
// to be sent, when the last sync succeeded, any error in plain words, and the progress of a first
// (large) download. Drives the client SyncEngine: "sync now", a round soon after every local write,
// and a background round every few minutes while signed in.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(bool connected READ connected NOTIFY changed) // has a server and a token
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)     // one line for the header
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed) // plain words; empty when fine
    Q_PROPERTY(bool retrying READ retrying NOTIFY changed)
    Q_PROPERTY(bool initialSync READ initialSync NOTIFY changed) // the first download of the scope
    Q_PROPERTY(double progress READ progress NOTIFY changed)     // 0..1, or -1 when unknown
    Q_PROPERTY(int lastPulled READ lastPulled NOTIFY changed)
    Q_PROPERTY(int lastRejected READ lastRejected NOTIFY changed)

public:
    // How long after a local write the next round starts (writes in quick succession share it).
    static constexpr int kLocalWriteDelayMs = 1500;
    static constexpr int kBackgroundIntervalMs = 5 * 60 * 1000;

    explicit SyncStatus(LocalSyncStore *store, QObject *parent = nullptr);
    ~SyncStatus() override;

    // Points the engine at a server with a token (after sign-in or restore); stop() forgets both.
    void start(const QUrl &server, const QString &token, const SyncEngineConfig &config = {});
    void stop();
    SyncEngine *engine() const { return m_engine.get(); }

    int pendingCount() const;
    bool syncing() const { return m_syncing; }
    bool connected() const { return m_engine != nullptr; }
    QDateTime lastSuccess() const;
    QString lastSuccessText() const;
    QString summary() const;
    QString errorText() const { return m_errorText; }
    bool retrying() const { return m_retrying; }
    bool initialSync() const { return m_initial; }
    double progress() const;
    int lastPulled() const { return m_lastPulled; }
    int lastRejected() const { return m_lastRejected; }

    Q_INVOKABLE void syncNow();
    // A change was written on the device: send it soon.
    void localWrite();
    // Re-reads the counts (after a local write or a purge).
    void refresh() { emit changed(); }

signals:
    void changed();
    void dataPulled();   // a round brought changes: the screens re-read
    void tokenRefused(); // 401: the account has to sign in again
    void roundFinished(bool ok);

private:
    void setError(const QString &text);

    LocalSyncStore *m_store;
    std::unique_ptr<SyncEngine> m_engine;
    QTimer m_soon;
    bool m_syncing = false;
    bool m_retrying = false;
    bool m_initial = false;
    qint64 m_received = 0;
    qint64 m_estimated = 0;
    int m_lastPulled = 0;
    int m_lastRejected = 0;
    QString m_errorText;
};

} // namespace verrijkt
