// The transfer engine's waiting: for the network to come back (NetworkStatus), and for a
// transient error's retry (MinimumRetryDelay, Retry-After, NoProgressTimeout; spec §5).
#include "jobqueue.h"
#include "networkstatus.h"
#include "transferengine.h"

#include <QScopedValueRollback>

#include <limits>

namespace Ferry {

void TransferEngine::setNetworkStatus(NetworkStatus *status)
{
    if (m_networkStatus)
        m_networkStatus->disconnect(this);
    m_networkStatus = status;
    if (status) {
        connect(status, &NetworkStatus::onlineChanged, this, &TransferEngine::onOnlineChanged);
        if (!status->isOnline())
            onOnlineChanged(false);
    }
}

bool TransferEngine::isOnline() const
{
    return !m_networkStatus || m_networkStatus->isOnline();
}

void TransferEngine::onOnlineChanged(bool online)
{
    QList<JobId> affected;
    for (const JobId &id : m_queue->jobIds()) {
        const Job *job = m_queue->job(id);
        if (online ? job->state == JobState::TransientError
                   : (job->state == JobState::Queued || job->state == JobState::Connecting
                      || job->state == JobState::Transferring))
            affected.append(id);
    }
    for (const JobId &id : std::as_const(affected)) {
        if (online) {
            // Every job waiting after an error tries again now, whatever the error was.
            delete m_retryTimers.take(id);
            QScopedValueRollback guard(m_changing, true);
            m_queue->setTransferState(id, JobState::Queued);
            continue;
        }
        stopTransfer(id);
        QScopedValueRollback guard(m_changing, true);
        m_queue->reportError(id,
                             TransferFailure::make(Result::BG_E_NETWORK_DISCONNECTED,
                                                   ErrorContext::GeneralTransport, true, -1)
                                 .error,
                             true);
        delete m_retryTimers.take(id); // no timer: the network coming back is the signal
    }
    scheduleSoon();
}

void TransferEngine::armTransientTimers(const JobId &id)
{
    const Job *job = m_queue->job(id);
    if (!job || job->state != JobState::TransientError) {
        delete m_retryTimers.take(id);
        if (!job || job->state != JobState::Queued)
            m_noProgressSinceMs.remove(id);
        return;
    }
    if (m_retryTimers.contains(id))
        return;
    if (job->error.code == Result::BG_E_NETWORK_DISCONNECTED && !isOnline())
        return; // waits for the network, not for a timer
    // NoProgressTimeout counts from the first transient error without progress (spec §5.4).
    const qint64 now = m_monotonic.elapsed();
    const qint64 since = m_noProgressSinceMs.value(id, now);
    m_noProgressSinceMs.insert(id, since);
    const qint64 unit = m_settings.msPerSecond;
    const qint64 deadline = since + qint64(job->noProgressTimeout) * unit;
    const qint64 retryAt
        = now + qMax<qint64>(qint64(job->minimumRetryDelay) * unit, m_retryAfterMs.take(id));
    armRetry(id, qMax<qint64>(0, qMin(deadline, retryAt) - now));
}

void TransferEngine::armRetry(const JobId &id, qint64 delayMs)
{
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    timer->setInterval(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
    connect(timer, &QTimer::timeout, this, [this, id]() { onRetryDue(id); });
    delete m_retryTimers.take(id);
    m_retryTimers.insert(id, timer);
    timer->start();
}

void TransferEngine::onRetryDue(const JobId &id)
{
    if (QTimer *timer = m_retryTimers.take(id))
        timer->deleteLater();
    const Job *job = m_queue->job(id);
    if (!job || job->state != JobState::TransientError)
        return;
    const qint64 since = m_noProgressSinceMs.value(id, m_monotonic.elapsed());
    QScopedValueRollback guard(m_changing, true);
    if (m_monotonic.elapsed() - since >= qint64(job->noProgressTimeout) * m_settings.msPerSecond) {
        m_noProgressSinceMs.remove(id);
        m_queue->expireTransient(id);
        return;
    }
    m_queue->setTransferState(id, JobState::Queued);
    scheduleSoon();
}

} // namespace Ferry
