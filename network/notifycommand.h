#pragma once

#include "jobid.h"
#include "jobtypes.h"

#include <QHash>
#include <QObject>

#include <memory>

class QProcess;

namespace Ferry {

class Clock;
class ClockTimer;
class JobQueue;

// The notify command line of BITS (spec §7.3): when a job reaches TRANSFERRED or ERROR and its
// notify flags ask for that event, its program runs with its arguments (no shell, no PATH search).
// A program that exits non-zero without completing or cancelling the job runs again after the
// job's MinimumRetryDelay. The event is delivered at least once: a job already TRANSFERRED or in
// ERROR when the engine starts, or when the command line is set, runs the program too.
// The program also finds FERRY_JOB_ID and FERRY_JOB_STATE in its environment.
class NotifyCommand : public QObject
{
    Q_OBJECT
public:
    // The retry delay runs on `clock` (the engine's).
    NotifyCommand(JobQueue *queue, const Clock *clock, QObject *parent = nullptr);
    ~NotifyCommand() override;
    Q_DISABLE_COPY_MOVE(NotifyCommand)

Q_SIGNALS:
    // For tests and logs: the program of a job exited.
    void finished(const Ferry::JobId &id, int exitCode);

private:
    void consider(const JobId &id);
    void run(const JobId &id);
    void onExited(const JobId &id, JobState event, int exitCode, bool crashed);

    JobQueue *m_queue;
    const Clock *m_clock;
    QHash<JobId, JobState> m_delivered; // the event each job's program has run for, successfully
    QHash<JobId, QProcess *> m_running;
    QHash<JobId, std::shared_ptr<ClockTimer>> m_retries;
};

} // namespace Ferry
