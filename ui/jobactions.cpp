#include "jobactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace Ferry {

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QString &text,
                    const QString &iconName, const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    action->setEnabled(false);
    return action;
}

// An action is offered when the call is allowed and does something: Resume of a job that
// already runs is legal in BITS but pointless, so it stays greyed out.
bool offered(JobAction action, const Job &job)
{
    if (action == JobAction::Resume && (job.files.isEmpty() || job.allFilesTransferred()))
        return false; // BG_E_EMPTY, or nothing left to transfer
    return JobRules::changesState(action, job.type, job.state);
}

} // namespace

JobActions::JobActions(QObject *parent)
    : QObject(parent)
    , m_resume(makeAction(this, "actionResume", tr("&Resume"),
                          QStringLiteral("media-playback-start"),
                          QKeySequence(Qt::CTRL | Qt::Key_R)))
    , m_suspend(makeAction(this, "actionSuspend", tr("&Suspend"),
                           QStringLiteral("media-playback-pause"),
                           QKeySequence(Qt::CTRL | Qt::Key_P)))
    , m_cancel(makeAction(this, "actionCancel", tr("&Cancel Job"), QStringLiteral("process-stop"),
                          QKeySequence::Delete))
    , m_complete(makeAction(this, "actionComplete", tr("C&omplete", "verb: complete the job"),
                            QStringLiteral("dialog-ok"), QKeySequence(Qt::CTRL | Qt::Key_Return)))
{
    m_resume->setToolTip(tr("Start or continue transferring the selected jobs"));
    m_suspend->setToolTip(tr("Pause the selected jobs"));
    m_cancel->setToolTip(tr("Cancel the selected jobs and delete their temporary files"));
    m_complete->setToolTip(tr("Make the transferred files available and finish the selected jobs"));
}

QList<JobId> JobActions::applicable(JobAction action, const QList<JobSnapshot> &selection)
{
    QList<JobId> ids;
    for (const JobSnapshot &s : selection) {
        if (offered(action, s.job))
            ids.append(s.job.id);
    }
    return ids;
}

void JobActions::updateActionStates(const QList<JobSnapshot> &selection)
{
    bool anyResumable = false;
    bool anySuspendable = false;
    bool anyCancellable = false;
    bool anyCompletable = false;
    for (const JobSnapshot &s : selection) {
        anyResumable = anyResumable || offered(JobAction::Resume, s.job);
        anySuspendable = anySuspendable || offered(JobAction::Suspend, s.job);
        anyCancellable = anyCancellable || offered(JobAction::Cancel, s.job);
        anyCompletable = anyCompletable || offered(JobAction::Complete, s.job);
    }
    m_resume->setEnabled(anyResumable);
    m_suspend->setEnabled(anySuspendable);
    m_cancel->setEnabled(anyCancellable);
    m_complete->setEnabled(anyCompletable);
}

} // namespace Ferry
