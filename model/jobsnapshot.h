#pragma once

#include "job.h"

#include <QList>
#include <QMetaType>

namespace Ferry {

// What the engine publishes about a job: its value (credentials' passwords removed) plus what
// only the engine knows, such as the current speed.
struct JobSnapshot
{
    Job job;
    qint64 bytesPerSecond = 0;
    // The connections moving the job's bytes now (several for a segmented download; 0 when it
    // does not transfer).
    int connections = 0;

    static JobSnapshot of(const Job &job, qint64 bytesPerSecond = 0, int connections = 0);
};

// One coalesced publication: every job that changed since the last batch, once, and the jobs
// that left the queue. A reset batch carries every job and replaces what the receiver had.
struct SnapshotBatch
{
    QList<JobSnapshot> changed;
    QList<JobId> removed;
    // The final value (ACKNOWLEDGED or CANCELLED) of the removed jobs that finished in this batch,
    // for views that keep a history.
    QList<JobSnapshot> finished;
    bool reset = false;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::JobSnapshot)
Q_DECLARE_METATYPE(Ferry::SnapshotBatch)
