#pragma once

#include "jobid.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "transferfactory.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Ferry {

class Clock;
class ClockTimer;
class JobQueue;
class NetworkStatus;
class TransferLedger;

// Makes QUEUED jobs move bytes, and only that: asks the Scheduler which jobs may run, starts and
// stops them, drives each one file after the other through the FileTransfer the factory builds,
// and reports what happens through the TransferLedger (progress, durable checkpoints, errors,
// TRANSFERRED). Transient errors wait in the RetryPolicy; while the network is gone nothing
// starts and nothing waits for a timer. It hears only what clients change (jobCommanded),
// never its own reports.
class TransferEngine : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxBackgroundTransfers = 3;
        qint64 timeSliceMs = 5 * 60 * 1000;
        int checkpointMs = 2000; // durable progress, in real time
        qint64 checkpointBytes = qint64(32) << 20;
        qint64 downloadLimit = 0; // bytes per second for all downloads together; 0: none
        qint64 uploadLimit = 0; // bytes per second for all uploads together; 0: none
        TransferFactory::Options transfers; // stalls, one stream, segments, tus
    };

    TransferEngine(JobQueue *queue, TransferLedger *ledger, QNetworkAccessManager *network,
                   const Clock *clock, const Settings &settings, QObject *parent = nullptr);
    ~TransferEngine() override;
    Q_DISABLE_COPY_MOVE(TransferEngine)

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    // Offline, nothing starts and transfers wait in TRANSIENT_ERROR (BG_E_NETWORK_DISCONNECTED)
    // without retry timers; back online, every TRANSIENT_ERROR job is queued again (spec §2.2).
    void setNetworkStatus(NetworkStatus *status);

    // Looks at the queue now (at start, and after the settings change).
    void scheduleSoon();
    int activeCount() const { return int(m_active.size()); }
    // The connections the job's transfer uses now (0: it does not run).
    int connectionsOf(const JobId &id) const;

private:
    // A job that moves bytes now: its current file's transfer, the next file's held request,
    // its rate limiter and its checkpoint timer.
    struct Active;

    void schedule();
    void onCommanded(const JobId &id);
    void onJobRemoved(const JobId &id, JobState finalState);
    void startJob(const JobId &id);
    void startFile(Active *a, int fileIndex);
    void prefetchNext(Active *a, qint64 done, qint64 total);
    void dropPrefetch(Active *a);
    void rememberUploadSession(const JobId &id);
    void stopTransfer(const JobId &id);
    void checkpoint(Active *a);
    void storeDurable(Active *a);
    void onResponse(Active *a, const JobFile &file);
    void onProtocolChosen(Active *a, int fileIndex, UploadProtocol protocol);
    void onFileFinished(Active *a);
    void onFailed(Active *a, const TransferFailure &failure);
    void waitAfterError(const JobId &id, qint64 retryAfterSeconds);
    void onRetryDue(const JobId &id);
    void onOnlineChanged(bool online);
    bool isOnline() const;

    JobQueue *m_queue;
    TransferLedger *m_ledger;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    NetworkStatus *m_networkStatus = nullptr;
    Settings m_settings;
    TransferFactory m_factory;
    RetryPolicy m_retries;
    RateLimiter m_globalLimit;
    RateLimiter m_globalUploadLimit;
    QHash<JobId, Active *> m_active;
    // When each job last started (round-robin of the scheduler).
    QHash<JobId, qint64> m_lastStartMs;
    // Unfinished tus uploads by job: a Cancel terminates them on the server (DELETE).
    QHash<JobId, Job> m_uploadSessions;
    QTimer m_scheduleTimer; // "soon": the next pass of the event loop
    std::unique_ptr<ClockTimer> m_sliceTimer;
};

} // namespace Ferry
