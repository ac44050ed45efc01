#pragma once

#include <QRandomGenerator>

namespace verrijkt {

struct BackoffPolicy
{
    int initialMs = 1000;   // first retry after about this long
    int maxMs = 5 * 60'000; // never wait longer than this
    double factor = 2.0;    // growth per failed attempt
};

// Exponential backoff with "equal jitter": the n-th delay is uniformly drawn from
// [base/2, base] with base = min(max, initial * factor^n). Jitter keeps a crowd of devices that lost
// the network together from hammering the server in lockstep when it comes back.
class Backoff
{
public:
    explicit Backoff(BackoffPolicy policy = {}, quint32 seed = QRandomGenerator::global()->generate());

    int nextDelayMs(); // delay before the next retry; counts one more failed attempt
    void reset();      // after a success
    int failedAttempts() const { return m_attempts; }
    const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    QRandomGenerator m_random;
    int m_attempts = 0;
};

} // namespace verrijkt
