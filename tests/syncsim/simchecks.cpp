// The invariants checked after a simulation's quiet phase (SimWorld::check).
#include "simchecks.h"

#include "blockinghttp.h"
#include "convergencechecks.h"
#include "simworld.h"

#include <QDateTime>
#include <QTimeZone>

namespace verrijkt::synctesting {

namespace {

QDate amsterdamDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).date();
}

} // namespace

QStringList checkConvergence(const ConvergenceInput &input, BlockingHttp &direct)
{
    QStringList failures;
    RecordSet all;
    QString error;
    if (!direct.pullAll(input.adminToken, QStringLiteral("sim-admin-export"), &all, nullptr, &error))
        return failures << error;
    const QDate serverToday = amsterdamDate(input.serverNowMs);

    for (SimDevice *d : input.devices) {
        const QString label = d->label();
        const DeviceMemory &who = input.memory.value(label);
        const DeviceExport held = d->exportAll();
        if (!held.error.isEmpty()) {
            failures << QStringLiteral("%1: cannot export: %2").arg(label, held.error);
            continue;
        }
        if (held.pendingMutations > 0)
            failures << QStringLiteral("%1: outbox not drained, %2 mutation(s) pending")
                            .arg(label)
                            .arg(held.pendingMutations);
        if (const QList<qint64> open = d->ledger().unacknowledged(); !open.isEmpty())
            failures << QStringLiteral("%1: %2 mutation(s) sent but never acknowledged (first n %3)")
                            .arg(label)
                            .arg(open.size())
                            .arg(open.first());
        for (const QString &v : d->ledger().violations())
            failures << QStringLiteral("%1: %2").arg(label, v);

        const RecordSet expected = filterToScope(all, {who.role, who.user, who.schools, serverToday});
        // Records the server refused for good keep the user's local values (by design).
        const QStringList diff =
            mirrorDifferences(without(expected, held.rejectedIds), without(held.records, held.rejectedIds));
        if (!diff.isEmpty())
            failures << QStringLiteral("%1 (%2) holds something else than the server's export of its scope "
                                       "(%3 excluded as rejected):\n  %4")
                            .arg(label, who.role)
                            .arg(held.rejectedIds.size())
                            .arg(diff.join(QStringLiteral("\n  ")));
        for (const QString &id :
             mirrorDifferingIds(without(expected, held.rejectedIds), without(held.records, held.rejectedIds))
                 .mid(0, 4))
            for (SimDevice *writer : input.devices)
                for (const QString &line : writer->ledger().historyOf(id))
                    failures << QStringLiteral("  history of %1 on %2: %3").arg(id, writer->label(), line);
        RecordSet served;
        if (!direct.pullAll(input.tokens.value(label), QStringLiteral("sim-export-") + label, &served,
                            nullptr, &error))
            failures << QStringLiteral("%1: export pull failed: %2").arg(label, error);
        else if (const QStringList d2 = differences(expected, served); !d2.isEmpty())
            failures << QStringLiteral("server's pull for %1 differs from the scope rules:\n  %2")
                            .arg(who.user, d2.join(QStringLiteral("\n  ")));
        failures << checkAcknowledgedWrites(label, d->ledger(), all, wire::kDefaultMaxClockSkewMs);
    }
    failures << naturalKeyDuplicates(all);
    failures << clocksAhead(all, input.serverNowMs + wire::kDefaultMaxClockSkewMs);
    return failures;
}

QStringList SimWorld::check()
{
    QStringList failures;
    if (m_restartFailures > 0)
        failures
            << QStringLiteral("%1 server restart(s) failed: %2").arg(m_restartFailures).arg(m_restartError);
    BlockingHttp direct(m_server->url());
    failures << checkConvergence({devices(), m_memory, m_tokens, m_adminToken, m_now}, direct);
    failures << checkServerTables(m_server->server().store(), devices());
    return failures;
}

} // namespace verrijkt::synctesting
