#include "simrun.h"

#include <QLoggingCategory>

namespace verrijkt::synctesting {

QList<quint64> simSeeds(const QList<quint64> &ciSeeds)
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("VERRIJKT_SIM_SEED").toULongLong(&ok);
    const int soak = qEnvironmentVariableIntValue("VERRIJKT_SIM_SOAK");
    if (soak > 0) {
        QList<quint64> out;
        const quint64 first = ok ? seed : 1000;
        for (int i = 0; i < soak; ++i)
            out << first + static_cast<quint64>(i);
        return out;
    }
    if (ok)
        return {seed};
    return ciSeeds;
}

int simOperations(int ciDefault)
{
    const int ops = qEnvironmentVariableIntValue("VERRIJKT_SIM_OPS");
    return ops > 0 ? ops : ciDefault;
}

void quietSimLogs()
{
    if (qEnvironmentVariableIsSet("VERRIJKT_SIM_VERBOSE"))
        return;
    // A simulation provokes thousands of retries and rejections on purpose.
    QLoggingCategory::setFilterRules(QStringLiteral("verrijkt.*.debug=false\nverrijkt.*.info=false\n"
                                                    "verrijkt.*.warning=false\nqt.network.*=false"));
}

} // namespace verrijkt::synctesting
