#include "jobactions.h"

#include "icons.h"
#include "jobnames.h"

#include <QAction>
#include <QActionGroup>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>

namespace Ferry {

namespace {

QAction *makeAction(QObject *parent, const char *objectName, const QString &text,
                    const QString &iconName, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(Icons::action(iconName), text, parent);
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
    if (action == JobAction::SetProperty || action == JobAction::SetRemoteName)
        return JobRules::check(action, job.type, job.state).isSuccess();
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
                          QKeySequence(Qt::CTRL | Qt::Key_Delete)))
    , m_complete(makeAction(this, "actionComplete", tr("C&omplete", "verb: complete the job"),
                            QStringLiteral("dialog-ok"), QKeySequence(Qt::CTRL | Qt::Key_Return)))
    , m_priorityGroup(new QActionGroup(this))
    , m_priorityMenu(new QMenu(tr("&Priority")))
    , m_changeUrl(
          makeAction(this, "actionChangeUrl", tr("Change &URL…"), QStringLiteral("document-edit")))
    , m_speedLimit(
          makeAction(this, "actionSpeedLimit", tr("Speed &Limit…"), QStringLiteral("speedometer")))
    , m_open(makeAction(this, "actionOpen", tr("&Open"), QStringLiteral("document-open"),
                        QKeySequence(Qt::CTRL | Qt::Key_O)))
    , m_openFolder(makeAction(this, "actionOpenFolder", tr("Open Containing &Folder"),
                              QStringLiteral("folder-open"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)))
    , m_copyUrl(makeAction(this, "actionCopyUrl", tr("Cop&y URL"), QStringLiteral("edit-copy"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)))
    , m_properties(makeAction(this, "actionProperties", tr("P&roperties"),
                              QStringLiteral("document-properties"),
                              QKeySequence(Qt::ALT | Qt::Key_Return)))
    , m_remove(makeAction(this, "actionRemove", tr("Re&move from List"),
                          QStringLiteral("list-remove"), QKeySequence::Delete))
    , m_removeAndDelete(makeAction(this, "actionRemoveAndDelete", tr("Remove and &Delete Files"),
                                   QStringLiteral("edit-delete"),
                                   QKeySequence(Qt::SHIFT | Qt::Key_Delete)))
    , m_downloadAgain(makeAction(this, "actionDownloadAgain", tr("Download &Again"),
                                 QStringLiteral("view-refresh")))
    , m_clearHistory(makeAction(this, "actionClearHistory", tr("Clear &History…"),
                                QStringLiteral("edit-clear-history"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)))
{
    m_resume->setToolTip(tr("Start or continue transferring the selected jobs"));
    m_suspend->setToolTip(tr("Pause the selected jobs"));
    m_cancel->setToolTip(tr("Cancel the selected jobs and delete their temporary files"));
    m_complete->setToolTip(tr("Make the transferred files available and finish the selected jobs"));
    m_remove->setToolTip(tr("Remove the selected finished jobs from the list; their files stay"));
    m_removeAndDelete->setToolTip(
        tr("Delete the downloaded files of the selected finished jobs and remove the jobs"));
    m_downloadAgain->setToolTip(
        tr("Download the files of the selected finished jobs again, as new jobs"));
    m_clearHistory->setEnabled(true); // the dialog says when there is nothing to clear

    m_priorityMenu->setObjectName(QStringLiteral("menuPriority"));
    m_priorityMenu->menuAction()->setObjectName(QStringLiteral("actionPriority"));
    static const char *const names[] = { "actionPriorityForeground", "actionPriorityHigh",
                                         "actionPriorityNormal", "actionPriorityLow" };
    for (int p = 0; p < 4; ++p) {
        auto *action = makeAction(this, names[p], JobNames::priority(JobPriority(p)), {});
        action->setCheckable(true);
        m_priorityGroup->addAction(action);
        m_priorityMenu->addAction(action);
        m_priorities.append(action);
    }
    m_priorityMenu->menuAction()->setEnabled(false);
}

QList<QAction *> JobActions::all() const
{
    QList<QAction *> list = transitions();
    list.append(m_priorities);
    list << m_changeUrl << m_speedLimit << m_open << m_openFolder << m_copyUrl << m_properties
         << m_remove << m_removeAndDelete << m_downloadAgain << m_clearHistory;
    return list;
}

void JobActions::populate(QMenu *menu) const
{
    menu->addActions(transitions());
    menu->addSeparator();
    menu->addMenu(m_priorityMenu);
    menu->addAction(m_changeUrl);
    menu->addAction(m_speedLimit);
    menu->addSeparator();
    menu->addAction(m_open);
    menu->addAction(m_openFolder);
    menu->addAction(m_copyUrl);
    menu->addSeparator();
    menu->addAction(m_downloadAgain);
    menu->addAction(m_remove);
    menu->addAction(m_removeAndDelete);
    menu->addAction(m_clearHistory);
    menu->addSeparator();
    menu->addAction(m_properties);
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

QString JobActions::openablePath(const Job &job)
{
    if (job.type != JobType::Download || job.state != JobState::Acknowledged)
        return {};
    for (const JobFile &f : job.files) {
        if (f.completed && QFileInfo(f.localPath).isFile())
            return f.localPath;
    }
    return {};
}

QString JobActions::containingFolder(const Job &job)
{
    if (job.files.isEmpty())
        return {};
    const QFileInfo info(job.files.first().localPath);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

QList<JobId> JobActions::finished(const QList<JobSnapshot> &selection)
{
    QList<JobId> ids;
    for (const JobSnapshot &s : selection) {
        if (isFinal(s.job.state))
            ids.append(s.job.id);
    }
    return ids;
}

QStringList JobActions::committedFiles(const Job &job)
{
    QStringList paths;
    if (job.type != JobType::Download || job.state != JobState::Acknowledged)
        return paths;
    for (const JobFile &f : job.files) {
        const QFileInfo info(f.localPath);
        if (f.completed && info.isFile() && !info.isSymLink())
            paths.append(f.localPath);
    }
    return paths;
}

bool JobActions::downloadableAgain(const Job &job)
{
    return job.type == JobType::Download && isFinal(job.state) && !job.files.isEmpty();
}

void JobActions::updateActionStates(const QList<JobSnapshot> &selection)
{
    auto any = [&selection](JobAction action) {
        return std::any_of(selection.cbegin(), selection.cend(),
                           [action](const JobSnapshot &s) { return offered(action, s.job); });
    };
    m_resume->setEnabled(any(JobAction::Resume));
    m_suspend->setEnabled(any(JobAction::Suspend));
    m_cancel->setEnabled(any(JobAction::Cancel));
    m_complete->setEnabled(any(JobAction::Complete));

    const bool prioritySettable = any(JobAction::SetProperty);
    m_priorityMenu->menuAction()->setEnabled(prioritySettable);
    m_speedLimit->setEnabled(prioritySettable);
    // The current priority is checked when every selected job has it.
    int common = selection.isEmpty() ? -1 : int(selection.first().job.priority);
    for (const JobSnapshot &s : selection) {
        if (int(s.job.priority) != common)
            common = -1;
    }
    for (int p = 0; p < m_priorities.size(); ++p) {
        m_priorities.at(p)->setEnabled(prioritySettable);
        m_priorities.at(p)->setChecked(p == common);
    }

    const Job *one = selection.size() == 1 ? &selection.first().job : nullptr;
    m_changeUrl->setEnabled(one && one->type == JobType::Download && !one->files.isEmpty()
                            && offered(JobAction::SetRemoteName, *one));
    m_open->setEnabled(one && !openablePath(*one).isEmpty());
    m_openFolder->setEnabled(one && !containingFolder(*one).isEmpty());
    m_copyUrl->setEnabled(std::any_of(selection.cbegin(), selection.cend(),
                                      [](const JobSnapshot &s) { return !s.job.files.isEmpty(); }));
    m_properties->setEnabled(one != nullptr);

    m_remove->setEnabled(!finished(selection).isEmpty());
    // Without looking at the disk (a selection can hold thousands of jobs): the dialog that
    // follows says which files are still there.
    m_removeAndDelete->setEnabled(
        std::any_of(selection.cbegin(), selection.cend(), [](const JobSnapshot &s) {
            return s.job.type == JobType::Download && s.job.state == JobState::Acknowledged
                && std::any_of(s.job.files.cbegin(), s.job.files.cend(),
                               [](const JobFile &f) { return f.completed; });
        }));
    m_downloadAgain->setEnabled(
        std::any_of(selection.cbegin(), selection.cend(),
                    [](const JobSnapshot &s) { return downloadableAgain(s.job); }));
}

} // namespace Ferry
