#include "engineclient.h"

#include "jobqueue.h"
#include "snapshotpublisher.h"

#include <QCoreApplication>

#include <memory>

namespace Ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EngineClient)
};

// Runs `work` on the queue in the engine thread; `answer` gets what it produced, back in the
// caller's thread (never when the caller is gone).
template<typename Value>
void runInEngine(JobQueue *queue, QObject *caller, std::function<Result(JobQueue &, Value *)> work,
                 std::function<void(const Result &, const Value &)> answer)
{
    const QPointer<QObject> back(caller);
    if (!queue) {
        if (answer)
            answer(Result(Result::E_FAIL, Text::tr("the engine is not running")), Value());
        return;
    }
    const QPointer<JobQueue> engine(queue);
    QMetaObject::invokeMethod(
        queue,
        [engine, back, work = std::move(work), answer = std::move(answer)]() {
            if (!engine)
                return;
            auto value = std::make_shared<Value>();
            const Result result = work(*engine, value.get());
            if (answer && back) {
                QMetaObject::invokeMethod(
                    back, [answer, result, value]() { answer(result, *value); },
                    Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

Job withoutPasswords(const Job &job)
{
    return JobSnapshot::of(job).job;
}

} // namespace

EngineClient::EngineClient(JobQueue *queue, SnapshotPublisher *publisher, QObject *parent)
    : JobEngine(parent)
    , m_queue(queue)
    , m_publisher(publisher)
{
    qRegisterMetaType<Ferry::SnapshotBatch>();
    qRegisterMetaType<Ferry::JobSnapshot>();
    qRegisterMetaType<Ferry::JobId>();
    qRegisterMetaType<Ferry::JobState>();
    // Queued even when both live in one thread, so the client sees the same ordering everywhere.
    connect(publisher, &SnapshotPublisher::batchReady, this, &EngineClient::batchReceived,
            Qt::QueuedConnection);
    connect(publisher, &SnapshotPublisher::jobTransferred, this, &EngineClient::jobTransferred,
            Qt::QueuedConnection);
    connect(publisher, &SnapshotPublisher::jobFailed, this, &EngineClient::jobFailed,
            Qt::QueuedConnection);
    connect(queue, &JobQueue::jobRemoved, this, &EngineClient::jobRemoved, Qt::QueuedConnection);
}

void EngineClient::setPreferencesHandler(std::function<void(const EnginePreferences &)> handler)
{
    m_preferencesHandler = std::move(handler);
}

void EngineClient::create(const QList<NewJob> &jobs, Created done)
{
    runInEngine<QList<JobId>>(
        m_queue, this, [jobs](JobQueue &q, QList<JobId> *ids) { return q.createJobs(jobs, ids); },
        std::move(done));
}

void EngineClient::apply(const JobRef &job, const JobPatch &patch, Done done)
{
    runInEngine<bool>(
        m_queue, this,
        [job, patch](JobQueue &q, bool *) {
            JobId id;
            if (const Result r = q.resolve(job, &id); r.isError())
                return r;
            return q.apply(id, patch);
        },
        [done = std::move(done)](const Result &r, bool) {
            if (done)
                done(r);
        });
}

void EngineClient::transition(const Transition &transition, Transitioned done)
{
    runInEngine<QList<Result>>(
        m_queue, this,
        [transition](JobQueue &q, QList<Result> *results) {
            for (const JobRef &ref : transition.jobs) {
                JobId id;
                Result r = q.resolve(ref, &id);
                if (r.isSuccess()) {
                    switch (transition.action) {
                    case JobAction::Resume:
                        r = q.resume(id);
                        break;
                    case JobAction::Suspend:
                        r = q.suspend(id);
                        break;
                    case JobAction::Cancel:
                        r = q.cancel(id);
                        break;
                    case JobAction::Complete:
                        r = q.complete(id);
                        break;
                    default:
                        r = Result::E_NOTIMPL;
                        break;
                    }
                }
                results->append(r);
            }
            return Result(Result::S_OK);
        },
        [done = std::move(done)](const Result &, const QList<Result> &results) {
            if (done)
                done(results);
        });
}

void EngineClient::job(const JobRef &job, Found done)
{
    runInEngine<Job>(
        m_queue, this,
        [job](JobQueue &q, Job *out) {
            Job found;
            const Result r = q.find(job, &found);
            if (r.isSuccess())
                *out = withoutPasswords(found);
            return r;
        },
        std::move(done));
}

void EngineClient::jobs(bool withHistory, Listed done)
{
    runInEngine<QList<Job>>(
        m_queue, this,
        [withHistory](JobQueue &q, QList<Job> *out) {
            out->reserve(q.count());
            for (const JobId &id : q.jobIds())
                out->append(withoutPasswords(*q.job(id)));
            if (withHistory) {
                QList<Job> history;
                if (const Result r = q.history(&history); r.isError())
                    return r;
                // Oldest first, like the queue.
                for (auto it = history.crbegin(); it != history.crend(); ++it)
                    out->append(withoutPasswords(*it));
            }
            return Result(Result::S_OK);
        },
        std::move(done));
}

void EngineClient::history(int limit, Listed done)
{
    runInEngine<QList<Job>>(
        m_queue, this,
        [limit](JobQueue &q, QList<Job> *out) {
            const Result r = q.history(out, limit);
            for (Job &job : *out)
                job = withoutPasswords(job);
            return r;
        },
        std::move(done));
}

void EngineClient::pruneHistory(const HistoryPrune &which, Pruned done)
{
    runInEngine<QList<JobId>>(
        m_queue, this,
        [which](JobQueue &q, QList<JobId> *removed) { return q.pruneHistory(which, removed); },
        std::move(done));
}

void EngineClient::setPreferences(const EnginePreferences &preferences)
{
    if (!m_queue || !m_preferencesHandler)
        return;
    QMetaObject::invokeMethod(
        m_queue, [handler = m_preferencesHandler, preferences]() { handler(preferences); },
        Qt::QueuedConnection);
}

void EngineClient::requestAll()
{
    if (m_publisher)
        QMetaObject::invokeMethod(m_publisher, &SnapshotPublisher::publishAll,
                                  Qt::QueuedConnection);
}

} // namespace Ferry
