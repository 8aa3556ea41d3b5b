#include "snapshotpublisher.h"

#include "jobqueue.h"

namespace Ferry {

SnapshotPublisher::SnapshotPublisher(JobQueue *queue, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, &SnapshotPublisher::flush);
    m_soon.setSingleShot(true);
    m_soon.setInterval(0);
    connect(&m_soon, &QTimer::timeout, this, &SnapshotPublisher::flush);
    connect(queue, &JobQueue::jobAdded, this, &SnapshotPublisher::markDirty);
    connect(queue, &JobQueue::jobChanged, this, &SnapshotPublisher::markDirty);
    connect(queue, &JobQueue::jobRemoved, this, [this](const JobId &id) {
        m_dirty.remove(id);
        m_dirtyOrder.removeOne(id);
        m_rates.remove(id);
        m_publishedState.remove(id);
        m_removed.append(id);
        if (!m_timer.isActive())
            m_timer.start();
    });
    connect(queue, &JobQueue::jobFinished, this,
            [this](const Job &job) { m_finished.append(JobSnapshot::of(job)); });
    // Events are not coalesced: each one is a notification the user may see.
    connect(queue, &JobQueue::jobTransferred, this, [this](const JobId &id) {
        if (const Job *job = m_queue->job(id))
            Q_EMIT jobTransferred(JobSnapshot::of(*job));
    });
    connect(queue, &JobQueue::jobFailed, this, [this](const JobId &id) {
        if (const Job *job = m_queue->job(id))
            Q_EMIT jobFailed(JobSnapshot::of(*job));
    });
}

void SnapshotPublisher::markDirty(const JobId &id)
{
    if (!m_dirty.contains(id)) {
        m_dirty.insert(id);
        m_dirtyOrder.append(id);
    }
    const Job *job = m_queue->job(id);
    const auto published = m_publishedState.constFind(id);
    if (job && (published == m_publishedState.cend() || *published != job->state)) {
        if (!m_soon.isActive())
            m_soon.start();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

qint64 SnapshotPublisher::speedOf(const Job &job)
{
    const qint64 now = m_clock.elapsed();
    const qint64 bytes = job.progress().bytesTransferred;
    Rate &rate = m_rates[job.id];
    const bool moving = job.state == JobState::Transferring;
    if (!moving) {
        rate = { bytes, now, 0 };
        return 0;
    }
    const qint64 elapsed = now - rate.atMs;
    if (rate.atMs == 0 || elapsed <= 0 || bytes < rate.bytes) {
        rate = { bytes, now, rate.bytesPerSecond };
        return rate.bytesPerSecond;
    }
    const qint64 instant = (bytes - rate.bytes) * 1000 / elapsed;
    // An exponential average keeps the figure steady without lagging for long.
    const qint64 smoothed
        = rate.bytesPerSecond == 0 ? instant : (rate.bytesPerSecond * 2 + instant) / 3;
    rate = { bytes, now, smoothed };
    return smoothed;
}

void SnapshotPublisher::setConnectionCount(std::function<int(const JobId &)> count)
{
    m_connections = std::move(count);
}

int SnapshotPublisher::connectionsOf(const Job &job) const
{
    return m_connections && isConnected(job.state) ? m_connections(job.id) : 0;
}

void SnapshotPublisher::flush()
{
    m_timer.stop();
    m_soon.stop();
    if (m_dirtyOrder.isEmpty() && m_removed.isEmpty())
        return;
    SnapshotBatch batch;
    batch.changed.reserve(m_dirtyOrder.size());
    for (const JobId &id : std::as_const(m_dirtyOrder)) {
        if (const Job *job = m_queue->job(id)) {
            batch.changed.append(JobSnapshot::of(*job, speedOf(*job), connectionsOf(*job)));
            m_publishedState.insert(id, job->state);
        }
    }
    batch.removed = m_removed;
    batch.finished = m_finished;
    m_dirtyOrder.clear();
    m_dirty.clear();
    m_removed.clear();
    m_finished.clear();
    Q_EMIT batchReady(batch);
}

void SnapshotPublisher::publishAll()
{
    m_timer.stop();
    m_soon.stop();
    m_publishedState.clear();
    m_dirtyOrder.clear();
    m_dirty.clear();
    m_removed.clear();
    m_finished.clear();
    SnapshotBatch batch;
    batch.reset = true;
    batch.changed.reserve(m_queue->count());
    for (const JobId &id : m_queue->jobIds()) {
        const Job *job = m_queue->job(id);
        batch.changed.append(JobSnapshot::of(*job, 0, connectionsOf(*job)));
        m_publishedState.insert(id, job->state);
    }
    Q_EMIT batchReady(batch);
}

} // namespace Ferry
