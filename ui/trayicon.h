#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Ferry {

class JobListModel;

// The tray icon: a tooltip with a summary of the transfers, an "active" icon while bytes move,
// and a menu with Show/Hide, New Job…, Resume All, Suspend All and Quit. It exists only when
// the session has a system tray (QSystemTrayIcon::isSystemTrayAvailable()).
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
    void setWindowVisible(bool visible);
    // Recomputes the tooltip and the icon from the job list.
    void refresh();
    QString toolTip() const;

Q_SIGNALS:
    void toggleWindowRequested();
    void newJobRequested();
    void resumeAllRequested();
    void suspendAllRequested();
    void quitRequested();

private:
    JobListModel *m_jobs;
    QMenu *m_menu;
    QSystemTrayIcon *m_tray;
    QAction *m_showHide;
    bool m_active = false;
};

} // namespace Ferry
