#include "engineclient.h"

#include "jobqueue.h"
#include "snapshotpublisher.h"

namespace Ferry {

EngineClient::EngineClient(JobQueue *queue, SnapshotPublisher *publisher, QObject *parent)
    : QObject(parent)
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

void EngineClient::call(Operation op, ResultHandler done)
{
    QPointer<EngineClient> self(this);
    QPointer<JobQueue> queue = m_queue;
    if (!queue) {
        if (done)
            done(Result(Result::E_FAIL, QStringLiteral("the engine is not running")));
        return;
    }
    QMetaObject::invokeMethod(
        queue,
        [queue, self, op = std::move(op), done = std::move(done)]() {
            const Result result = op(*queue);
            if (done && self) {
                QMetaObject::invokeMethod(
                    self, [self, done, result]() { done(result); }, Qt::QueuedConnection);
            }
        },
        Qt::QueuedConnection);
}

void EngineClient::createJob(const QString &displayName, JobType type, CreateHandler done)
{
    auto created = std::make_shared<JobId>();
    call([displayName, type,
          created](JobQueue &q) { return q.createJob(displayName, type, created.get()); },
         [created, done](const Result &r) {
             if (done)
                 done(r, *created);
         });
}

void EngineClient::addFile(const JobId &id, const QUrl &remoteUrl, const QString &localPath,
                           ResultHandler done)
{
    call([=](JobQueue &q) { return q.addFile(id, remoteUrl, localPath); }, std::move(done));
}

void EngineClient::resume(const JobId &id, ResultHandler done)
{
    call([id](JobQueue &q) { return q.resume(id); }, std::move(done));
}

void EngineClient::suspend(const JobId &id, ResultHandler done)
{
    call([id](JobQueue &q) { return q.suspend(id); }, std::move(done));
}

void EngineClient::cancel(const JobId &id, ResultHandler done)
{
    call([id](JobQueue &q) { return q.cancel(id); }, std::move(done));
}

void EngineClient::complete(const JobId &id, ResultHandler done)
{
    call([id](JobQueue &q) { return q.complete(id); }, std::move(done));
}

void EngineClient::setPriority(const JobId &id, JobPriority priority, ResultHandler done)
{
    call([id, priority](JobQueue &q) { return q.setPriority(id, priority); }, std::move(done));
}

void EngineClient::requestAll()
{
    if (m_publisher)
        QMetaObject::invokeMethod(m_publisher, &SnapshotPublisher::publishAll,
                                  Qt::QueuedConnection);
}

} // namespace Ferry
