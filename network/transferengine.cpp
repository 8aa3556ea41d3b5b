#include "transferengine.h"

#include "clock.h"
#include "jobqueue.h"
#include "networkstatus.h"
#include "scheduler.h"
#include "transferledger.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "ferry.network.engine")

namespace Ferry {

struct TransferEngine::Active
{
    JobId id;
    std::unique_ptr<FileTransfer> transfer;
    std::unique_ptr<Download> next; // the next file's request, sent while this one ends
    std::unique_ptr<RateLimiter> limiter;
    QTimer checkpointTimer;
    qint64 bytesAtCheckpoint = 0;
};

int TransferEngine::connectionsOf(const JobId &id) const
{
    const Active *a = m_active.value(id);
    return a && a->transfer ? a->transfer->connections() : 0;
}

TransferEngine::TransferEngine(JobQueue *queue, TransferLedger *ledger,
                               QNetworkAccessManager *network, const Clock *clock,
                               const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_ledger(ledger)
    , m_network(network)
    , m_clock(clock)
    , m_settings(settings)
    , m_factory(network, clock, settings.transfers)
    , m_retries(clock)
    , m_globalLimit(settings.downloadLimit)
    , m_globalUploadLimit(settings.uploadLimit)
{
    m_scheduleTimer.setSingleShot(true);
    m_scheduleTimer.setInterval(0);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &TransferEngine::schedule);
    // Round-robin needs a look at the queue when slices end, even when nothing else changes.
    m_sliceTimer = clock->timer(
        this,
        [this]() {
            scheduleSoon();
            m_sliceTimer->start(qMin<qint64>(m_settings.timeSliceMs, 60000));
        },
        "slice");
    m_sliceTimer->start(qMin<qint64>(settings.timeSliceMs, 60000));

    connect(queue, &JobQueue::jobAdded, this, &TransferEngine::onCommanded);
    connect(queue, &JobQueue::jobCommanded, this, &TransferEngine::onCommanded);
    connect(queue, &JobQueue::jobRemoved, this, &TransferEngine::onJobRemoved);
    connect(&m_retries, &RetryPolicy::retryDue, this, &TransferEngine::onRetryDue);
    connect(&m_retries, &RetryPolicy::expired, this,
            [this](const JobId &id) { m_ledger->expireTransient(id); });
    QList<JobId> toComplete;
    for (const JobId &id : queue->jobIds()) {
        waitAfterError(id, -1);
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
}

void TransferEngine::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_factory.setOptions(settings.transfers);
    for (Active *a : std::as_const(m_active))
        dropPrefetch(a); // asked with the old settings
    m_globalLimit.setRate(settings.downloadLimit);
    m_globalUploadLimit.setRate(settings.uploadLimit);
    scheduleSoon();
}

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

void TransferEngine::scheduleSoon()
{
    if (!m_scheduleTimer.isActive())
        m_scheduleTimer.start();
}

void TransferEngine::onCommanded(const JobId &id)
{
    const Job *job = m_queue->job(id);
    if (!job)
        return;
    if (Active *a = m_active.value(id)) {
        dropPrefetch(a); // asked with the job as it was
        const bool running
            = job->state == JobState::Connecting || job->state == JobState::Transferring;
        const int index = a->transfer->fileIndex();
        if (!running || index >= job->files.size()
            || job->files.at(index).remoteUrl != a->transfer->file().remoteUrl) {
            // Suspended, failed, or its URL changed (SetRemoteName): stop; the scheduler
            // starts it again if it still wants to run.
            stopTransfer(id);
        } else {
            a->limiter->setRate(job->speedLimit); // the job's own limit may have changed
        }
    }
    waitAfterError(id, -1);
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
    m_retries.forget(id);
    m_lastStartMs.remove(id);
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
                                                    m_clock->elapsedMs(), m_settings.timeSliceMs);
    for (const JobId &id : d.preempt) {
        stopTransfer(id);
        m_ledger->setTransferState(id, JobState::Queued); // keeps the partial data
    }
    for (const JobId &id : d.start)
        startJob(id);
}

void TransferEngine::startJob(const JobId &id)
{
    const Job *job = m_queue->job(id);
    const int index = job ? job->currentFileIndex() : -1;
    if (index < 0) {
        m_ledger->markTransferred(id);
        return;
    }
    if (m_ledger->setTransferState(id, JobState::Connecting).isError())
        return;
    auto *a = new Active;
    a->id = id;
    a->limiter = std::make_unique<RateLimiter>(
        job->speedLimit, job->type == JobType::Download ? &m_globalLimit : &m_globalUploadLimit);
    a->checkpointTimer.setInterval(m_settings.checkpointMs);
    connect(&a->checkpointTimer, &QTimer::timeout, this, [this, a]() { checkpoint(a); });
    m_active.insert(id, a);
    m_lastStartMs.insert(id, m_clock->elapsedMs());
    m_retries.forget(id, true);
    startFile(a, index);
}

void TransferEngine::startFile(Active *a, int fileIndex)
{
    if (a->next && a->next->fileIndex() != fileIndex)
        dropPrefetch(a);
    const Job *job = m_queue->job(a->id);
    const JobFile &file = job->files.at(fileIndex);
    if (a->next)
        a->transfer = std::move(a->next);
    else
        a->transfer = m_factory.create(*job, fileIndex);
    qCDebug(lcEngine) << "file" << fileIndex << "of" << a->id.toString() << "from"
                      << file.bytesTransferred;
    a->transfer->setRateLimiter(a->limiter.get());
    a->bytesAtCheckpoint = file.bytesTransferred;
    FileTransfer *t = a->transfer.get();
    connect(t, &FileTransfer::responseStarted, this,
            [this, a](const JobFile &f) { onResponse(a, f); });
    connect(t, &FileTransfer::checkpointNeeded, this, [this, a]() { storeDurable(a); });
    connect(t, &FileTransfer::progress, this, [this, a](qint64 done, qint64 total) {
        const JobId id = a->id;
        m_ledger->setFileProgress(id, a->transfer->fileIndex(), done, total);
        if (done - a->bytesAtCheckpoint >= m_settings.checkpointBytes)
            checkpoint(a);
        if (m_active.value(id) == a) // a failed sync may have ended the transfer
            prefetchNext(a, done, total);
    });
    connect(t, &FileTransfer::replyProgress, this, [this, a](qint64 done, qint64 total) {
        m_ledger->setReplyProgress(a->id, done, total);
    });
    connect(t, &FileTransfer::replyFileCreated, this,
            [this, a](const FileIdentity &identity) { m_ledger->setReplyPart(a->id, identity); });
    connect(t, &FileTransfer::uploadSession, this, [this, a](const QUrl &url) {
        if (const Result r = m_ledger->setUploadSession(a->id, url); r.isError()) {
            // Without the stored URL a crash would lose the upload: do not send to it.
            onFailed(a,
                     TransferFailure::make(r, ErrorContext::GeneralQueueManager, true,
                                           a->transfer->fileIndex()));
            return;
        }
        rememberUploadSession(a->id);
    });
    connect(t, &FileTransfer::protocolChosen, this,
            [this, a, fileIndex](UploadProtocol p) { onProtocolChosen(a, fileIndex, p); });
    connect(t, &FileTransfer::finished, this, [this, a]() { onFileFinished(a); });
    connect(t, &FileTransfer::failed, this,
            [this, a](const TransferFailure &f) { onFailed(a, f); });
    a->checkpointTimer.start();
    t->start();
}

void TransferEngine::prefetchNext(Active *a, qint64 done, qint64 total)
{
    // Only the end of a download (what is left fits in one read buffer) asks for the next file:
    // a held answer waits seconds, not minutes. Only a file that has not started is asked for
    // ahead; nothing of it is written before it is the current file (docs/adr/0002).
    const qint64 buffer = m_settings.transfers.download.stream.readBufferSize;
    if (a->next || total == SizeUnknown || total - done > buffer)
        return;
    // Under a speed limit the end of a file may take minutes: a server would drop the held
    // answer long before, and one round trip is nothing next to the limit.
    if (a->limiter->rate() > 0 || m_globalLimit.rate() > 0)
        return;
    const Job *job = m_queue->job(a->id);
    if (!job || job->type != JobType::Download)
        return;
    int index = a->transfer->fileIndex() + 1;
    while (index < job->files.size() && job->fileTransferred(index))
        ++index;
    if (index >= job->files.size())
        return;
    const JobFile &file = job->files.at(index);
    if (file.bytesTransferred != 0 || file.bytesTotal != SizeUnknown || !file.segments.isEmpty())
        return;
    a->next = m_factory.download(*job, index);
    a->next->prefetch();
}

void TransferEngine::dropPrefetch(Active *a)
{
    if (!a->next)
        return;
    a->next->abort();
    a->next.release()->deleteLater();
}

void TransferEngine::onProtocolChosen(Active *a, int fileIndex, UploadProtocol protocol)
{
    // Stored before the upload starts, so a restart goes on with the same protocol.
    if (const Result r = m_ledger->setUploadProtocol(a->id, protocol); r.isError()) {
        onFailed(a, TransferFailure::make(r, ErrorContext::GeneralQueueManager, true, fileIndex));
        return;
    }
    qCInfo(lcEngine) << a->id.toString() << "uploads with" << protocolName(protocol);
    a->transfer->disconnect(this);
    a->transfer.release()->deleteLater();
    startFile(a, fileIndex);
}

void TransferEngine::onResponse(Active *a, const JobFile &file)
{
    const JobId id = a->id;
    const int index = a->transfer->fileIndex();
    const Job *job = m_queue->job(id);
    if (job->files.at(index).localPath != file.localPath)
        m_ledger->setFileLocalPath(id, index, file.localPath);
    m_ledger->setFileValidators(id, index, file.etag, file.lastModified);
    if (file.integrity.expected != job->files.at(index).integrity.expected)
        m_ledger->setFileDigest(id, index, file.integrity); // the server's header, or none now
    m_ledger->setFileProgress(id, index, file.bytesTransferred, file.bytesTotal);
    if (job->state == JobState::Connecting)
        m_ledger->setTransferState(id, JobState::Transferring);
    prefetchNext(a, file.bytesTransferred, file.bytesTotal);
}

void TransferEngine::storeDurable(Active *a)
{
    // Invariant 1: only what was synced is stored.
    m_ledger->setFileDurable(a->id, a->transfer->fileIndex(), a->transfer->durable());
    m_ledger->checkpoint(a->id);
}

void TransferEngine::checkpoint(Active *a)
{
    if (!a->transfer->sync())
        return; // the transfer reports the failure
    storeDurable(a);
    const qint64 durable = a->transfer->durable().bytesTransferred;
    if (durable > a->bytesAtCheckpoint)
        m_retries.progressed(a->id);
    a->bytesAtCheckpoint = durable;
}

void TransferEngine::onFileFinished(Active *a)
{
    const JobId id = a->id;
    storeDurable(a);
    m_retries.progressed(id);
    const Job *job = m_queue->job(id);
    const int next = job ? job->currentFileIndex() : -1;
    if (next >= 0) {
        a->transfer->disconnect(this);
        a->transfer.release()->deleteLater();
        startFile(a, next);
        return;
    }
    stopTransfer(id);
    m_uploadSessions.remove(id); // the server has it all: a Cancel leaves it alone now
    m_ledger->markTransferred(id);
    scheduleSoon();
}

void TransferEngine::onFailed(Active *a, const TransferFailure &failure)
{
    const JobId id = a->id;
    const int index = a->transfer->fileIndex();
    const JobFile file = a->transfer->durable();
    if (failure.error.code == Result::BG_E_REMOTE_FILE_CHANGED) {
        // The file changed under a segmented download: it starts over, as one stream, now.
        JobFile fresh = file;
        fresh.bytesTransferred = 0;
        fresh.bytesTotal = SizeUnknown;
        fresh.segments.clear();
        m_ledger->setFileDurable(id, index, fresh);
        m_ledger->setFileValidators(id, index, QString(), QDateTime());
        m_ledger->setFileDigest(id, index, {}); // a header's digest was of the old file
        m_ledger->checkpoint(id);
        a->transfer->disconnect(this);
        a->transfer.release()->deleteLater();
        startFile(a, index);
        return;
    }
    const bool progressed = file.bytesTransferred > a->bytesAtCheckpoint;
    stopTransfer(id);
    TransferFailure reported = failure;
    if (failure.transient && failure.error.context == ErrorContext::GeneralTransport
        && !isOnline()) {
        // The network went away under the transfer: not the server's fault, not counted.
        reported.error.code = Result::BG_E_NETWORK_DISCONNECTED;
        reported.error.description = reported.error.code.message();
    }
    qCInfo(lcEngine) << id.toString() << failure.error.code.name() << failure.error.description;
    m_ledger->setFileDurable(id, index, file);
    if (m_queue->job(id)->type != JobType::Download) // the source's size and time
        m_ledger->setFileValidators(id, index, file.etag, file.lastModified);
    m_ledger->reportError(id, reported.error, reported.transient);
    if (progressed)
        m_retries.progressed(id);
    waitAfterError(id, failure.retryAfterSeconds);
    scheduleSoon();
}

void TransferEngine::waitAfterError(const JobId &id, qint64 retryAfterSeconds)
{
    const Job *job = m_queue->job(id);
    if (!job || job->state != JobState::TransientError) {
        // A job that goes on keeps counting towards its NoProgressTimeout.
        const bool goesOn = job
            && (job->state == JobState::Queued || job->state == JobState::Connecting
                || job->state == JobState::Transferring);
        m_retries.forget(id, goesOn);
        return;
    }
    if (job->error.code == Result::BG_E_NETWORK_DISCONNECTED && !isOnline())
        m_retries.holdForNetwork(id); // the network coming back is the signal, not a timer
    else
        m_retries.wait(*job, retryAfterSeconds);
}

void TransferEngine::onRetryDue(const JobId &id)
{
    const Job *job = m_queue->job(id);
    if (!job || job->state != JobState::TransientError)
        return;
    m_ledger->setTransferState(id, JobState::Queued);
    scheduleSoon();
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
            m_retries.forget(id, true);
            m_ledger->setTransferState(id, JobState::Queued);
            continue;
        }
        stopTransfer(id);
        m_ledger->reportError(id,
                              TransferFailure::make(Result::BG_E_NETWORK_DISCONNECTED,
                                                    ErrorContext::GeneralTransport, true, -1)
                                  .error,
                              true);
        waitAfterError(id, -1);
    }
    scheduleSoon();
}

void TransferEngine::stopTransfer(const JobId &id)
{
    Active *a = m_active.take(id);
    if (!a)
        return;
    a->checkpointTimer.stop();
    dropPrefetch(a);
    if (a->transfer) {
        a->transfer->disconnect(this);
        a->transfer->abort();
        // Keep the durable progress of a stopped transfer (the job may be gone already).
        if (m_queue->job(id))
            storeDurable(a);
        a->transfer.release()->deleteLater();
    }
    delete a;
}

} // namespace Ferry
