#include "scheduler.h"

#include <algorithm>

namespace Ferry::Scheduler {

Decision decide(const QList<Candidate> &candidates, int maxBackground, qint64 nowMs, qint64 sliceMs)
{
    QList<const Candidate *> background;
    QList<JobId> chosen;
    for (const Candidate &c : candidates) {
        if (c.priority == JobPriority::Foreground)
            chosen.append(c.id);
        else
            background.append(&c);
    }
    // A running job keeps its place until its slice is over; then it queues behind every job of
    // its priority that has waited longer.
    const auto waitingSince = [nowMs, sliceMs](const Candidate *c) {
        if (c->running && nowMs - c->lastStartMs < sliceMs)
            return qint64(-1); // still inside its slice: first in line
        return c->lastStartMs;
    };
    std::stable_sort(background.begin(), background.end(),
                     [&](const Candidate *a, const Candidate *b) {
                         if (a->priority != b->priority)
                             return a->priority < b->priority;
                         const qint64 wa = waitingSince(a);
                         const qint64 wb = waitingSince(b);
                         if (wa != wb)
                             return wa < wb;
                         return a->queueOrder < b->queueOrder;
                     });
    for (int i = 0; i < background.size() && i < maxBackground; ++i)
        chosen.append(background.at(i)->id);

    Decision d;
    for (const Candidate &c : candidates) {
        const bool run = chosen.contains(c.id);
        if (run && !c.running)
            d.start.append(c.id);
        else if (!run && c.running)
            d.preempt.append(c.id);
    }
    return d;
}

} // namespace Ferry::Scheduler
