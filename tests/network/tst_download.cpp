// The transfer engine against the loopback test server: every download fault of RELIABILITY.md's
// catalog gives the expected state, error context and code, and (when transient) the right bytes.
#include "downloadfixture.h"
#include "httprequest.h"
#include "jobfiles.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {
constexpr int kTimeout = 20000;
using Fault = TestHttpServer::Fault;
} // namespace

class TestDownload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void downloadsAndCompletes();
    void emptyFile();
    void transientFaultsResume_data();
    void transientFaultsResume();
    void fatalStatuses_data();
    void fatalStatuses();
    void transientStatuses_data();
    void transientStatuses();
    void retryAfterIsHonoured();
    void retryAfterDateIsReadOnTheEngineClock();
    void connectionRefused();
    void rangeIgnoredRestarts();
    void wrongContentRangeRestarts();
    void rangeNotSatisfiableMeansComplete();
    void validatorChangeRestartsOnlyThatFile();
    void noContentLength();
    void filesInOrder();
    void noProgressTimeoutEndsInError();
    void suspendKeepsPartialData();
    void stallBeforeHeadersIsRetried();
    void slowTrickleIsNoStall();
    void highLatencyIsNoStall();
};

void TestDownload::downloadsAndCompletes()
{
    DownloadFixture d;
    const JobId id = d.start("/a.bin", 3 * 1024 * 1024 + 17);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const Job job = *d.f.queue->job(id);
    QCOMPARE(job.progress().bytesTransferred, 3 * 1024 * 1024 + 17);
    QCOMPARE(job.errorCount, 0u);
    QVERIFY(job.times.transferCompletion.isValid());
    QVERIFY(!QFile::exists(job.files.at(0).localPath)); // not visible before Complete
    QCOMPARE(d.f.queue->complete(id).name(), QStringLiteral("S_OK"));
    const QString path = d.f.localPath(QStringLiteral("a.bin"));
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(path)),
             DownloadFixture::sha256(d.server.content("/a.bin")));
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, path)));
    // Last-Modified of the server became the file's time.
    QCOMPARE(QFileInfo(path).lastModified().toUTC(),
             d.server.lastModifiedOf(d.server.route("/a.bin")));
    const auto requests = d.server.requestsFor("/a.bin");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().headers.value("accept-encoding"), QByteArray("identity"));
    QVERIFY(!requests.first().headers.contains("range"));
}

void TestDownload::emptyFile()
{
    DownloadFixture d;
    const JobId id = d.start("/empty", 0);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QFileInfo info(d.f.localPath(QStringLiteral("empty")));
    QVERIFY(info.exists());
    QCOMPARE(info.size(), 0);
}

void TestDownload::transientFaultsResume_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("code");
    Fault reset;
    reset.resetAfter = 700 * 1024;
    QTest::newRow("RST mid-body") << reset << "ERROR_WINHTTP_CONNECTION_ERROR";
    Fault close;
    close.closeAfter = 500 * 1024;
    QTest::newRow("clean close before Content-Length") << close << "ERROR_WINHTTP_CONNECTION_ERROR";
    Fault chunked;
    chunked.chunked = true;
    chunked.closeAfter = 300 * 1024;
    QTest::newRow("truncated chunked body") << chunked << "";
    Fault resetAtZero;
    resetAtZero.resetAfter = 0;
    QTest::newRow("RST before the body") << resetAtZero << "";
    Fault rstEarly;
    rstEarly.resetBeforeHeaders = true;
    QTest::newRow("RST before headers") << rstEarly << "-";
    Fault stallAfterHeaders;
    stallAfterHeaders.stallAfter = 0;
    QTest::newRow("stall after headers") << stallAfterHeaders << "ERROR_WINHTTP_TIMEOUT";
    Fault stall;
    stall.stallAfter = 600 * 1024;
    QTest::newRow("stall mid-body") << stall << "ERROR_WINHTTP_TIMEOUT";
}

void TestDownload::transientFaultsResume()
{
    QFETCH(Fault, fault);
    QFETCH(QString, code);
    DownloadFixture d;
    const JobId id = d.job("/big", 2 * 1024 * 1024);
    d.server.addFault("/big", fault);
    // The job passes through TRANSIENT_ERROR with the expected error, then finishes.
    QList<JobError> transientErrors;
    QObject::connect(d.f.queue.get(), &JobQueue::jobChanged, d.f.queue.get(),
                     [&](const JobId &changed) {
                         const Job *j = d.f.queue->job(changed);
                         if (j && j->state == JobState::TransientError)
                             transientErrors.append(j->error);
                     });
    QVERIFY(d.f.queue->resume(id).isSuccess());
    if (fault.stallAfter >= 0) {
        // The server goes quiet once the client has what it sent: the stall timeout passes.
        QVERIFY(d.passStallWhen([&]() {
            return d.state(id) == JobState::Transferring
                && d.f.queue->job(id)->files.at(0).bytesTransferred >= fault.stallAfter;
        }));
    }
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const bool sawTransient = !transientErrors.isEmpty();
    const QString sawCode = sawTransient ? transientErrors.first().code.name() : QString();
    if (sawTransient)
        QCOMPARE(transientErrors.first().context, ErrorContext::GeneralTransport);
    // Qt itself resends a GET whose connection dies before any answer ("-"): then the engine
    // never sees the error, and the bytes must still be right.
    if (code != QLatin1String("-")) {
        QVERIFY(sawTransient);
        if (!code.isEmpty())
            QCOMPARE(sawCode, code);
        QCOMPARE(d.f.queue->job(id)->errorCount, 1u);
    }
    const auto requests = d.server.requestsFor("/big");
    QCOMPARE(requests.size(), 2);
    const QByteArray range = requests.at(1).headers.value("range");
    const qint64 bodyBytes = qMax(fault.resetAfter, qMax(fault.closeAfter, fault.stallAfter));
    if (bodyBytes > 0 && !fault.resetBeforeHeaders) {
        // Resumed where the durable data ended, guarded by the strong ETag.
        QVERIFY2(range.startsWith("bytes=") && range != "bytes=0-", range.constData());
        QCOMPARE(requests.at(1).headers.value("if-range"), QByteArray("\"f7-v1\""));
    }
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(d.f.localPath(QStringLiteral("big")))),
             DownloadFixture::sha256(d.server.content("/big")));
}

void TestDownload::fatalStatuses_data()
{
    QTest::addColumn<int>("status");
    for (const int s : { 400, 401, 403, 404, 410, 501, 505 })
        QTest::newRow(QByteArray::number(s).constData()) << s;
}

void TestDownload::fatalStatuses()
{
    QFETCH(int, status);
    DownloadFixture d;
    const JobId id = d.job("/gone", 1000);
    Fault fault;
    fault.status = status;
    d.server.addFault("/gone", fault);
    QSignalSpy failed(d.f.queue.get(), &JobQueue::jobFailed);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_HTTP_ERROR_%1").arg(status));
    QCOMPARE(job->error.context, ErrorContext::RemoteFile);
    QCOMPARE(job->error.fileIndex, 0);
    QCOMPARE(job->errorCount, 1u);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(d.server.requestsFor("/gone").size(), 1); // no retry
}

void TestDownload::transientStatuses_data()
{
    QTest::addColumn<int>("status");
    for (const int s : { 408, 409, 429, 500, 502, 503, 504 })
        QTest::newRow(QByteArray::number(s).constData()) << s;
}

void TestDownload::transientStatuses()
{
    QFETCH(int, status);
    DownloadFixture d;
    d.autoRetry = false;
    const JobId id = d.job("/busy", 100000);
    Fault fault;
    fault.status = status;
    d.server.addFault("/busy", fault);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.httpStatus(), status);
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::RemoteFile);
    QVERIFY(d.retry());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/busy").size(), 2);
}

void TestDownload::retryAfterIsHonoured()
{
    DownloadFixture d;
    d.autoRetry = false;
    const JobId id = d.job("/later", 1000);
    Fault fault;
    fault.status = 503;
    fault.retryAfter = "120";
    d.server.addFault("/later", fault);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    // MinimumRetryDelay is 5 seconds; the server asked for 120: nothing happens before.
    d.f.clock.advance(119);
    QCOMPARE(d.state(id), JobState::TransientError);
    QCOMPARE(d.server.requestsFor("/later").size(), 1);
    d.f.clock.advance(1);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/later").size(), 2);
}

void TestDownload::retryAfterDateIsReadOnTheEngineClock()
{
    // Retry-After as an HTTP date is counted from the engine's clock, not from the wall clock:
    // with the test's clock far from today's date, a date 300 s ahead of it means 300 s.
    DownloadFixture d;
    d.autoRetry = false;
    const JobId id = d.job("/dated", 1000);
    Fault fault;
    fault.status = 503;
    fault.retryAfter = HttpRequest::formatDate(d.f.clock.now().addSecs(300));
    d.server.addFault("/dated", fault);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    d.f.clock.advance(299);
    QCOMPARE(d.state(id), JobState::TransientError);
    QCOMPARE(d.server.requestsFor("/dated").size(), 1);
    d.f.clock.advance(1);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/dated").size(), 2);
}

void TestDownload::connectionRefused()
{
    DownloadFixture d;
    d.autoRetry = false;
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("refused"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue
                ->addFile(id, QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)),
                          d.f.localPath(QStringLiteral("x")))
                .isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("ERROR_WINHTTP_CANNOT_CONNECT"));
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::GeneralTransport);
}

void TestDownload::rangeIgnoredRestarts()
{
    DownloadFixture d;
    const JobId id = d.job("/norange", 1024 * 1024);
    Fault cut;
    cut.resetAfter = 400 * 1024;
    Fault whole;
    whole.ignoreRange = true;
    d.server.addFault("/norange", cut);
    d.server.addFault("/norange", whole);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("norange"))),
             d.server.content("/norange"));
}

void TestDownload::wrongContentRangeRestarts()
{
    DownloadFixture d;
    const JobId id = d.job("/liar", 1024 * 1024);
    Fault cut;
    cut.resetAfter = 300 * 1024;
    Fault lie;
    lie.contentRangeShift = -1000; // answers bytes N-1000-... to a request for N-
    d.server.addFault("/liar", cut);
    d.server.addFault("/liar", lie);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("liar"))),
             d.server.content("/liar"));
    const auto requests = d.server.requestsFor("/liar");
    QCOMPARE(requests.size(), 3);
    QVERIFY(!requests.at(2).headers.contains("range")); // restarted from zero
}

void TestDownload::rangeNotSatisfiableMeansComplete()
{
    DownloadFixture d;
    const JobId id = d.job("/done", 5000);
    // All bytes are already in the temporary file but the job does not know the size yet.
    const QString part = JobFiles::tempPath(id, d.f.localPath(QStringLiteral("done")));
    {
        QFile f(part);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(d.server.content("/done"));
    }
    d.f.ledger().setFileProgress(id, 0, 5000, SizeUnknown);
    d.f.ledger().checkpoint(id);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/done").first().headers.value("range"),
             QByteArray("bytes=5000-"));
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("done"))),
             d.server.content("/done"));
}

void TestDownload::validatorChangeRestartsOnlyThatFile()
{
    DownloadFixture d;
    d.autoRetry = false; // the test resumes it itself
    const JobId id = d.job("/one", 200 * 1024);
    TestHttpServer::Route two;
    two.seed = 9;
    two.size = 1024 * 1024;
    d.server.setRoute("/two", two);
    QVERIFY(d.f.queue
                ->addFile(id, d.server.url(QStringLiteral("/two")),
                          d.f.localPath(QStringLiteral("two")))
                .isSuccess());
    Fault cut;
    cut.resetAfter = 500 * 1024;
    d.server.addFault("/two", cut);
    // A limit far above loopback speed: no request for /two is held ahead (ADR 0002), so the
    // reset meets /two as the current file, not a held answer that is quietly asked again.
    QVERIFY(d.f.queue->setSpeedLimit(id, qint64(1) << 40).isSuccess());
    QSignalSpy changed(d.f.queue.get(), &JobQueue::jobChanged);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    d.server.changeFile("/two", 900 * 1024); // new version between attempts
    QVERIFY(d.f.queue->resume(id).isSuccess()); // retry now
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/one").size(), 1); // the finished file was not fetched again
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("one"))), d.server.content("/one"));
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("two"))), d.server.content("/two"));
}

void TestDownload::noContentLength()
{
    DownloadFixture d;
    const JobId id = d.job("/stream", 123457);
    Fault fault;
    fault.noContentLength = true;
    d.server.addFault("/stream", fault);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->files.at(0).bytesTotal, 123457);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("stream"))),
             d.server.content("/stream"));
}

void TestDownload::filesInOrder()
{
    DownloadFixture d;
    const JobId id = d.job("/f0", 10000);
    for (int i = 1; i < 4; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i);
        TestHttpServer::Route r;
        r.seed = quint32(10 + i);
        r.size = 10000 * (i + 1);
        d.server.setRoute(path, r);
        QVERIFY(d.f.queue
                    ->addFile(id, d.server.url(QString::fromLatin1(path)),
                              d.f.localPath(QString::fromLatin1(path.mid(1))))
                    .isSuccess());
    }
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QStringList order;
    for (const auto &r : d.server.requests())
        order.append(QString::fromLatin1(r.path));
    QCOMPARE(order,
             (QStringList { QStringLiteral("/f0"), QStringLiteral("/f1"), QStringLiteral("/f2"),
                            QStringLiteral("/f3") }));
    QCOMPARE(d.f.queue->job(id)->progress().filesTransferred, 4);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("f3"))), d.server.content("/f3"));
}

void TestDownload::noProgressTimeoutEndsInError()
{
    DownloadFixture d;
    const JobId id = d.job("/down", 1000);
    QVERIFY(d.f.queue->setNoProgressTimeout(id, 30).isSuccess()); // on the manual clock
    for (int i = 0; i < 100; ++i) {
        Fault f;
        f.status = 503;
        d.server.addFault("/down", f);
    }
    QSignalSpy failed(d.f.queue.get(), &JobQueue::jobFailed);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(failed.count(), 1);
    // The last transient error is kept (spec §2.2 [IMPL]).
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("BG_E_HTTP_ERROR_503"));
    QVERIFY(d.f.queue->job(id)->errorCount >= 2);
}

void TestDownload::suspendKeepsPartialData()
{
    DownloadFixture d;
    const JobId id = d.job("/slow", 1024 * 1024);
    Fault slow;
    slow.stallAfter = 256 * 1024;
    d.server.addFault("/slow", slow);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(id)->files.at(0).bytesTransferred >= 256 * 1024,
                             kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    QCOMPARE(d.engine->activeCount(), 0);
    QVERIFY(d.f.reopen().isSuccess()); // what was stored
    d.restartEngine();
    QCOMPARE(d.f.queue->job(id)->state, JobState::Suspended);
    QCOMPARE(d.f.queue->job(id)->files.at(0).bytesTransferred, 256 * 1024);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/slow").last().headers.value("range"),
             QByteArray("bytes=262144-"));
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("slow"))),
             d.server.content("/slow"));
}

void TestDownload::stallBeforeHeadersIsRetried()
{
    DownloadFixture d;
    d.autoRetry = false;
    const JobId id = d.job("/mute", 4000);
    Fault mute;
    mute.stallBeforeHeaders = true;
    d.server.addFault("/mute", mute);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    // The server has the request and says nothing: the stall timeout passes.
    QVERIFY(d.passStallWhen([&]() { return d.server.requestsFor("/mute").size() == 1; }));
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("ERROR_WINHTTP_TIMEOUT"));
    QVERIFY(d.retry());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
}

void TestDownload::slowTrickleIsNoStall()
{
    DownloadFixture d;
    const JobId id = d.job("/trickle", 6000);
    Fault trickle;
    trickle.bytesPerSecond = 4000; // 400 bytes every 100 ms: slower than the file, never silent
    d.server.addFault("/trickle", trickle);
    // Between two bytes almost a whole stall timeout passes on the engine's clock, so the
    // download lasts many timeouts: bytes that keep coming keep it alive.
    qint64 seen = 0;
    QObject::connect(d.f.queue.get(), &JobQueue::jobChanged, d.f.queue.get(), [&]() {
        const qint64 now
            = d.f.queue->job(id) ? d.f.queue->job(id)->files.at(0).bytesTransferred : 0;
        if (now > seen) {
            seen = now;
            d.f.clock.advanceMs(d.settings.transfers.stallTimeoutMs - 1);
        }
    });
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.clock.elapsedMs() > 3 * d.settings.transfers.stallTimeoutMs);
    QCOMPARE(d.f.queue->job(id)->errorCount, 0u);
    QCOMPARE(d.server.requestsFor("/trickle").size(), 1);
}

void TestDownload::highLatencyIsNoStall()
{
    DownloadFixture d;
    const JobId id = d.job("/far", 50000);
    Fault far;
    far.delayMs = 350; // the answer comes late
    d.server.addFault("/far", far);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    // While the server thinks, almost a whole stall timeout passes: not a stall.
    QTRY_COMPARE_WITH_TIMEOUT(d.server.requestsFor("/far").size(), 1, kTimeout);
    d.f.clock.advanceMs(d.settings.transfers.stallTimeoutMs - 1);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->errorCount, 0u);
    QCOMPARE(d.server.requestsFor("/far").size(), 1);
}

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
