// What the transfer engine reports about the jobs it moves, applied to the queue (spec §2.2,
// §5.4): the facts of transfers, announced to the views but not back to the engine.
#include "queueledger.h"

#include "clock.h"
#include "jobqueue.h"
#include "jobstore.h"

#include <algorithm>
#include <utility>

namespace Ferry {

namespace {

bool transferTransitionAllowed(JobState from, JobState to)
{
    switch (to) {
    case JobState::Connecting:
        return from == JobState::Queued;
    case JobState::Transferring:
        return from == JobState::Connecting || from == JobState::Queued;
    case JobState::Queued: // pre-emption, end of a time slice, retry timer, network back
        return from == JobState::Connecting || from == JobState::Transferring
            || from == JobState::TransientError;
    default:
        return false;
    }
}

} // namespace

QueueLedger::QueueLedger(JobQueue *queue)
    : m_queue(queue)
{ }

Job *QueueLedger::jobWithFile(const JobId &id, int fileIndex, Result *refusal) const
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end()) {
        *refusal = Result(Result::BG_E_NOT_FOUND, id.toString());
        return nullptr;
    }
    if (fileIndex < 0 || fileIndex >= it->files.size()) {
        *refusal = Result::E_INVALIDARG;
        return nullptr;
    }
    return &*it;
}

const Job *QueueLedger::job(const JobId &id) const
{
    return m_queue->job(id);
}

const QList<JobId> &QueueLedger::jobIds() const
{
    return m_queue->jobIds();
}

Result QueueLedger::setTransferState(const JobId &id, JobState state)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (!transferTransitionAllowed(it->state, state))
        return Result::BG_E_INVALID_STATE;
    Job copy = *it;
    if (state == JobState::Transferring)
        copy.error = {}; // the error object disappears once the job transfers again
    if (const Result r = m_queue->commitState(copy, state); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::setFileProgress(const JobId &id, int fileIndex, qint64 transferred,
                                    qint64 total)
{
    Result refusal;
    Job *const it = jobWithFile(id, fileIndex, &refusal);
    if (!it)
        return refusal;
    if (transferred < 0 || (total != SizeUnknown && (total < 0 || transferred > total)))
        return Result::E_INVALIDARG;
    JobFile &f = it->files[fileIndex];
    f.bytesTransferred = transferred;
    f.bytesTotal = total;
    m_queue->m_dirtyFiles[id].insert(fileIndex);
    it->times.modification = m_queue->m_clock->now();
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::setFileDurable(const JobId &id, int fileIndex, const JobFile &file)
{
    Result refusal;
    Job *const it = jobWithFile(id, fileIndex, &refusal);
    if (!it)
        return refusal;
    JobFile &f = it->files[fileIndex];
    f.bytesTransferred = file.bytesTransferred;
    f.bytesTotal = file.bytesTotal;
    f.segments = file.segments;
    f.part = file.part;
    // What checking the bytes found (FileVerifier); the expected digest stays the queue's.
    if (it->type == JobType::Download && f.integrity.expected == file.integrity.expected)
        f.integrity.validation = file.integrity.validation;
    if (it->type != JobType::Download)
        f.completed = file.completed; // the server acknowledged the upload
    m_queue->m_dirtyFiles[id].insert(fileIndex);
    it->times.modification = m_queue->m_clock->now();
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::setFileValidators(const JobId &id, int fileIndex, const QString &etag,
                                      const QDateTime &lastModified)
{
    Result refusal;
    Job *const it = jobWithFile(id, fileIndex, &refusal);
    if (!it)
        return refusal;
    JobFile &f = it->files[fileIndex];
    f.etag = etag;
    f.lastModified = lastModified;
    m_queue->m_dirtyFiles[id].insert(
        fileIndex); // stored with the next checkpoint, before any byte is
    return Result::S_OK;
}

Result QueueLedger::setFileDigest(const JobId &id, int fileIndex, const FileIntegrity &integrity)
{
    Result refusal;
    Job *const it = jobWithFile(id, fileIndex, &refusal);
    if (!it)
        return refusal;
    JobFile &f = it->files[fileIndex];
    // The user's digest (or a Metalink's, or a checksum file's) is never replaced by a server's
    // header; a header's may be replaced by the next answer's, or dropped (a null integrity)
    // when the file changed.
    if (!f.integrity.yieldsToServerHeader() || f.integrity.expected == integrity.expected)
        return Result::S_FALSE;
    f.integrity = integrity;
    f.integrity.validation = Validation::NotChecked;
    if (!f.integrity.expected)
        f.integrity.source = ChecksumSource::None;
    m_queue->m_dirtyFiles[id].insert(fileIndex); // with the next checkpoint, before any byte
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::setFileLocalPath(const JobId &id, int fileIndex, const QString &localPath)
{
    Result refusal;
    Job *const it = jobWithFile(id, fileIndex, &refusal);
    if (!it)
        return refusal;
    // Changed in place (a copy of the job would copy all its files), put back if not stored.
    QString &path = it->files[fileIndex].localPath;
    const QString previous = std::exchange(path, localPath);
    if (const Result r = m_queue->m_store->updateFiles(*it, { fileIndex }); r.isError()) {
        path = previous;
        return r;
    }
    if (it->type == JobType::Download && !it->files.at(fileIndex).completed) {
        m_queue->claimDestination(previous, -1);
        m_queue->claimDestination(localPath, +1);
    }
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::expireTransient(const JobId &id)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->state != JobState::TransientError)
        return Result::BG_E_INVALID_STATE;
    Job copy = *it;
    if (const Result r = m_queue->commitState(copy, JobState::Error); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT m_queue->jobChanged(id);
    Q_EMIT m_queue->jobFailed(id);
    return Result::S_OK;
}

Result QueueLedger::checkpoint(const JobId &id)
{
    const auto it = m_queue->m_jobs.constFind(id);
    if (it == m_queue->m_jobs.constEnd())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    const QList<int> dirty = m_queue->takeDirtyFiles(id);
    // Progress only: the engine synced the data these offsets describe before calling.
    if (const Result r = m_queue->m_store->begin(JobStore::Sync::Progress); r.isError())
        return r;
    Result r = dirty.isEmpty() ? Result(Result::S_OK) : m_queue->m_store->updateFiles(*it, dirty);
    if (r.isSuccess())
        r = m_queue->m_store->updateJob(*it);
    if (r.isSuccess())
        r = m_queue->m_store->commit();
    if (r.isSuccess())
        return r;
    for (const int i : dirty)
        m_queue->m_dirtyFiles[id].insert(i); // written next time
    m_queue->m_store->rollback();
    return r;
}

Result QueueLedger::setReplyProgress(const JobId &id, qint64 transferred, qint64 total)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type != JobType::UploadReply)
        return Result::E_NOTIMPL;
    if (transferred < 0 || (total != SizeUnknown && (total < 0 || transferred > total)))
        return Result::E_INVALIDARG;
    it->replyProgress.bytesTransferred = transferred;
    it->replyProgress.bytesTotal = total;
    it->times.modification = m_queue->m_clock->now();
    Q_EMIT m_queue->jobChanged(id); // the job row is written by the next checkpoint()
    return Result::S_OK;
}

Result QueueLedger::setReplyPart(const JobId &id, const FileIdentity &identity)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type != JobType::UploadReply)
        return Result::E_NOTIMPL;
    it->replyPart = identity; // the job row is written by the next checkpoint()
    return Result::S_OK;
}

Result QueueLedger::setUploadProtocol(const JobId &id, UploadProtocol protocol)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type == JobType::Download)
        return Result::E_NOTIMPL;
    Job copy = *it;
    if (copy.upload.protocol != protocol)
        copy.upload.sessionUrl.clear(); // a session belongs to its protocol
    copy.upload.protocol = protocol;
    if (const Result r = m_queue->m_store->updateJob(copy); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::setUploadSession(const JobId &id, const QUrl &url)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type == JobType::Download)
        return Result::E_NOTIMPL;
    Job copy = *it;
    copy.upload.sessionUrl = url;
    if (const Result r = m_queue->m_store->updateJob(copy); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT m_queue->jobChanged(id);
    return Result::S_OK;
}

Result QueueLedger::markTransferred(const JobId &id)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->state != JobState::Transferring && it->state != JobState::Connecting
        && it->state != JobState::Queued)
        return Result::BG_E_INVALID_STATE;
    if (!it->allFilesTransferred())
        return Result(Result::BG_E_INVALID_STATE, QStringLiteral("files are still missing"));
    Job copy = *it;
    copy.times.transferCompletion = m_queue->m_clock->now();
    copy.error = {};
    copy.state = JobState::Transferred;
    copy.times.modification = copy.times.transferCompletion;
    if (const Result r = m_queue->m_store->saveAll(copy); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT m_queue->jobChanged(id);
    Q_EMIT m_queue->jobTransferred(id);
    if (it->autoComplete)
        return m_queue->complete(id);
    return Result::S_OK;
}

Result QueueLedger::reportError(const JobId &id, const JobError &error, bool transient)
{
    const auto it = m_queue->m_jobs.find(id);
    if (it == m_queue->m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->state != JobState::Connecting && it->state != JobState::Transferring
        && it->state != JobState::Queued)
        return Result::BG_E_INVALID_STATE;
    Job copy = *it;
    // Network loss is not counted (spec §5.2).
    if (error.code != Result::BG_E_NETWORK_DISCONNECTED)
        ++copy.errorCount;
    copy.error = error;
    const bool fatal = !transient || copy.noProgressTimeout == 0
        || copy.minimumRetryDelay > copy.noProgressTimeout;
    if (const Result r
        = m_queue->commitState(copy, fatal ? JobState::Error : JobState::TransientError);
        r.isError())
        return r;
    if (const QList<int> dirty = m_queue->takeDirtyFiles(id); !dirty.isEmpty()) {
        if (const Result r = m_queue->m_store->updateFiles(copy, dirty); r.isError())
            return r;
    }
    *it = std::move(copy);
    Q_EMIT m_queue->jobChanged(id);
    if (fatal)
        Q_EMIT m_queue->jobFailed(id);
    return Result::S_OK;
}

} // namespace Ferry
