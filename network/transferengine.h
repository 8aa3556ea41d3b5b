#pragma once

#include "httpdownload.h"
#include "jobid.h"
#include "ratelimiter.h"
#include "segmenteddownload.h"
#include "tusupload.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Ferry {

class Clock;
class JobQueue;
class NetworkStatus;

// Makes QUEUED jobs move bytes: asks the Scheduler which jobs may run, drives each one file after
// the other through a FileTransfer (downloads: HttpDownload/SegmentedDownload; uploads:
// HttpUpload for PUT and POST, TusUpload for tus), checkpoints durable progress into the queue,
// turns failures into TRANSIENT_ERROR/ERROR and retries transient ones after MinimumRetryDelay (or
// the server's Retry-After), failing them once NoProgressTimeout passes without progress.
class TransferEngine : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxBackgroundTransfers = 3;
        qint64 timeSliceMs = 5 * 60 * 1000;
        int checkpointMs = 2000;
        qint64 checkpointBytes = qint64(32) << 20;
        qint64 downloadLimit = 0; // bytes per second for all downloads together; 0: none
        qint64 uploadLimit = 0; // bytes per second for all uploads together; 0: none
        // How long one second of MinimumRetryDelay, Retry-After and NoProgressTimeout lasts.
        // Tests shrink it so a 5 s retry delay passes in 50 ms; 1000 otherwise.
        int msPerSecond = 1000;
        HttpDownload::Options download;
        // Segmented downloads: files of at least segmentThreshold bytes on servers that take
        // ranges are fetched over `segments` connections (1: never).
        int segments = 4;
        qint64 segmentThreshold = qint64(4) << 20;
        qint64 minSegment = qint64(1) << 20;
        // Uploads use download.stallTimeoutMs too.
        TusUpload::Options tus;
    };

    TransferEngine(JobQueue *queue, QNetworkAccessManager *network, const Clock *clock,
                   const Settings &settings, QObject *parent = nullptr);
    ~TransferEngine() override;
    Q_DISABLE_COPY_MOVE(TransferEngine)

    void setSettings(const Settings &settings);
    // Offline, nothing starts and transfers wait in TRANSIENT_ERROR (BG_E_NETWORK_DISCONNECTED)
    // without retry timers; back online, every TRANSIENT_ERROR job is queued again (spec §2.2).
    void setNetworkStatus(NetworkStatus *status);
    const Settings &settings() const { return m_settings; }
    // A job's own limit in bytes per second (0: none), on top of the global one (downloads and
    // uploads each have theirs).
    void setJobLimit(const JobId &id, qint64 bytesPerSecond);

    // Looks at the queue now (at start, and after the settings change).
    void scheduleSoon();
    int activeCount() const { return int(m_active.size()); }

private:
    struct Transfer;
    // The job's own number of connections, or the engine's.
    int segmentsFor(const Job &job) const;
    void schedule();
    void onJobChanged(const JobId &id);
    void onJobRemoved(const JobId &id, JobState finalState);
    void startJob(const JobId &id);
    void startFile(Transfer *t, int fileIndex);
    void prefetchNext(Transfer *t, qint64 done, qint64 total);
    void dropPrefetch(Transfer *t);
    FileTransfer *makeTransfer(const Job &job, int fileIndex) const;
    void rememberUploadSession(const JobId &id);
    void stopTransfer(const JobId &id);
    void checkpoint(Transfer *t);
    void onResponse(Transfer *t, const JobFile &file);
    bool switchToSegments(Transfer *t, const JobFile &file);
    void onProtocolChosen(Transfer *t, int fileIndex, UploadProtocol protocol);
    void storeDurable(Transfer *t);
    void onFileFinished(Transfer *t);
    void onFailed(Transfer *t, const TransferFailure &failure);
    void armRetry(const JobId &id, qint64 delayMs);
    void armTransientTimers(const JobId &id);
    void onRetryDue(const JobId &id);
    void onOnlineChanged(bool online);
    bool isOnline() const;

    JobQueue *m_queue;
    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    NetworkStatus *m_networkStatus = nullptr;
    Settings m_settings;
    RateLimiter m_globalLimit;
    RateLimiter m_globalUploadLimit;
    // Unfinished tus uploads by job: a Cancel terminates them on the server (DELETE).
    QHash<JobId, Job> m_uploadSessions;
    QHash<JobId, qint64> m_jobLimits;
    QHash<JobId, Transfer *> m_active;
    QHash<JobId, QTimer *> m_retryTimers;
    QHash<JobId, qint64> m_lastStartMs;
    QHash<JobId, qint64> m_retryAfterMs; // the server's Retry-After for the pending retry
    QHash<JobId, qint64> m_noProgressSinceMs; // first transient error without progress since
    QTimer m_scheduleTimer;
    QTimer m_sliceTimer;
    QElapsedTimer m_monotonic;
    bool m_changing = false; // our own queue calls must not re-enter onJobChanged
};

} // namespace Ferry
