#pragma once

#include "jobid.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Ferry {

class Clock;
class ClockTimer;
struct Job;

// When a job in TRANSIENT_ERROR tries again, and when it gives up (spec §5.4): after its
// MinimumRetryDelay, or the server's Retry-After when that is later; or, when that comes first,
// once its NoProgressTimeout has run out since the first transient error without progress. All of
// it on the engine's Clock, so that tests advance time instead of waiting.
class RetryPolicy : public QObject
{
    Q_OBJECT
public:
    explicit RetryPolicy(const Clock *clock, QObject *parent = nullptr);
    ~RetryPolicy() override;
    Q_DISABLE_COPY_MOVE(RetryPolicy)

    // The job is in TRANSIENT_ERROR and should try again (retryAfterSeconds: the server's
    // Retry-After, -1 when it sent none). Nothing happens when it is already waiting.
    void wait(const Job &job, qint64 retryAfterSeconds = -1);
    // It waits for the network to come back instead of a timer.
    void holdForNetwork(const JobId &id);
    // Bytes of the job became durable: the NoProgressTimeout counts from its next error.
    void progressed(const JobId &id);
    // The job left TRANSIENT_ERROR (queued again, suspended, cancelled, failed for good): its
    // timer stops; `keepNoProgress` keeps the count of a job that tries again.
    void forget(const JobId &id, bool keepNoProgress = false);
    bool isWaiting(const JobId &id) const;

Q_SIGNALS:
    // Time to try again: the job goes back to QUEUED.
    void retryDue(const Ferry::JobId &id);
    // The NoProgressTimeout ran out: the job goes to ERROR.
    void expired(const Ferry::JobId &id);

private:
    struct Waiting;
    void onDue(const JobId &id);

    const Clock *m_clock;
    QHash<JobId, qint64> m_noProgressSinceMs; // the first transient error without progress since
    QHash<JobId, std::shared_ptr<Waiting>> m_waiting;
};

} // namespace Ferry
