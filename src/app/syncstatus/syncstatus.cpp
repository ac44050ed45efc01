#include "syncstatus.h"

#include "shell/applog.h"
#include "shell/fieldlabels.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QLocale>

namespace verrijkt {

SyncStatus::SyncStatus(LocalSyncStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_soon.setSingleShot(true);
    m_soon.setInterval(kLocalWriteDelayMs);
    connect(&m_soon, &QTimer::timeout, this, &SyncStatus::syncNow);
}

SyncStatus::~SyncStatus() = default;

void SyncStatus::start(const QUrl &server, const QString &token, const SyncEngineConfig &config)
{
    if (!m_store)
        return;
    m_engine = std::make_unique<SyncEngine>(*m_store, server, config);
    m_engine->setToken(token);
    SyncEngine *engine = m_engine.get();
    connect(engine, &SyncEngine::stateChanged, this, [this](SyncState state) {
        m_syncing = state == SyncState::Syncing;
        if (m_syncing) {
            m_retrying = false;
            m_received = m_estimated = 0;
            // The first download of a scope is the long one: show its progress.
            m_initial = m_store->cursor() == 0;
        }
        emit changed();
    });
    connect(engine, &SyncEngine::progress, this, [this](qint64 received, qint64 estimated) {
        m_received = received;
        m_estimated = estimated;
        emit changed();
    });
    connect(engine, &SyncEngine::pendingCountChanged, this, &SyncStatus::changed);
    connect(engine, &SyncEngine::lastSuccessChanged, this, &SyncStatus::changed);
    connect(engine, &SyncEngine::retryScheduled, this, [this](const SyncError &error, int delayMs) {
        m_retrying = true;
        const int seconds = std::max(1, delayMs / 1000);
        const QString retry =
            QCoreApplication::translate("SyncStatus", "Trying again in %n second(s).", "", seconds);
        setError(error.message(fieldlabels::uiLanguage()) + QLatin1Char(' ') + retry);
    });
    connect(engine, &SyncEngine::signedOut, this, [this] {
        setError(QCoreApplication::translate("SyncStatus", "The server no longer accepts your sign-in. "
                                                           "Sign in again to keep synchronising."));
        emit tokenRefused();
    });
    connect(engine, &SyncEngine::upgradeRequired, this, [this] {
        setError(QCoreApplication::translate("SyncStatus",
                                             "This version of the app is too old for the server. "
                                             "Please install the update."));
    });
    connect(engine, &SyncEngine::finished, this, [this, engine](bool ok) {
        m_syncing = false;
        m_retrying = false;
        const SyncRoundReport report = engine->lastReport();
        m_lastPulled = report.pulled;
        m_lastRejected = report.rejected;
        if (ok) {
            m_initial = false;
            setError({});
        } else if (engine->lastError().isError() && m_errorText.isEmpty()) {
            setError(engine->lastError().message(fieldlabels::uiLanguage()));
        }
        if (report.pulled > 0 || report.rejected > 0)
            emit dataPulled();
        emit changed();
        emit roundFinished(ok);
    });
    engine->setBackgroundInterval(kBackgroundIntervalMs);
    emit changed();
}

void SyncStatus::stop()
{
    m_soon.stop();
    m_engine.reset();
    m_syncing = m_retrying = m_initial = false;
    m_errorText.clear();
    emit changed();
}

int SyncStatus::pendingCount() const
{
    return m_store ? m_store->pendingCount() : 0;
}

QDateTime SyncStatus::lastSuccess() const
{
    return m_store ? m_store->lastSuccess() : QDateTime();
}

QString SyncStatus::lastSuccessText() const
{
    const QDateTime when = lastSuccess();
    if (!when.isValid())
        return QCoreApplication::translate("SyncStatus", "Not synchronised yet");
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const qint64 days = local.date().daysTo(QDate::currentDate());
    if (days == 0)
        return QCoreApplication::translate("SyncStatus", "Last synchronised today at %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("SyncStatus", "Last synchronised yesterday at %1").arg(time);
    return QCoreApplication::translate("SyncStatus", "Last synchronised on %1 at %2")
        .arg(fieldlabels::shortDate(local.date()), time);
}

QString SyncStatus::summary() const
{
    if (m_syncing)
        return m_initial ? QCoreApplication::translate("SyncStatus", "Downloading your data…")
                         : QCoreApplication::translate("SyncStatus", "Synchronising…");
    const int pending = pendingCount();
    if (pending > 0)
        return QCoreApplication::translate("SyncStatus", "%n change(s) waiting to be sent", "", pending);
    return QCoreApplication::translate("SyncStatus", "Everything sent");
}

double SyncStatus::progress() const
{
    if (m_estimated <= 0)
        return -1.0;
    return std::min(1.0, double(m_received) / double(m_estimated));
}

void SyncStatus::syncNow()
{
    if (!m_engine) {
        setError(QCoreApplication::translate("SyncStatus", "Sign in again to synchronise."));
        return;
    }
    m_soon.stop();
    m_engine->cancelRetry();
    m_engine->sync();
}

void SyncStatus::localWrite()
{
    emit changed();
    if (m_engine)
        m_soon.start();
}

void SyncStatus::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit changed();
}

} // namespace verrijkt
