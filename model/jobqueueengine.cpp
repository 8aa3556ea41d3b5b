// The engine-facing half of JobQueue: what the transfer engine reports (spec §2.2, §5.4).
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

QList<int> JobQueue::takeDirtyFiles(const JobId &id)
{
    QList<int> out = m_dirtyFiles.take(id).values();
    std::sort(out.begin(), out.end());
    return out;
}

Result JobQueue::commitState(Job &job, JobState state)
{
    job.state = state;
    job.times.modification = m_clock->now();
    return m_store->updateJob(job);
}

Result JobQueue::setTransferState(const JobId &id, JobState state)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (!transferTransitionAllowed(it->state, state))
        return Result::BG_E_INVALID_STATE;
    Job copy = *it;
    if (state == JobState::Transferring)
        copy.error = {}; // the error object disappears once the job transfers again
    if (const Result r = commitState(copy, state); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT jobChanged(id);
    return Result::S_OK;
}

Result JobQueue::setFileProgress(const JobId &id, int fileIndex, qint64 transferred, qint64 total)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (fileIndex < 0 || fileIndex >= it->files.size() || transferred < 0
        || (total != SizeUnknown && (total < 0 || transferred > total)))
        return Result::E_INVALIDARG;
    JobFile &f = it->files[fileIndex];
    f.bytesTransferred = transferred;
    f.bytesTotal = total;
    m_dirtyFiles[id].insert(fileIndex);
    it->times.modification = m_clock->now();
    Q_EMIT jobChanged(id);
    return Result::S_OK;
}

Result JobQueue::setFileDurable(const JobId &id, int fileIndex, const JobFile &file)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (fileIndex < 0 || fileIndex >= it->files.size())
        return Result::E_INVALIDARG;
    JobFile &f = it->files[fileIndex];
    f.bytesTransferred = file.bytesTransferred;
    f.bytesTotal = file.bytesTotal;
    f.segments = file.segments;
    f.part = file.part;
    if (it->type != JobType::Download)
        f.completed = file.completed; // the server acknowledged the upload
    m_dirtyFiles[id].insert(fileIndex);
    it->times.modification = m_clock->now();
    Q_EMIT jobChanged(id);
    return Result::S_OK;
}

Result JobQueue::setFileValidators(const JobId &id, int fileIndex, const QString &etag,
                                   const QDateTime &lastModified)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (fileIndex < 0 || fileIndex >= it->files.size())
        return Result::E_INVALIDARG;
    JobFile &f = it->files[fileIndex];
    f.etag = etag;
    f.lastModified = lastModified;
    m_dirtyFiles[id].insert(fileIndex); // stored with the next checkpoint, before any byte is
    return Result::S_OK;
}

Result JobQueue::setFileLocalPath(const JobId &id, int fileIndex, const QString &localPath)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (fileIndex < 0 || fileIndex >= it->files.size())
        return Result::E_INVALIDARG;
    // Changed in place (a copy of the job would copy all its files), put back if not stored.
    QString &path = it->files[fileIndex].localPath;
    const QString previous = std::exchange(path, localPath);
    if (const Result r = m_store->updateFiles(*it, { fileIndex }); r.isError()) {
        path = previous;
        return r;
    }
    if (it->type == JobType::Download && !it->files.at(fileIndex).completed) {
        claimDestination(previous, -1);
        claimDestination(localPath, +1);
    }
    Q_EMIT jobChanged(id);
    return Result::S_OK;
}

Result JobQueue::expireTransient(const JobId &id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->state != JobState::TransientError)
        return Result::BG_E_INVALID_STATE;
    Job copy = *it;
    if (const Result r = commitState(copy, JobState::Error); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT jobChanged(id);
    Q_EMIT jobFailed(id);
    return Result::S_OK;
}

Result JobQueue::checkpoint(const JobId &id)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.constEnd())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    const QList<int> dirty = takeDirtyFiles(id);
    // Progress only: the engine synced the data these offsets describe before calling.
    if (const Result r = m_store->begin(JobStore::Sync::Progress); r.isError())
        return r;
    Result r = dirty.isEmpty() ? Result(Result::S_OK) : m_store->updateFiles(*it, dirty);
    if (r.isSuccess())
        r = m_store->updateJob(*it);
    if (r.isSuccess())
        r = m_store->commit();
    if (r.isSuccess())
        return r;
    for (const int i : dirty)
        m_dirtyFiles[id].insert(i); // written next time
    m_store->rollback();
    return r;
}

Result JobQueue::setReplyProgress(const JobId &id, qint64 transferred, qint64 total)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type != JobType::UploadReply)
        return Result::E_NOTIMPL;
    if (transferred < 0 || (total != SizeUnknown && (total < 0 || transferred > total)))
        return Result::E_INVALIDARG;
    it->replyProgress.bytesTransferred = transferred;
    it->replyProgress.bytesTotal = total;
    it->times.modification = m_clock->now();
    Q_EMIT jobChanged(id); // the job row is written by the next checkpoint()
    return Result::S_OK;
}

Result JobQueue::setReplyPart(const JobId &id, const FileIdentity &identity)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type != JobType::UploadReply)
        return Result::E_NOTIMPL;
    it->replyPart = identity; // the job row is written by the next checkpoint()
    return Result::S_OK;
}

Result JobQueue::setUploadSession(const JobId &id, const QUrl &url)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->type == JobType::Download)
        return Result::E_NOTIMPL;
    Job copy = *it;
    copy.upload.sessionUrl = url;
    if (const Result r = m_store->updateJob(copy); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT jobChanged(id);
    return Result::S_OK;
}

Result JobQueue::markTransferred(const JobId &id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    if (it->state != JobState::Transferring && it->state != JobState::Connecting
        && it->state != JobState::Queued)
        return Result::BG_E_INVALID_STATE;
    if (!it->allFilesTransferred())
        return Result(Result::BG_E_INVALID_STATE, QStringLiteral("files are still missing"));
    Job copy = *it;
    copy.times.transferCompletion = m_clock->now();
    copy.error = {};
    copy.state = JobState::Transferred;
    copy.times.modification = copy.times.transferCompletion;
    if (const Result r = m_store->saveAll(copy); r.isError())
        return r;
    *it = std::move(copy);
    Q_EMIT jobChanged(id);
    Q_EMIT jobTransferred(id);
    if (it->autoComplete)
        return complete(id);
    return Result::S_OK;
}

Result JobQueue::reportError(const JobId &id, const JobError &error, bool transient)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
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
    if (const Result r = commitState(copy, fatal ? JobState::Error : JobState::TransientError);
        r.isError())
        return r;
    if (const QList<int> dirty = takeDirtyFiles(id); !dirty.isEmpty()) {
        if (const Result r = m_store->updateFiles(copy, dirty); r.isError())
            return r;
    }
    *it = std::move(copy);
    Q_EMIT jobChanged(id);
    if (fatal)
        Q_EMIT jobFailed(id);
    return Result::S_OK;
}

} // namespace Ferry
