#include "syncbackoff.h"

#include <algorithm>
#include <cmath>

namespace verrijkt {

Backoff::Backoff(BackoffPolicy policy, quint32 seed) : m_policy(policy), m_random(seed)
{
    m_policy.initialMs = std::max(1, m_policy.initialMs);
    m_policy.maxMs = std::max(m_policy.initialMs, m_policy.maxMs);
    m_policy.factor = std::max(1.0, m_policy.factor);
}

int Backoff::nextDelayMs()
{
    // Computed in double and capped before converting, so a long outage cannot overflow.
    const double grown = m_policy.initialMs * std::pow(m_policy.factor, std::min(m_attempts, 64));
    const int base = static_cast<int>(std::min<double>(m_policy.maxMs, grown));
    ++m_attempts;
    const int half = base / 2;
    return half + static_cast<int>(m_random.bounded(base - half + 1));
}

void Backoff::reset()
{
    m_attempts = 0;
}

} // namespace verrijkt
