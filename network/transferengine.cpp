#include "transferengine.h"

#include "clock.h"
#include "httpupload.h"
#include "jobqueue.h"
#include "scheduler.h"
#include "uploadprobe.h"

#include <QLoggingCategory>
#include <QScopedValueRollback>

Q_LOGGING_CATEGORY(lcEngine, "ferry.network.engine")

namespace Ferry {

struct TransferEngine::Transfer
{
    JobId id;
    std::unique_ptr<FileTransfer> download;
    std::unique_ptr<HttpDownload> next; // the next file's request, sent while this one ends
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
    , m_globalUploadLimit(settings.uploadLimit)
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
        rememberUploadSession(id);
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
    for (Transfer *t : std::as_const(m_active))
        dropPrefetch(t); // asked with the old settings
    m_globalLimit.setRate(settings.downloadLimit);
    m_globalUploadLimit.setRate(settings.uploadLimit);
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

int TransferEngine::segmentsFor(const Job &job) const
{
    return job.segments > 0 ? job.segments : m_settings.segments;
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
        dropPrefetch(t); // asked with the job as it was
        const bool running
            = job->state == JobState::Connecting || job->state == JobState::Transferring;
        const int index = t->download->fileIndex();
        if (!running || index >= job->files.size()
            || job->files.at(index).remoteUrl != t->download->file().remoteUrl) {
            // Suspended, failed, or its URL changed (SetRemoteName): stop; the scheduler
            // starts it again if it still wants to run.
            stopTransfer(id);
        } else if (!m_jobLimits.contains(id)) {
            t->limiter->setRate(job->speedLimit); // the job's own limit may have changed
        }
    }
    armTransientTimers(id);
    rememberUploadSession(id);
    scheduleSoon();
}

void TransferEngine::rememberUploadSession(const JobId &id)
{
    const Job *job = m_queue->job(id);
    if (job && job->type != JobType::Download && !job->upload.sessionUrl.isEmpty()
        && !job->allFilesTransferred())
        m_uploadSessions.insert(id, *job);
    else
        m_uploadSessions.remove(id);
}

void TransferEngine::onJobRemoved(const JobId &id, JobState finalState)
{
    stopTransfer(id);
    // Cancel before the server has the whole file: the server drops its partial upload (tus
    // termination); after that, Cancel leaves the server's copy alone (spec §2.4).
    const Job session = m_uploadSessions.take(id);
    if (finalState == JobState::Cancelled && !session.upload.sessionUrl.isEmpty())
        TusUpload::terminate(m_network, session);
    delete m_retryTimers.take(id);
    m_lastStartMs.remove(id);
    m_retryAfterMs.remove(id);
    m_noProgressSinceMs.remove(id);
    m_jobLimits.remove(id);
    scheduleSoon();
}

void TransferEngine::schedule()
{
    if (!isOnline())
        return;
    QList<Scheduler::Candidate> candidates;
    const QList<JobId> &ids = m_queue->jobIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Job *job = m_queue->job(ids.at(i));
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
    t->limiter = std::make_unique<RateLimiter>(
        m_jobLimits.value(id, job->speedLimit),
        job->type == JobType::Download ? &m_globalLimit : &m_globalUploadLimit);
    t->checkpointTimer.setInterval(m_settings.checkpointMs);
    connect(&t->checkpointTimer, &QTimer::timeout, this, [this, t]() { checkpoint(t); });
    m_active.insert(id, t);
    m_lastStartMs.insert(id, m_monotonic.elapsed());
    delete m_retryTimers.take(id);
    startFile(t, index);
}

FileTransfer *TransferEngine::makeTransfer(const Job &job, int fileIndex) const
{
    HttpUpload::Options o;
    o.stallTimeoutMs = m_settings.download.stallTimeoutMs;
    TusUpload::Options tus = m_settings.tus;
    tus.stallTimeoutMs = m_settings.download.stallTimeoutMs;
    if (job.uploadProtocol() == UploadProtocol::Tus)
        return new TusUpload(m_network, job, fileIndex, tus);
    return new HttpUpload(m_network, job, fileIndex, o);
}

void TransferEngine::startFile(Transfer *t, int fileIndex)
{
    if (t->next && t->next->fileIndex() != fileIndex)
        dropPrefetch(t);
    const Job *job = m_queue->job(t->id);
    const JobFile &file = job->files.at(fileIndex);
    if (UploadProbe::needed(*job)) {
        // No protocol chosen: ask the server first (tus or PUT), then upload.
        auto *probe
            = new UploadProbe(m_network, *job, fileIndex, m_settings.download.stallTimeoutMs);
        connect(probe, &UploadProbe::protocolChosen, this,
                [this, t, fileIndex](UploadProtocol p) { onProtocolChosen(t, fileIndex, p); });
        t->download.reset(probe);
    } else if (job->type != JobType::Download) {
        t->download.reset(makeTransfer(*job, fileIndex));
    } else if (t->next && t->next->fileIndex() == fileIndex) {
        t->download = std::move(t->next);
    } else if (!file.segments.isEmpty()) {
        // A segmented download that was interrupted goes on in segments.
        SegmentedDownload::Options o;
        o.connections = qMax(1, segmentsFor(*job));
        o.minSegment = m_settings.minSegment;
        o.stallTimeoutMs = m_settings.download.stallTimeoutMs;
        o.readBufferSize = m_settings.download.readBufferSize;
        o.maxRedirects = m_settings.download.maxRedirects;
        t->download = std::make_unique<SegmentedDownload>(m_network, *job, fileIndex, o);
    } else {
        t->download
            = std::make_unique<HttpDownload>(m_network, *job, fileIndex, m_settings.download);
    }
    qCDebug(lcEngine) << "file" << fileIndex << "of" << t->id.toString()
                      << (file.segments.isEmpty() ? "as one stream" : "in segments") << "from"
                      << file.bytesTransferred;
    t->download->setRateLimiter(t->limiter.get());
    t->bytesAtCheckpoint = file.bytesTransferred;
    FileTransfer *dl = t->download.get();
    connect(dl, &FileTransfer::responseStarted, this,
            [this, t](const JobFile &f) { onResponse(t, f); });
    connect(dl, &FileTransfer::progress, this, [this, t](qint64 done, qint64 total) {
        QScopedValueRollback guard(m_changing, true);
        const JobId id = t->id;
        m_queue->setFileProgress(id, t->download->fileIndex(), done, total);
        if (done - t->bytesAtCheckpoint >= m_settings.checkpointBytes)
            checkpoint(t);
        if (m_active.value(id) == t) // a failed sync may have ended the transfer
            prefetchNext(t, done, total);
    });
    connect(dl, &FileTransfer::replyProgress, this, [this, t](qint64 done, qint64 total) {
        QScopedValueRollback guard(m_changing, true);
        m_queue->setReplyProgress(t->id, done, total);
    });
    connect(dl, &FileTransfer::replyFileCreated, this, [this, t](const FileIdentity &identity) {
        m_queue->setReplyPart(t->id, identity); // the queue does not announce it: no echo
    });
    connect(dl, &FileTransfer::uploadSession, this, [this, t](const QUrl &url) {
        QScopedValueRollback guard(m_changing, true);
        if (const Result r = m_queue->setUploadSession(t->id, url); r.isError()) {
            // Without the stored URL a crash would lose the upload: do not send to it.
            onFailed(t,
                     TransferFailure::make(r, ErrorContext::GeneralQueueManager, true,
                                           t->download->fileIndex()));
            return;
        }
        rememberUploadSession(t->id);
    });
    connect(dl, &FileTransfer::finished, this, [this, t]() { onFileFinished(t); });
    connect(dl, &FileTransfer::failed, this,
            [this, t](const TransferFailure &f) { onFailed(t, f); });
    t->checkpointTimer.start();
    dl->start();
}

void TransferEngine::prefetchNext(Transfer *t, qint64 done, qint64 total)
{
    // Only the end of a download (what is left fits in one read buffer) asks for the next file:
    // a held answer waits seconds, not minutes. Only a file that has not started is asked for
    // ahead; nothing of it is written before it is the current file (docs/adr/0002).
    if (t->next || total == SizeUnknown || total - done > m_settings.download.readBufferSize)
        return;
    // Under a speed limit the end of a file may take minutes: a server would drop the held
    // answer long before, and one round trip is nothing next to the limit.
    if (t->limiter->rate() > 0 || m_globalLimit.rate() > 0)
        return;
    const Job *job = m_queue->job(t->id);
    if (!job || job->type != JobType::Download)
        return;
    int index = t->download->fileIndex() + 1;
    while (index < job->files.size() && job->fileTransferred(index))
        ++index;
    if (index >= job->files.size())
        return;
    const JobFile &file = job->files.at(index);
    if (file.bytesTransferred != 0 || file.bytesTotal != SizeUnknown || !file.segments.isEmpty())
        return;
    t->next = std::make_unique<HttpDownload>(m_network, *job, index, m_settings.download);
    t->next->prefetch();
}

void TransferEngine::dropPrefetch(Transfer *t)
{
    if (!t->next)
        return;
    t->next->abort();
    t->next.release()->deleteLater();
}

void TransferEngine::onProtocolChosen(Transfer *t, int fileIndex, UploadProtocol protocol)
{
    const Job *job = m_queue->job(t->id);
    if (!job)
        return;
    UploadOptions options = job->upload;
    options.protocol = protocol;
    {
        // Stored before the upload starts, so a restart goes on with the same protocol.
        QScopedValueRollback guard(m_changing, true);
        if (const Result r = m_queue->setUploadOptions(t->id, options); r.isError()) {
            onFailed(t,
                     TransferFailure::make(r, ErrorContext::GeneralQueueManager, true, fileIndex));
            return;
        }
    }
    qCInfo(lcEngine) << t->id.toString() << "uploads with" << protocolName(protocol);
    t->download->disconnect(this);
    t->download.release()->deleteLater();
    startFile(t, fileIndex);
}

bool TransferEngine::switchToSegments(Transfer *t, const JobFile &file)
{
    auto *single = qobject_cast<HttpDownload *>(t->download.get());
    const int segments = segmentsFor(*m_queue->job(t->id));
    const bool validator = (!file.etag.isEmpty() && !file.etag.startsWith(QLatin1String("W/")))
        || file.lastModified.isValid();
    if (!single || segments < 2 || !single->rangesSupported() || !validator
        || file.bytesTotal < m_settings.segmentThreshold
        || file.bytesTotal - file.bytesTransferred < 2 * m_settings.minSegment)
        return false;
    // The single connection stops where its data is durable; the rest is cut into segments.
    if (!single->sync())
        return true; // the download reports the failure
    const JobFile prefix = single->durable();
    const int index = single->fileIndex();
    single->disconnect(this);
    single->abort();
    t->download.release()->deleteLater();
    JobFile planned = prefix;
    planned.segments = SegmentedDownload::plan(prefix.bytesTotal, prefix.bytesTransferred, segments,
                                               m_settings.minSegment);
    m_queue->setFileDurable(t->id, index, planned);
    m_queue->setFileValidators(t->id, index, prefix.etag, prefix.lastModified);
    if (m_queue->job(t->id)->files.at(index).localPath != prefix.localPath)
        m_queue->setFileLocalPath(t->id, index, prefix.localPath);
    m_queue->checkpoint(t->id);
    startFile(t, index);
    return true;
}

void TransferEngine::onResponse(Transfer *t, const JobFile &file)
{
    QScopedValueRollback guard(m_changing, true);
    const JobId id = t->id;
    if (switchToSegments(t, file)) {
        if (m_active.value(id) != t)
            return; // the sync before the switch failed and ended the transfer
        const Job *job = m_queue->job(id);
        if (job && job->state == JobState::Connecting)
            m_queue->setTransferState(id, JobState::Transferring);
        return;
    }
    const int index = t->download->fileIndex();
    const Job *job = m_queue->job(t->id);
    if (job->files.at(index).localPath != file.localPath)
        m_queue->setFileLocalPath(t->id, index, file.localPath);
    m_queue->setFileValidators(t->id, index, file.etag, file.lastModified);
    m_queue->setFileProgress(t->id, index, file.bytesTransferred, file.bytesTotal);
    if (job->state == JobState::Connecting)
        m_queue->setTransferState(t->id, JobState::Transferring);
    prefetchNext(t, file.bytesTransferred, file.bytesTotal);
}

void TransferEngine::storeDurable(Transfer *t)
{
    // Invariant 1: only what was synced is stored.
    QScopedValueRollback guard(m_changing, true);
    m_queue->setFileDurable(t->id, t->download->fileIndex(), t->download->durable());
    m_queue->checkpoint(t->id);
}

void TransferEngine::checkpoint(Transfer *t)
{
    if (!t->download->sync())
        return; // the download reports the failure
    storeDurable(t);
    const qint64 durable = t->download->durable().bytesTransferred;
    if (durable > t->bytesAtCheckpoint)
        m_noProgressSinceMs.remove(t->id);
    t->bytesAtCheckpoint = durable;
}

void TransferEngine::onFileFinished(Transfer *t)
{
    const JobId id = t->id;
    storeDurable(t);
    m_noProgressSinceMs.remove(id);
    const Job *job = m_queue->job(id);
    const int next = job ? job->currentFileIndex() : -1;
    if (next >= 0) {
        t->download.release()->deleteLater();
        startFile(t, next);
        return;
    }
    stopTransfer(id);
    m_uploadSessions.remove(id); // the server has it all: a Cancel leaves it alone now
    QScopedValueRollback guard(m_changing, true);
    m_queue->markTransferred(id);
    scheduleSoon();
}

void TransferEngine::onFailed(Transfer *t, const TransferFailure &failure)
{
    const JobId id = t->id;
    const int index = t->download->fileIndex();
    const JobFile file = t->download->durable();
    if (failure.error.code == Result::BG_E_REMOTE_FILE_CHANGED) {
        // The file changed under a segmented download: it starts over, as one stream, now.
        {
            QScopedValueRollback guard(m_changing, true);
            JobFile fresh = file;
            fresh.bytesTransferred = 0;
            fresh.bytesTotal = SizeUnknown;
            fresh.segments.clear();
            m_queue->setFileDurable(id, index, fresh);
            m_queue->setFileValidators(id, index, QString(), QDateTime());
            m_queue->checkpoint(id);
        }
        t->download->disconnect(this);
        t->download.release()->deleteLater();
        startFile(t, index);
        return;
    }
    const bool progressed = file.bytesTransferred > t->bytesAtCheckpoint;
    stopTransfer(id);
    TransferFailure reported = failure;
    if (failure.transient && failure.error.context == ErrorContext::GeneralTransport
        && !isOnline()) {
        // The network went away under the transfer: not the server's fault, not counted.
        reported.error.code = Result::BG_E_NETWORK_DISCONNECTED;
        reported.error.description = reported.error.code.message();
    }
    qCInfo(lcEngine) << id.toString() << failure.error.code.name() << failure.error.description;
    {
        QScopedValueRollback guard(m_changing, true);
        m_queue->setFileDurable(id, index, file);
        if (m_queue->job(id)->type != JobType::Download) // the source's size and time
            m_queue->setFileValidators(id, index, file.etag, file.lastModified);
        m_queue->reportError(id, reported.error, reported.transient);
    }
    if (progressed)
        m_noProgressSinceMs.remove(id);
    if (failure.retryAfterSeconds >= 0)
        m_retryAfterMs.insert(id, failure.retryAfterSeconds * m_settings.msPerSecond);
    armTransientTimers(id);
    scheduleSoon();
}

void TransferEngine::stopTransfer(const JobId &id)
{
    Transfer *t = m_active.take(id);
    if (!t)
        return;
    t->checkpointTimer.stop();
    dropPrefetch(t);
    if (t->download) {
        t->download->disconnect(this);
        t->download->abort();
        // Keep the durable progress of a stopped transfer (the job may be gone already).
        if (m_queue->job(id))
            storeDurable(t);
        t->download.release()->deleteLater();
    }
    delete t;
}

} // namespace Ferry
