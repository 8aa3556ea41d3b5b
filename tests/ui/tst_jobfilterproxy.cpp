// The job list's proxy: filters by state category and search text, and keeps the list sorted by
// its cached keys while batches change, add and remove jobs in one go.
#include "jobfilterproxy.h"
#include "joblistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Ferry;

namespace {

JobSnapshot job(const QString &name, JobState state = JobState::Suspended, qint64 total = 100)
{
    Job j;
    j.id = JobId::create();
    j.displayName = name;
    j.state = state;
    JobFile f;
    f.remoteUrl = QUrl(QStringLiteral("http://127.0.0.1:1/") + name);
    f.localPath = QStringLiteral("/tmp/") + name;
    f.bytesTotal = total;
    j.files = { f };
    return JobSnapshot::of(j);
}

QStringList names(const QAbstractItemModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out.append(proxy.index(row, JobListModel::NameColumn).data().toString());
    return out;
}

} // namespace

class TestJobFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void staysSortedThroughMixedBatches();
    void sortsByRawValuesNotText();
    void filtersAndSearch();
    void activityFollowsTheBatches();
};

void TestJobFilterProxy::staysSortedThroughMixedBatches()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobSnapshot bravo = job(QStringLiteral("bravo"));
    const JobSnapshot delta = job(QStringLiteral("delta"));
    const JobSnapshot alpha = job(QStringLiteral("Alpha"));
    model.applyBatch({ { bravo, delta, alpha }, {}, {}, true });
    proxy.sort(JobListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(names(proxy),
             (QStringList { QStringLiteral("Alpha"), QStringLiteral("bravo"),
                            QStringLiteral("delta") }));
    // One batch renames a job, adds two and removes one: the keys read for the first change
    // must not be used for rows that did not exist then.
    bravo.job.displayName = QStringLiteral("echo");
    model.applyBatch({ { bravo, job(QStringLiteral("charlie")), job(QStringLiteral("able")) },
                       { delta.job.id },
                       {},
                       false });
    QCOMPARE(names(proxy),
             (QStringList { QStringLiteral("able"), QStringLiteral("Alpha"),
                            QStringLiteral("charlie"), QStringLiteral("echo") }));
    proxy.sort(JobListModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(names(proxy),
             (QStringList { QStringLiteral("echo"), QStringLiteral("charlie"),
                            QStringLiteral("Alpha"), QStringLiteral("able") }));
}

void TestJobFilterProxy::sortsByRawValuesNotText()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    // "9.8 MiB" sorts after "10 GiB" as text; by size it comes first.
    model.applyBatch({ { job(QStringLiteral("big"), JobState::Suspended, qint64(10) << 30),
                         job(QStringLiteral("small"), JobState::Suspended, qint64(98) << 17),
                         job(QStringLiteral("tiny"), JobState::Suspended, 5) },
                       {},
                       {},
                       true });
    proxy.sort(JobListModel::SizeColumn, Qt::AscendingOrder);
    QCOMPARE(
        names(proxy),
        (QStringList { QStringLiteral("tiny"), QStringLiteral("small"), QStringLiteral("big") }));
}

void TestJobFilterProxy::filtersAndSearch()
{
    JobListModel model;
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.applyBatch(
        { { job(QStringLiteral("a"), JobState::Queued), job(QStringLiteral("b"), JobState::Error),
            job(QStringLiteral("c"), JobState::TransientError),
            job(QStringLiteral("needle"), JobState::Transferred) },
          {},
          {},
          true });
    proxy.setFilter(JobFilterProxy::Errors);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilter(JobFilterProxy::Active);
    QCOMPARE(proxy.rowCount(), 2); // queued and transient error
    proxy.setFilter(JobFilterProxy::All);
    proxy.setSearchText(QStringLiteral("  NEEDLE "));
    QCOMPARE(names(proxy), QStringList { QStringLiteral("needle") });
    // A job's files follow it.
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
}

void TestJobFilterProxy::activityFollowsTheBatches()
{
    JobListModel model;
    JobSnapshot a = job(QStringLiteral("a"), JobState::Transferring);
    a.bytesPerSecond = 1000;
    JobSnapshot b = job(QStringLiteral("b"), JobState::Queued);
    b.job.type = JobType::Upload;
    b.bytesPerSecond = 300;
    model.applyBatch({ { a, b, job(QStringLiteral("c"), JobState::Error) }, {}, {}, true });
    JobListModel::Activity activity = model.activity();
    QCOMPARE(activity.activeJobs, 2);
    QCOMPARE(activity.downloadSpeed, 1000);
    QCOMPARE(activity.uploadSpeed, 300);
    a.job.state = JobState::Transferred;
    a.bytesPerSecond = 0;
    model.applyBatch({ { a }, { b.job.id }, {}, false });
    activity = model.activity();
    QCOMPARE(activity.activeJobs, 0);
    QCOMPARE(activity.downloadSpeed + activity.uploadSpeed, 0);
}

QTEST_MAIN(TestJobFilterProxy)
#include "tst_jobfilterproxy.moc"
