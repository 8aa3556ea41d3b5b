#pragma once

#include "jobengine.h"

#include <QPointer>

#include <functional>

namespace Ferry {

class JobQueue;
class SnapshotPublisher;

// The JobEngine over the real queue: each command is queued into the engine thread, runs there
// on the JobQueue, and its answer comes back as a queued callback in the caller's thread, so a
// caller never blocks on the engine and the engine never waits for a caller. Job state comes out
// as the publisher's coalesced snapshot batches. Passwords never come back.
class EngineClient : public JobEngine
{
    Q_OBJECT
public:
    EngineClient(JobQueue *queue, SnapshotPublisher *publisher, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EngineClient)

    // Who applies setPreferences() (the transfer engine), called in the engine thread.
    void setPreferencesHandler(std::function<void(const EnginePreferences &)> handler);

    void create(const QList<NewJob> &jobs, Created done = {}) override;
    void apply(const JobRef &job, const JobPatch &patch, Done done = {}) override;
    void transition(const Transition &transition, Transitioned done = {}) override;
    void job(const JobRef &job, Found done) override;
    void jobs(bool withHistory, Listed done) override;
    void history(int limit, Listed done) override;
    void pruneHistory(const HistoryPrune &which, Pruned done = {}) override;
    void setPreferences(const EnginePreferences &preferences) override;
    void requestAll() override;

private:
    QPointer<JobQueue> m_queue;
    QPointer<SnapshotPublisher> m_publisher;
    std::function<void(const EnginePreferences &)> m_preferencesHandler;
};

} // namespace Ferry
