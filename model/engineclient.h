#pragma once

#include "jobsnapshot.h"
#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Ferry {

class JobQueue;
class SnapshotPublisher;

// The one door into the engine for the UI and the IPC server. Calls are queued into the engine
// thread and never block the caller; each call's Result comes back as a queued callback in the
// caller's thread. Job state comes out as coalesced snapshot batches.
class EngineClient : public QObject
{
    Q_OBJECT
public:
    using ResultHandler = std::function<void(const Result &)>;
    using CreateHandler = std::function<void(const Result &, const JobId &)>;
    using Operation = std::function<Result(JobQueue &)>;

    EngineClient(JobQueue *queue, SnapshotPublisher *publisher, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EngineClient)

    // Runs op on the queue in the engine thread; done (optional) gets its Result back here.
    void call(Operation op, ResultHandler done = {});

    void createJob(const QString &displayName, JobType type, CreateHandler done = {});
    void addFile(const JobId &id, const QUrl &remoteUrl, const QString &localPath,
                 ResultHandler done = {});
    void resume(const JobId &id, ResultHandler done = {});
    void suspend(const JobId &id, ResultHandler done = {});
    void cancel(const JobId &id, ResultHandler done = {});
    void complete(const JobId &id, ResultHandler done = {});
    void setPriority(const JobId &id, JobPriority priority, ResultHandler done = {});

    // Asks for a reset batch with every job (sent on connection, and whenever a view needs it).
    void requestAll();

Q_SIGNALS:
    void batchReceived(const Ferry::SnapshotBatch &batch);
    void jobTransferred(const Ferry::JobSnapshot &job);
    void jobFailed(const Ferry::JobSnapshot &job);
    // The job reached ACKNOWLEDGED or CANCELLED and left the queue.
    void jobRemoved(const Ferry::JobId &id, Ferry::JobState finalState);

private:
    QPointer<JobQueue> m_queue;
    QPointer<SnapshotPublisher> m_publisher;
};

} // namespace Ferry
