#include "jobqueue.h"

#include "clock.h"
#include "jobfiles.h"
#include "jobpatch.h"
#include "jobsecrets.h"
#include "jobstore.h"
#include "jobvalidation.h"
#include "partfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcQueue, "ferry.model.queue")

namespace Ferry {

JobQueue::JobQueue(JobStore *store, const Clock *clock, const JobLimits &limits, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_limits(limits)
{ }

Result JobQueue::load()
{
    QList<Job> jobs;
    if (const Result r = m_store->loadActive(&jobs); r.isError())
        return r;
    m_jobs.clear();
    m_order.clear();
    m_jobs.reserve(jobs.size());
    m_order.reserve(jobs.size());
    for (Job &job : jobs) {
        if (job.state == JobState::Connecting || job.state == JobState::Transferring) {
            job.state = JobState::Queued;
            if (const Result r = m_store->updateJob(job); r.isError())
                return r;
        }
        m_order.append(job.id);
        claimDestinations(job, +1);
        m_jobs.insert(job.id, std::move(job));
    }
    qCInfo(lcQueue) << "loaded" << m_order.size() << "jobs";
    return Result::S_OK;
}

void JobQueue::claimDestination(const QString &path, int delta)
{
    const QString key = QDir::cleanPath(path);
    const int count = m_destinations.value(key) + delta;
    if (count > 0)
        m_destinations.insert(key, count);
    else
        m_destinations.remove(key);
}

void JobQueue::claimDestinations(const Job &job, int delta)
{
    if (job.type != JobType::Download)
        return;
    for (const JobFile &f : job.files) {
        if (!f.completed)
            claimDestination(f.localPath, delta);
    }
}

Result JobQueue::checkDestination(const QString &path, const QSet<QString> &alsoTaken) const
{
    // A folder takes any number of files: the server names each, and names never collide.
    const QString key = QDir::cleanPath(path);
    if ((m_destinations.contains(key) || alsoTaken.contains(key)) && !QFileInfo(path).isDir())
        return Result(Result::E_INVALIDARG,
                      //: %1 is a file path
                      tr("another file of a job is already downloaded to %1").arg(path));
    return Result::S_OK;
}

const Job *JobQueue::job(const JobId &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

Result JobQueue::history(QList<Job> *jobs, int limit) const
{
    return m_store->loadHistory(jobs, limit);
}

Result JobQueue::pruneHistory(const HistoryPrune &which, QList<JobId> *removed)
{
    return m_store->pruneHistory(which, removed);
}

Result JobQueue::createJob(const QString &displayName, JobType type, JobId *id)
{
    if (int(type) >= JobTypeCount)
        return Result(Result::E_INVALIDARG, QStringLiteral("job type %1").arg(int(type)));
    if (const Result r = JobValidation::displayName(displayName); r.isError())
        return r;
    if (count() >= m_limits.maxJobsPerUser)
        return Result::BG_E_TOO_MANY_JOBS_PER_USER;

    Job job;
    job.id = JobId::create();
    job.type = type;
    job.displayName = displayName;
    job.times.creation = job.times.modification = m_clock->now();
    if (const Result r = m_store->insertJob(job); r.isError())
        return r;
    if (id)
        *id = job.id;
    m_order.append(job.id);
    const JobId created = job.id;
    m_jobs.insert(created, std::move(job));
    Q_EMIT jobAdded(created);
    return Result::S_OK;
}

Result JobQueue::createJobs(const QList<NewJob> &specs, QList<JobId> *ids)
{
    if (count() + specs.size() > m_limits.maxJobsPerUser)
        return Result::BG_E_TOO_MANY_JOBS_PER_USER;
    // Validate everything first: the batch is all or nothing.
    JobPatcher::Batch batch;
    const JobPatcher patcher = this->patcher();
    QList<Job> jobs;
    jobs.reserve(specs.size());
    const QDateTime now = m_clock->now();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        Job job;
        if (const Result r = patcher.make(specs.at(i), now, batch, &job); r.isError())
            return Result::fromCode(r.code(),
                                    QStringLiteral("job %1: %2").arg(i + 1).arg(r.detail()));
        jobs.append(std::move(job));
    }

    if (const Result r = m_store->insertJobs(jobs); r.isError())
        return r;
    if (ids)
        ids->reserve(ids->size() + jobs.size());
    m_order.reserve(m_order.size() + jobs.size());
    m_jobs.reserve(m_jobs.size() + jobs.size());
    for (Job &job : jobs) {
        const JobId id = job.id;
        if (ids)
            ids->append(id);
        m_order.append(id);
        claimDestinations(job, +1);
        m_jobs.insert(id, std::move(job));
        Q_EMIT jobAdded(id);
    }
    return Result::S_OK;
}

Result JobQueue::notQueued(const JobId &id, JobAction action) const
{
    JobType type;
    JobState state;
    if (const Result r = m_store->finishedJob(id, &type, &state); r.isError())
        return r;
    return JobRules::check(action, type, state);
}

Result JobQueue::mutate(const JobId &id, JobAction action, const Change &change)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return notQueued(id, action);
    if (const Result r = JobRules::check(action, it->type, it->state); r.isError())
        return r;
    Job copy = *it;
    const Result result = change(copy);
    if (result.isError())
        return result;
    copy.times.modification = m_clock->now();
    const Result stored = m_store->updateJob(copy);
    if (stored.isError())
        return stored;
    *it = std::move(copy);
    commanded(id);
    return result;
}

JobPatcher JobQueue::patcher() const
{
    return JobPatcher({ m_limits, [this](const QString &path, const QSet<QString> &alsoTaken) {
                           return checkDestination(path, alsoTaken);
                       } });
}

Result JobQueue::resolve(const JobRef &ref, JobId *id) const
{
    const QString &prefix = ref.text;
    if (prefix.isEmpty())
        return Result(Result::E_INVALIDARG, tr("no job given"));
    const JobId exact = JobId::fromString(prefix);
    if (!exact.isNull()) {
        // A full id is taken as it is: the queue knows finished jobs (BG_E_INVALID_STATE).
        *id = exact;
        return Result::S_OK;
    }
    int matches = 0;
    for (const JobId &candidate : std::as_const(m_order)) {
        if (candidate.toString().startsWith(prefix, Qt::CaseInsensitive)) {
            *id = candidate;
            ++matches;
        }
    }
    if (matches == 1)
        return Result::S_OK;
    if (matches == 0)
        return Result(Result::BG_E_NOT_FOUND, prefix);
    return ambiguous(prefix, matches);
}

Result JobQueue::ambiguous(const QString &prefix, int matches)
{
    return Result(Result::E_INVALIDARG, tr("\"%1\" matches %n job(s)", "", matches).arg(prefix));
}

Result JobQueue::find(const JobRef &ref, Job *job) const
{
    JobId id;
    const Result resolved = resolve(ref, &id);
    if (resolved.isSuccess() && this->job(id)) {
        *job = *this->job(id);
        return Result::S_OK;
    }
    if (resolved.code() == Result::E_INVALIDARG)
        return resolved;
    // Not queued (or a prefix no queued job has): the history of finished jobs.
    const QString &prefix = ref.text;
    QList<Job> history;
    if (const Result r = this->history(&history); r.isError())
        return r;
    QList<Job> matches;
    for (const Job &j : std::as_const(history)) {
        if (j.id.toString().startsWith(prefix, Qt::CaseInsensitive))
            matches.append(j);
    }
    if (matches.isEmpty())
        return Result(Result::BG_E_NOT_FOUND, prefix);
    if (matches.size() > 1)
        return ambiguous(prefix, int(matches.size()));
    *job = matches.first();
    return Result::S_OK;
}

Result JobQueue::apply(const JobId &id, const JobPatch &patch)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return notQueued(id, JobPatcher::firstAction(patch));
    if (patch.isEmpty())
        return Result::S_OK;
    Job copy = *it;
    const Result result = patcher().apply(copy, patch);
    if (result.isError())
        return result;
    copy.times.modification = m_clock->now();
    const qsizetype before = it->files.size();
    QList<int> changedFiles = patch.remoteNames.keys();
    for (auto i = patch.checksums.cbegin(); i != patch.checksums.cend(); ++i) {
        if (!changedFiles.contains(i.key()))
            changedFiles.append(i.key());
    }
    if (patch.newFiles.isEmpty() && changedFiles.isEmpty()) {
        if (const Result r = m_store->updateJob(copy); r.isError())
            return r;
    } else {
        // The job's row and every file it touches, in one transaction.
        Result stored = m_store->begin();
        for (qsizetype i = before; stored.isSuccess() && i < copy.files.size(); ++i)
            stored = m_store->insertFile(copy, int(i));
        if (stored.isSuccess() && !changedFiles.isEmpty())
            stored = m_store->updateFiles(copy, changedFiles);
        if (stored.isSuccess())
            stored = m_store->updateJob(copy);
        if (stored.isSuccess())
            stored = m_store->commit();
        if (stored.isError()) {
            m_store->rollback();
            return stored;
        }
    }
    *it = std::move(copy);
    if (it->type == JobType::Download) {
        for (qsizetype i = before; i < it->files.size(); ++i)
            claimDestination(it->files.at(i).localPath, +1);
    }
    commanded(id);
    return result;
}

Result JobQueue::addFile(const JobId &id, const QUrl &remoteUrl, const QString &localPath)
{
    JobPatch patch;
    patch.newFiles = { { remoteUrl, localPath } };
    return apply(id, patch);
}

Result JobQueue::resume(const JobId &id)
{
    return mutate(id, JobAction::Resume, [](Job &job) -> Result {
        if (job.files.isEmpty())
            return Result::BG_E_EMPTY;
        if (job.state == JobState::Transferred) {
            // Ferry's choice for spec note R: files added after the transfer are fetched; with
            // nothing new to transfer the job stays TRANSFERRED and the call changes nothing.
            if (job.allFilesTransferred())
                return Result::S_OK;
            job.state = JobState::Queued;
            return Result::S_OK;
        }
        job.state = JobRules::apply(JobAction::Resume, job.type, job.state).state;
        return Result::S_OK;
    });
}

Result JobQueue::suspend(const JobId &id)
{
    return mutate(id, JobAction::Suspend, [](Job &job) -> Result {
        job.state = JobState::Suspended;
        return Result::S_OK;
    });
}

// The single-property calls of spec §2.3, each a patch of one field.
Result JobQueue::setPriority(const JobId &id, JobPriority priority)
{
    JobPatch patch;
    patch.priority = priority;
    return apply(id, patch);
}

Result JobQueue::setDisplayName(const JobId &id, const QString &name)
{
    JobPatch patch;
    patch.displayName = name;
    return apply(id, patch);
}

Result JobQueue::setDescription(const JobId &id, const QString &text)
{
    JobPatch patch;
    patch.description = text;
    return apply(id, patch);
}

Result JobQueue::setNoProgressTimeout(const JobId &id, quint32 seconds)
{
    JobPatch patch;
    patch.noProgressTimeout = seconds;
    return apply(id, patch);
}

Result JobQueue::setMinimumRetryDelay(const JobId &id, quint32 seconds)
{
    JobPatch patch;
    patch.minimumRetryDelay = seconds;
    return apply(id, patch);
}

Result JobQueue::setNotifyFlags(const JobId &id, quint32 flags)
{
    JobPatch patch;
    patch.notifyFlags = flags;
    return apply(id, patch);
}

Result JobQueue::setNotifyCmdLine(const JobId &id, const QStringList &programAndArguments)
{
    JobPatch patch;
    patch.notifyCmdLine = programAndArguments;
    return apply(id, patch);
}

Result JobQueue::setUploadOptions(const JobId &id, const UploadOptions &options)
{
    JobPatch patch;
    patch.upload = options;
    return apply(id, patch);
}

Result JobQueue::setReplyFileName(const JobId &id, const QString &path)
{
    JobPatch patch;
    patch.replyFileName = path;
    return apply(id, patch);
}

Result JobQueue::setCustomHeaders(const JobId &id, const QString &headers)
{
    JobPatch patch;
    patch.customHeaders = headers;
    return apply(id, patch);
}

Result JobQueue::setCredentials(const JobId &id, const Credentials &credentials)
{
    JobPatch patch;
    patch.credentials = { credentials };
    return apply(id, patch);
}

Result JobQueue::removeCredentials(const JobId &id, AuthTarget target, AuthScheme scheme)
{
    JobPatch patch;
    patch.removedCredentials = { { target, scheme } };
    return apply(id, patch);
}

Result JobQueue::setProxySettings(const JobId &id, const ProxySettings &proxy)
{
    JobPatch patch;
    patch.proxy = proxy;
    return apply(id, patch);
}

Result JobQueue::setRemoteName(const JobId &id, int fileIndex, const QUrl &remoteUrl)
{
    JobPatch patch;
    patch.remoteNames.insert(fileIndex, remoteUrl);
    return apply(id, patch);
}

Result JobQueue::setAutoComplete(const JobId &id, bool on)
{
    JobPatch patch;
    patch.autoComplete = on;
    return apply(id, patch);
}

Result JobQueue::setSpeedLimit(const JobId &id, qint64 bytesPerSecond)
{
    JobPatch patch;
    patch.speedLimit = bytesPerSecond;
    return apply(id, patch);
}

Result JobQueue::setSegments(const JobId &id, int segments)
{
    JobPatch patch;
    patch.segments = segments;
    return apply(id, patch);
}

void JobQueue::commanded(const JobId &id)
{
    Q_EMIT jobChanged(id);
    Q_EMIT jobCommanded(id);
}

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
                commanded(id);
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

int JobQueue::expireInactive()
{
    const QDateTime cutoff = m_clock->now().addSecs(-m_limits.jobInactivityTimeout);
    QList<JobId> stale;
    for (const JobId &id : std::as_const(m_order)) {
        if (m_jobs.value(id).times.modification < cutoff)
            stale.append(id);
    }
    int cancelled = 0;
    for (const JobId &id : std::as_const(stale)) {
        if (cancel(id).isSuccess())
            ++cancelled;
    }
    if (cancelled)
        qCInfo(lcQueue) << "cancelled" << cancelled << "inactive jobs";
    return cancelled;
}

} // namespace Ferry
