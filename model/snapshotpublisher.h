#pragma once

#include "jobsnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Ferry {

class JobQueue;

// Coalesces the queue's per-call change signals into batches: each job that changed is marked
// dirty, and one timer drains the dirty set at most every interval, so a job that moves bytes a
// thousand times a second is published a few times a second. A job whose state changed (or that
// is new) is published as soon as control returns to the event loop: the window, the tray and
// `ferryctl wait` see TRANSFERRED or ERROR at once, not an interval later. Lives in the engine
// thread.
class SnapshotPublisher : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotPublisher(JobQueue *queue, int intervalMs = 250, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SnapshotPublisher)

    int interval() const { return m_timer.interval(); }
    // Who knows how many connections a job uses now (the transfer engine); none: 0.
    void setConnectionCount(std::function<int(const JobId &)> count);

public Q_SLOTS:
    // Emits a reset batch with every job in the queue.
    void publishAll();
    // Emits what is pending now instead of waiting for the timer.
    void flush();

Q_SIGNALS:
    void batchReady(const Ferry::SnapshotBatch &batch);
    void jobTransferred(const Ferry::JobSnapshot &job);
    void jobFailed(const Ferry::JobSnapshot &job);

private:
    void markDirty(const JobId &id);
    qint64 speedOf(const Job &job);
    int connectionsOf(const Job &job) const;

    struct Rate
    {
        qint64 bytes = 0;
        qint64 atMs = 0;
        qint64 bytesPerSecond = 0;
    };

    JobQueue *m_queue;
    QTimer m_timer;
    QTimer m_soon; // zero-delay: a state changed
    QElapsedTimer m_clock;
    QList<JobId> m_dirtyOrder;
    QSet<JobId> m_dirty;
    QList<JobId> m_removed;
    QList<JobSnapshot> m_finished;
    QHash<JobId, Rate> m_rates;
    std::function<int(const JobId &)> m_connections;
    QHash<JobId, JobState> m_publishedState;
};

} // namespace Ferry
