#include "ratelimiter.h"

#include <cmath>
#include <limits>

namespace Ferry {

RateLimiter::RateLimiter(qint64 bytesPerSecond, RateLimiter *parent)
    : m_parent(parent)
{
    m_clock.start();
    setRate(bytesPerSecond);
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    m_rate = qMax<qint64>(0, bytesPerSecond);
    m_tokens = 0;
    m_lastNs = m_clock.nsecsElapsed();
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (m_rate > 0) {
        const double burst = qMax(16.0 * 1024, double(m_rate) / 4);
        m_tokens = qMin(burst, m_tokens + double(now - m_lastNs) * double(m_rate) / 1e9);
    }
    m_lastNs = now;
}

qint64 RateLimiter::available()
{
    qint64 mine = std::numeric_limits<qint64>::max();
    if (m_rate > 0) {
        refill();
        mine = qint64(m_tokens);
    }
    return m_parent ? qMin(mine, m_parent->available()) : mine;
}

void RateLimiter::take(qint64 bytes)
{
    if (m_rate > 0)
        m_tokens -= double(bytes);
    if (m_parent)
        m_parent->take(bytes);
}

qint64 RateLimiter::acquire(qint64 wanted)
{
    const qint64 n = qMin(wanted, available());
    if (n > 0)
        take(n);
    return qMax<qint64>(0, n);
}

int RateLimiter::msUntilAvailable()
{
    int wait = 0;
    if (m_rate > 0) {
        refill();
        // Wait for a worthwhile chunk (4 KiB or 1/50 s of rate), not for one byte.
        const double want = qMin(4096.0, qMax(1.0, double(m_rate) / 50));
        if (m_tokens < want)
            wait = int(std::ceil((want - m_tokens) * 1000.0 / double(m_rate)));
    }
    return m_parent ? qMax(wait, m_parent->msUntilAvailable()) : wait;
}

} // namespace Ferry
