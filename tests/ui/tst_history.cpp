// What the window does with finished jobs: Remove from List,
// Remove and Delete Files (only the files the downloads wrote), Download Again and Clear History.
#include "historycommands.h"
#include "jobactions.h"
#include "joblistmodel.h"
#include "windowfixture.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr qint64 OneDay = 24 * 3600;

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shortcutsAndMenus();
    void removeFromListKeepsActiveJobsAndFiles();
    void removeAndDeleteFilesDeletesOnlyWhatTheDownloadWrote();
    void downloadAgainCopiesTheSettings();
    void downloadAgainQueuesANewJob();
    void clearHistoryAllOrOlderThanDays();

private:
    QTemporaryDir m_settingsDir;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    isolateSettings(m_settingsDir.path());
}

void TestHistory::shortcutsAndMenus()
{
    WindowFixture f;
    MainWindow *w = f.window();
    QCOMPARE(action(w, "actionRemove")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action(w, "actionRemoveAndDelete")->shortcut(),
             QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    QCOMPARE(action(w, "actionClearHistory")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)); // as in web browsers
    // Cancel (which deletes temporary files) no longer sits on the bare Delete key.
    QCOMPARE(action(w, "actionCancel")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Delete));
    for (const char *name :
         { "actionRemove", "actionRemoveAndDelete", "actionDownloadAgain", "actionClearHistory" }) {
        QVERIFY2(w->contextMenu()->actions().contains(action(w, name)), name);
        QVERIFY2(w->actions().contains(action(w, name)), name); // shortcut anywhere in the window
    }
}

void TestHistory::removeFromListKeepsActiveJobsAndFiles()
{
    WindowFixture f;
    const JobId done = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId cancelled = f.engine.jobIn(JobType::Upload, JobState::Cancelled);
    const JobId active = f.engine.jobIn(JobType::Download, JobState::Suspended);
    const QString file = f.engine.find(done)->files.first().localPath;
    QVERIFY(QFile::exists(file));
    MainWindow *w = f.window();
    QVERIFY(f.shown(done) && f.shown(cancelled) && f.shown(active));

    f.select({ done, cancelled, active });
    QVERIFY(action(w, "actionRemove")->isEnabled());
    action(w, "actionRemove")->trigger();
    QTRY_VERIFY(!w->jobModel()->indexOf(done).isValid());
    QTRY_VERIFY(!w->jobModel()->indexOf(cancelled).isValid());
    QVERIFY(w->jobModel()->indexOf(active).isValid());
    QVERIFY(f.engine.queued(active));
    QVERIFY(!f.engine.inHistory(done));
    QVERIFY(!f.engine.inHistory(cancelled));
    QVERIFY(QFile::exists(file)); // the list forgets the job, the disk keeps its file

    // Only an active job selected: nothing to remove.
    f.select({ active });
    QVERIFY(!action(w, "actionRemove")->isEnabled());
}

void TestHistory::removeAndDeleteFilesDeletesOnlyWhatTheDownloadWrote()
{
    WindowFixture f;
    const JobId mine = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId replaced = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId sameSize = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId upload = f.engine.jobIn(JobType::Upload, JobState::Acknowledged);
    const QString sameSizeFile = f.engine.find(sameSize)->files.first().localPath;
    const QString mineFile = f.engine.find(mine)->files.first().localPath;
    const QString replacedFile = f.engine.find(replaced)->files.first().localPath;
    const QString source = f.engine.find(upload)->files.first().localPath;
    // The user put another file at the second download's name since.
    QVERIFY(QFile::remove(replacedFile));
    {
        QFile other(replacedFile);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not the download");
    }
    // And a file of the very same size at the third one's: only its identity tells it apart.
    const QString moved = sameSizeFile + QStringLiteral(".moved");
    QVERIFY(QFile::rename(sameSizeFile, moved)); // kept aside, so its inode is not reused
    {
        QFile other(sameSizeFile);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("54321");
    }
    MainWindow *w = f.window();
    QVERIFY(f.shown(mine) && f.shown(replaced) && f.shown(sameSize) && f.shown(upload));
    f.select({ mine, replaced, sameSize, upload });
    QVERIFY(action(w, "actionRemoveAndDelete")->isEnabled());

    // Cancel deletes nothing.
    action(w, "actionRemoveAndDelete")->trigger();
    auto *box = waitForChild<QMessageBox>(w, QStringLiteral("confirmDeleteFiles"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("3 downloaded file")), qPrintable(box->text()));
    QVERIFY(box->detailedText().contains(mineFile));
    QVERIFY(!box->detailedText().contains(source)); // an upload's source is never deleted
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!w->findChild<QMessageBox *>(QStringLiteral("confirmDeleteFiles")));
    QVERIFY(QFile::exists(mineFile));

    action(w, "actionRemoveAndDelete")->trigger();
    box = waitForChild<QMessageBox>(w, QStringLiteral("confirmDeleteFiles"));
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("deleteFiles"))->click();
    QTRY_VERIFY(!w->jobModel()->indexOf(mine).isValid());
    QVERIFY(!QFile::exists(mineFile));
    QVERIFY(!f.engine.inHistory(mine));
    // The file that is not the download's stays, and so does its job; the window says so.
    auto *kept = waitForChild<QMessageBox>(w, QStringLiteral("filesNotDeleted"));
    QVERIFY(kept);
    QVERIFY(kept->detailedText().contains(replacedFile));
    QVERIFY(kept->detailedText().contains(sameSizeFile));
    kept->accept();
    QVERIFY(QFile::exists(sameSizeFile));
    QVERIFY(w->jobModel()->indexOf(sameSize).isValid());
    QFile other(replacedFile);
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("not the download"));
    QVERIFY(w->jobModel()->indexOf(replaced).isValid());
    QVERIFY(f.engine.inHistory(replaced));
    QVERIFY(QFile::exists(source));
    QVERIFY(w->jobModel()->indexOf(upload).isValid()); // not a download: not touched
}

void TestHistory::downloadAgainCopiesTheSettings()
{
    Job job;
    job.id = JobId::create();
    job.type = JobType::Download;
    job.state = JobState::Acknowledged;
    job.displayName = QStringLiteral("ISO images");
    job.description = QStringLiteral("for the lab");
    job.priority = JobPriority::High;
    job.speedLimit = 4096;
    job.segments = 3;
    job.autoComplete = true;
    job.customHeaders = QStringLiteral("X-Token: abc");
    job.credentials = { { AuthTarget::Server, AuthScheme::Basic, QStringLiteral("me"), {} } };
    JobFile a;
    a.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/a.iso"));
    a.localPath = QStringLiteral("/tmp/dl/a.iso");
    a.completed = true;
    a.integrity.expected = Checksum::fromHex(HashAlgorithm::Sha256, QString(64, u'a'));
    a.integrity.source = ChecksumSource::User;
    a.integrity.validation = Validation::Verified;
    JobFile b;
    b.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/b.iso"));
    b.localPath = QStringLiteral("/tmp/dl/b.iso");
    b.integrity.expected = Checksum::fromHex(HashAlgorithm::Sha256, QString(64, u'b'));
    b.integrity.source = ChecksumSource::ReprDigest; // the server says it again
    job.files = { a, b };

    const NewJob again = HistoryCommands::again(job);
    QCOMPARE(again.displayName, job.displayName);
    QCOMPARE(again.description, job.description);
    QCOMPARE(again.type, JobType::Download);
    QCOMPARE(again.priority, JobPriority::High);
    QCOMPARE(again.speedLimit, qint64(4096));
    QCOMPARE(again.segments, 3);
    QVERIFY(again.autoComplete);
    QCOMPARE(again.customHeaders, job.customHeaders);
    QVERIFY(again.resume);
    QCOMPARE(again.files.size(), 2);
    QCOMPARE(again.files.at(0), qMakePair(a.remoteUrl, a.localPath));
    QCOMPARE(again.files.at(1), qMakePair(b.remoteUrl, b.localPath));
    QCOMPARE(again.checksums.keys(), QList<int> { 0 });
    QCOMPARE(again.checksums.value(0), a.integrity.expected.value_or(Checksum()));
    QVERIFY(again.credentials.isEmpty()); // the window never has the password
}

void TestHistory::downloadAgainQueuesANewJob()
{
    WindowFixture f;
    const JobId done = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId upload = f.engine.jobIn(JobType::Upload, JobState::Acknowledged);
    const Job old = *f.engine.find(done);
    MainWindow *w = f.window();
    QVERIFY(f.shown(done) && f.shown(upload));
    f.select({ upload });
    QVERIFY(!action(w, "actionDownloadAgain")->isEnabled());
    f.select({ done, upload });
    QVERIFY(action(w, "actionDownloadAgain")->isEnabled());
    action(w, "actionDownloadAgain")->trigger();
    QTRY_COMPARE(f.engine.count(), 1);
    const Job *fresh = f.engine.queued(f.engine.jobIds().first());
    QVERIFY(fresh);
    QVERIFY(fresh->id != done);
    QCOMPARE(fresh->state, JobState::Queued);
    QCOMPARE(fresh->files.size(), 1);
    QCOMPARE(fresh->files.first().remoteUrl, old.files.first().remoteUrl);
    QCOMPARE(fresh->files.first().localPath, old.files.first().localPath);
    QVERIFY(!fresh->files.first().completed);
    QVERIFY(w->jobModel()->indexOf(done).isValid()); // the finished one stays in the history
    QTRY_VERIFY(w->jobModel()->indexOf(fresh->id).isValid());
}

void TestHistory::clearHistoryAllOrOlderThanDays()
{
    WindowFixture f;
    const JobId old = f.engine.jobIn(JobType::Download, JobState::Cancelled);
    f.engine.clock.advance(40 * OneDay);
    const JobId recent = f.engine.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId active = f.engine.jobIn(JobType::Download, JobState::Suspended);
    MainWindow *w = f.window();
    w->historyCommands()->setClock(&f.engine.clock);
    QVERIFY(f.shown(old) && f.shown(recent) && f.shown(active));

    // Older than 30 days (the default): only the job finished 40 days ago.
    action(w, "actionClearHistory")->trigger();
    auto *dialog = waitForChild<QDialog>(w, QStringLiteral("clearHistoryDialog"));
    QVERIFY(dialog);
    auto *count = dialog->findChild<QLabel *>(QStringLiteral("clearCount"));
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("clearOlder"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("clearDays"))->value(), 30);
    QVERIFY2(count->text().startsWith(QLatin1String("1 finished job")), qPrintable(count->text()));
    // 50 days: none is that old, and the dialog says so instead of a silent grey button.
    dialog->findChild<QSpinBox *>(QStringLiteral("clearDays"))->setValue(50);
    QCOMPARE(count->text(), QStringLiteral("No finished job matches."));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("clearHistoryButton"))->isEnabled());
    // Escape leaves without clearing, wherever the focus is.
    QTest::keyClick(dialog->findChild<QSpinBox *>(QStringLiteral("clearDays")), Qt::Key_Escape);
    QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("clearHistoryDialog")));
    QVERIFY(f.engine.inHistory(old));
    action(w, "actionClearHistory")->trigger();
    dialog = waitForChild<QDialog>(w, QStringLiteral("clearHistoryDialog"));
    QVERIFY(dialog);
    count = dialog->findChild<QLabel *>(QStringLiteral("clearCount"));
    dialog->findChild<QSpinBox *>(QStringLiteral("clearDays"))->setValue(30);
    dialog->findChild<QPushButton *>(QStringLiteral("clearHistoryButton"))->click();
    QTRY_VERIFY(!w->jobModel()->indexOf(old).isValid());
    QVERIFY(!f.engine.inHistory(old));
    QVERIFY(w->jobModel()->indexOf(recent).isValid());
    QTRY_VERIFY(!w->findChild<QDialog *>(QStringLiteral("clearHistoryDialog")));

    // All: every finished job, never an active one.
    action(w, "actionClearHistory")->trigger();
    dialog = waitForChild<QDialog>(w, QStringLiteral("clearHistoryDialog"));
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(QStringLiteral("clearAll"))->setChecked(true);
    dialog->findChild<QPushButton *>(QStringLiteral("clearHistoryButton"))->click();
    QTRY_VERIFY(!w->jobModel()->indexOf(recent).isValid());
    QVERIFY(!f.engine.inHistory(recent));
    QVERIFY(w->jobModel()->indexOf(active).isValid());
    QVERIFY(f.engine.queued(active));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
