#pragma once

#include "appsettings.h"
#include "jobsnapshot.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QTreeView;

namespace Ferry {

class ColumnChooser;
class JobEngine;
class JobActions;
class FilterBar;
class HistoryCommands;
class JobFilterProxy;
class JobListModel;
class LinkIntake;
class JobNotifications;
class Notifier;
class TrayIcon;

// The main window: the job view with its filter bar, the job actions in the toolbar, the menus
// and the context menu, the status bar, drag-and-drop and paste of links, the tray icon and the
// notifications. It talks to the engine only through JobEngine.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(JobEngine *client, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    JobListModel *jobModel() const { return m_model; }
    JobFilterProxy *filterProxy() const { return m_proxy; }
    JobActions *jobActions() const { return m_actions; }
    HistoryCommands *historyCommands() const { return m_history; }
    // Drops, paste, New Job, uploads and Change URL.
    LinkIntake *linkIntake() const { return m_intake; }
    QTreeView *jobView() const { return m_view; }
    QMenu *contextMenu() const { return m_contextMenu; }
    TrayIcon *trayIcon() const { return m_tray.get(); }
    Notifier *notifier() const { return m_notifier.get(); }
    QList<JobSnapshot> selectedJobs() const;
    const AppSettings &settings() const { return m_settings; }
    // Replaces how Open and Open Containing Folder show a local path (tests record it).
    void setOpener(std::function<void(const QString &localPath)> opener);
    // Replaces how the application is told to quit once the user confirmed (tests record it).
    void setQuitter(std::function<void()> quitter) { m_quitter = std::move(quitter); }

public Q_SLOTS:
    // Opens the new-job dialog (not modal for the rest of the desktop), prefilled with text as the
    // user typed it (the command line); empty: with the links just copied.
    void showNewJobDialog(const QString &urlsText = {});
    void showUploadDialog(const QString &sourceFile);
    void showSettingsDialog();
    // Stores the settings and applies them: the engine's part, notifications, the tray.
    void applySettings(const Ferry::AppSettings &next);
    void showProperties();
    void showAndRaise();
    // Selects the job in the list (clearing a filter that hides it) and raises the window.
    void showJob(const Ferry::JobId &id);
    void toggleVisible();
    // Quit from the menu, the tray, or by closing the window without a tray: with jobs still
    // transferring the user is asked first (quit, keep transferring in the background where a
    // tray exists, or cancel).
    void requestQuit();
    // `ferry --quit`: quits at once, whatever transfers (they resume at the next start).
    void quitWithoutAsking();
    void applyToAll(int jobAction);

Q_SIGNALS:
    // The user changed the settings; the application applies the engine's part.
    void settingsChanged(const Ferry::AppSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateActionStates();
    void updateStatus();
    void runOnSelection(int action);
    void applyAction(int action, const QList<JobId> &ids);
    void setSelectionPriority(int priority);
    void changeUrl();
    void changeSpeedLimit();
    void copyUrls();
    void openSelected(bool folder);
    void loadHistory();
    void showError(const QString &what, const Result &result);
    void restoreSettings();
    void saveSettings();
    void quitNow();
    void updateEmptyHint();

    JobEngine *m_client;
    AppSettings m_settings;
    JobListModel *m_model;
    JobFilterProxy *m_proxy;
    QTreeView *m_view;
    ColumnChooser *m_columns = nullptr;
    JobActions *m_actions;
    HistoryCommands *m_history;
    LinkIntake *m_intake;
    QMenu *m_contextMenu;
    FilterBar *m_filterBar = nullptr;
    QLabel *m_status;
    QLabel *m_emptyHint = nullptr; // over the empty list: how to add, and where to drop
    std::unique_ptr<TrayIcon> m_tray;
    std::unique_ptr<Notifier> m_notifier;
    JobNotifications *m_notifications = nullptr;
    std::function<void(const QString &)> m_opener;
    std::function<void()> m_quitter;
    bool m_quitting = false;
};

} // namespace Ferry
