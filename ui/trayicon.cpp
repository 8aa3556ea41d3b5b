#include "trayicon.h"

#include "icons.h"
#include "joblistmodel.h"
#include "jobnames.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

namespace Ferry {

TrayIcon::TrayIcon(JobListModel *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_menu(new QMenu)
    , m_tray(new QSystemTrayIcon(Icons::tray(false), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide = m_menu->addAction(tr("&Hide Ferry"), this, &TrayIcon::toggleWindowRequested);
    m_showHide->setObjectName(QStringLiteral("trayShowHide"));
    m_menu
        ->addAction(Icons::action(QStringLiteral("list-add")), tr("&New Job…"), this,
                    &TrayIcon::newJobRequested)
        ->setObjectName(QStringLiteral("trayNewJob"));
    m_menu->addSeparator();
    m_menu
        ->addAction(Icons::action(QStringLiteral("media-playback-start")), tr("&Resume All"), this,
                    &TrayIcon::resumeAllRequested)
        ->setObjectName(QStringLiteral("trayResumeAll"));
    m_menu
        ->addAction(Icons::action(QStringLiteral("media-playback-pause")), tr("&Suspend All"), this,
                    &TrayIcon::suspendAllRequested)
        ->setObjectName(QStringLiteral("traySuspendAll"));
    m_limitSpeed = m_menu->addAction(QString());
    m_limitSpeed->setObjectName(QStringLiteral("trayLimitSpeed"));
    connect(m_limitSpeed, &QAction::triggered, this, [this](bool checked) {
        if (m_limit > 0)
            Q_EMIT speedLimitToggled(checked);
        else
            Q_EMIT settingsRequested();
    });
    setSpeedLimit(0, true);
    m_menu->addSeparator();
    m_menu
        ->addAction(Icons::action(QStringLiteral("configure")), tr("S&ettings…"), this,
                    &TrayIcon::settingsRequested)
        ->setObjectName(QStringLiteral("traySettings"));
    m_menu
        ->addAction(Icons::action(QStringLiteral("application-exit")), tr("&Quit"), this,
                    &TrayIcon::quitRequested)
        ->setObjectName(QStringLiteral("trayQuit"));
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
    connect(jobs, &QAbstractItemModel::dataChanged, this, &TrayIcon::refresh);
    connect(jobs, &QAbstractItemModel::rowsInserted, this, &TrayIcon::refresh);
    connect(jobs, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::refresh);
    connect(jobs, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
    refresh();
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::setWindowVisible(bool visible)
{
    m_showHide->setText(visible ? tr("&Hide Ferry") : tr("&Show Ferry"));
}

void TrayIcon::setSpeedLimit(qint64 bytesPerSecond, bool on)
{
    m_limit = bytesPerSecond;
    m_limitSpeed->setCheckable(bytesPerSecond > 0);
    m_limitSpeed->setChecked(bytesPerSecond > 0 && on);
    //: %1 is a speed such as "512 KB/s"
    m_limitSpeed->setText(bytesPerSecond > 0
                              ? tr("&Limit Speed to %1").arg(JobNames::speed(bytesPerSecond))
                              : tr("&Limit Speed…"));
}

QString TrayIcon::toolTip() const
{
    const JobListModel::Activity a = m_jobs->activity();
    if (a.activeJobs == 0)
        return tr("Ferry: no active transfers");
    //: %1 is a speed such as "1.5 MB/s"
    return tr("Ferry: %n active job(s), %1", "tray tooltip", a.activeJobs)
        .arg(JobNames::speed(a.downloadSpeed + a.uploadSpeed));
}

void TrayIcon::refresh()
{
    const bool active = m_jobs->activity().activeJobs > 0;
    m_tray->setToolTip(toolTip());
    if (active != m_active) {
        m_active = active;
        m_tray->setIcon(Icons::tray(active));
    }
}

} // namespace Ferry
