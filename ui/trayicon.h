#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Ferry {

class JobListModel;

// The tray icon: a tooltip with a summary of the transfers, an "active" icon while bytes move,
// and a menu with Show/Hide, New Job…, Resume All, Suspend All, Limit Speed (on/off with the
// configured rate), Settings… and Quit. It exists only when the session has a system tray
// (QSystemTrayIcon::isSystemTrayAvailable()).
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(JobListModel *jobs, QObject *parent = nullptr);
    ~TrayIcon() override;
    Q_DISABLE_COPY_MOVE(TrayIcon)

    QSystemTrayIcon *trayIcon() const { return m_tray; }
    QMenu *menu() const { return m_menu; }
    QAction *showHideAction() const { return m_showHide; }
    QAction *limitSpeedAction() const { return m_limitSpeed; }
    void setWindowVisible(bool visible);
    // The configured download limit (0: none) and whether it is on; without a rate the entry
    // opens the settings instead of toggling.
    void setSpeedLimit(qint64 bytesPerSecond, bool on);
    // Recomputes the tooltip and the icon from the job list.
    void refresh();
    QString toolTip() const;

Q_SIGNALS:
    void toggleWindowRequested();
    void newJobRequested();
    void resumeAllRequested();
    void suspendAllRequested();
    void speedLimitToggled(bool on);
    void settingsRequested();
    void quitRequested();

private:
    JobListModel *m_jobs;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    QAction *m_showHide;
    QAction *m_limitSpeed;
    qint64 m_limit = 0;
    bool m_active = false;
};

} // namespace Ferry
