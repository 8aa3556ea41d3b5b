#include "mainwindow.h"

#include "engineclient.h"
#include "jobactions.h"
#include "jobfiles.h"
#include "joblistmodel.h"
#include "jobqueue.h"
#include "newjobdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Ferry {

MainWindow::MainWindow(EngineClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_model(new JobListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_actions(new JobActions(this))
    , m_contextMenu(new QMenu(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Ferry"));
    setObjectName(QStringLiteral("mainWindow"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobListModel::RawDataRole);
    m_view->setObjectName(QStringLiteral("jobView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobListModel::CreatedColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(JobListModel::NameColumn, 260);
    setCentralWidget(m_view);

    createMenus();
    statusBar()->addPermanentWidget(m_status);

    connect(m_client, &EngineClient::batchReceived, m_model, &JobListModel::applyBatch);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActionStates);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActionStates);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActionStates);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
    });

    restoreSettings();
    m_client->requestAll();
    updateStatus();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::createMenus()
{
    auto *newJob
        = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Download…"), this);
    newJob->setObjectName(QStringLiteral("actionNewJob"));
    newJob->setShortcut(QKeySequence::New);
    connect(newJob, &QAction::triggered, this, [this]() { showNewJobDialog(); });
    auto *quit
        = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    connect(m_actions->resume(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Resume)); });
    connect(m_actions->suspend(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Suspend)); });
    connect(m_actions->complete(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Complete)); });
    connect(m_actions->cancel(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Cancel)); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newJob);
    file->addSeparator();
    file->addAction(quit);
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addActions(m_actions->all());

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newJob);
    toolbar->addSeparator();
    toolbar->addActions(m_actions->all());

    m_contextMenu->addActions(m_actions->all());
}

QList<JobSnapshot> MainWindow::selectedJobs() const
{
    QList<JobSnapshot> jobs;
    QSet<JobId> seen;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : rows) {
        const JobSnapshot *s = m_model->snapshot(m_proxy->mapToSource(proxyIndex));
        if (s && !seen.contains(s->job.id)) {
            seen.insert(s->job.id);
            jobs.append(*s);
        }
    }
    return jobs;
}

void MainWindow::updateActionStates()
{
    m_actions->updateActionStates(selectedJobs());
}

void MainWindow::updateStatus()
{
    m_status->setText(tr("%n job(s)", "status bar", m_model->rowCount()));
    updateActionStates();
}

void MainWindow::runOnSelection(int actionValue)
{
    const auto action = JobAction(actionValue);
    const QList<JobId> ids = JobActions::applicable(action, selectedJobs());
    if (action == JobAction::Cancel && !ids.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel Jobs"),
            tr("Cancel %n job(s)? Their temporary files are deleted.", "", int(ids.size())));
        if (answer != QMessageBox::Yes)
            return;
    }
    for (const JobId &id : ids) {
        auto report = [this](const Result &r) {
            if (r.isError())
                showError(tr("The job could not be changed."), r);
        };
        switch (action) {
        case JobAction::Resume:
            m_client->resume(id, report);
            break;
        case JobAction::Suspend:
            m_client->suspend(id, report);
            break;
        case JobAction::Complete:
            m_client->complete(id, report);
            break;
        case JobAction::Cancel:
            m_client->cancel(id, report);
            break;
        default:
            break;
        }
    }
}

void MainWindow::showError(const QString &what, const Result &result)
{
    statusBar()->showMessage(
        //: %1 says what failed, %2 is a BITS result name such as BG_E_INVALID_STATE, %3 its
        //: description
        tr("%1 %2: %3").arg(what, result.name(), result.message()), 10000);
}

void MainWindow::showNewJobDialog(const QString &urlsText)
{
    NewJobDialog dialog(this);
    QSettings settings;
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    dialog.setDestination(
        settings.value(QStringLiteral("newJob/destination"), downloads).toString());
    dialog.setUrlsText(urlsText);
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("newJob/destination"), dialog.destination());
    addDownloads(dialog.urls(), dialog.destination(), dialog.priority(), dialog.startSuspended());
}

void MainWindow::addDownloads(const QList<QUrl> &urls, const QString &directory, int priority,
                              bool suspended)
{
    for (const QUrl &url : urls) {
        NewJob job;
        job.displayName = JobFiles::fileNameForUrl(url);
        job.priority = JobPriority(priority);
        job.files = { { url, QDir(directory).filePath(job.displayName) } };
        // Jobs made in the window complete themselves, so finished files simply appear.
        job.autoComplete = true;
        job.resume = !suspended;
        // One call per URL: all of a job or nothing of it, and a bad URL spares the others.
        m_client->call([job](JobQueue &q) { return q.createJobs({ job }); },
                       [this, url](const Result &r) {
                           if (r.isError())
                               showError(tr("%1 was not added.").arg(url.toDisplayString()), r);
                       });
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 600);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_view->header()->restoreState(
        settings.value(QStringLiteral("mainWindow/columns")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/columns"), m_view->header()->saveState());
}

} // namespace Ferry
