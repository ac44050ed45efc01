#pragma once

#include <QString>
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>

namespace verrijkt {

// Hybrid logical clock timestamp (Kulkarni et al.): physical milliseconds, a logical counter and
// the node (device) id as a tie-breaker, so that any two timestamps are totally ordered.
struct HlcTimestamp
{
    std::int64_t millis = 0;
    std::uint32_t counter = 0;
    QString node;

    // Fixed-width text form that sorts lexicographically like the timestamp itself:
    // "000001732712345678-00000000-<node>".
    QString toString() const;
    static std::optional<HlcTimestamp> fromString(const QString &text);
    bool isNull() const { return millis == 0 && counter == 0 && node.isEmpty(); }
    // strong_ordering (not auto): QString has no <=> in Qt 6.4, so the defaulted comparison is
    // synthesised from QString's < and ==.
    friend std::strong_ordering operator<=>(const HlcTimestamp &, const HlcTimestamp &) = default;
    friend bool operator==(const HlcTimestamp &, const HlcTimestamp &) = default;
};

// A node's clock. `now()` for a local event, `receive()` when a remote timestamp is seen.
class HybridLogicalClock
{
public:
    using WallClock = std::function<std::int64_t()>; // Unix milliseconds
    explicit HybridLogicalClock(QString node, WallClock wall = {});

    HlcTimestamp now();
    HlcTimestamp receive(const HlcTimestamp &remote);
    HlcTimestamp last() const { return m_last; }
    void restore(const HlcTimestamp &last) { m_last = last; } // resume after restart

private:
    QString m_node;
    WallClock m_wall;
    HlcTimestamp m_last;
};

} // namespace verrijkt
