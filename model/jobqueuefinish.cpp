// The end of a job: Cancel (temporary files removed after the job is recorded CANCELLED) and
// Complete (finished files renamed into place, then the job recorded ACKNOWLEDGED).
#include "clock.h"
#include "jobfiles.h"
#include "jobqueue.h"
#include "jobsecrets.h"
#include "jobstore.h"

namespace Ferry {

namespace {

// An upload-reply job's reply as a file: where Complete moves it from its temporary name.
JobFile replyFile(const Job &job)
{
    JobFile f;
    f.localPath = job.replyFileName;
    f.bytesTotal = job.replyProgress.bytesTotal;
    return f;
}

} // namespace

Result JobQueue::deleteTemporaryFiles(const Job &job)
{
    if (job.type != JobType::Download)
        // The upload source belongs to the user; the server copy is left alone. Only the
        // reply of an upload-reply job, not yet handed over, goes.
        return job.type == JobType::UploadReply && !job.replyFileName.isEmpty()
                && !JobFiles::removeTemp(job.id, replyFile(job))
            ? Result::BG_S_UNABLE_TO_DELETE_FILES
            : Result::S_OK;
    bool all = true;
    for (const JobFile &f : job.files) {
        if (!f.completed)
            all = JobFiles::removeTemp(job.id, f) && all;
    }
    return all ? Result::S_OK : Result::BG_S_UNABLE_TO_DELETE_FILES;
}

Result JobQueue::finish(const JobId &id, Job &job)
{
    // Cookies, authorisation headers and passwords do not outlive the job: the final row holds
    // none, and no copy of the old row stays in the database files.
    const bool hadSecrets = JobSecrets::dropFromFinished(job);
    if (const Result r = m_store->saveAll(job); r.isError())
        return r;
    if (hadSecrets)
        m_store->eraseOldContent();
    m_jobs.remove(id);
    m_order.removeOne(id);
    m_dirtyFiles.remove(id);
    Q_EMIT jobFinished(job);
    Q_EMIT jobRemoved(id, job.state);
    return Result::S_OK;
}

Result JobQueue::cancel(const JobId &id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return notQueued(id, JobAction::Cancel);
    if (const Result r = JobRules::check(JobAction::Cancel, it->type, it->state); r.isError())
        return r;
    Job job = *it;
    job.state = JobState::Cancelled;
    job.times.modification = m_clock->now();
    if (const Result r = finish(id, job); r.isError())
        return r;
    // The job is recorded CANCELLED before its files go, so a crash in between never brings
    // back a job whose data is missing.
    return deleteTemporaryFiles(job);
}

Result JobQueue::completeDownload(Job &job)
{
    bool dropped = false;
    QSet<QString> folders; // their entries are synced once, after every rename
    for (JobFile &f : job.files) {
        if (f.completed)
            continue;
        if (!f.isTransferred()) {
            dropped = true;
            continue;
        }
        QString finalPath;
        const Result r = JobFiles::commit(job.id, f, &finalPath, &folders);
        if (r.isError()) {
            JobFiles::syncFolders(folders);
            return r;
        }
        f.completed = true;
        f.localPath = finalPath;
    }
    // Before the job is recorded ACKNOWLEDGED (RELIABILITY.md invariant 3).
    JobFiles::syncFolders(folders);
    bool cleaned = true;
    for (const JobFile &f : job.files) {
        if (!f.completed)
            cleaned = JobFiles::removeTemp(job.id, f) && cleaned;
    }
    if (!cleaned)
        return Result::BG_S_UNABLE_TO_DELETE_FILES;
    return dropped ? Result::BG_S_PARTIAL_COMPLETE : Result::S_OK;
}

Result JobQueue::completeReply(Job &job)
{
    // The reply was written beside the reply file and becomes visible now (spec §3), under a
    // numbered name when the reply file's name is taken.
    QString finalPath;
    if (const Result r = JobFiles::commit(job.id, replyFile(job), &finalPath); r.isError())
        return r;
    job.replyFileName = finalPath;
    return Result::S_OK;
}

Result JobQueue::complete(const JobId &id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return notQueued(id, JobAction::Complete);
    if (const Result r = JobRules::check(JobAction::Complete, it->type, it->state); r.isError())
        return r;
    Job job = *it;
    job.times.modification = m_clock->now();
    Result result = Result::S_OK;
    if (job.type == JobType::Download) {
        result = completeDownload(job);
        if (result.isError()) {
            // Files renamed so far stay visible and are marked completed; the job waits in
            // TRANSFERRED until the cause is fixed and Complete is called again (spec §2.4).
            job.state = JobState::Transferred;
            if (m_store->saveAll(job).isSuccess()) {
                *it = job;
                Q_EMIT jobChanged(id);
            }
            return result;
        }
    } else {
        for (JobFile &f : job.files)
            f.completed = true;
        if (job.type == JobType::UploadReply) {
            result = completeReply(job);
            if (result.isError())
                return result; // stays TRANSFERRED; Complete again once the cause is fixed
        }
    }
    job.state = JobState::Acknowledged;
    if (const Result r = finish(id, job); r.isError())
        return r;
    return result;
}

} // namespace Ferry
