#pragma once

#include "jobsnapshot.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Ferry {

class JobEngine;
class JobListModel;
class Notifier;

// Turns the engine's job events into notifications, honouring each job's notify flags
// (BG_NOTIFY_JOB_TRANSFERRED, BG_NOTIFY_JOB_ERROR, BG_NOTIFY_DISABLE), and carries out the
// actions the user picks on them: Open and Open Folder for a finished download, Retry for a
// failed job. One finished job gets one notification. When the last active job finishes and
// others finished in the same run, its notification is the "all transfers finished" one (naming
// it, with its actions) instead of a second popup on top of its own.
class JobNotifications : public QObject
{
    Q_OBJECT
public:
    JobNotifications(JobEngine *client, JobListModel *jobs, Notifier *notifier,
                     QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobNotifications)

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    static bool wants(const Job &job, bool failed);

Q_SIGNALS:
    // An action asked to show the window (a click on a notification's body).
    void showWindowRequested();
    // Open / Open Folder want this local path shown by the desktop (QDesktopServices by default).
    void openRequested(const QString &localPath);

private:
    void onTransferred(const JobSnapshot &job);
    void onFailed(const JobSnapshot &job);
    void onAction(const JobId &job, const QString &action);
    void checkIdle();
    // Whether a job other than `id`, and not yet announced in this run, is still active.
    bool othersActive(const JobId &id) const;

    JobEngine *m_client;
    QPointer<JobListModel> m_jobs;
    Notifier *m_notifier;
    bool m_enabled = true;
    QSet<JobId> m_finishedInRun; // announced since the list was last idle
};

} // namespace Ferry
