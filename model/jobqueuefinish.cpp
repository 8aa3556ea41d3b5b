// The end of a job: Cancel (temporary files removed after the job is recorded CANCELLED) and
// Complete (finished files renamed into place, then the job recorded ACKNOWLEDGED).
#include "clock.h"
#include "jobfiles.h"
#include "jobqueue.h"
#include "jobsecrets.h"
#include "jobstore.h"
#include "partfile.h"

namespace Ferry {

namespace {

// An upload-reply job's reply as a file: where Complete moves it from its temporary name.
JobFile replyFile(const Job &job)
{
    JobFile f;
    f.localPath = job.replyFileName;
    f.bytesTotal = job.replyProgress.bytesTotal;
    f.part = job.replyPart;
    f.committing = job.replyCommitting;
    return f;
}

QString tempOf(const Job &job, const JobFile &file)
{
    return JobFiles::tempPath(job.id, file.localPath);
}

} // namespace

Result JobQueue::deleteTemporaryFiles(const Job &job)
{
    if (job.type != JobType::Download)
        // The upload source belongs to the user; the server copy is left alone. Only the
        // reply of an upload-reply job, not yet handed over, goes.
        return job.type == JobType::UploadReply && !job.replyFileName.isEmpty()
                && !PartFile::discard(tempOf(job, replyFile(job)), job.replyPart)
            ? Result::BG_S_UNABLE_TO_DELETE_FILES
            : Result::S_OK;
    bool all = true;
    for (const JobFile &f : job.files) {
        if (!f.completed)
            all = PartFile::discard(tempOf(job, f), f.part) && all;
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
    claimDestinations(*m_jobs.constFind(id), -1);
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
    QList<int> commits;
    QSet<QString> names; // chosen in this Complete, so that two files never pick the same
    for (int i = 0; i < job.files.size(); ++i) {
        JobFile &f = job.files[i];
        if (f.completed)
            continue;
        if (!f.isTransferred()) {
            dropped = true;
            continue;
        }
        if (f.committing.isEmpty())
            f.committing = PartFile::freeName(f.localPath, names);
        names.insert(f.committing);
        commits.append(i);
    }
    // Every final name is durable before the first rename (RELIABILITY.md invariant 6): a crash
    // in between is finished from what was recorded, in one transaction for the whole job.
    if (!commits.isEmpty()) {
        if (const Result r = m_store->updateFiles(job, commits); r.isError())
            return r;
    }
    QSet<QString> folders; // their entries are synced once, after every rename
    for (const int i : std::as_const(commits)) {
        JobFile &f = job.files[i];
        const auto record = [this, &job, &f, i](const QString &name) {
            f.committing = name; // the recorded name was taken meanwhile
            return m_store->updateFiles(job, { i });
        };
        QString finalPath;
        const Result r = PartFile::commit(tempOf(job, f), f, record, &finalPath, &folders);
        if (r == Result::ERROR_FILE_NOT_FOUND) {
            // The bytes are gone (not under the temporary name, not under the recorded one):
            // the file is fetched again when the job is resumed, never adopted from a guess.
            f.bytesTransferred = 0;
            f.segments.clear();
            f.part = {};
            f.committing.clear();
        }
        if (r.isError()) {
            PartFile::syncFolders(folders);
            return r;
        }
        f.completed = true;
        f.localPath = finalPath;
        f.committing.clear();
    }
    // Before the job is recorded ACKNOWLEDGED (RELIABILITY.md invariant 3).
    PartFile::syncFolders(folders);
    bool cleaned = true;
    for (const JobFile &f : job.files) {
        if (!f.completed)
            cleaned = PartFile::discard(tempOf(job, f), f.part) && cleaned;
    }
    if (!cleaned)
        return Result::BG_S_UNABLE_TO_DELETE_FILES;
    return dropped ? Result::BG_S_PARTIAL_COMPLETE : Result::S_OK;
}

Result JobQueue::completeReply(Job &job)
{
    // The reply was written beside the reply file and becomes visible now (spec §3), under a
    // numbered name when the reply file's name is taken.
    JobFile reply = replyFile(job);
    if (reply.committing.isEmpty()) {
        reply.committing = PartFile::freeName(reply.localPath);
        job.replyCommitting = reply.committing;
        if (const Result r = m_store->updateJob(job); r.isError())
            return r;
    }
    const auto record = [this, &job](const QString &name) {
        job.replyCommitting = name;
        return m_store->updateJob(job);
    };
    QString finalPath;
    QSet<QString> folders;
    if (const Result r = PartFile::commit(tempOf(job, reply), reply, record, &finalPath, &folders);
        r.isError())
        return r;
    PartFile::syncFolders(folders);
    job.replyFileName = finalPath;
    job.replyCommitting.clear();
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
                claimDestinations(*it, -1);
                claimDestinations(job, +1);
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
