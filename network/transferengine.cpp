#include "transferengine.h"

#include "clock.h"
#include "jobqueue.h"
#include "scheduler.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcEngine, "ferry.network.engine")

namespace Ferry {

struct TransferEngine::Transfer
{
    JobId id;
    std::unique_ptr<HttpDownload> download;
    std::unique_ptr<RateLimiter> limiter;
    QTimer checkpointTimer;
    qint64 bytesAtCheckpoint = 0;
};

TransferEngine::TransferEngine(JobQueue *queue, QNetworkAccessManager *network, const Clock *clock,
                               const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_network(network)
    , m_clock(clock)
    , m_settings(settings)
    , m_globalLimit(settings.downloadLimit)
{
    m_monotonic.start();
    m_scheduleTimer.setSingleShot(true);
    m_scheduleTimer.setInterval(0);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &TransferEngine::schedule);
    // Round-robin needs a look at the queue when slices end, even when nothing else changes.
    m_sliceTimer.setInterval(int(qMin<qint64>(settings.timeSliceMs, 60000)));
    connect(&m_sliceTimer, &QTimer::timeout, this, &TransferEngine::scheduleSoon);
    m_sliceTimer.start();

    connect(queue, &JobQueue::jobAdded, this, &TransferEngine::onJobChanged);
    connect(queue, &JobQueue::jobChanged, this, &TransferEngine::onJobChanged);
    connect(queue, &JobQueue::jobRemoved, this, &TransferEngine::onJobRemoved);
    QList<JobId> toComplete;
    for (const JobId &id : queue->jobIds()) {
        armTransientTimers(id);
        const Job *job = queue->job(id);
        if (job->state == JobState::Transferred && job->autoComplete)
            toComplete.append(id);
    }
    // An auto-complete job that was TRANSFERRED when the process ended (perhaps in the middle of
    // Complete) is completed now; Complete is idempotent.
    QMetaObject::invokeMethod(
        this,
        [this, toComplete]() {
            for (const JobId &id : toComplete)
                m_queue->complete(id);
        },
        Qt::QueuedConnection);
    scheduleSoon();
}

TransferEngine::~TransferEngine()
{
    const QList<JobId> active = m_active.keys();
    for (const JobId &id : active)
        stopTransfer(id);
    qDeleteAll(m_retryTimers);
}

void TransferEngine::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_globalLimit.setRate(settings.downloadLimit);
    scheduleSoon();
}

void TransferEngine::setJobLimit(const JobId &id, qint64 bytesPerSecond)
{
    if (bytesPerSecond > 0)
        m_jobLimits.insert(id, bytesPerSecond);
    else
        m_jobLimits.remove(id);
    if (Transfer *t = m_active.value(id))
        t->limiter->setRate(bytesPerSecond);
}

void TransferEngine::scheduleSoon()
{
    if (!m_scheduleTimer.isActive())
        m_scheduleTimer.start();
}

void TransferEngine::onJobChanged(const JobId &id)
{
    if (m_changing)
        return;
    const Job *job = m_queue->job(id);
    if (!job)
        return;
    if (Transfer *t = m_active.value(id)) {
        const bool running
            = job->state == JobState::Connecting || job->state == JobState::Transferring;
        const int index = t->download->fileIndex();
        if (!running || index >= job->files.size()
            || job->files.at(index).remoteUrl != t->download->file().remoteUrl) {
            // Suspended, failed, or its URL changed (SetRemoteName): stop; the scheduler
            // starts it again if it still wants to run.
            stopTransfer(id);
        }
    }
    armTransientTimers(id);
    scheduleSoon();
}

void TransferEngine::onJobRemoved(const JobId &id)
{
    stopTransfer(id);
    delete m_retryTimers.take(id);
    m_lastStartMs.remove(id);
    m_retryAfterMs.remove(id);
    m_noProgressSinceMs.remove(id);
    m_jobLimits.remove(id);
    scheduleSoon();
}

void TransferEngine::schedule()
{
    QList<Scheduler::Candidate> candidates;
    const QList<JobId> &ids = m_queue->jobIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Job *job = m_queue->job(ids.at(i));
        // Uploads have their own protocols and are not moved by this engine yet.
        if (job->type != JobType::Download)
            continue;
        const bool running = m_active.contains(job->id);
        if (job->state != JobState::Queued && !running)
            continue;
        candidates.append({ job->id, job->priority, running, m_lastStartMs.value(job->id, -1), i });
    }
    const Scheduler::Decision d = Scheduler::decide(candidates, m_settings.maxBackgroundTransfers,
                                                    m_monotonic.elapsed(), m_settings.timeSliceMs);
    for (const JobId &id : d.preempt) {
        stopTransfer(id);
        QScopedValueRollback guard(m_changing, true);
        m_queue->setTransferState(id, JobState::Queued); // keeps the partial data
    }
    for (const JobId &id : d.start)
        startJob(id);
}

void TransferEngine::startJob(const JobId &id)
{
    const Job *job = m_queue->job(id);
    const int index = job ? job->currentFileIndex() : -1;
    if (index < 0) {
        QScopedValueRollback guard(m_changing, true);
        m_queue->markTransferred(id);
        return;
    }
    {
        QScopedValueRollback guard(m_changing, true);
        if (m_queue->setTransferState(id, JobState::Connecting).isError())
            return;
    }
    auto *t = new Transfer;
    t->id = id;
    t->limiter = std::make_unique<RateLimiter>(m_jobLimits.value(id), &m_globalLimit);
    t->checkpointTimer.setInterval(m_settings.checkpointMs);
    connect(&t->checkpointTimer, &QTimer::timeout, this, [this, t]() { checkpoint(t); });
    m_active.insert(id, t);
    m_lastStartMs.insert(id, m_monotonic.elapsed());
    delete m_retryTimers.take(id);
    startFile(t, index);
}

void TransferEngine::startFile(Transfer *t, int fileIndex)
{
    const Job *job = m_queue->job(t->id);
    t->download = std::make_unique<HttpDownload>(m_network, *job, fileIndex, m_settings.download);
    t->download->setRateLimiter(t->limiter.get());
    t->bytesAtCheckpoint = job->files.at(fileIndex).bytesTransferred;
    HttpDownload *dl = t->download.get();
    connect(dl, &HttpDownload::responseStarted, this,
            [this, t](const JobFile &file) { onResponse(t, file); });
    connect(dl, &HttpDownload::progress, this, [this, t](qint64 done, qint64 total) {
        QScopedValueRollback guard(m_changing, true);
        m_queue->setFileProgress(t->id, t->download->fileIndex(), done, total);
        if (done - t->bytesAtCheckpoint >= m_settings.checkpointBytes)
            checkpoint(t);
    });
    connect(dl, &HttpDownload::finished, this, [this, t]() { onFileFinished(t); });
    connect(dl, &HttpDownload::failed, this,
            [this, t](const TransferFailure &f) { onFailed(t, f); });
    t->checkpointTimer.start();
    dl->start();
}

void TransferEngine::onResponse(Transfer *t, const JobFile &file)
{
    QScopedValueRollback guard(m_changing, true);
    const int index = t->download->fileIndex();
    const Job *job = m_queue->job(t->id);
    if (job->files.at(index).localPath != file.localPath)
        m_queue->setFileLocalPath(t->id, index, file.localPath);
    m_queue->setFileValidators(t->id, index, file.etag, file.lastModified);
    m_queue->setFileProgress(t->id, index, file.bytesTransferred, file.bytesTotal);
    if (job->state == JobState::Connecting)
        m_queue->setTransferState(t->id, JobState::Transferring);
}

void TransferEngine::checkpoint(Transfer *t)
{
    // Invariant 1: sync the data, then store the offset.
    if (!t->download->sync())
        return; // the download reports the failure
    const JobFile &file = t->download->file();
    QScopedValueRollback guard(m_changing, true);
    m_queue->setFileProgress(t->id, t->download->fileIndex(), t->download->syncedBytes(),
                             file.bytesTotal);
    m_queue->checkpoint(t->id);
    if (t->download->syncedBytes() > t->bytesAtCheckpoint)
        m_noProgressSinceMs.remove(t->id);
    t->bytesAtCheckpoint = t->download->syncedBytes();
}

void TransferEngine::onFileFinished(Transfer *t)
{
    const JobId id = t->id;
    const int index = t->download->fileIndex();
    const JobFile &file = t->download->file();
    {
        QScopedValueRollback guard(m_changing, true);
        m_queue->setFileProgress(id, index, file.bytesTotal, file.bytesTotal);
        m_queue->checkpoint(id);
    }
    m_noProgressSinceMs.remove(id);
    const Job *job = m_queue->job(id);
    const int next = job ? job->currentFileIndex() : -1;
    if (next >= 0) {
        t->download.release()->deleteLater();
        startFile(t, next);
        return;
    }
    stopTransfer(id);
    QScopedValueRollback guard(m_changing, true);
    m_queue->markTransferred(id);
    scheduleSoon();
}

void TransferEngine::onFailed(Transfer *t, const TransferFailure &failure)
{
    const JobId id = t->id;
    const int index = t->download->fileIndex();
    const JobFile file = t->download->file();
    const bool progressed = file.bytesTransferred > t->bytesAtCheckpoint;
    stopTransfer(id);
    qCInfo(lcEngine) << id.toString() << failure.error.code.name() << failure.error.description;
    {
        QScopedValueRollback guard(m_changing, true);
        m_queue->setFileProgress(id, index, file.bytesTransferred, file.bytesTotal);
        m_queue->reportError(id, failure.error, failure.transient);
    }
    if (progressed)
        m_noProgressSinceMs.remove(id);
    if (failure.retryAfterSeconds >= 0)
        m_retryAfterMs.insert(id, failure.retryAfterSeconds * m_settings.msPerSecond);
    armTransientTimers(id);
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

void TransferEngine::stopTransfer(const JobId &id)
{
    Transfer *t = m_active.take(id);
    if (!t)
        return;
    t->checkpointTimer.stop();
    if (t->download) {
        t->download->disconnect(this);
        t->download->abort();
        // Keep the durable progress of a stopped transfer (the job may be gone already).
        if (m_queue->job(id)) {
            QScopedValueRollback guard(m_changing, true);
            m_queue->setFileProgress(id, t->download->fileIndex(), t->download->syncedBytes(),
                                     t->download->file().bytesTotal);
            m_queue->checkpoint(id);
        }
        t->download.release()->deleteLater();
    }
    delete t;
}

} // namespace Ferry
