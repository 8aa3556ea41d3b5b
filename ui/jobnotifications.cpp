#include "jobnotifications.h"

#include "jobactions.h"
#include "jobengine.h"
#include "joblistmodel.h"
#include "notifier.h"
#include "result.h"

#include <QTimer>

namespace Ferry {

JobNotifications::JobNotifications(JobEngine *client, JobListModel *jobs, Notifier *notifier,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_jobs(jobs)
    , m_notifier(notifier)
{
    connect(client, &JobEngine::jobTransferred, this, &JobNotifications::onTransferred);
    connect(client, &JobEngine::jobFailed, this, &JobNotifications::onFailed);
    connect(notifier, &Notifier::actionInvoked, this, &JobNotifications::onAction);
    // The model learns of the last state changes a little after the events: look at it then.
    connect(jobs, &QAbstractItemModel::dataChanged, this, &JobNotifications::checkIdle);
    connect(jobs, &QAbstractItemModel::rowsRemoved, this, &JobNotifications::checkIdle);
}

bool JobNotifications::wants(const Job &job, bool failed)
{
    if (job.notifyFlags.testFlag(NotifyFlag::Disable))
        return false;
    return job.notifyFlags.testFlag(failed ? NotifyFlag::JobError : NotifyFlag::JobTransferred);
}

bool JobNotifications::othersActive(const JobId &id) const
{
    if (!m_jobs)
        return false;
    // The list may lag behind the events: a job announced in this run is no longer counted.
    for (int row = 0; row < m_jobs->rowCount(); ++row) {
        const JobSnapshot *s = m_jobs->snapshot(m_jobs->index(row, 0));
        if (s && isActive(s->job.state) && s->job.id != id && !m_finishedInRun.contains(s->job.id))
            return true;
    }
    return false;
}

void JobNotifications::onTransferred(const JobSnapshot &s)
{
    if (!m_enabled || !wants(s.job, false))
        return;
    const bool last = !othersActive(s.job.id);
    m_finishedInRun.insert(s.job.id);
    const int finished = int(m_finishedInRun.size());
    if (last)
        m_finishedInRun.clear();
    Notification n;
    n.job = s.job.id;
    if (s.job.type == JobType::Download) {
        n.actions = { { QStringLiteral("open"), tr("Open") },
                      { QStringLiteral("folder"), tr("Open Folder") } };
    }
    if (last && finished > 1) {
        n.event = QStringLiteral("allFinished");
        n.title = tr("All transfers finished");
        //: %1 is the name of the job that finished last
        n.text = tr("%n job(s) finished, %1 last.", "", finished).arg(s.job.displayName);
    } else {
        n.event = QStringLiteral("jobFinished");
        n.title = s.job.type == JobType::Download ? tr("Download finished") : tr("Upload finished");
        //: %1 is the job's name
        n.text = tr("%1 has been transferred.").arg(s.job.displayName);
    }
    m_notifier->notify(n);
}

void JobNotifications::onFailed(const JobSnapshot &s)
{
    if (!m_enabled || !wants(s.job, true))
        return;
    Notification n;
    n.event = QStringLiteral("jobFailed");
    n.job = s.job.id;
    n.title = tr("Transfer failed");
    const Result &r = s.job.error.code;
    //: %1 is the job's name, %2 the error's description
    n.text = tr("%1: %2").arg(s.job.displayName,
                              s.job.error.description.isEmpty() ? r.message()
                                                                : s.job.error.description);
    n.actions = { { QStringLiteral("retry"), tr("Retry") } };
    m_notifier->notify(n);
}

void JobNotifications::checkIdle()
{
    // A run that ended otherwise (a failure, a cancel) starts the count again.
    if (!m_finishedInRun.isEmpty() && m_jobs && m_jobs->activity().activeJobs == 0)
        m_finishedInRun.clear();
}

void JobNotifications::onAction(const JobId &id, const QString &action)
{
    const JobSnapshot *s = m_jobs ? m_jobs->snapshot(m_jobs->indexOf(id)) : nullptr;
    if (action == QLatin1String("retry")) {
        m_client->transition({ { id }, JobAction::Resume });
    } else if (action == QLatin1String("open") && s) {
        const QString path = JobActions::openablePath(s->job);
        Q_EMIT openRequested(path.isEmpty() ? JobActions::containingFolder(s->job) : path);
    } else if (action == QLatin1String("folder") && s) {
        Q_EMIT openRequested(JobActions::containingFolder(s->job));
    } else {
        Q_EMIT showWindowRequested();
    }
}

} // namespace Ferry
