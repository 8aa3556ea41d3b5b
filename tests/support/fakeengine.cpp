#include "fakeengine.h"

#include "jobfiles.h"
#include "jobpatch.h"
#include "jobrules.h"
#include "jobsnapshot.h"
#include "partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

#include <algorithm>

namespace Ferry::Test {

namespace {

Job withoutPasswords(const Job &job)
{
    return JobSnapshot::of(job).job;
}

} // namespace

FakeEngine::FakeEngine(QObject *parent)
    : JobEngine(parent)
{
    QVERIFY2(m_dir.isValid(), "temporary directory");
}

QString FakeEngine::makeFile(const QString &name, const QByteArray &content)
{
    const QString path = localPath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

JobId FakeEngine::jobIn(JobType type, JobState state)
{
    Job job;
    job.id = JobId::create();
    job.type = type;
    job.displayName = QStringLiteral("job");
    job.state = JobState::Suspended;
    job.times.creation = job.times.modification = clock.now();
    const QString name = job.id.toString().left(8);
    JobFile file;
    if (type == JobType::Download) {
        file.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/") + name);
        file.localPath = localPath(name);
    } else {
        file.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/up/") + name);
        file.localPath = makeFile(name);
    }
    job.files.append(file);
    if (type == JobType::UploadReply)
        job.replyFileName = JobFiles::defaultReplyPath(file.localPath);
    const JobId id = job.id;
    m_order.append(id);
    m_jobs.insert(id, job);
    publish(job);
    if (state == JobState::Suspended)
        return id;
    act(id, JobAction::Resume);
    switch (state) {
    case JobState::Queued:
    case JobState::Suspended:
        break;
    case JobState::Connecting:
    case JobState::Transferring:
        change(id, [state](Job &j) { j.state = state; });
        break;
    case JobState::TransientError:
    case JobState::Error:
        change(id, [state](Job &j) {
            j.state = state;
            j.error = JobError { ErrorContext::RemoteFile, Result::httpError(503), {}, 0 };
            ++j.errorCount;
        });
        break;
    case JobState::Transferred:
    case JobState::Acknowledged:
    case JobState::Cancelled: {
        FileIdentity written;
        if (type == JobType::Download) {
            // Created and recorded as the engine does: its identity is what Complete renames
            // and what Remove and Delete Files deletes.
            PartFile part(JobFiles::tempPath(id, file.localPath));
            part.open({});
            part.append("12345", 5);
            part.sync();
            written = part.identity();
        }
        change(id, [type, written](Job &j) {
            JobFile &f = j.files.first();
            f.bytesTransferred = f.bytesTotal = 5;
            f.part = written;
            // An upload is in once the server acknowledged it.
            f.completed = type != JobType::Download;
            j.state = JobState::Transferred;
        });
        if (type == JobType::UploadReply) {
            QFile reply(JobFiles::tempPath(id, m_jobs.value(id).replyFileName));
            reply.open(QIODevice::WriteOnly);
            reply.write("reply");
        }
        if (state == JobState::Acknowledged)
            act(id, JobAction::Complete);
        else if (state == JobState::Cancelled)
            act(id, JobAction::Cancel);
        break;
    }
    }
    return id;
}

void FakeEngine::change(const JobId &id, const std::function<void(Job &)> &edit)
{
    const auto it = m_jobs.find(id);
    QVERIFY2(it != m_jobs.end(), "change() of a job in the queue");
    const JobState before = it->state;
    edit(*it);
    publish(*it);
    const JobSnapshot snapshot = JobSnapshot::of(*it);
    if (it->state != before && it->state == JobState::Transferred)
        later([this, snapshot]() { Q_EMIT jobTransferred(snapshot); });
    if (it->state != before && it->state == JobState::Error)
        later([this, snapshot]() { Q_EMIT jobFailed(snapshot); });
}

void FakeEngine::setConnections(const JobId &id, int connections)
{
    m_connections.insert(id, connections);
    if (const Job *job = queued(id))
        publish(*job);
}

Result FakeEngine::act(const JobId &id, JobAction action)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        const std::optional<Job> done = find(id);
        return done ? JobRules::check(action, done->type, done->state)
                    : Result(Result::BG_E_NOT_FOUND);
    }
    const JobRules::Outcome outcome = JobRules::apply(action, it->type, it->state);
    if (outcome.result.isError())
        return outcome.result;
    if ((action == JobAction::Resume || action == JobAction::Complete) && it->files.isEmpty())
        return Result::BG_E_EMPTY;
    Job job = *it;
    job.times.modification = clock.now();
    Result result = outcome.result;
    if (action == JobAction::Complete) {
        // A file that could not be committed keeps the job TRANSFERRED, with the files renamed
        // so far marked completed (spec §2.4).
        result = complete(job);
        if (result.isError()) {
            *it = job;
            publish(job);
            return result;
        }
    }
    job.state = outcome.state;
    if (job.state == JobState::Acknowledged || job.state == JobState::Cancelled) {
        finish(std::move(job));
        return result;
    }
    *it = job;
    publish(job);
    return result;
}

Result FakeEngine::complete(Job &job)
{
    bool dropped = false;
    for (JobFile &f : job.files) {
        if (f.completed)
            continue;
        if (!f.isTransferred()) {
            dropped = true;
            PartFile::discard(JobFiles::tempPath(job.id, f.localPath), f.part);
            continue;
        }
        QString finalPath;
        QSet<QString> folders;
        const auto record = [](const QString &) { return Result(Result::S_OK); };
        if (const Result r = PartFile::commit(JobFiles::tempPath(job.id, f.localPath), f, record,
                                              &finalPath, &folders);
            r.isError())
            return r;
        f.completed = true;
        f.localPath = finalPath;
    }
    if (job.type == JobType::UploadReply) {
        const QString temp = JobFiles::tempPath(job.id, job.replyFileName);
        if (QFile::exists(temp))
            QFile::rename(temp, job.replyFileName);
    }
    return dropped ? Result::BG_S_PARTIAL_COMPLETE : Result::S_OK;
}

void FakeEngine::finish(Job job)
{
    const JobId id = job.id;
    m_jobs.remove(id);
    m_order.removeOne(id);
    m_history.prepend(job);
    SnapshotBatch batch;
    batch.removed.append(id);
    batch.finished.append(JobSnapshot::of(job));
    const JobState state = job.state;
    later([this, batch, id, state]() {
        Q_EMIT batchReceived(batch);
        Q_EMIT jobRemoved(id, state);
    });
}

const Job *FakeEngine::queued(const JobId &id) const
{
    const auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

std::optional<Job> FakeEngine::find(const JobId &id) const
{
    if (const Job *job = queued(id))
        return *job;
    for (const Job &job : m_history) {
        if (job.id == id)
            return job;
    }
    return std::nullopt;
}

bool FakeEngine::inHistory(const JobId &id) const
{
    return std::any_of(m_history.cbegin(), m_history.cend(),
                       [&id](const Job &job) { return job.id == id; });
}

void FakeEngine::create(const QList<NewJob> &jobs, Created done)
{
    // Like a command queued into the engine thread: it runs in a later turn, its answer in
    // the one after.
    later([this, jobs, done]() {
        const JobPatcher patcher = this->patcher();
        JobPatcher::Batch batch;
        QList<Job> made;
        Result result = Result::S_OK;
        for (const NewJob &spec : jobs) {
            Job job;
            result = patcher.make(spec, clock.now(), batch, &job);
            if (result.isError())
                break;
            made.append(job);
        }
        QList<JobId> ids;
        if (result.isSuccess()) {
            for (const Job &job : std::as_const(made)) {
                ids.append(job.id);
                m_order.append(job.id);
                m_jobs.insert(job.id, job);
                publish(job);
            }
        }
        if (done)
            later([done, result, ids]() { done(result, ids); });
    });
}

void FakeEngine::apply(const JobRef &ref, const JobPatch &patch, Done done)
{
    later([this, ref, patch, done]() {
        JobId id;
        Result result = resolve(ref, &id);
        if (result.isSuccess()) {
            if (Job *job = m_jobs.contains(id) ? &m_jobs[id] : nullptr) {
                const JobPatcher patcher = this->patcher();
                Job copy = *job;
                result = patcher.apply(copy, patch);
                if (result.isSuccess()) {
                    copy.times.modification = clock.now();
                    *job = copy;
                    publish(copy);
                }
            } else {
                const std::optional<Job> finished = find(id);
                result = JobRules::check(JobPatcher::firstAction(patch), finished->type,
                                         finished->state);
            }
        }
        if (done)
            later([done, result]() { done(result); });
    });
}

void FakeEngine::transition(const Transition &transition, Transitioned done)
{
    later([this, transition, done]() {
        QList<Result> results;
        for (const JobRef &ref : transition.jobs) {
            JobId id;
            Result r = resolve(ref, &id);
            if (r.isSuccess())
                r = act(id, transition.action);
            results.append(r);
        }
        if (done)
            later([done, results]() { done(results); });
    });
}

void FakeEngine::job(const JobRef &ref, Found done)
{
    later([this, ref, done]() {
        JobId id;
        const Result r = resolve(ref, &id);
        const Job found = r.isSuccess() ? withoutPasswords(*find(id)) : Job();
        later([done, r, found]() { done(r, found); });
    });
}

void FakeEngine::jobs(bool withHistory, Listed done)
{
    later([this, withHistory, done]() {
        QList<Job> out;
        for (const JobId &id : std::as_const(m_order))
            out.append(withoutPasswords(m_jobs.value(id)));
        if (withHistory) {
            for (auto it = m_history.crbegin(); it != m_history.crend(); ++it)
                out.append(withoutPasswords(*it));
        }
        later([done, out]() { done(Result::S_OK, out); });
    });
}

void FakeEngine::history(int limit, Listed done)
{
    later([this, limit, done]() {
        QList<Job> out;
        for (const Job &job : std::as_const(m_history)) {
            if (limit >= 0 && out.size() >= limit)
                break;
            out.append(withoutPasswords(job));
        }
        later([done, out]() { done(Result::S_OK, out); });
    });
}

void FakeEngine::pruneHistory(const HistoryPrune &which, Pruned done)
{
    later([this, which, done]() {
        QList<JobId> removed;
        m_history.removeIf([&](const Job &job) {
            const bool goes = (which.before.isNull() || job.times.modification < which.before)
                && (which.jobs.isEmpty() || which.jobs.contains(job.id));
            if (goes)
                removed.append(job.id);
            return goes;
        });
        if (done)
            later([done, removed]() { done(Result::S_OK, removed); });
    });
}

void FakeEngine::setPreferences(const EnginePreferences &given)
{
    preferences = given;
}

void FakeEngine::requestAll()
{
    SnapshotBatch batch;
    batch.reset = true;
    for (const JobId &id : std::as_const(m_order))
        batch.changed.append(JobSnapshot::of(m_jobs.value(id)));
    later([this, batch]() { Q_EMIT batchReceived(batch); });
}

void FakeEngine::later(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

void FakeEngine::publish(const Job &job)
{
    SnapshotBatch batch;
    batch.changed.append(
        JobSnapshot::of(job, 0, isConnected(job.state) ? m_connections.value(job.id) : 0));
    later([this, batch]() { Q_EMIT batchReceived(batch); });
}

Result FakeEngine::resolve(const JobRef &ref, JobId *id) const
{
    const JobId exact = JobId::fromString(ref.text);
    if (!exact.isNull() && find(exact)) {
        *id = exact;
        return Result::S_OK;
    }
    QList<JobId> matches;
    for (const JobId &queuedId : m_order) {
        if (!ref.text.isEmpty() && queuedId.toString().startsWith(ref.text))
            matches.append(queuedId);
    }
    if (matches.size() == 1) {
        *id = matches.first();
        return Result::S_OK;
    }
    return matches.isEmpty() ? Result::BG_E_NOT_FOUND : Result::E_INVALIDARG;
}

JobPatcher FakeEngine::patcher() const
{
    return JobPatcher({ JobLimits(), [this](const QString &path, const QSet<QString> &also) {
                           return destinationFree(path, also);
                       } });
}

Result FakeEngine::destinationFree(const QString &path, const QSet<QString> &alsoTaken) const
{
    const QString key = QDir::cleanPath(path);
    if (QFileInfo(path).isDir())
        return Result::S_OK;
    if (alsoTaken.contains(key))
        return Result::E_INVALIDARG;
    for (const Job &job : m_jobs) {
        if (job.type != JobType::Download)
            continue;
        for (const JobFile &f : job.files) {
            if (!f.completed && QDir::cleanPath(f.localPath) == key)
                return Result::E_INVALIDARG;
        }
    }
    return Result::S_OK;
}

} // namespace Ferry::Test
