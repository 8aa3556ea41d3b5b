#include "mainwindow.h"

#include "columnchooser.h"
#include "filterbar.h"
#include "historycommands.h"
#include "icons.h"
#include "jobactions.h"
#include "jobengine.h"
#include "jobfiles.h"
#include "jobfilterproxy.h"
#include "jobitemdelegate.h"
#include "joblistmodel.h"
#include "jobnames.h"
#include "jobnotifications.h"
#include "linkintake.h"
#include "newjobdialog.h"
#include "notifier.h"
#include "propertiesdialog.h"
#include "settingsdialog.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ferry {

MainWindow::MainWindow(JobEngine *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_settings(AppSettings::load())
    , m_model(new JobListModel(this))
    , m_proxy(new JobFilterProxy(this))
    , m_view(new QTreeView(this))
    , m_actions(new JobActions(this))
    , m_history(new HistoryCommands(client, m_model, this))
    , m_intake(new LinkIntake(client, &m_settings, m_model, this))
    , m_contextMenu(new QMenu(this))
    , m_status(new QLabel(this))
    , m_opener([](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
{
    setWindowTitle(tr("Ferry Download Manager", "main window title"));
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    m_model->setKeepHistory(true);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("jobView"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new JobItemDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(JobListModel::CreatedColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columns = new ColumnChooser(
        m_view->header(), JobListModel::NameColumn,
        { JobListModel::TypeColumn, JobListModel::CreatedColumn, JobListModel::ModifiedColumn });
    m_view->setColumnWidth(JobListModel::NameColumn, 260);
    m_view->setColumnWidth(JobListModel::StateColumn, 150);
    m_view->setColumnWidth(JobListModel::ProgressColumn, 120);
    // The view gets drops too: its viewport would swallow them otherwise.
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setAcceptDrops(true);
    // An empty list says how to add jobs, inside a frame that shows where links may be dropped.
    m_emptyHint = new QLabel(m_view->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setStyleSheet(
        QStringLiteral("QLabel#emptyHint { border: 2px dashed palette(mid); border-radius: 8px; "
                       "padding: 16px; }"));
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_filterBar = new FilterBar(m_proxy, central);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    createActions();
    m_status->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_status);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = std::make_unique<TrayIcon>(m_model);
        connect(m_tray.get(), &TrayIcon::toggleWindowRequested, this, &MainWindow::toggleVisible);
        connect(m_tray.get(), &TrayIcon::newJobRequested, this, [this]() {
            showAndRaise();
            showNewJobDialog();
        });
        connect(m_tray.get(), &TrayIcon::resumeAllRequested, this,
                [this]() { applyToAll(int(JobAction::Resume)); });
        connect(m_tray.get(), &TrayIcon::suspendAllRequested, this,
                [this]() { applyToAll(int(JobAction::Suspend)); });
        connect(m_tray.get(), &TrayIcon::quitRequested, this, &MainWindow::requestQuit);
        connect(m_tray.get(), &TrayIcon::settingsRequested, this, [this]() {
            showAndRaise();
            showSettingsDialog();
        });
        connect(m_tray.get(), &TrayIcon::speedLimitToggled, this, [this](bool on) {
            AppSettings next = m_settings;
            next.limitOn = on;
            applySettings(next);
        });
        m_tray->setSpeedLimit(m_settings.downloadLimit, m_settings.limitOn);
    }
    m_notifier = Notifier::create(m_tray ? m_tray->trayIcon() : nullptr);
    m_notifications = new JobNotifications(m_client, m_model, m_notifier.get(), this);
    m_notifications->setEnabled(m_settings.notifications);
    connect(m_notifications, &JobNotifications::showWindowRequested, this,
            &MainWindow::showAndRaise);
    connect(m_notifications, &JobNotifications::openRequested, this, [this](const QString &path) {
        if (!path.isEmpty())
            m_opener(path);
    });

    connect(m_client, &JobEngine::batchReceived, m_model, &JobListModel::applyBatch);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActionStates);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActionStates);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActionStates);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this]() {
        if (m_actions->open()->isEnabled())
            openSelected(false);
        else if (m_actions->properties()->isEnabled())
            showProperties();
    });

    restoreSettings();
    updateEmptyHint();
    m_client->requestAll();
    loadHistory();
    updateStatus();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::setOpener(std::function<void(const QString &)> opener)
{
    m_opener = std::move(opener);
}

void MainWindow::createActions()
{
    auto *newJob = new QAction(Icons::action(QStringLiteral("list-add")), tr("&New Job…"), this);
    newJob->setObjectName(QStringLiteral("actionNewJob"));
    newJob->setShortcut(QKeySequence::New);
    connect(newJob, &QAction::triggered, this, [this]() { showNewJobDialog(); });
    auto *paste
        = new QAction(Icons::action(QStringLiteral("edit-paste")), tr("&Paste Links"), this);
    paste->setObjectName(QStringLiteral("actionPaste"));
    paste->setShortcut(QKeySequence::Paste);
    connect(paste, &QAction::triggered, this,
            [this]() { m_intake->take(QApplication::clipboard()->mimeData()); });
    auto *settings
        = new QAction(Icons::action(QStringLiteral("configure")), tr("&Settings…"), this);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettingsDialog);
    auto *quit = new QAction(Icons::action(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::requestQuit);
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this]() { m_filterBar->searchBox()->setFocus(); });
    addAction(find);

    connect(m_actions->resume(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Resume)); });
    connect(m_actions->suspend(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Suspend)); });
    connect(m_actions->complete(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Complete)); });
    connect(m_actions->cancel(), &QAction::triggered, this,
            [this]() { runOnSelection(int(JobAction::Cancel)); });
    for (int p = 0; p < JobPriorityCount; ++p) {
        connect(m_actions->priority(JobPriority(p)), &QAction::triggered, this,
                [this, p]() { setSelectionPriority(p); });
    }
    connect(m_actions->changeUrl(), &QAction::triggered, this, &MainWindow::changeUrl);
    connect(m_actions->speedLimit(), &QAction::triggered, this, &MainWindow::changeSpeedLimit);
    connect(m_actions->open(), &QAction::triggered, this, [this]() { openSelected(false); });
    connect(m_actions->openFolder(), &QAction::triggered, this, [this]() { openSelected(true); });
    connect(m_actions->copyUrl(), &QAction::triggered, this, &MainWindow::copyUrls);
    connect(m_actions->properties(), &QAction::triggered, this, &MainWindow::showProperties);
    connect(m_actions->remove(), &QAction::triggered, this,
            [this]() { m_history->removeFromList(selectedJobs()); });
    connect(m_actions->removeAndDelete(), &QAction::triggered, this,
            [this]() { m_history->removeAndDeleteFiles(selectedJobs()); });
    connect(m_actions->downloadAgain(), &QAction::triggered, this,
            [this]() { m_history->downloadAgain(selectedJobs()); });
    connect(m_actions->clearHistory(), &QAction::triggered, m_history,
            &HistoryCommands::clearHistory);
    connect(m_history, &HistoryCommands::failed, this, &MainWindow::showError);
    connect(m_intake, &LinkIntake::failed, this, &MainWindow::showError);
    connect(m_intake, &LinkIntake::showJobRequested, this, &MainWindow::showJob);
    // The shortcuts work wherever the focus is in the window.
    addActions(m_actions->all());

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newJob);
    file->addAction(paste);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    m_actions->populate(jobs);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newJob);
    toolbar->addSeparator();
    toolbar->addActions(m_actions->transitions());
    toolbar->addSeparator();
    toolbar->addAction(m_actions->properties());

    m_contextMenu->setObjectName(QStringLiteral("jobContextMenu"));
    m_actions->populate(m_contextMenu);
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
    const JobListModel::Activity a = m_model->activity();
    //: %1 and %2 are speeds such as "1.5 MB/s"
    m_status->setText(tr("%n active job(s)  ↓ %1  ↑ %2", "status bar", a.activeJobs)
                          .arg(JobNames::speed(a.downloadSpeed), JobNames::speed(a.uploadSpeed)));
    // The overall progress in the title (and so in the task bar) while something transfers.
    const QString title = tr("Ferry Download Manager", "main window title");
    if (a.activeJobs > 0 && a.bytesTotal > 0) {
        const int percent = int(a.bytesTransferred * 100 / a.bytesTotal);
        //: %1 is a whole percentage, %2 the window's title: "42% — Ferry Download Manager"
        setWindowTitle(tr("%1% — %2").arg(QLocale().toString(percent), title));
    } else {
        setWindowTitle(title);
    }
    if (m_tray)
        m_tray->setWindowVisible(isVisible());
}

void MainWindow::runOnSelection(int actionValue)
{
    const auto action = JobAction(actionValue);
    const QList<JobId> ids = JobActions::applicable(action, selectedJobs());
    if (ids.isEmpty())
        return;
    QString question;
    QString title;
    QString name;
    if (action == JobAction::Cancel) {
        title = tr("Cancel Jobs");
        question = tr("Cancel %n job(s)? Their temporary files are deleted.", "", int(ids.size()));
        name = QStringLiteral("confirmCancel");
    } else if (action == JobAction::Complete) {
        // BITS keeps only the transferred files of a download: say what the rest is.
        int files = 0;
        qint64 bytes = 0;
        for (const JobSnapshot &s : selectedJobs()) {
            if (!ids.contains(s.job.id) || s.job.type != JobType::Download)
                continue;
            for (int i = 0; i < s.job.files.size(); ++i) {
                if (!s.job.fileTransferred(i)) {
                    ++files;
                    bytes += s.job.files.at(i).bytesTransferred;
                }
            }
        }
        if (files > 0) {
            title = tr("Complete Jobs");
            //: %1 is a size ("1.5 MiB")
            question = tr("%n file(s) are not transferred yet and will be discarded, with the %1 "
                          "downloaded of them so far. Complete anyway?",
                          "", files)
                           .arg(QLocale().formattedDataSize(bytes));
            name = QStringLiteral("confirmComplete");
        }
    }
    if (question.isEmpty()) {
        applyAction(actionValue, ids);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(name);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, ids, actionValue]() {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            applyAction(actionValue, ids);
    });
    box->open();
}

void MainWindow::applyAction(int actionValue, const QList<JobId> &ids)
{
    auto report = [this](const Result &r) { showError(tr("The job could not be changed."), r); };
    Transition transition;
    transition.action = JobAction(actionValue);
    for (const JobId &id : ids)
        transition.jobs.append(id);
    if (transition.jobs.isEmpty())
        return;
    m_client->transition(transition, [report](const QList<Result> &results) {
        for (const Result &r : results) {
            if (r.isError()) {
                report(r);
                return;
            }
        }
    });
}

void MainWindow::applyToAll(int actionValue)
{
    QList<JobSnapshot> all;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const JobSnapshot *s = m_model->snapshot(m_model->index(row, 0)))
            all.append(*s);
    }
    applyAction(actionValue, JobActions::applicable(JobAction(actionValue), all));
}

void MainWindow::setSelectionPriority(int priority)
{
    const QList<JobId> ids = JobActions::applicable(JobAction::SetProperty, selectedJobs());
    JobPatch patch;
    patch.priority = JobPriority(priority);
    for (const JobId &id : ids) {
        m_client->apply(id, patch, [this](const Result &r) {
            if (r.isError())
                showError(tr("The priority could not be changed."), r);
        });
    }
}

void MainWindow::changeUrl()
{
    const QList<JobSnapshot> jobs = selectedJobs();
    if (jobs.size() == 1)
        m_intake->changeUrl(jobs.first().job);
}

void MainWindow::changeSpeedLimit()
{
    const QList<JobSnapshot> selection = selectedJobs();
    const QList<JobId> ids = JobActions::applicable(JobAction::SetProperty, selection);
    if (ids.isEmpty())
        return;
    qint64 current = 0;
    for (const JobSnapshot &s : selection) {
        if (s.job.id == ids.first())
            current = s.job.speedLimit;
    }
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("speedLimitDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Speed Limit"));
    input->setInputMode(QInputDialog::IntInput);
    input->setIntRange(0, 10 * 1024 * 1024);
    input->setIntValue(int(qMin<qint64>(current / 1024, 10 * 1024 * 1024)));
    //: the unit after the number in the box
    input->setLabelText(tr("Download limit of %n job(s) in KiB/s (0: no limit of its own; the "
                           "limit of all downloads still applies):",
                           "", int(ids.size())));
    connect(input, &QInputDialog::intValueSelected, this, [this, ids](int kib) {
        // A running transfer takes the new limit at once, from where it is.
        JobPatch patch;
        patch.speedLimit = qint64(kib) * 1024;
        for (const JobId &id : ids) {
            m_client->apply(id, patch, [this](const Result &r) {
                if (r.isError())
                    showError(tr("The speed limit was not changed."), r);
            });
        }
    });
    input->open();
}

void MainWindow::copyUrls()
{
    QStringList urls;
    const QList<JobSnapshot> jobs = selectedJobs();
    for (const JobSnapshot &s : jobs) {
        for (const JobFile &f : s.job.files)
            urls.append(f.remoteUrl.toString());
    }
    if (!urls.isEmpty())
        QApplication::clipboard()->setText(urls.join(QLatin1Char('\n')));
}

void MainWindow::openSelected(bool folder)
{
    const QList<JobSnapshot> jobs = selectedJobs();
    if (jobs.size() != 1)
        return;
    const QString path = folder ? JobActions::containingFolder(jobs.first().job)
                                : JobActions::openablePath(jobs.first().job);
    if (!path.isEmpty())
        m_opener(path);
}

void MainWindow::showProperties()
{
    const QList<JobSnapshot> jobs = selectedJobs();
    if (jobs.size() != 1)
        return;
    auto *dialog = new PropertiesDialog(jobs.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Live while open: every change of the job's row reaches the dialog.
    connect(m_model, &QAbstractItemModel::dataChanged, dialog,
            [this, dialog](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex row = m_model->indexOf(dialog->jobId());
                const QModelIndex parent = topLeft.parent();
                const bool covers = parent.isValid()
                    ? parent.row() == row.row() && !parent.parent().isValid()
                    : row.row() >= topLeft.row() && row.row() <= bottomRight.row();
                if (!row.isValid() || !covers)
                    return;
                if (const JobSnapshot *s = m_model->snapshot(row))
                    dialog->updateLive(*s);
            });
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const JobPatch patch = dialog->changes();
        if (patch.isEmpty())
            return;
        m_client->apply(dialog->jobId(), patch, [this](const Result &r) {
            if (r.isError())
                showError(tr("The properties were not changed."), r);
        });
    });
    dialog->open();
}

void MainWindow::showNewJobDialog(const QString &urlsText)
{
    m_intake->newJobFromText(urlsText);
}

void MainWindow::showJob(const JobId &id)
{
    const QModelIndex source = m_model->indexOf(id);
    if (!source.isValid())
        return;
    m_filterBar->clear(); // a filter could hide it
    const QModelIndex shown = m_proxy->mapFromSource(source);
    m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(
        shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
    showAndRaise();
}

void MainWindow::showUploadDialog(const QString &sourceFile)
{
    m_intake->upload(sourceFile);
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        AppSettings next = dialog->settings();
        if (next.startWithSession != m_settings.startWithSession
            && !AppSettings::applyAutostart(next.startWithSession))
            statusBar()->showMessage(tr("The autostart entry could not be written."), 10000);
        // A rate the user just chose is meant to apply.
        if (next.downloadLimit != m_settings.downloadLimit && next.downloadLimit > 0)
            next.limitOn = true;
        applySettings(next);
    });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings &next)
{
    m_settings = next;
    m_settings.save();
    m_notifications->setEnabled(m_settings.notifications);
    m_client->setPreferences(m_settings.enginePreferences());
    if (m_tray)
        m_tray->setSpeedLimit(m_settings.downloadLimit, m_settings.limitOn);
    Q_EMIT settingsChanged(m_settings);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (LinkIntake::offers(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_intake->take(event->mimeData()))
        event->acceptProposedAction();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (LinkIntake::offers(drag->mimeData()))
                drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            if (m_intake->take(drop->mimeData()))
                drop->acceptProposedAction();
            return true;
        }
        case QEvent::Resize:
            updateEmptyHint();
            break;
        default:
            break;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (!empty)
        return;
    if (m_model->rowCount() > 0) {
        m_emptyHint->setText(tr("No job matches the filter."));
    } else {
        //: %1 and %2 are keyboard shortcuts ("Ctrl+V", "Ctrl+N")
        m_emptyHint->setText(
            tr("No jobs yet.\n\nPaste links (%1), drop them here from a browser or a file "
               "manager, or choose File ▸ New Job… (%2).")
                .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText),
                     QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    }
    const QRect area = m_view->viewport()->rect();
    const int width = qMin(area.width() - 40, 560);
    const int height = qMin(area.height() - 40, m_emptyHint->heightForWidth(width) + 8);
    m_emptyHint->setGeometry(QRect(0, 0, qMax(width, 0), qMax(height, 0))
                                 .translated(area.center() - QPoint(width / 2, height / 2)));
}

void MainWindow::quitWithoutAsking()
{
    quitNow();
}

void MainWindow::requestQuit()
{
    const int active = m_model->activity().activeJobs;
    if (active == 0) {
        quitNow();
        return;
    }
    if (const auto *asking = findChild<QMessageBox *>(QStringLiteral("confirmQuit"));
        asking && asking->isVisible())
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, tr("Quit Ferry"),
                                tr("%n job(s) are still transferring. If you quit, they go on "
                                   "where they stopped the next time Ferry starts.",
                                   "", active),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmQuit"));
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::AcceptRole);
    quit->setObjectName(QStringLiteral("quitAnyway"));
    QPushButton *background = nullptr;
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        background
            = box->addButton(tr("Keep Transferring in the &Background"), QMessageBox::ActionRole);
        background->setObjectName(QStringLiteral("keepInBackground"));
    }
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(background ? background : cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, quit, background]() {
        if (box->clickedButton() == quit) {
            quitNow();
        } else if (background && box->clickedButton() == background) {
            hide();
            updateStatus();
        }
    });
    box->open();
}

void MainWindow::quitNow()
{
    if (m_quitter) {
        m_quitter();
        return;
    }
    m_quitting = true;
    saveSettings();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // With a tray, closing hides the window and the transfers go on.
    if (!m_quitting && m_tray && m_settings.closeToTray
        && QSystemTrayIcon::isSystemTrayAvailable()) {
        hide();
        updateStatus();
        event->ignore();
        return;
    }
    // Without one, closing the window quits: the user is asked while jobs transfer.
    if (!m_quitting && m_model->activity().activeJobs > 0) {
        event->ignore();
        requestQuit();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
    // The tray keeps the application alive (quitOnLastWindowClosed is off then): leave now.
    if (m_tray)
        QApplication::quit();
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
    updateStatus();
}

void MainWindow::toggleVisible()
{
    if (isVisible() && !isMinimized())
        hide();
    else
        showAndRaise();
    updateStatus();
}

void MainWindow::loadHistory()
{
    m_client->history(-1, [this](const Result &r, const QList<Job> &history) {
        if (r.isError())
            showError(tr("The history could not be read."), r);
        else
            m_model->addHistory(history);
    });
}

void MainWindow::showError(const QString &what, const Result &result)
{
    statusBar()->showMessage(
        //: %1 says what failed, %2 is a BITS result name such as BG_E_INVALID_STATE, %3 its
        //: description
        tr("%1 %2: %3").arg(what, result.name(), result.message()), 10000);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 600);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    // A layout saved by the user, else the defaults (also when the columns changed since).
    if (!m_view->header()->restoreState(
            settings.value(QStringLiteral("mainWindow/columns")).toByteArray()))
        m_columns->applyDefaults();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/columns"), m_view->header()->saveState());
}

} // namespace Ferry
