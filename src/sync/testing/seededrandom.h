#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <cstdint>

namespace verrijkt::synctesting {

// A small deterministic generator (splitmix64) for simulations: the same seed gives the same
// sequence on every platform and Qt version, which std::uniform_*_distribution does not promise.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [lo, hi] (hi >= lo).
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    template <typename List> const auto &pick(const List &list)
    {
        return list.at(static_cast<qsizetype>(next() % static_cast<quint64>(list.size())));
    }

private:
    quint64 m_state;
};

// FNV-1a: a hash that, unlike qHash, does not change between runs.
inline quint64 stableHash(const QByteArray &bytes)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

// Combines a seed with further numbers into a new seed (order matters).
inline quint64 mixSeed(quint64 seed, quint64 a, quint64 b = 0)
{
    SeededRandom r(seed ^ (a * 0x9E3779B97F4A7C15ull));
    r.next();
    SeededRandom s(r.next() ^ (b + 0x632BE59BD9B4E019ull));
    return s.next();
}

} // namespace verrijkt::synctesting
