#pragma once

#include "enginepreferences.h"
#include "jobcommands.h"
#include "jobsnapshot.h"
#include "result.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace Ferry {

// The door into the engine for every client (the window, the IPC server, the browser host): typed
// commands and queries in, results and coalesced snapshot batches out. Nothing blocks: each
// answer comes back as a callback in the caller's thread. EngineClient is the real one, over the
// queue in the engine thread; the widget tests use a small fake.
class JobEngine : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result &)>;
    using Created = std::function<void(const Result &, const QList<JobId> &)>;
    using Transitioned = std::function<void(const QList<Result> &)>;
    using Found = std::function<void(const Result &, const Job &)>;
    using Listed = std::function<void(const Result &, const QList<Job> &)>;
    using Pruned = std::function<void(const Result &, const QList<JobId> &)>;

    using QObject::QObject;

    // Creates the jobs, all or nothing (each as CreateJob + AddFile + its settings would), and
    // queues those with `resume`.
    virtual void create(const QList<NewJob> &jobs, Created done = {}) = 0;
    virtual void apply(const JobRef &job, const JobPatch &patch, Done done = {}) = 0;
    virtual void transition(const Transition &transition, Transitioned done = {}) = 0;
    // One job: in the queue, else in the history (a prefix that matches several is refused).
    virtual void job(const JobRef &job, Found done) = 0;
    // The queue in creation order, then (withHistory) the history, oldest first.
    virtual void jobs(bool withHistory, Listed done) = 0;
    // Finished jobs, most recent first (limit < 0: all).
    virtual void history(int limit, Listed done) = 0;
    // Removes finished jobs from the history (Remove from List, Clear History); `done` gets the
    // ids that went.
    virtual void pruneHistory(const HistoryPrune &which, Pruned done = {}) = 0;
    // The engine's part of the user's settings (concurrent transfers, limits, connections).
    virtual void setPreferences(const EnginePreferences &preferences) = 0;
    // Asks for a reset batch with every job.
    virtual void requestAll() = 0;

Q_SIGNALS:
    void batchReceived(const Ferry::SnapshotBatch &batch);
    void jobTransferred(const Ferry::JobSnapshot &job);
    void jobFailed(const Ferry::JobSnapshot &job);
    // The job reached ACKNOWLEDGED or CANCELLED and left the queue.
    void jobRemoved(const Ferry::JobId &id, Ferry::JobState finalState);
};

} // namespace Ferry
