#pragma once

#include "jobsnapshot.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTreeView;

namespace Ferry {

class EngineClient;
class JobActions;
class JobListModel;

// The main window: wiring between the job view, the job actions and the engine client.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(EngineClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    JobListModel *jobModel() const { return m_model; }
    JobActions *jobActions() const { return m_actions; }
    QTreeView *jobView() const { return m_view; }
    QList<JobSnapshot> selectedJobs() const;

public Q_SLOTS:
    void showNewJobDialog(const QString &urlsText = {});
    void addDownloads(const QList<QUrl> &urls, const QString &directory, int priority,
                      bool suspended);

private:
    void createMenus();
    void updateActionStates();
    void updateStatus();
    void runOnSelection(int action);
    void showError(const QString &what, const Result &result);
    void restoreSettings();
    void saveSettings();

    EngineClient *m_client;
    JobListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    JobActions *m_actions;
    QMenu *m_contextMenu;
    QLabel *m_status;
};

} // namespace Ferry
