// The main window against a real queue: each action reaches the right engine call, filters and
// search pick the right jobs, finished jobs stay in the history, and links arrive by drop, paste
// and the new-job dialog.
#include "appsettings.h"
#include "jobactions.h"
#include "jobfiles.h"
#include "jobfilterproxy.h"
#include "joblistmodel.h"
#include "jobnames.h"
#include "newjobdialog.h"
#include "notifier.h"
#include "propertiesdialog.h"
#include "settingsdialog.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

void drop(QWidget *target, QMimeData *data)
{
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void resumeSuspendPriorityReachTheQueue();
    void multiSelectionAppliesToEveryJobThatAllows();
    void completeAndCancelKeepTheJobInHistory();
    void cancelAsksFirst();
    void filtersAndSearch();
    void historyIsLoadedAtStart();
    void changeUrlCopyUrlOpenAndFolder();
    void propertiesDialogChangesTheJob();
    void checksumsInTheDialogs();
    void columnsHaveDefaultsAndAChooser();
    void newJobStartsWithTheCopiedLinks();
    void addingWhatIsThereAlreadyAsks();
    void mnemonicsHaveTheirFields();
    void titleShowsOverallProgress();
    void quittingWithActiveTransfersAsks();
    void emptyListSaysHowToAdd();
    void completeThatDiscardsFilesAsks();
    void propertiesOfAFinishedJobAreReadOnly();
    void propertiesFollowTheJobWhileOpen();
    void speedLimitFromTheContextMenu();
    void droppedLinksOpenThePrefilledDialog();
    void droppedLinksAreQueuedWithoutAsking();
    void droppedLocalFileOpensTheUploadDialog();
    void pasteUsesTheClipboard();
    void newJobDialogMakesTheJobItDescribes();
    void uploadDialogMakesAnUploadJob();
    void settingsDialogSavesAndAnnounces();
    void withoutATrayClosingClosesTheWindow();
    void proxyPassesTheModelTester();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    isolateSettings(m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    QApplication::clipboard()->clear(); // what one test copied is not the next one's
}

void TestMainWindow::resumeSuspendPriorityReachTheQueue()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Suspended);
    MainWindow *w = f.window();
    QVERIFY(f.shown(id));
    f.select({ id });
    QVERIFY(action(w, "actionResume")->isEnabled());
    QVERIFY(!action(w, "actionSuspend")->isEnabled());
    action(w, "actionResume")->trigger();
    QTRY_COMPARE(f.engine.queued(id)->state, JobState::Queued);
    // The model catches up, and the actions follow it.
    QTRY_VERIFY(action(w, "actionSuspend")->isEnabled());
    QVERIFY(!action(w, "actionResume")->isEnabled());
    action(w, "actionSuspend")->trigger();
    QTRY_COMPARE(f.engine.queued(id)->state, JobState::Suspended);
    action(w, "actionPriorityHigh")->trigger();
    QTRY_COMPARE(f.engine.queued(id)->priority, JobPriority::High);
    QTRY_VERIFY(action(w, "actionPriorityHigh")->isChecked());
}

void TestMainWindow::multiSelectionAppliesToEveryJobThatAllows()
{
    WindowFixture f;
    const JobId suspended = f.engine.jobIn(JobType::Download, JobState::Suspended);
    const JobId error = f.engine.jobIn(JobType::Download, JobState::Error);
    const JobId queued = f.engine.jobIn(JobType::Download, JobState::Queued);
    MainWindow *w = f.window();
    QVERIFY(f.shown(suspended) && f.shown(error) && f.shown(queued));
    f.select({ suspended, error, queued });
    QCOMPARE(w->selectedJobs().size(), 3);
    action(w, "actionResume")->trigger();
    QTRY_COMPARE(f.engine.queued(suspended)->state, JobState::Queued);
    QTRY_COMPARE(f.engine.queued(error)->state, JobState::Queued);
    QCOMPARE(f.engine.queued(queued)->state, JobState::Queued);
}

void TestMainWindow::completeAndCancelKeepTheJobInHistory()
{
    WindowFixture f;
    const JobId done = f.engine.jobIn(JobType::Download, JobState::Transferred);
    MainWindow *w = f.window();
    QVERIFY(f.shown(done));
    f.select({ done });
    QVERIFY(action(w, "actionComplete")->isEnabled());
    action(w, "actionComplete")->trigger();
    QTRY_COMPARE(f.engine.find(done)->state, JobState::Acknowledged);
    // The row stays, now finished, and the History filter shows it.
    const QModelIndex row = w->jobModel()->indexOf(done);
    QTRY_COMPARE(JobState(row.data(JobListModel::StateRole).toInt()), JobState::Acknowledged);
    w->findChild<QToolButton *>(QStringLiteral("filterHistory"))->click();
    QCOMPARE(w->filterProxy()->rowCount(), 1);
    w->findChild<QToolButton *>(QStringLiteral("filterActive"))->click();
    QCOMPARE(w->filterProxy()->rowCount(), 0);
}

void TestMainWindow::cancelAsksFirst()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Queued);
    MainWindow *w = f.window();
    QVERIFY(f.shown(id));
    f.select({ id });
    // "No" keeps the job.
    action(w, "actionCancel")->trigger();
    auto *box = waitForChild<QMessageBox>(w, QStringLiteral("confirmCancel"));
    QVERIFY(box);
    box->button(QMessageBox::No)->click();
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmCancel")));
    QCoreApplication::processEvents();
    QCOMPARE(f.engine.queued(id)->state, JobState::Queued);
    // "Yes" cancels it, and its temporary file goes.
    action(w, "actionCancel")->trigger();
    box = waitForChild<QMessageBox>(w, QStringLiteral("confirmCancel"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(f.engine.find(id)->state, JobState::Cancelled);
    QTRY_COMPARE(JobState(w->jobModel()->indexOf(id).data(JobListModel::StateRole).toInt()),
                 JobState::Cancelled);
}

void TestMainWindow::filtersAndSearch()
{
    WindowFixture f;
    const QList<JobState> states
        = { JobState::Suspended,      JobState::Queued,   JobState::Transferring,
            JobState::TransientError, JobState::Error,    JobState::Transferred,
            JobState::Acknowledged,   JobState::Cancelled };
    QList<JobId> ids;
    for (JobState s : states)
        ids.append(f.engine.jobIn(JobType::Download, s));
    f.engine.change(ids.first(),
                    [](Job &job) { job.displayName = QStringLiteral("Debian needle ISO"); });
    MainWindow *w = f.window();
    QTRY_COMPARE(w->jobModel()->rowCount(), int(states.size()));
    auto count = [w](const char *filter) {
        w->findChild<QToolButton *>(QLatin1String(filter))->click();
        return w->filterProxy()->rowCount();
    };
    QCOMPARE(count("filterAll"), 8);
    QCOMPARE(count("filterActive"), 3); // queued, transferring, transient error
    QCOMPARE(count("filterSuspended"), 1);
    QCOMPARE(count("filterErrors"), 2);
    QCOMPARE(count("filterTransferred"), 1);
    QCOMPARE(count("filterHistory"), 2);
    count("filterAll");
    auto *search = w->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClicks(search, QStringLiteral("NEEDLE"));
    QCOMPARE(w->filterProxy()->rowCount(), 1);
    // The search also looks at the files' URLs.
    search->setText(ids.at(3).toString().left(8));
    QCOMPARE(w->filterProxy()->rowCount(), 1);
    search->clear();
    QCOMPARE(w->filterProxy()->rowCount(), 8);
}

void TestMainWindow::historyIsLoadedAtStart()
{
    WindowFixture f;
    const JobId cancelled = f.engine.jobIn(JobType::Download, JobState::Cancelled);
    const JobId acknowledged = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    MainWindow *w = f.window();
    QVERIFY(f.shown(cancelled));
    QVERIFY(f.shown(acknowledged));
    QCOMPARE(JobState(w->jobModel()->indexOf(cancelled).data(JobListModel::StateRole).toInt()),
             JobState::Cancelled);
}

void TestMainWindow::changeUrlCopyUrlOpenAndFolder()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Suspended);
    const JobId finished = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    MainWindow *w = f.window();
    QVERIFY(f.shown(id) && f.shown(finished));

    f.select({ id });
    action(w, "actionCopyUrl")->trigger();
    QCOMPARE(QApplication::clipboard()->text(),
             f.engine.queued(id)->files.first().remoteUrl.toString());
    QVERIFY(!action(w, "actionOpen")->isEnabled()); // nothing committed yet
    action(w, "actionChangeUrl")->trigger();
    auto *input = waitForChild<QInputDialog>(w, QStringLiteral("changeUrlDialog"));
    QVERIFY(input);
    input->setTextValue(QStringLiteral("http://127.0.0.1:2/moved.bin"));
    input->accept();
    QTRY_COMPARE(f.engine.queued(id)->files.first().remoteUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:2/moved.bin")));

    f.select({ finished });
    const QString path = f.engine.find(finished)->files.first().localPath;
    QVERIFY(action(w, "actionOpen")->isEnabled());
    QVERIFY(!action(w, "actionChangeUrl")->isEnabled());
    action(w, "actionOpen")->trigger();
    action(w, "actionOpenFolder")->trigger();
    QCOMPARE(f.opened, (QStringList { path, QFileInfo(path).absolutePath() }));
}

void TestMainWindow::propertiesDialogChangesTheJob()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Suspended);
    MainWindow *w = f.window();
    QVERIFY(f.shown(id));
    f.select({ id });
    action(w, "actionProperties")->trigger();
    auto *dialog = waitForChild<PropertiesDialog>(w);
    QVERIFY(dialog);
    QVERIFY(dialog->isEditable());
    dialog->findChild<QLineEdit *>(QStringLiteral("displayName"))
        ->setText(QStringLiteral("Renamed"));
    dialog->findChild<QSpinBox *>(QStringLiteral("minimumRetryDelay"))->setValue(42);
    // Timeouts are shown in human units beside their seconds.
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("noProgressTimeoutText"))->text(),
             JobNames::duration(1209600));
    QVERIFY(JobNames::duration(1209600).contains(QLatin1String("14")));
    dialog->findChild<QSpinBox *>(QStringLiteral("noProgressTimeout"))->setValue(3600);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("noProgressTimeoutText"))->text(),
             JobNames::duration(3600));
    dialog->findChild<QCheckBox *>(QStringLiteral("notifyTransferred"))->setChecked(false);
    dialog->findChild<QSpinBox *>(QStringLiteral("speedLimit"))->setValue(300);
    dialog->findChild<QSpinBox *>(QStringLiteral("segments"))->setValue(3);
    dialog->findChild<QLineEdit *>(QStringLiteral("notifyCmdLine"))
        ->setText(QStringLiteral("/bin/echo \"a b\" c"));
    dialog->accept();
    QTRY_COMPARE(f.engine.queued(id)->displayName, QStringLiteral("Renamed"));
    const Job *job = f.engine.queued(id);
    QCOMPARE(job->minimumRetryDelay, 42u);
    QCOMPARE(job->noProgressTimeout, 3600u);
    QCOMPARE(job->notifyFlags, NotifyFlags(NotifyFlag::JobError));
    QCOMPARE(job->speedLimit, qint64(300) * 1024);
    QCOMPARE(job->segments, 3);
    QCOMPARE(
        job->notifyCmdLine,
        (QStringList { QStringLiteral("/bin/echo"), QStringLiteral("a b"), QStringLiteral("c") }));
}

void TestMainWindow::checksumsInTheDialogs()
{
    WindowFixture f;
    MainWindow *w = f.window();
    const QString hex = QString(64, QLatin1Char('a'));
    // New Job: a checksum that cannot be read is said in words, and holds the Add button.
    action(w, "actionNewJob")->trigger();
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("urls"))
        ->setPlainText(QStringLiteral("http://127.0.0.1:1/x.iso"));
    auto *checksum = dialog->findChild<QLineEdit *>(QStringLiteral("checksum"));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("checksumError"));
    QVERIFY(checksum && error);
    checksum->setText(QStringLiteral("sha256:1234"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    // A pasted SHA256SUMS line is taken.
    checksum->setText(hex + QLatin1String("  x.iso"));
    QVERIFY(ok->isEnabled());
    QVERIFY(error->isHidden());
    ok->click();
    QTRY_COMPARE(f.engine.count(), 1);
    const JobId id = f.engine.jobIds().first();
    const FileIntegrity integrity = f.engine.queued(id)->files.first().integrity;
    QVERIFY(integrity.expected);
    QCOMPARE(integrity.expected.value_or(Checksum()).toString(), QLatin1String("sha256:") + hex);
    QCOMPARE(integrity.source, ChecksumSource::User);
    // Several URLs: the field is for one file only.
    action(w, "actionNewJob")->trigger();
    dialog = waitForChild<NewJobDialog>(w);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("urls"))
        ->setPlainText(QStringLiteral("http://127.0.0.1:1/a http://127.0.0.1:1/b"));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("checksum"))->isEnabled());
    dialog->reject();

    // Properties: the file's checksum is shown, changed, and taken away.
    QVERIFY(f.engine.act(id, JobAction::Suspend).isSuccess());
    QVERIFY(f.shown(id));
    f.select({ id });
    action(w, "actionProperties")->trigger();
    auto *properties = waitForChild<PropertiesDialog>(w);
    QVERIFY(properties);
    auto *field = properties->findChild<QLineEdit *>(QStringLiteral("checksum"));
    QVERIFY(field);
    QCOMPARE(field->text(), QLatin1String("sha256:") + hex);
    auto *files = properties->findChild<QTreeWidget *>(QStringLiteral("files"));
    QCOMPARE(files->topLevelItem(0)->text(5), JobNames::validation(Validation::NotChecked));
    field->clear();
    QTest::keyClicks(field, QStringLiteral("md5:zz"));
    auto *propertiesOk = properties->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!propertiesOk->isEnabled());
    QVERIFY(!properties->findChild<QLabel *>(QStringLiteral("checksumError"))->isHidden());
    field->clear();
    QTest::keyClicks(field, QStringLiteral("md5:") + QString(32, QLatin1Char('b')));
    QVERIFY(propertiesOk->isEnabled());
    properties->accept();
    QTRY_COMPARE(
        f.engine.queued(id)->files.first().integrity.expected.value_or(Checksum()).algorithm,
        HashAlgorithm::Md5);
}

void TestMainWindow::columnsHaveDefaultsAndAChooser()
{
    QHeaderView *header = nullptr;
    QByteArray layout;
    {
        WindowFixture f;
        header = f.window()->jobView()->header();
        // First start: the name stretches; type, created and modified wait in the chooser.
        QCOMPARE(header->sectionResizeMode(JobListModel::NameColumn), QHeaderView::Stretch);
        for (const int hidden : { JobListModel::TypeColumn, JobListModel::CreatedColumn,
                                  JobListModel::ModifiedColumn })
            QVERIFY(header->isSectionHidden(hidden));
        QVERIFY(!header->isSectionHidden(JobListModel::ChecksumColumn));
        QVERIFY(!header->isSectionHidden(JobListModel::StateColumn));
        // The header's context menu shows and hides columns; the name stays.
        auto *menu = header->findChild<QMenu *>(QStringLiteral("columnMenu"));
        QVERIFY(menu);
        auto *type = menu->findChild<QAction *>(
            QStringLiteral("showColumn%1").arg(int(JobListModel::TypeColumn)));
        QVERIFY(type && type->isCheckable() && !type->isChecked());
        QCOMPARE(type->text(), QStringLiteral("Type"));
        type->trigger();
        QVERIFY(!header->isSectionHidden(JobListModel::TypeColumn));
        menu->findChild<QAction *>(
                QStringLiteral("showColumn%1").arg(int(JobListModel::ChecksumColumn)))
            ->trigger();
        QVERIFY(header->isSectionHidden(JobListModel::ChecksumColumn));
        QVERIFY(!menu->findChild<QAction *>(
                         QStringLiteral("showColumn%1").arg(int(JobListModel::NameColumn)))
                     ->isEnabled());
        f.window()->close(); // saves the layout
        layout = QSettings().value(QStringLiteral("mainWindow/columns")).toByteArray();
    }
    QVERIFY(!layout.isEmpty());
    // The next window has the layout the user left.
    WindowFixture again;
    QSettings().setValue(QStringLiteral("mainWindow/columns"), layout);
    header = again.window()->jobView()->header();
    QVERIFY(!header->isSectionHidden(JobListModel::TypeColumn));
    QVERIFY(header->isSectionHidden(JobListModel::ChecksumColumn));
    QVERIFY(header->isSectionHidden(JobListModel::CreatedColumn));
}

void TestMainWindow::addingWhatIsThereAlreadyAsks()
{
    WindowFixture f;
    const JobId existing = f.engine.jobIn(JobType::Download, JobState::Suspended);
    const QUrl url = f.engine.queued(existing)->files.first().remoteUrl;
    const JobId other = f.engine.jobIn(JobType::Download, JobState::Suspended);
    MainWindow *w = f.window();
    QVERIFY(f.shown(existing) && f.shown(other));
    f.select({ other });
    // The filter hides the job the question will show.
    w->findChild<QLineEdit *>(QStringLiteral("searchBox"))->setText(QStringLiteral("nothing"));

    QApplication::clipboard()->clear();
    action(w, "actionNewJob")->trigger();
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    dialog->setUrlsText(url.toString());
    dialog->setDestination(f.downloads.path());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    auto *box = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmDuplicate"));
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QLatin1String("1 of these addresses")),
             qPrintable(box->text()));
    // Cancel goes back to the dialog, with what was typed, and adds nothing.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("confirmDuplicate")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->urls(), QList<QUrl> { url });
    // Show the Existing Job: the dialog closes and the list shows and selects that job.
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    box = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmDuplicate"));
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("showExisting"))->click();
    QTRY_VERIFY(!w->findChild<NewJobDialog *>());
    QCOMPARE(f.engine.count(), 2);
    const QList<JobSnapshot> selected = w->selectedJobs();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().job.id, existing);
    QVERIFY(w->findChild<QLineEdit *>(QStringLiteral("searchBox"))->text().isEmpty());

    // A file of that name in the folder: asked too (no job to show), and Add Anyway adds.
    QFile file(QDir(f.downloads.path()).filePath(QStringLiteral("report.pdf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    action(w, "actionNewJob")->trigger();
    dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    dialog->setUrlsText(QStringLiteral("http://127.0.0.1:1/docs/report.pdf"));
    dialog->setDestination(f.downloads.path());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    box = waitForChild<QMessageBox>(dialog, QStringLiteral("confirmDuplicate"));
    QVERIFY(box);
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("showExisting")));
    QVERIFY(box->detailedText().contains(file.fileName()));
    box->findChild<QPushButton *>(QStringLiteral("addAnyway"))->click();
    QTRY_COMPARE(f.engine.count(), 3);
    // Nothing there yet: no question.
    action(w, "actionNewJob")->trigger();
    dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    dialog->setUrlsText(QStringLiteral("http://127.0.0.1:1/fresh.iso"));
    dialog->setDestination(f.downloads.path());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(f.engine.count(), 4);
    QVERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmDuplicate")));
}

void TestMainWindow::newJobStartsWithTheCopiedLinks()
{
    WindowFixture f;
    MainWindow *w = f.window();
    // Copied text with links in it: Ctrl+N offers them, selected, with the focus in the field.
    QApplication::clipboard()->setText(
        QStringLiteral("see https://127.0.0.1:1/a.iso and http://127.0.0.1:1/b%20c.bin"));
    action(w, "actionNewJob")->trigger();
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    auto *urls = dialog->findChild<QPlainTextEdit *>(QStringLiteral("urls"));
    QCOMPARE(dialog->urls(),
             (QList<QUrl> { QUrl(QStringLiteral("https://127.0.0.1:1/a.iso")),
                            QUrl(QStringLiteral("http://127.0.0.1:1/b%20c.bin")) }));
    QCOMPARE(dialog->focusWidget(), urls);
    QVERIFY(urls->textCursor().hasSelection());
    // Typing replaces them; Ctrl+Return adds from anywhere in the dialog.
    QTest::keyClicks(urls, QStringLiteral("http://127.0.0.1:1/typed"));
    QCOMPARE(dialog->urls(), QList<QUrl> { QUrl(QStringLiteral("http://127.0.0.1:1/typed")) });
    dialog->activateWindow(); // shortcuts work in the active window
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog->findChild<QComboBox *>(QStringLiteral("priority")), Qt::Key_Return,
                    Qt::ControlModifier);
    QTRY_COMPARE(f.engine.count(), 1);
    QCOMPARE(f.engine.queued(f.engine.jobIds().first())->files.first().remoteUrl,
             QUrl(QStringLiteral("http://127.0.0.1:1/typed")));
    // Copied text without links: the field starts empty.
    QApplication::clipboard()->setText(QStringLiteral("just words"));
    action(w, "actionNewJob")->trigger();
    QTRY_VERIFY((dialog = waitForChild<NewJobDialog>(w)));
    QVERIFY(dialog->urls().isEmpty());
    // Ctrl+Return with nothing to add adds nothing and keeps the dialog.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog->findChild<QPlainTextEdit *>(QStringLiteral("urls")), Qt::Key_Return,
                    Qt::ControlModifier);
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QCOMPARE(f.engine.count(), 1);
}

void TestMainWindow::mnemonicsHaveTheirFields()
{
    // A label with a mnemonic ("Pass&word:") shows it only when it has a field to go to.
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::UploadReply, JobState::Suspended);
    QList<QDialog *> dialogs { new NewJobDialog(f.window()),
                               new SettingsDialog(AppSettings(), f.window()) };
    const JobId download = f.engine.jobIn(JobType::Download, JobState::Suspended);
    for (const JobId &job : { id, download })
        dialogs.append(new PropertiesDialog(JobSnapshot::of(*f.engine.queued(job)), f.window()));
    for (QDialog *dialog : std::as_const(dialogs)) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            const QString text = QString(label->text()).remove(QLatin1String("&&"));
            if (text.contains(QLatin1Char('&')) && !text.contains(QLatin1Char('<')))
                QVERIFY2(label->buddy(),
                         qPrintable(dialog->objectName() + QLatin1String(": ") + label->text()));
        }
        delete dialog;
    }
}

void TestMainWindow::titleShowsOverallProgress()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Queued);
    MainWindow *w = f.window();
    QVERIFY(f.shown(id));
    QCOMPARE(w->windowTitle(), QStringLiteral("Ferry Download Manager"));
    f.engine.change(id, [](Job &job) {
        job.files[0].bytesTransferred = 420;
        job.files[0].bytesTotal = 1000;
    });
    QTRY_COMPARE(w->windowTitle(), QStringLiteral("42% — Ferry Download Manager"));
    QVERIFY(f.engine.act(id, JobAction::Suspend).isSuccess());
    QTRY_COMPARE(w->windowTitle(), QStringLiteral("Ferry Download Manager"));
}

void TestMainWindow::quittingWithActiveTransfersAsks()
{
    WindowFixture f;
    MainWindow *w = f.window();
    int quits = 0;
    w->setQuitter([&quits]() { ++quits; });
    // Nothing transfers: Quit quits.
    action(w, "actionQuit")->trigger();
    QCOMPARE(quits, 1);
    // A job transfers: the user is asked, and Cancel keeps everything as it is.
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Transferring);
    QVERIFY(f.shown(id));
    QTRY_COMPARE(w->jobModel()->activity().activeJobs, 1);
    action(w, "actionQuit")->trigger();
    auto *box = waitForChild<QMessageBox>(w);
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("confirmQuit"));
    QVERIFY(box->text().contains(QLatin1Char('1')));
    QVERIFY(!box->findChild<QPushButton *>(QStringLiteral("keepInBackground"))); // no tray here
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(quits, 1);
    QVERIFY(w->isVisible());
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmQuit"))); // gone
    // Closing the window (no tray: that quits) asks too, and "Quit" quits.
    QVERIFY(!w->close());
    QVERIFY(w->isVisible());
    box = waitForChild<QMessageBox>(w, QStringLiteral("confirmQuit"));
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("quitAnyway"))->click();
    QCOMPARE(quits, 2);
}

void TestMainWindow::emptyListSaysHowToAdd()
{
    WindowFixture f;
    MainWindow *w = f.window();
    auto *hint = w->jobView()->viewport()->findChild<QLabel *>(QStringLiteral("emptyHint"));
    QVERIFY(hint);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("Ctrl+N"))
                 && hint->text().contains(QLatin1String("Ctrl+V")),
             qPrintable(hint->text()));
    QVERIFY(w->jobView()->viewport()->rect().contains(hint->geometry()));
    // A job: the list speaks for itself.
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Suspended);
    QVERIFY(f.shown(id));
    QTRY_VERIFY(!hint->isVisible());
    // A filter that hides every job says so, not how to add one.
    w->findChild<QToolButton *>(QStringLiteral("filterErrors"))->click();
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("No job matches the filter."));
}

void TestMainWindow::completeThatDiscardsFilesAsks()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Suspended);
    // File 1 is in; file 2 has 3 of its 10 bytes.
    QFile part(JobFiles::tempPath(id, f.engine.queued(id)->files.first().localPath));
    QVERIFY(part.open(QIODevice::WriteOnly));
    part.write("12345");
    part.close();
    f.engine.change(id, [&f](Job &job) {
        JobFile second;
        second.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/second"));
        second.localPath = f.engine.localPath(QStringLiteral("second"));
        second.bytesTransferred = 3;
        second.bytesTotal = 10;
        job.files.append(second);
        job.files[0].bytesTransferred = job.files[0].bytesTotal = 5;
    });
    MainWindow *w = f.window();
    QVERIFY(f.shown(id));
    f.select({ id });
    // The window says what Complete throws away, and "No" keeps the job as it is.
    action(w, "actionComplete")->trigger();
    auto *box = waitForChild<QMessageBox>(w, QStringLiteral("confirmComplete"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("1 file"))
                 && box->text().contains(QLocale().formattedDataSize(3)),
             qPrintable(box->text()));
    box->button(QMessageBox::No)->click();
    QCOMPARE(f.engine.queued(id)->state, JobState::Suspended);
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmComplete")));
    action(w, "actionComplete")->trigger();
    box = waitForChild<QMessageBox>(w, QStringLiteral("confirmComplete"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(f.engine.find(id)->state, JobState::Acknowledged);
    // The list says that only part of it was kept, never a plain "Completed".
    const QModelIndex state = w->jobModel()->indexOf(id, JobListModel::StateColumn);
    // (The English plural forms come with the translations, which this test does not load.)
    QTRY_VERIFY2(state.data().toString().startsWith(QStringLiteral("Completed — 1 of 2 file")),
                 qPrintable(state.data().toString()));
    QVERIFY(state.data(JobListModel::PartlyKeptRole).toBool());
}

void TestMainWindow::propertiesFollowTheJobWhileOpen()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Suspended);
    MainWindow *w = f.window();
    QVERIFY(f.shown(id));
    f.select({ id });
    action(w, "actionProperties")->trigger();
    auto *dialog = waitForChild<PropertiesDialog>(w);
    QVERIFY(dialog);
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("liveState"));
    auto *progress = dialog->findChild<QLabel *>(QStringLiteral("liveProgress"));
    auto *code = dialog->findChild<QLabel *>(QStringLiteral("liveErrorCode"));
    auto *files = dialog->findChild<QTreeWidget *>(QStringLiteral("files"));
    QCOMPARE(state->text(), JobNames::state(JobState::Suspended));
    QVERIFY(code->isHidden()); // the error rows show only with an error
    // What the user is typing stays while the job changes underneath.
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("displayName"));
    name->setText(QStringLiteral("renamed while it runs"));

    QVERIFY(f.engine.act(id, JobAction::Resume).isSuccess());
    f.engine.change(id, [](Job &job) { job.state = JobState::Connecting; });
    f.engine.change(id, [](Job &job) {
        job.state = JobState::Transferring;
        job.files[0].bytesTransferred = 2;
        job.files[0].bytesTotal = 5;
    });
    QTRY_COMPARE(state->text(), JobNames::state(JobState::Transferring));
    auto *connections = dialog->findChild<QLabel *>(QStringLiteral("liveConnections"));
    QCOMPARE(connections->text(), QStringLiteral("—"));
    f.engine.setConnections(id, 3); // a segmented download
    QTRY_COMPARE(connections->text(), QLocale().toString(3));
    QTRY_VERIFY2(progress->text().startsWith(QLocale().formattedDataSize(2)),
                 qPrintable(progress->text()));
    QCOMPARE(files->topLevelItem(0)->text(3), QLocale().formattedDataSize(2));

    f.engine.change(id, [](Job &job) {
        job.state = JobState::TransientError;
        job.error = { ErrorContext::RemoteFile, Result::httpError(503), {}, 0 };
    });
    QTRY_COMPARE(state->text(), JobNames::state(JobState::TransientError));
    QCOMPARE(connections->text(), QStringLiteral("—")); // waiting to retry: none
    QTRY_VERIFY2(code->text().startsWith(Result::httpError(503).name()), qPrintable(code->text()));
    QVERIFY(!code->isHidden());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("liveNoError"))->isHidden());
    QCOMPARE(name->text(), QStringLiteral("renamed while it runs"));
    QCOMPARE(dialog->changes().displayName.value_or(QString()),
             QStringLiteral("renamed while it runs"));
    dialog->reject();
}

void TestMainWindow::speedLimitFromTheContextMenu()
{
    WindowFixture f;
    const JobId a = f.engine.jobIn(JobType::Download, JobState::Transferring);
    const JobId b = f.engine.jobIn(JobType::Download, JobState::Suspended);
    const JobId done = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    MainWindow *w = f.window();
    QVERIFY(f.shown(a) && f.shown(b) && f.shown(done));
    QVERIFY(w->contextMenu()->actions().contains(action(w, "actionSpeedLimit")));
    f.select({ done });
    QVERIFY(!action(w, "actionSpeedLimit")->isEnabled());
    f.select({ a, b, done });
    QVERIFY(action(w, "actionSpeedLimit")->isEnabled());
    action(w, "actionSpeedLimit")->trigger();
    auto *input = waitForChild<QInputDialog>(w, QStringLiteral("speedLimitDialog"));
    QVERIFY(input);
    QCOMPARE(input->intValue(), 0);
    input->setIntValue(300);
    input->accept();
    QTRY_COMPARE(f.engine.queued(a)->speedLimit, qint64(300 * 1024));
    QTRY_COMPARE(f.engine.queued(b)->speedLimit, qint64(300 * 1024));
    // The running transfer keeps its bytes: only the limit changed.
    QCOMPARE(f.engine.queued(a)->state, JobState::Transferring);
}

void TestMainWindow::propertiesOfAFinishedJobAreReadOnly()
{
    WindowFixture f;
    const JobId id = f.engine.jobIn(JobType::Download, JobState::Cancelled);
    f.window();
    QVERIFY(f.shown(id));
    f.select({ id });
    action(f.window(), "actionProperties")->trigger();
    auto *dialog = waitForChild<PropertiesDialog>(f.window());
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditable());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("displayName"))->isReadOnly());
    QVERIFY(dialog->changes().isEmpty());
    dialog->reject();
}

void TestMainWindow::droppedLinksOpenThePrefilledDialog()
{
    WindowFixture f;
    MainWindow *w = f.window();
    auto *data = new QMimeData;
    data->setUrls({ QUrl(QStringLiteral("http://127.0.0.1:1/a.iso")),
                    QUrl(QStringLiteral("https://127.0.0.1:1/b.iso")) });
    drop(w->jobView()->viewport(), data);
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    QCOMPARE(dialog->urls().size(), 2);
    QCOMPARE(dialog->destination(), f.downloads.path());
    dialog->accept();
    QTRY_COMPARE(f.engine.count(), 2);
    for (const JobId &id : f.engine.jobIds()) {
        const Job *job = f.engine.queued(id);
        QCOMPARE(job->state, JobState::Queued);
        QVERIFY(job->autoComplete); // the window's default
        QCOMPARE(job->files.first().localPath, f.downloads.path());
    }
    delete data;
}

void TestMainWindow::droppedLinksAreQueuedWithoutAsking()
{
    WindowFixture f;
    QSettings().setValue(QStringLiteral("ui/addDroppedWithoutAsking"), true);
    MainWindow *w = f.window();
    auto *data = new QMimeData;
    data->setText(
        QStringLiteral("http://127.0.0.1:1/one.bin\nnot a link\nhttp://127.0.0.1:1/two.bin"));
    drop(w, data);
    QTRY_COMPARE(f.engine.count(), 2);
    QVERIFY(!w->findChild<NewJobDialog *>());
    delete data;
}

void TestMainWindow::droppedLocalFileOpensTheUploadDialog()
{
    WindowFixture f;
    MainWindow *w = f.window();
    const QString file = f.engine.makeFile(QStringLiteral("report.pdf"));
    auto *data = new QMimeData;
    data->setUrls({ QUrl::fromLocalFile(file) });
    drop(w->jobView()->viewport(), data);
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    QCOMPARE(dialog->type(), JobType::Upload);
    QCOMPARE(dialog->jobs(false).first().files.first().second, file);
    delete data;
}

void TestMainWindow::pasteUsesTheClipboard()
{
    WindowFixture f;
    MainWindow *w = f.window();
    QApplication::clipboard()->setText(QStringLiteral("https://127.0.0.1:1/pasted.tar.xz"));
    action(w, "actionPaste")->trigger();
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    QCOMPARE(dialog->urls(),
             QList<QUrl> { QUrl(QStringLiteral("https://127.0.0.1:1/pasted.tar.xz")) });
    dialog->reject();
}

void TestMainWindow::newJobDialogMakesTheJobItDescribes()
{
    WindowFixture f;
    MainWindow *w = f.window();
    action(w, "actionNewJob")->trigger();
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no URL yet
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("urls"))
        ->setPlainText(QStringLiteral("http://127.0.0.1:1/x?id=7"));
    QVERIFY(ok->isEnabled());
    dialog->findChild<QLineEdit *>(QStringLiteral("fileName"))->setText(QStringLiteral("x.bin"));
    auto *priority = dialog->findChild<QComboBox *>(QStringLiteral("priority"));
    priority->setCurrentIndex(priority->findData(int(JobPriority::High)));
    dialog->findChild<QCheckBox *>(QStringLiteral("startSuspended"))->setChecked(true);
    dialog->findChild<QGroupBox *>(QStringLiteral("advanced"))->setChecked(true);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("customHeaders"))
        ->setPlainText(QStringLiteral("X-Token: 1\n\nAccept-Language: it\n"));
    dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(QStringLiteral("anna"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret"));
    dialog->findChild<QSpinBox *>(QStringLiteral("speedLimit"))->setValue(512);
    dialog->findChild<QSpinBox *>(QStringLiteral("segments"))->setValue(2);
    ok->click();
    QTRY_COMPARE(f.engine.count(), 1);
    const Job *job = f.engine.queued(f.engine.jobIds().first());
    QCOMPARE(job->displayName, QStringLiteral("x.bin"));
    QCOMPARE(job->files.first().localPath,
             QDir(f.downloads.path()).filePath(QStringLiteral("x.bin")));
    QCOMPARE(job->priority, JobPriority::High);
    QTRY_COMPARE(job->customHeaders, QStringLiteral("X-Token: 1\r\nAccept-Language: it"));
    QTRY_COMPARE(job->credentials.size(), 1);
    QCOMPARE(job->credentials.first().user, QStringLiteral("anna"));
    QCOMPARE(job->credentials.first().password, QStringLiteral("secret"));
    QCOMPARE(job->speedLimit, 512 * 1024);
    QCOMPARE(job->segments, 2);
    QCOMPARE(job->state, JobState::Suspended);
}

void TestMainWindow::uploadDialogMakesAnUploadJob()
{
    WindowFixture f;
    MainWindow *w = f.window();
    const QString source = f.engine.makeFile(QStringLiteral("photo.jpg"), QByteArray(1000, 'x'));
    w->showUploadDialog(source);
    auto *dialog = waitForChild<NewJobDialog>(w);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no target yet
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("type"));
    type->setCurrentIndex(type->findData(int(JobType::UploadReply)));
    dialog->findChild<QLineEdit *>(QStringLiteral("targetUrl"))
        ->setText(QStringLiteral("http://127.0.0.1:1/upload"));
    dialog->findChild<QLineEdit *>(QStringLiteral("replyFile"))
        ->setText(f.engine.localPath(QStringLiteral("reply.json")));
    auto *protocol = dialog->findChild<QComboBox *>(QStringLiteral("protocol"));
    protocol->setCurrentIndex(protocol->findData(int(UploadProtocol::Post)));
    dialog->findChild<QLineEdit *>(QStringLiteral("formField"))->setText(QStringLiteral("photo"));
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_COMPARE(f.engine.count(), 1);
    const Job *job = f.engine.queued(f.engine.jobIds().first());
    QCOMPARE(job->type, JobType::UploadReply);
    QCOMPARE(job->files.first().localPath, source);
    QCOMPARE(job->files.first().remoteUrl, QUrl(QStringLiteral("http://127.0.0.1:1/upload")));
    QTRY_COMPARE(job->replyFileName, f.engine.localPath(QStringLiteral("reply.json")));
    QTRY_COMPARE(job->state, JobState::Queued);
    QVERIFY(!job->autoComplete); // uploads wait for Complete, as BITS says
    QCOMPARE(job->upload.protocol, UploadProtocol::Post);
    QCOMPARE(job->upload.formField, QStringLiteral("photo"));
}

void TestMainWindow::settingsDialogSavesAndAnnounces()
{
    WindowFixture f;
    MainWindow *w = f.window();
    QSignalSpy changed(w, &MainWindow::settingsChanged);
    action(w, "actionSettings")->trigger();
    auto *dialog = waitForChild<SettingsDialog>(w);
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("concurrentTransfers"))->setValue(7);
    dialog->findChild<QSpinBox *>(QStringLiteral("downloadLimit"))->setValue(100);
    dialog->findChild<QCheckBox *>(QStringLiteral("autoComplete"))->setChecked(false);
    dialog->findChild<QCheckBox *>(QStringLiteral("startWithSession"))->setChecked(true);
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("it")));
    dialog->accept();
    QCOMPARE(changed.size(), 1);
    const auto s = changed.first().first().value<AppSettings>();
    QCOMPARE(s.maxConcurrentTransfers, 7);
    QCOMPARE(s.downloadLimit, 100 * 1024);
    const AppSettings stored = AppSettings::load();
    QCOMPARE(stored.maxConcurrentTransfers, 7);
    QVERIFY(!stored.autoComplete);
    QCOMPARE(stored.language, QStringLiteral("it"));
    // The autostart entry is there, and goes when the setting is turned off.
    QFile entry(AppSettings::autostartPath());
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QVERIFY(entry.readAll().contains("--minimized"));
    entry.close();
    QVERIFY(AppSettings::applyAutostart(false));
    QVERIFY(!QFile::exists(AppSettings::autostartPath()));
}

void TestMainWindow::withoutATrayClosingClosesTheWindow()
{
    WindowFixture f;
    MainWindow *w = f.window();
    QVERIFY(!w->trayIcon()); // offscreen: no system tray
    QCOMPARE(w->notifier()->backend() == QLatin1String("tray"), false);
    QVERIFY(w->close());
    QVERIFY(!w->isVisible());
}

void TestMainWindow::proxyPassesTheModelTester()
{
    WindowFixture f;
    MainWindow *w = f.window();
    QAbstractItemModelTester tester(w->filterProxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const JobId a = f.engine.jobIn(JobType::Download, JobState::Suspended);
    const JobId b = f.engine.jobIn(JobType::Download, JobState::Queued);
    QVERIFY(f.shown(a) && f.shown(b));
    w->findChild<QToolButton *>(QStringLiteral("filterActive"))->click();
    QCOMPARE(w->filterProxy()->rowCount(), 1);
    QVERIFY(f.engine.act(b, JobAction::Cancel));
    QTRY_COMPARE(w->filterProxy()->rowCount(), 0);
    w->findChild<QToolButton *>(QStringLiteral("filterAll"))->click();
    QCOMPARE(w->filterProxy()->rowCount(), 2);
    w->jobView()->sortByColumn(JobListModel::StateColumn, Qt::DescendingOrder);
    QCOMPARE(w->filterProxy()->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
