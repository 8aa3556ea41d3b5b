// The next file's request goes out while the current file ends (docs/adr/0002): files still
// follow each other in order, nothing of the next file is written or reported before it is the
// current one, an error of the current file stops the job before the next is tried, and a held
// answer that is not the whole file (an error, a broken connection, no length) is asked again.
#include "downloadfixture.h"
#include "jobfiles.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

Q_DECLARE_METATYPE(Ferry::Test::TestHttpServer::Fault)

namespace {
constexpr int kTimeout = 20000;
using Fault = TestHttpServer::Fault;

// A job of two files, /a then /b.
JobId twoFiles(DownloadFixture &d, qint64 sizeA, qint64 sizeB)
{
    const JobId id = d.job("/a", sizeA);
    TestHttpServer::Route b;
    b.seed = 21;
    b.size = sizeB;
    d.server.setRoute("/b", b);
    d.f.queue->addFile(id, d.server.url(QStringLiteral("/b")), d.f.localPath(QStringLiteral("b")));
    return id;
}

// Runs a job of /a then /b, whose `missing` answers 404, until the job is in ERROR.
void runUntil404(DownloadFixture &d, const QByteArray &missing, qint64 sizeA, JobId *id)
{
    *id = twoFiles(d, sizeA, 32 * 1024);
    Fault notFound;
    notFound.status = 404;
    // Twice: an error that was the answer to a held request is asked for once more.
    d.server.addFault(missing, notFound);
    d.server.addFault(missing, notFound);
    QVERIFY(d.f.queue->resume(*id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(*id), JobState::Error, kTimeout);
}
} // namespace

class TestNextFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void nextFileAskedWhileCurrentEnds();
    void heldAnswerIsAskedAgain_data();
    void heldAnswerIsAskedAgain();
    void noHeldRequestUnderASpeedLimit();
    void nextFileErrorComesAfterCurrentFile();
    void currentFileErrorStopsBeforeNext();
};

void TestNextFile::nextFileAskedWhileCurrentEnds()
{
    DownloadFixture d;
    d.autoRetry = false; // the test resumes it itself
    const JobId id = twoFiles(d, 64 * 1024, 32 * 1024);
    Fault stall;
    stall.stallAfter = 60 * 1024;
    d.server.addFault("/a", stall);
    QVERIFY(d.f.queue->resume(id).isSuccess());

    // /a is stuck 4 KiB before its end: /b has been asked for, but nothing of it is written.
    QTRY_COMPARE_WITH_TIMEOUT(d.server.requestsFor("/b").size(), 1, kTimeout);
    QVERIFY(!d.f.queue->job(id)->fileTransferred(0));
    QCOMPARE(d.f.queue->job(id)->files.at(1).bytesTransferred, 0);
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, d.f.localPath(QStringLiteral("b")))));

    // The stall fails /a; the held answer of /b goes with it and is asked for again later.
    QVERIFY(d.passStallWhen(
        [&]() { return d.f.queue->job(id)->files.at(0).bytesTransferred >= 60 * 1024; }));
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.fileIndex, 0);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/b").size(), 2);
    QStringList order;
    for (const auto &r : d.server.requests())
        order.append(QString::fromLatin1(r.path));
    QCOMPARE(order,
             (QStringList { QStringLiteral("/a"), QStringLiteral("/b"), QStringLiteral("/a"),
                            QStringLiteral("/b") }));
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("a"))), d.server.content("/a"));
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("b"))), d.server.content("/b"));
}

void TestNextFile::heldAnswerIsAskedAgain_data()
{
    QTest::addColumn<Fault>("fault");
    Fault broken;
    broken.closeAfter = 100;
    QTest::newRow("connection broke") << broken;
    Fault busy;
    busy.status = 503; // a server that refused the extra connection
    QTest::newRow("error status") << busy;
    Fault unchecked;
    unchecked.noContentLength = true; // its end cannot tell a whole body from a cut one
    QTest::newRow("no length") << unchecked;
}

void TestNextFile::heldAnswerIsAskedAgain()
{
    QFETCH(Fault, fault);
    DownloadFixture d;
    const JobId id = twoFiles(d, 64 * 1024, 32 * 1024);
    TestHttpServer::Route a;
    a.seed = 7;
    a.size = 64 * 1024;
    a.bytesPerSecond = 32 * 1024; // /a takes two seconds; /b's first answer is over at once
    d.server.setRoute("/a", a);
    d.server.addFault("/b", fault);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    // The held answer was never the current file's: asked again, no error, no retry delay.
    QCOMPARE(d.f.queue->job(id)->errorCount, 0u);
    QCOMPARE(d.server.requestsFor("/b").size(), 2);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("b"))), d.server.content("/b"));
}

void TestNextFile::noHeldRequestUnderASpeedLimit()
{
    DownloadFixture d;
    const JobId id = twoFiles(d, 64 * 1024, 32 * 1024);
    QVERIFY(d.f.queue->setSpeedLimit(id, 100 * 1024 * 1024).isSuccess());
    Fault stall;
    stall.stallAfter = 60 * 1024;
    d.server.addFault("/a", stall);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    // The end of a limited file may take minutes: /b waits for it to be asked.
    d.autoRetry = false;
    QVERIFY(d.passStallWhen(
        [&]() { return d.f.queue->job(id)->files.at(0).bytesTransferred >= 60 * 1024; }));
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QCOMPARE(d.server.requestsFor("/b").size(), 0);
}

void TestNextFile::nextFileErrorComesAfterCurrentFile()
{
    DownloadFixture d;
    JobId id;
    runUntil404(d, "/b", 200 * 1024, &id);
    if (QTest::currentTestFailed())
        return;
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_HTTP_ERROR_404"));
    QCOMPARE(job->error.fileIndex, 1);
    // The first file is whole: the answer about the second waited until it was.
    QVERIFY(job->fileTransferred(0));
    QCOMPARE(DownloadFixture::read(JobFiles::tempPath(id, d.f.localPath(QStringLiteral("a")))),
             d.server.content("/a"));
}

void TestNextFile::currentFileErrorStopsBeforeNext()
{
    DownloadFixture d;
    JobId id;
    runUntil404(d, "/a", 64 * 1024, &id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(d.f.queue->job(id)->error.fileIndex, 0);
    QCOMPARE(d.server.requestsFor("/b").size(), 0); // no later file is tried (spec §4 rule 4)
}

QTEST_GUILESS_MAIN(TestNextFile)
#include "tst_nextfile.moc"
