// The toolbar's and context menu's enabled states: for every job state and type, and for mixed
// selections, each action (found by objectName, as a user finds it by its place) is enabled
// exactly when the job allows it.
#include "jobactions.h"

#include <QAction>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

namespace {

JobSnapshot snapshot(JobType type, JobState state, qint64 done = 0, const QString &path = {})
{
    Job job;
    job.id = JobId::create();
    job.type = type;
    job.state = state;
    JobFile file;
    file.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/file.bin"));
    file.localPath = path.isEmpty() ? QStringLiteral("/tmp/file.bin") : path;
    file.bytesTotal = 100;
    file.bytesTransferred = done;
    file.completed = state == JobState::Acknowledged;
    job.files = { file };
    return JobSnapshot::of(job);
}

// "R" resume, "S" suspend, "O" complete, "C" cancel, "P" priority, "U" change URL; of the
// history: "M" remove from list, "D" remove and delete files, "A" download again.
QString enabledSet(JobActions &actions)
{
    QString set;
    auto check = [&](const char *name, QChar letter) {
        auto *action = actions.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        if (action->isEnabled())
            set += letter;
    };
    check("actionResume", QLatin1Char('R'));
    check("actionSuspend", QLatin1Char('S'));
    check("actionComplete", QLatin1Char('O'));
    check("actionCancel", QLatin1Char('C'));
    check("actionPriorityNormal", QLatin1Char('P'));
    check("actionChangeUrl", QLatin1Char('U'));
    check("actionRemove", QLatin1Char('M'));
    check("actionRemoveAndDelete", QLatin1Char('D'));
    check("actionDownloadAgain", QLatin1Char('A'));
    return set;
}

} // namespace

class TestJobActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleJob_data();
    void singleJob();
    void mixedSelection_data();
    void mixedSelection();
    void emptySelectionDisablesEverything();
    void priorityIsCheckedWhenTheSelectionAgrees();
    void openNeedsACommittedFile();
    void applicableListsOnlyTheJobsThatAllowTheAction();
};

void TestJobActions::singleJob_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("done");
    QTest::addColumn<QString>("expected");
    const int dl = int(JobType::Download);
    const int up = int(JobType::Upload);
    const int ur = int(JobType::UploadReply);
    QTest::newRow("download suspended") << dl << int(JobState::Suspended) << 0LL << "ROCPU";
    QTest::newRow("download queued") << dl << int(JobState::Queued) << 0LL << "SOCPU";
    QTest::newRow("download connecting") << dl << int(JobState::Connecting) << 0LL << "SOCPU";
    QTest::newRow("download transferring") << dl << int(JobState::Transferring) << 50LL << "SOCPU";
    QTest::newRow("download transient error")
        << dl << int(JobState::TransientError) << 50LL << "RSOCPU";
    QTest::newRow("download error") << dl << int(JobState::Error) << 50LL << "RSOCPU";
    QTest::newRow("download transferred") << dl << int(JobState::Transferred) << 100LL << "SOCPU";
    QTest::newRow("download acknowledged") << dl << int(JobState::Acknowledged) << 100LL << "MDA";
    QTest::newRow("download cancelled") << dl << int(JobState::Cancelled) << 0LL << "MA";
    QTest::newRow("upload suspended") << up << int(JobState::Suspended) << 0LL << "RCP";
    QTest::newRow("upload queued") << up << int(JobState::Queued) << 0LL << "SCP";
    QTest::newRow("upload transferring") << up << int(JobState::Transferring) << 10LL << "SCP";
    QTest::newRow("upload error") << up << int(JobState::Error) << 10LL << "RSCP";
    QTest::newRow("upload transferred") << up << int(JobState::Transferred) << 100LL << "SOCP";
    QTest::newRow("upload acknowledged") << up << int(JobState::Acknowledged) << 100LL << "M";
    QTest::newRow("upload-reply suspended") << ur << int(JobState::Suspended) << 0LL << "RCP";
    QTest::newRow("upload-reply transferred")
        << ur << int(JobState::Transferred) << 100LL << "SOCP";
    QTest::newRow("upload-reply cancelled") << ur << int(JobState::Cancelled) << 0LL << "M";
}

void TestJobActions::singleJob()
{
    QFETCH(int, type);
    QFETCH(int, state);
    QFETCH(qint64, done);
    QFETCH(QString, expected);
    JobActions actions;
    actions.updateActionStates({ snapshot(JobType(type), JobState(state), done) });
    QCOMPARE(enabledSet(actions), expected);
    // The priority submenu follows its actions; Properties needs one job, which there is.
    QCOMPARE(actions.priorityMenu()->menuAction()->isEnabled(), expected.contains(u'P'));
    QVERIFY(actions.properties()->isEnabled());
    QVERIFY(actions.copyUrl()->isEnabled());
}

void TestJobActions::mixedSelection_data()
{
    QTest::addColumn<QList<int>>("states"); // download jobs
    QTest::addColumn<QString>("expected");
    QTest::newRow("suspended + queued")
        << QList<int> { int(JobState::Suspended), int(JobState::Queued) } << "RSOCP";
    QTest::newRow("transferred + cancelled")
        << QList<int> { int(JobState::Transferred), int(JobState::Cancelled) } << "SOCPMA";
    QTest::newRow("acknowledged + cancelled")
        << QList<int> { int(JobState::Acknowledged), int(JobState::Cancelled) } << "MDA";
    QTest::newRow("queued + queued")
        << QList<int> { int(JobState::Queued), int(JobState::Queued) } << "SOCP";
}

void TestJobActions::mixedSelection()
{
    QFETCH(QList<int>, states);
    QFETCH(QString, expected);
    QList<JobSnapshot> selection;
    for (int s : std::as_const(states)) {
        const bool done = s == int(JobState::Transferred) || s == int(JobState::Acknowledged);
        selection.append(snapshot(JobType::Download, JobState(s), done ? 100 : 0));
    }
    JobActions actions;
    actions.updateActionStates(selection);
    // Change URL, Open and Properties work on one job only.
    QCOMPARE(enabledSet(actions), expected);
    QVERIFY(!actions.properties()->isEnabled());
    QVERIFY(!actions.open()->isEnabled());
    QVERIFY(!actions.openFolder()->isEnabled());
}

void TestJobActions::emptySelectionDisablesEverything()
{
    JobActions actions;
    actions.updateActionStates({ snapshot(JobType::Download, JobState::Suspended) });
    actions.updateActionStates({});
    const QList<QAction *> all = actions.all();
    for (QAction *action : all) {
        // Clear History… works on the whole history, not on the selection.
        if (action != actions.clearHistory())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }
    QVERIFY(actions.clearHistory()->isEnabled());
    QVERIFY(!actions.priorityMenu()->menuAction()->isEnabled());
}

void TestJobActions::priorityIsCheckedWhenTheSelectionAgrees()
{
    JobSnapshot high = snapshot(JobType::Download, JobState::Queued);
    high.job.priority = JobPriority::High;
    JobSnapshot low = snapshot(JobType::Download, JobState::Queued);
    low.job.priority = JobPriority::Low;
    JobActions actions;
    actions.updateActionStates({ high, high });
    QVERIFY(actions.priority(JobPriority::High)->isChecked());
    QVERIFY(!actions.priority(JobPriority::Low)->isChecked());
    actions.updateActionStates({ high, low });
    for (int p = 0; p < JobPriorityCount; ++p)
        QVERIFY(!actions.priority(JobPriority(p))->isChecked());
}

void TestJobActions::openNeedsACommittedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.bin"));
    JobActions actions;
    actions.updateActionStates({ snapshot(JobType::Download, JobState::Acknowledged, 100, path) });
    QVERIFY(!actions.open()->isEnabled()); // the file is not there
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    actions.updateActionStates({ snapshot(JobType::Download, JobState::Acknowledged, 100, path) });
    QVERIFY(actions.open()->isEnabled());
    QVERIFY(actions.openFolder()->isEnabled());
    QCOMPARE(JobActions::containingFolder(
                 snapshot(JobType::Download, JobState::Acknowledged, 100, path).job),
             dir.path());
    // A transferred but not completed download has only its temporary file: nothing to open.
    actions.updateActionStates({ snapshot(JobType::Download, JobState::Transferred, 100, path) });
    QVERIFY(!actions.open()->isEnabled());
}

void TestJobActions::applicableListsOnlyTheJobsThatAllowTheAction()
{
    const JobSnapshot suspended = snapshot(JobType::Download, JobState::Suspended);
    const JobSnapshot queued = snapshot(JobType::Download, JobState::Queued);
    const JobSnapshot upload = snapshot(JobType::Upload, JobState::Queued);
    QCOMPARE(JobActions::applicable(JobAction::Resume, { suspended, queued, upload }),
             QList<JobId> { suspended.job.id });
    QCOMPARE(JobActions::applicable(JobAction::Suspend, { suspended, queued, upload }),
             (QList<JobId> { queued.job.id, upload.job.id }));
    QCOMPARE(JobActions::applicable(JobAction::Complete, { suspended, queued, upload }),
             (QList<JobId> { suspended.job.id, queued.job.id }));
}

QTEST_MAIN(TestJobActions)
#include "tst_jobactions.moc"
