#include "engineclient.h"
#include "jobfixture.h"
#include "joblistmodel.h"
#include "snapshotpublisher.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestJobListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void resetShowsEveryJobWithFiles();
    void addedAndRemovedJobs();
    void progressIsCoalesced();
    void stateChangeIsPublishedAtOnce();
    void connectionsComeFromTheEngine();
    void mostRowsChangedGiveOneSignal();
    void rawValuesSort();
    void clientCallsReturnResults();
    void testerOnSortProxy();
    void checksumColumn();

private:
    // Waits until the client delivered one more batch.
    void waitForBatch();

    std::unique_ptr<JobFixture> m_f;
    std::unique_ptr<SnapshotPublisher> m_publisher;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<JobListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QSignalSpy> m_batches;
};

void TestJobListModel::init()
{
    m_f = std::make_unique<JobFixture>();
    m_publisher = std::make_unique<SnapshotPublisher>(m_f->queue.get(), 20);
    m_client = std::make_unique<EngineClient>(m_f->queue.get(), m_publisher.get());
    m_model = std::make_unique<JobListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_client.get(), &EngineClient::batchReceived, m_model.get(), &JobListModel::applyBatch);
    m_batches = std::make_unique<QSignalSpy>(m_client.get(), &EngineClient::batchReceived);
}

void TestJobListModel::cleanup()
{
    m_batches.reset();
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_publisher.reset();
    m_f.reset();
}

void TestJobListModel::waitForBatch()
{
    const int before = int(m_batches->count());
    QTRY_VERIFY(m_batches->count() > before);
}

void TestJobListModel::resetShowsEveryJobWithFiles()
{
    const JobId a = m_f->jobIn(JobType::Download, JobState::Suspended);
    const JobId b = m_f->jobIn(JobType::Upload, JobState::Queued);
    QVERIFY(m_f->queue
                ->addFile(a, QUrl(QStringLiteral("http://127.0.0.1/2")),
                          m_f->localPath(QStringLiteral("2")))
                .isSuccess());
    m_client->requestAll();
    QTRY_COMPARE(m_model->rowCount(), 2);
    const QModelIndex rowA = m_model->indexOf(a);
    QCOMPARE(m_model->rowCount(rowA), 2);
    QCOMPARE(m_model->rowCount(m_model->indexOf(b)), 1);
    QCOMPARE(m_model->data(m_model->index(rowA.row(), JobListModel::StateColumn)).toString(),
             QStringLiteral("Suspended"));
    QCOMPARE(
        m_model
            ->data(m_model->index(rowA.row(), JobListModel::StateColumn), JobListModel::RawDataRole)
            .toInt(),
        int(JobState::Suspended));
    QCOMPARE(m_model->data(m_model->indexOf(b, JobListModel::TypeColumn)).toString(),
             QStringLiteral("Upload"));
    const QModelIndex file = m_model->index(1, JobListModel::NameColumn, rowA);
    QCOMPARE(file.parent(), rowA);
    QCOMPARE(m_model->data(file).toString(), QStringLiteral("2"));
    QCOMPARE(m_model->data(file, JobListModel::IsFileRole).toBool(), true);
    QCOMPARE(m_model->data(file, JobListModel::JobIdRole).toString(), a.toString());
    QVERIFY(m_model->roleNames().value(JobListModel::RawDataRole) == "raw");
}

void TestJobListModel::addedAndRemovedJobs()
{
    m_client->requestAll();
    waitForBatch();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    JobId ids[3];
    for (JobId &id : ids)
        QVERIFY(m_f->queue->createJob(QStringLiteral("x"), JobType::Download, &id).isSuccess());
    waitForBatch();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(inserted.count(), 1); // three new jobs in one batch: one signal

    QVERIFY(m_f->queue->cancel(ids[0]).isSuccess());
    QVERIFY(m_f->queue->cancel(ids[2]).isSuccess());
    waitForBatch();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(removed.count(), 2); // not contiguous
    QCOMPARE(m_model->indexOf(ids[1]).row(), 0);
    QVERIFY(!m_model->indexOf(ids[0]).isValid());
}

void TestJobListModel::progressIsCoalesced()
{
    const JobId other = m_f->jobIn(JobType::Download, JobState::Suspended);
    const JobId id = m_f->jobIn(JobType::Download, JobState::Transferring);
    m_client->requestAll();
    QTRY_COMPARE(m_model->rowCount(), 2);
    const int row = m_model->indexOf(id).row();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const int batchesBefore = int(m_batches->count());

    // 100 updates within one publishing interval (no event loop runs in between).
    for (int i = 1; i <= 100; ++i)
        QVERIFY(m_f->ledger().setFileProgress(id, 0, i * 1000, 100000).isSuccess());
    waitForBatch();
    QCOMPARE(m_batches->count(), batchesBefore + 1);
    QCOMPARE(m_batches->last().first().value<SnapshotBatch>().changed.size(), 1);

    int forRow = 0;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex topLeft = args.at(0).toModelIndex();
        const QModelIndex bottomRight = args.at(1).toModelIndex();
        QVERIFY(topLeft.row() != m_model->indexOf(other).row() || topLeft.parent().isValid());
        if (!topLeft.parent().isValid() && topLeft.row() == row) {
            ++forRow;
            QCOMPARE(bottomRight.row(), row);
        }
    }
    QCOMPARE(forRow, 1);
    QCOMPARE(
        m_model
            ->data(m_model->index(row, JobListModel::TransferredColumn), JobListModel::RawDataRole)
            .toLongLong(),
        100000);
    QCOMPARE(
        m_model->data(m_model->index(row, JobListModel::ProgressColumn), JobListModel::RawDataRole)
            .toDouble(),
        1.0);
}

void TestJobListModel::stateChangeIsPublishedAtOnce()
{
    const JobId id = m_f->jobIn(JobType::Download, JobState::Connecting);
    // An interval no test waits for: only the at-once path can publish.
    SnapshotPublisher publisher(m_f->queue.get(), 3600 * 1000);
    QSignalSpy batches(&publisher, &SnapshotPublisher::batchReady);
    publisher.publishAll();
    QCOMPARE(batches.count(), 1);

    QVERIFY(m_f->ledger().setTransferState(id, JobState::Transferring).isSuccess());
    QTRY_COMPARE(batches.count(), 2);
    const SnapshotBatch batch = batches.last().first().value<SnapshotBatch>();
    QCOMPARE(batch.changed.size(), 1);
    QCOMPARE(batch.changed.first().job.state, JobState::Transferring);

    // Progress alone waits for the interval: event loop passes publish nothing.
    QVERIFY(m_f->ledger().setFileProgress(id, 0, 1000, 100000).isSuccess());
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(batches.count(), 2);
    publisher.flush();
    QCOMPARE(batches.count(), 3);
    QCOMPARE(batches.last()
                 .first()
                 .value<SnapshotBatch>()
                 .changed.first()
                 .job.progress()
                 .bytesTransferred,
             1000);
}

void TestJobListModel::connectionsComeFromTheEngine()
{
    const JobId id = m_f->jobIn(JobType::Download, JobState::Transferring);
    const JobId waiting = m_f->jobIn(JobType::Download, JobState::Suspended);
    SnapshotPublisher publisher(m_f->queue.get(), 3600 * 1000);
    // The engine's answer, whatever the state: the publisher asks only for connected jobs.
    publisher.setConnectionCount([](const JobId &) { return 4; });
    QSignalSpy batches(&publisher, &SnapshotPublisher::batchReady);
    const auto connectionsIn = [](const SnapshotBatch &batch, const JobId &job) {
        for (const JobSnapshot &s : batch.changed) {
            if (s.job.id == job)
                return s.connections;
        }
        return -1;
    };
    publisher.publishAll();
    QCOMPARE(batches.count(), 1);
    SnapshotBatch batch = batches.last().first().value<SnapshotBatch>();
    QCOMPARE(connectionsIn(batch, id), 4);
    QCOMPARE(connectionsIn(batch, waiting), 0);

    QVERIFY(m_f->ledger().setFileProgress(id, 0, 1000, 100000).isSuccess());
    publisher.flush();
    QCOMPARE(batches.count(), 2);
    QCOMPARE(connectionsIn(batches.last().first().value<SnapshotBatch>(), id), 4);
    QVERIFY(m_f->queue->suspend(id).isSuccess());
    QTRY_COMPARE(batches.count(), 3);
    batch = batches.last().first().value<SnapshotBatch>();
    QCOMPARE(batch.changed.first().job.state, JobState::Suspended);
    QCOMPARE(connectionsIn(batch, id), 0);
}

void TestJobListModel::mostRowsChangedGiveOneSignal()
{
    QList<JobId> ids;
    for (int i = 0; i < 10; ++i)
        ids.append(m_f->jobIn(JobType::Download, JobState::Suspended));
    m_client->requestAll();
    QTRY_COMPARE(m_model->rowCount(), 10);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 8; ++i)
        QVERIFY(m_f->queue->setPriority(ids.at(i), JobPriority::Low).isSuccess());
    waitForBatch();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), m_model->index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             m_model->index(9, JobListModel::ColumnCount - 1));

    changed.clear();
    QVERIFY(m_f->queue->setPriority(ids.at(9), JobPriority::High).isSuccess());
    waitForBatch();
    QCOMPARE(changed.count(), 1);
    // Only the columns that changed: the priority (and the modification time after it).
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(JobListModel::PriorityColumn));
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 9);
}

void TestJobListModel::rawValuesSort()
{
    const JobId big = m_f->jobIn(JobType::Download, JobState::Transferring);
    const JobId small = m_f->jobIn(JobType::Download, JobState::Transferring);
    QVERIFY(m_f->ledger().setFileProgress(big, 0, 0, 10 * 1024 * 1024).isSuccess());
    QVERIFY(m_f->ledger().setFileProgress(small, 0, 0, 900).isSuccess());
    m_client->requestAll();
    QTRY_COMPARE(m_model->rowCount(), 2);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(JobListModel::RawDataRole);
    proxy.sort(JobListModel::SizeColumn, Qt::AscendingOrder);
    // "900 bytes" sorts after "10.0 MiB" as text; the raw role sorts by bytes.
    QCOMPARE(proxy.index(0, 0).data(JobListModel::JobIdRole).toString(), small.toString());
    proxy.sort(JobListModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(JobListModel::JobIdRole).toString(), big.toString());
}

void TestJobListModel::clientCallsReturnResults()
{
    QList<Result> results;
    JobId created;
    NewJob job;
    job.displayName = QStringLiteral("from client");
    m_client->create({ job }, [&](const Result &r, const QList<JobId> &ids) {
        results.append(r);
        if (!ids.isEmpty())
            created = ids.first();
    });
    QTRY_COMPARE(results.size(), 1);
    QVERIFY(results.at(0).isSuccess());
    QVERIFY(m_f->queue->job(created));
    m_client->transition({ { created }, JobAction::Resume },
                         [&](const QList<Result> &r) { results.append(r); });
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.at(1).name(), QStringLiteral("BG_E_EMPTY"));
    m_client->transition({ { JobId::create() }, JobAction::Cancel },
                         [&](const QList<Result> &r) { results.append(r); });
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(results.at(2).name(), QStringLiteral("BG_E_NOT_FOUND"));
}

void TestJobListModel::testerOnSortProxy()
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(JobListModel::RawDataRole);
    proxy.sort(JobListModel::StateColumn);
    QList<JobId> ids;
    for (int i = 0; i < 6; ++i)
        ids.append(m_f->jobIn(JobType::Download, JobState(i % 3)));
    m_client->requestAll();
    QTRY_COMPARE(proxy.rowCount(), 6);
    QVERIFY(m_f->queue->cancel(ids.at(2)).isSuccess());
    QVERIFY(m_f->queue
                ->addFile(ids.at(3), QUrl(QStringLiteral("http://127.0.0.1/more")),
                          m_f->localPath(QStringLiteral("more")))
                .isSuccess());
    QVERIFY(m_f->queue->suspend(ids.at(4)).isSuccess());
    waitForBatch();
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(m_model->rowCount(m_model->indexOf(ids.at(3))), 2);
}

void TestJobListModel::checksumColumn()
{
    const JobId id = m_f->jobIn(JobType::Download, JobState::Suspended);
    QVERIFY(m_f->queue
                ->addFile(id, QUrl(QStringLiteral("http://127.0.0.1/2")),
                          m_f->localPath(QStringLiteral("2")))
                .isSuccess());
    m_client->requestAll();
    QTRY_COMPARE(m_model->rowCount(), 1);
    const QModelIndex job = m_model->indexOf(id, JobListModel::ChecksumColumn);
    QCOMPARE(m_model->data(job).toString(), QStringLiteral("Not checked"));
    QCOMPARE(m_model->headerData(JobListModel::ChecksumColumn, Qt::Horizontal).toString(),
             QStringLiteral("Checksum"));
    // A file given a checksum: its row says so and shows the digest and its source as the tip.
    const Checksum sum { HashAlgorithm::Md5, QByteArray(16, 'x') };
    JobPatch patch;
    patch.checksums.insert(1, sum);
    QVERIFY(m_f->queue->apply(id, patch).isSuccess());
    waitForBatch();
    const QModelIndex file = m_model->index(1, JobListModel::ChecksumColumn, m_model->indexOf(id));
    QCOMPARE(m_model->data(file).toString(), QStringLiteral("Not checked"));
    QCOMPARE(m_model->data(file, Qt::ToolTipRole).toString(),
             sum.toString() + QLatin1String("\nfrom given by you"));
    QCOMPARE(m_model->data(file, JobListModel::RawDataRole).toInt(), int(Validation::NotChecked));
}

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
