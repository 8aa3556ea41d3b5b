#include "icons.h"

#include <QString>

namespace Ferry::Icons {

namespace {

QString stateFile(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral(":/icons/states/job-queued.svg");
    case JobState::Connecting:
        return QStringLiteral(":/icons/states/job-connecting.svg");
    case JobState::Transferring:
        return QStringLiteral(":/icons/states/job-transferring.svg");
    case JobState::Suspended:
        return QStringLiteral(":/icons/states/job-suspended.svg");
    case JobState::Error:
        return QStringLiteral(":/icons/states/job-error.svg");
    case JobState::TransientError:
        return QStringLiteral(":/icons/states/job-transient-error.svg");
    case JobState::Transferred:
        return QStringLiteral(":/icons/states/job-transferred.svg");
    case JobState::Acknowledged:
        return QStringLiteral(":/icons/states/job-acknowledged.svg");
    case JobState::Cancelled:
        return QStringLiteral(":/icons/states/job-cancelled.svg");
    }
    return {};
}

} // namespace

QIcon application()
{
    return QIcon::fromTheme(QStringLiteral(FERRY_APP_ID),
                            QIcon(QStringLiteral(":/icons/" FERRY_APP_ID ".svg")));
}

QIcon state(JobState state)
{
    return QIcon(stateFile(state));
}

QIcon partlyKept()
{
    return QIcon(QStringLiteral(":/icons/states/job-acknowledged-partial.svg"));
}

QIcon tray(bool active)
{
    return QIcon(active ? QStringLiteral(":/icons/tray/ferry-tray-active.svg")
                        : QStringLiteral(":/icons/tray/ferry-tray-idle.svg"));
}

QIcon action(const QString &themeName)
{
    if (themeName.isEmpty())
        return {};
    return QIcon::fromTheme(
        themeName, QIcon(QStringLiteral(":/icons/actions/") + themeName + QStringLiteral(".svg")));
}

} // namespace Ferry::Icons
