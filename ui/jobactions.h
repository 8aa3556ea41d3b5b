#pragma once

#include "jobrules.h"
#include "jobsnapshot.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace Ferry {

// The job actions of the toolbar and the context menu, created once. updateActionStates() asks
// JobRules about the selected jobs, so an action is enabled exactly when the engine would accept
// it for at least one of them; the actions that work on one job (Properties, Change URL, Open)
// need exactly one job selected.
class JobActions : public QObject
{
    Q_OBJECT
public:
    explicit JobActions(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobActions)

    QAction *resume() const { return m_resume; }
    QAction *suspend() const { return m_suspend; }
    QAction *cancel() const { return m_cancel; }
    QAction *complete() const { return m_complete; }
    // Foreground, High, Normal, Low: checkable, one checked when the selection agrees.
    QAction *priority(JobPriority priority) const { return m_priorities.at(int(priority)); }
    QMenu *priorityMenu() const { return m_priorityMenu; }
    QAction *changeUrl() const { return m_changeUrl; }
    // The per-job download limit of the selected jobs that are not finished.
    QAction *speedLimit() const { return m_speedLimit; }
    QAction *open() const { return m_open; }
    QAction *openFolder() const { return m_openFolder; }
    QAction *copyUrl() const { return m_copyUrl; }
    QAction *properties() const { return m_properties; }
    // Finished jobs (the history): Remove from List (Delete), Remove and Delete Files
    // (Shift+Delete), Download Again; Clear History… works on the whole history.
    QAction *remove() const { return m_remove; }
    QAction *removeAndDelete() const { return m_removeAndDelete; }
    QAction *downloadAgain() const { return m_downloadAgain; }
    QAction *clearHistory() const { return m_clearHistory; }

    // The state-changing actions, in menu order.
    QList<QAction *> transitions() const { return { m_resume, m_suspend, m_complete, m_cancel }; }
    // Every action, for tests and the shortcut list.
    QList<QAction *> all() const;
    // Fills a menu (the context menu and the Jobs menu share this layout).
    void populate(QMenu *menu) const;

    void updateActionStates(const QList<JobSnapshot> &selection);

    // The jobs of the selection that allow the action.
    static QList<JobId> applicable(JobAction action, const QList<JobSnapshot> &selection);
    // The local file that Open shows: the first committed file of a finished download, or empty.
    static QString openablePath(const Job &job);
    // The folder Open Containing Folder shows: the folder of the job's first file, or empty.
    static QString containingFolder(const Job &job);
    // The finished jobs of the selection (what Remove from List removes).
    static QList<JobId> finished(const QList<JobSnapshot> &selection);
    // The files Remove and Delete Files deletes: those Complete put in place for a download,
    // while they are still there as regular files.
    static QStringList committedFiles(const Job &job);
    // A finished download with files can be fetched again as a new job.
    static bool downloadableAgain(const Job &job);

private:
    QAction *m_resume;
    QAction *m_suspend;
    QAction *m_cancel;
    QAction *m_complete;
    QList<QAction *> m_priorities;
    QActionGroup *m_priorityGroup;
    QMenu *m_priorityMenu;
    QAction *m_changeUrl;
    QAction *m_speedLimit;
    QAction *m_open;
    QAction *m_openFolder;
    QAction *m_copyUrl;
    QAction *m_properties;
    QAction *m_remove;
    QAction *m_removeAndDelete;
    QAction *m_downloadAgain;
    QAction *m_clearHistory;
};

} // namespace Ferry
