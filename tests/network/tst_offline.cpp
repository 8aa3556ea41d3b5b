// Network loss (spec §2.2, §5.3): transfers wait in TRANSIENT_ERROR with BG_E_NETWORK_DISCONNECTED,
// the error is not counted and no retry timer runs; when the network is back every such job is
// queued again and finishes with the right bytes.
#include "downloadfixture.h"
#include "networkstatus.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void waitsForTheNetwork();
    void nothingStartsOffline();
};

void TestOffline::waitsForTheNetwork()
{
    DownloadFixture d;
    NetworkStatus status;
    d.engine->setNetworkStatus(&status);
    const JobId running = d.job("/slow", 2 * 1024 * 1024);
    d.server.route("/slow").bytesPerSecond = 1024 * 1024;
    const JobId waiting = d.job("/other", 100000);
    QVERIFY(d.f.queue->resume(running).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(running)->files.at(0).bytesTransferred > 100000, 20000);
    QVERIFY(d.f.queue->setPriority(waiting, JobPriority::Low).isSuccess());
    QVERIFY(d.f.queue->resume(waiting).isSuccess());

    status.setOnline(false);
    for (const JobId &id : { running, waiting }) {
        const Job *job = d.f.queue->job(id);
        QCOMPARE(job->state, JobState::TransientError);
        QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_NETWORK_DISCONNECTED"));
        QCOMPARE(job->error.context, ErrorContext::GeneralTransport);
        QCOMPARE(job->errorCount, 0u); // network loss is not counted (spec §5.2)
    }
    QCOMPARE(d.engine->activeCount(), 0);

    d.server.route("/slow").bytesPerSecond = 0;
    status.setOnline(true);
    QCOMPARE(d.f.queue->job(running)->state, JobState::Queued);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(running), JobState::Transferred, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(waiting), JobState::Transferred, 20000);
    QVERIFY(d.f.queue->complete(running).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("slow"))),
             d.server.content("/slow"));
}

void TestOffline::nothingStartsOffline()
{
    DownloadFixture d;
    NetworkStatus status;
    status.setOnline(false);
    d.engine->setNetworkStatus(&status);
    const JobId id = d.job("/later", 5000);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    // The scheduler runs on the next turn of the event loop.
    QCoreApplication::processEvents();
    QCOMPARE(d.state(id), JobState::Queued);
    QCOMPARE(d.server.requests().size(), 0);
    status.setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, 20000);
}

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
