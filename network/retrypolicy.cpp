#include "retrypolicy.h"

#include "clock.h"
#include "job.h"

namespace Ferry {

struct RetryPolicy::Waiting
{
    std::unique_ptr<ClockTimer> timer; // none: waits for the network
    qint64 deadlineMs = 0; // NoProgressTimeout runs out
    qint64 timeoutSeconds = 0;
};

RetryPolicy::RetryPolicy(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

RetryPolicy::~RetryPolicy() = default;

void RetryPolicy::wait(const Job &job, qint64 retryAfterSeconds)
{
    if (m_waiting.contains(job.id))
        return;
    // NoProgressTimeout counts from the first transient error without progress (spec §5.4).
    const qint64 now = m_clock->elapsedMs();
    const qint64 since = m_noProgressSinceMs.value(job.id, now);
    m_noProgressSinceMs.insert(job.id, since);
    auto waiting = std::make_shared<Waiting>();
    waiting->timeoutSeconds = job.noProgressTimeout;
    waiting->deadlineMs = since + qint64(job.noProgressTimeout) * 1000;
    const qint64 retryAt
        = now + qMax<qint64>(qint64(job.minimumRetryDelay) * 1000, retryAfterSeconds * 1000);
    const JobId id = job.id;
    waiting->timer = m_clock->timer(
        this, [this, id]() { onDue(id); }, "retry");
    waiting->timer->start(qMax<qint64>(0, qMin(waiting->deadlineMs, retryAt) - now));
    m_waiting.insert(id, waiting);
}

void RetryPolicy::holdForNetwork(const JobId &id)
{
    m_waiting.insert(id, std::make_shared<Waiting>());
}

void RetryPolicy::progressed(const JobId &id)
{
    m_noProgressSinceMs.remove(id);
}

void RetryPolicy::forget(const JobId &id, bool keepNoProgress)
{
    m_waiting.remove(id);
    if (!keepNoProgress)
        m_noProgressSinceMs.remove(id);
}

bool RetryPolicy::isWaiting(const JobId &id) const
{
    return m_waiting.contains(id);
}

void RetryPolicy::onDue(const JobId &id)
{
    const std::shared_ptr<Waiting> waiting = m_waiting.take(id);
    if (!waiting)
        return;
    // Its timer is the one firing now: it goes once the event loop is back.
    QMetaObject::invokeMethod(
        this, [waiting]() {}, Qt::QueuedConnection);
    if (m_clock->elapsedMs() >= waiting->deadlineMs) {
        m_noProgressSinceMs.remove(id);
        Q_EMIT expired(id);
        return;
    }
    Q_EMIT retryDue(id);
}

} // namespace Ferry
