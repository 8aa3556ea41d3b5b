#pragma once

#include "jobcommands.h"
#include "jobsnapshot.h"
#include "result.h"

#include <QObject>

class QWidget;

namespace Ferry {

class Clock;
class JobEngine;
class JobListModel;

// What the window does with finished jobs: Remove from List, Remove and Delete Files (asks
// first), Download Again (new jobs with the same settings) and Clear History… (all finished jobs,
// or those older than some days). Removing goes through the engine's history pruning; the rows
// leave the list once the store has let the jobs go.
class HistoryCommands : public QObject
{
    Q_OBJECT
public:
    HistoryCommands(JobEngine *engine, JobListModel *model, QWidget *window);

    // The clock "older than N days" counts from (tests move it); the system clock by default.
    void setClock(const Clock *clock) { m_clock = clock; }

    void removeFromList(const QList<JobSnapshot> &selection);
    // Deletes only files Ferry committed: each regular file at its final name that is still the
    // file the download wrote (its identity), then removes the jobs whose files are all gone.
    void removeAndDeleteFiles(const QList<JobSnapshot> &selection);
    void downloadAgain(const QList<JobSnapshot> &selection);
    void clearHistory();

    // A finished download as a new job: name, description, priority, URLs and destinations, the
    // user's (or the Metalink's) checksums, headers, speed limit, connections, auto-complete.
    // Passwords never reach the window, so credentials are not copied.
    static NewJob again(const Job &job);

Q_SIGNALS:
    void failed(const QString &what, const Ferry::Result &result);

private:
    void prune(const HistoryPrune &which);
    void deleteFiles(const QList<Job> &jobs);

    JobEngine *m_engine;
    JobListModel *m_model;
    QWidget *m_window;
    const Clock *m_clock;
};

} // namespace Ferry
