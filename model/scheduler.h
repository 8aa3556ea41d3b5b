#pragma once

#include "jobid.h"
#include "jobtypes.h"

#include <QList>

namespace Ferry {

// The scheduling policy of spec §4 as a pure function, so it can be tested with fake jobs.
//  - FOREGROUND jobs all run at once.
//  - Background jobs fill `maxBackground` slots in strict priority order: a HIGH job always gets a
//    slot before any NORMAL job, and a waiting higher-priority job pre-empts a running lower one.
//  - Among jobs of equal priority, time is shared round-robin: a job that has run for a whole
//    time slice while an equal job waits goes to the back of the line.
namespace Scheduler {

struct Candidate
{
    JobId id;
    JobPriority priority = JobPriority::Normal;
    bool running = false; // CONNECTING or TRANSFERRING now
    qint64 lastStartMs = -1; // when it was last given a slot (-1: never)
    qint64 queueOrder = 0; // position in the queue (creation order), the tie-breaker
};

struct Decision
{
    QList<JobId> start; // not running, must run now
    QList<JobId> preempt; // running, must go back to QUEUED
};

// candidates: every job that wants to transfer (QUEUED, CONNECTING, TRANSFERRING).
Decision decide(const QList<Candidate> &candidates, int maxBackground, qint64 nowMs,
                qint64 sliceMs);

} // namespace Scheduler
} // namespace Ferry
