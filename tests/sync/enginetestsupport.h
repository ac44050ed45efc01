#pragma once
// What the SyncEngine tests share (test_syncengine.cpp: rounds; test_syncengine_failures.cpp:
// retries, refusals and broken answers): an in-memory store, a scripted server, quick backoff.
#include "fakesyncstore.h"
#include "scriptedsyncserver.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <functional>

namespace verrijkt::testing {

inline const QString kHlc = QStringLiteral("000001767225600000-00000000-device");

inline SyncEngineConfig fastConfig()
{
    SyncEngineConfig c;
    c.backoff = {20, 200, 2.0};
    c.timeoutMs = 2000;
    c.seed = 42;
    return c;
}

inline QUuid uuid(int i)
{
    return QUuid(QStringLiteral("0192f5e0-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
}

inline void addEdits(FakeSyncStore &store, int count)
{
    for (int i = 0; i < count; ++i)
        store.addLocalEdit(QStringLiteral("participation"), uuid(i), {{QStringLiteral("pupils_reached"), i}},
                           kHlc);
}

// Spins the event loop until `done` holds or `timeoutMs` passed.
inline bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

inline bool runRound(SyncEngine &engine, int timeoutMs = 10000)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.sync();
    if (!finished.wait(timeoutMs))
        return false;
    return finished.first().first().toBool();
}

} // namespace verrijkt::testing
