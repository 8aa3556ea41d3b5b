// Scheduling in the engine: a higher-priority job pre-empts a running one, which keeps its data
// and resumes with a range once the slot is free again; FOREGROUND jobs do not wait for slots.
#include "downloadfixture.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestPreemption : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void higherPriorityPreempts();
    void foregroundDoesNotWait();
};

void TestPreemption::higherPriorityPreempts()
{
    DownloadFixture d;
    d.settings.maxBackgroundTransfers = 1;
    d.settings.transfers.download.connections = 1;
    d.restartEngine();
    const JobId low = d.job("/low", 3 * 1024 * 1024);
    d.server.route("/low").bytesPerSecond = 2 * 1024 * 1024;
    QVERIFY(d.f.queue->resume(low).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(low)->files.at(0).bytesTransferred > 256 * 1024, 20000);

    const JobId high = d.job("/high", 500 * 1024);
    QVERIFY(d.f.queue->setPriority(high, JobPriority::High).isSuccess());
    QVERIFY(d.f.queue->resume(high).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(low), JobState::Queued, 20000); // pre-empted
    const qint64 kept = d.f.queue->job(low)->files.at(0).bytesTransferred;
    QVERIFY(kept > 0);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(high), JobState::Transferred, 20000);

    d.server.route("/low").bytesPerSecond = 0;
    QTRY_COMPARE_WITH_TIMEOUT(d.state(low), JobState::Transferred, 20000);
    const auto requests = d.server.requestsFor("/low");
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.last().headers.value("range"), "bytes=" + QByteArray::number(kept) + '-');
    QVERIFY(d.f.queue->complete(low).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("low"))), d.server.content("/low"));
}

void TestPreemption::foregroundDoesNotWait()
{
    DownloadFixture d;
    d.settings.maxBackgroundTransfers = 1;
    d.restartEngine();
    const JobId background = d.job("/bg", 2 * 1024 * 1024);
    d.server.route("/bg").bytesPerSecond = 1024 * 1024;
    QVERIFY(d.f.queue->resume(background).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(background), JobState::Transferring, 20000);
    const JobId now = d.job("/fg", 100 * 1024);
    QVERIFY(d.f.queue->setPriority(now, JobPriority::Foreground).isSuccess());
    QVERIFY(d.f.queue->resume(now).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(now), JobState::Transferred, 20000);
    QCOMPARE(d.state(background), JobState::Transferring); // never pre-empted
}

QTEST_GUILESS_MAIN(TestPreemption)
#include "tst_preemption.moc"
