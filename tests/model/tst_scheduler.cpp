#include "scheduler.h"

#include <QtTest>

using namespace Ferry;
using Scheduler::Candidate;

namespace {

JobId idOf(int n)
{
    return JobId(QUuid(uint(n), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
}

Candidate job(int n, JobPriority p, bool running = false, qint64 lastStart = -1)
{
    return { idOf(n), p, running, lastStart, n };
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foregroundAlwaysRuns();
    void fillsSlotsInPriorityOrder();
    void higherPriorityPreempts();
    void roundRobinAmongEquals();
    void runningJobKeepsItsSlice();
    void nothingToDo();
};

void TestScheduler::foregroundAlwaysRuns()
{
    const auto d
        = Scheduler::decide({ job(1, JobPriority::Foreground), job(2, JobPriority::Foreground),
                              job(3, JobPriority::Foreground), job(4, JobPriority::Normal) },
                            1, 0, 1000);
    QCOMPARE(d.start, (QList<JobId> { idOf(1), idOf(2), idOf(3), idOf(4) }));
    QVERIFY(d.preempt.isEmpty());
}

void TestScheduler::fillsSlotsInPriorityOrder()
{
    const auto d = Scheduler::decide({ job(1, JobPriority::Low), job(2, JobPriority::Normal),
                                       job(3, JobPriority::High), job(4, JobPriority::Normal) },
                                     2, 0, 1000);
    QCOMPARE(d.start, (QList<JobId> { idOf(2), idOf(3) }));
}

void TestScheduler::higherPriorityPreempts()
{
    const auto d = Scheduler::decide(
        { job(1, JobPriority::Low, true, 0), job(2, JobPriority::High) }, 1, 10, 1000);
    QCOMPARE(d.start, QList<JobId> { idOf(2) });
    QCOMPARE(d.preempt, QList<JobId> { idOf(1) });
}

void TestScheduler::roundRobinAmongEquals()
{
    // Job 1 ran a whole slice while jobs 2 and 3 waited: it goes to the back of the line.
    QList<Candidate> jobs = { job(1, JobPriority::Normal, true, 0), job(2, JobPriority::Normal),
                              job(3, JobPriority::Normal) };
    auto d = Scheduler::decide(jobs, 1, 1000, 1000);
    QCOMPARE(d.start, QList<JobId> { idOf(2) });
    QCOMPARE(d.preempt, QList<JobId> { idOf(1) });
    // Next slice: 2 ran, 3 never did, 1 ran longest ago of the two that ran.
    jobs = { job(1, JobPriority::Normal, false, 0), job(2, JobPriority::Normal, true, 1000),
             job(3, JobPriority::Normal) };
    d = Scheduler::decide(jobs, 1, 2000, 1000);
    QCOMPARE(d.start, QList<JobId> { idOf(3) });
    jobs = { job(1, JobPriority::Normal, false, 0), job(2, JobPriority::Normal, false, 1000),
             job(3, JobPriority::Normal, true, 2000) };
    d = Scheduler::decide(jobs, 1, 3000, 1000);
    QCOMPARE(d.start,
             QList<JobId> { idOf(1) }); // a big job never starves the others, nor is starved
}

void TestScheduler::runningJobKeepsItsSlice()
{
    const auto d = Scheduler::decide(
        { job(1, JobPriority::Normal, true, 500), job(2, JobPriority::Normal) }, 1, 900, 1000);
    QVERIFY(d.start.isEmpty());
    QVERIFY(d.preempt.isEmpty());
}

void TestScheduler::nothingToDo()
{
    const auto d = Scheduler::decide({}, 3, 0, 1000);
    QVERIFY(d.start.isEmpty() && d.preempt.isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
