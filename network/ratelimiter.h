#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace Ferry {

// A token bucket: at most rate bytes a second pass, with bursts of a quarter second. A limiter may
// have a parent (the global limit above a job's limit): bytes pass only when both allow them.
// Rate 0 means unlimited.
class RateLimiter
{
public:
    explicit RateLimiter(qint64 bytesPerSecond = 0, RateLimiter *parent = nullptr);

    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate; }
    void setParent(RateLimiter *parent) { m_parent = parent; }

    // How many of `wanted` bytes may pass now; those are taken from the bucket(s).
    qint64 acquire(qint64 wanted);
    // Milliseconds until some bytes may pass again (0 when they may now).
    int msUntilAvailable();

private:
    qint64 available();
    void take(qint64 bytes);
    void refill();

    qint64 m_rate = 0;
    double m_tokens = 0;
    RateLimiter *m_parent = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
};

} // namespace Ferry
