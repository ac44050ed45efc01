#include "hlc.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace verrijkt {

namespace {
constexpr int kMillisDigits = 18;
constexpr int kCounterDigits = 8; // hexadecimal: the full 32-bit counter in fixed width

// Node ids are device ids (UUIDs, host names): visible ASCII without whitespace, so the text form
// stays one token and sorts by its bytes.
bool isValidNode(const QString &node)
{
    if (node.isEmpty() || node.size() > 128)
        return false;
    return std::all_of(node.begin(), node.end(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}
} // namespace

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(millis, kMillisDigits, 10, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 16, QLatin1Char('0'))
        .arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::fromString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{18})-([0-9a-f]{8})-(.+)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    HlcTimestamp ts;
    bool ok = false;
    ts.millis = match.captured(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    ts.counter = match.captured(2).toUInt(&ok, 16);
    if (!ok)
        return std::nullopt;
    ts.node = match.captured(3);
    if (!isValidNode(ts.node))
        return std::nullopt;
    return ts;
}

HybridLogicalClock::HybridLogicalClock(QString node, WallClock wall)
    : m_node(std::move(node)),
      m_wall(wall ? std::move(wall) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

namespace {
// Advances (millis, counter) by one logical tick; the counter's overflow carries into millis so the
// clock never goes backwards, even in the absurd case of 2^32 events in one millisecond.
void tick(HlcTimestamp &ts, std::uint32_t fromCounter)
{
    if (fromCounter == std::numeric_limits<std::uint32_t>::max()) {
        ++ts.millis;
        ts.counter = 0;
    } else {
        ts.counter = fromCounter + 1;
    }
}
} // namespace

HlcTimestamp HybridLogicalClock::now()
{
    const std::int64_t wall = m_wall();
    HlcTimestamp next;
    next.node = m_node;
    if (wall > m_last.millis) {
        next.millis = wall;
        next.counter = 0;
    } else {
        next.millis = m_last.millis;
        tick(next, m_last.counter);
    }
    m_last = next;
    return next;
}

HlcTimestamp HybridLogicalClock::receive(const HlcTimestamp &remote)
{
    const std::int64_t wall = m_wall();
    HlcTimestamp next;
    next.node = m_node;
    next.millis = std::max({m_last.millis, remote.millis, wall});
    if (next.millis == m_last.millis && next.millis == remote.millis)
        tick(next, std::max(m_last.counter, remote.counter));
    else if (next.millis == m_last.millis)
        tick(next, m_last.counter);
    else if (next.millis == remote.millis)
        tick(next, remote.counter);
    else
        next.counter = 0;
    m_last = next;
    return next;
}

} // namespace verrijkt
