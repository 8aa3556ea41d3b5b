#pragma once

#include "jobrules.h"
#include "jobsnapshot.h"

#include <QList>
#include <QObject>

class QAction;

namespace Ferry {

// The job actions of the toolbar and the context menu, created once. updateActionStates() asks
// JobRules about the selected jobs, so an action is enabled exactly when the engine would accept
// it for at least one of them.
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
    QList<QAction *> all() const { return { m_resume, m_suspend, m_complete, m_cancel }; }

    void updateActionStates(const QList<JobSnapshot> &selection);

    // The jobs of the selection that allow the action.
    static QList<JobId> applicable(JobAction action, const QList<JobSnapshot> &selection);

private:
    QAction *m_resume;
    QAction *m_suspend;
    QAction *m_cancel;
    QAction *m_complete;
};

} // namespace Ferry
