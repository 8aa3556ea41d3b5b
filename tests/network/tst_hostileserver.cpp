// Answers a server should never give, and what Ferry does with them: a range without its
// validator, a body longer than its Content-Range, an impossible Content-Length, an encoding Ferry
// did not ask for. None may end in a file that mixes two versions, in progress past the total,
// or in a job retried for ever.
#include "downloadfixture.h"
#include "jobfiles.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {
constexpr int kTimeout = 20000;
using Fault = TestHttpServer::Fault;
} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rangeWithoutValidatorKeepsTheStoredOne();
    void bodyLongerThanContentRange_data();
    void bodyLongerThanContentRange();
    void invalidContentLength_data();
    void invalidContentLength();
    void unaskedContentEncoding_data();
    void unaskedContentEncoding();
    void encodingOnARangeKeepsTheIdentityBytes();
};

void TestHostileServer::rangeWithoutValidatorKeepsTheStoredOne()
{
    DownloadFixture d;
    const JobId id = d.job("/v.bin", 600000);
    QVERIFY(d.f.queue->setMinimumRetryDelay(id, 600).isSuccess()); // no retry before suspend()
    const QByteArray firstTag = "\"f7-v1\"";
    Fault cut;
    cut.resetAfter = 200000;
    d.server.addFault("/v.bin", cut);
    // The resumed answer is a 206 without ETag or Last-Modified, cut again.
    Fault bare;
    bare.omitValidators = true;
    bare.resetAfter = 100000;
    d.server.addFault("/v.bin", bare);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.server.requestsFor("/v.bin").size(), 2, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    QCOMPARE(d.f.queue->job(id)->files.at(0).etag, QString::fromLatin1(firstTag));

    // The file changes on the server. The next resume still names the first version, so the
    // server answers with the whole new one instead of a range of it.
    d.server.changeFile("/v.bin");
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const auto requests = d.server.requestsFor("/v.bin");
    QCOMPARE(requests.last().headers.value("if-range"), firstTag);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(d.f.localPath(QStringLiteral("v.bin")))),
             DownloadFixture::sha256(d.server.content("/v.bin")));
}

void TestHostileServer::bodyLongerThanContentRange_data()
{
    QTest::addColumn<bool>("withLength");
    QTest::newRow("Content-Length of the whole body") << true;
    QTest::newRow("body to the end of the connection") << false;
}

void TestHostileServer::bodyLongerThanContentRange()
{
    QFETCH(bool, withLength);
    DownloadFixture d;
    const qint64 size = 500000;
    const JobId id = d.job("/long.bin", size);
    QVERIFY(d.f.queue->setSegments(id, 1).isSuccess());
    Fault cut;
    cut.resetAfter = 100000;
    d.server.addFault("/long.bin", cut);
    // The range says it ends 300,000 bytes early; the body goes on to the end of the file.
    Fault liar;
    liar.rangeShortBy = 300000;
    liar.noContentLength = !withLength;
    d.server.addFault("/long.bin", liar);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_INVALID_SERVER_RESPONSE"));
    QCOMPARE(job->error.context, ErrorContext::RemoteFile);
    const JobFile &file = job->files.at(0);
    // Nothing past what the range announced is kept, and progress never passes the total.
    QVERIFY2(file.bytesTransferred <= size - 300000,
             qPrintable(QString::number(file.bytesTransferred)));
    QVERIFY(file.bytesTotal == SizeUnknown || file.bytesTransferred <= file.bytesTotal);
    QVERIFY(QFileInfo(JobFiles::tempPath(id, file.localPath)).size() <= size - 300000);
    const QByteArray kept = DownloadFixture::read(JobFiles::tempPath(id, file.localPath));
    QCOMPARE(kept, d.server.content("/long.bin").left(kept.size()));
}

void TestHostileServer::invalidContentLength_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("negative") << QByteArray("-5");
    QTest::newRow("not a number") << QByteArray("lots");
    QTest::newRow("two lengths") << QByteArray("100, 200");
    QTest::newRow("signed") << QByteArray("+300");
}

void TestHostileServer::invalidContentLength()
{
    QFETCH(QByteArray, value);
    DownloadFixture d;
    const JobId id = d.job("/len.bin", 300);
    Fault bad;
    bad.contentLength = value;
    d.server.addFault("/len.bin", bad);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_INVALID_SERVER_RESPONSE"));
    QVERIFY2(job->error.description.contains(QString::fromLatin1(value)),
             qPrintable(job->error.description));
    QCOMPARE(job->errorCount, 1u); // fatal: not retried
    QCOMPARE(job->files.at(0).bytesTotal, SizeUnknown);
    QCOMPARE(d.server.requestsFor("/len.bin").size(), 1);
}

void TestHostileServer::unaskedContentEncoding_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("gzip (a bomb, for all Ferry knows)") << true << QByteArray();
    QTest::newRow("br") << false << QByteArray("br");
    QTest::newRow("two encodings") << false << QByteArray("identity, deflate");
}

void TestHostileServer::unaskedContentEncoding()
{
    QFETCH(bool, gzip);
    QFETCH(QByteArray, encoding);
    DownloadFixture d;
    const JobId id = d.job("/z.bin", 300 * 1024);
    Fault zipped;
    zipped.gzip = gzip;
    zipped.contentEncoding = encoding;
    d.server.addFault("/z.bin", zipped);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_INVALID_SERVER_RESPONSE"));
    QCOMPARE(job->error.context, ErrorContext::RemoteFile);
    const QString named = gzip ? QStringLiteral("gzip") : QString::fromLatin1(encoding);
    QVERIFY2(job->error.description.contains(named), qPrintable(job->error.description));
    QCOMPARE(job->errorCount, 1u);
    QCOMPARE(d.server.requestsFor("/z.bin").size(), 1);
    QCOMPARE(job->files.at(0).bytesTransferred, 0);
    QCOMPARE(QFileInfo(JobFiles::tempPath(id, job->files.at(0).localPath)).size(), 0);
}

void TestHostileServer::encodingOnARangeKeepsTheIdentityBytes()
{
    DownloadFixture d;
    const JobId id = d.job("/zrange", 700 * 1024);
    Fault cut;
    cut.resetAfter = 200 * 1024;
    Fault gz;
    gz.gzip = true; // the ranged retry comes back compressed
    d.server.addFault("/zrange", cut);
    d.server.addFault("/zrange", gz);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("BG_E_INVALID_SERVER_RESPONSE"));
    const qint64 kept = d.f.queue->job(id)->files.at(0).bytesTransferred;
    QVERIFY(kept > 0 && kept <= 200 * 1024);
    // The server mends its ways: Resume goes on from the identity bytes already on disk.
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("zrange"))),
             d.server.content("/zrange"));
    const auto requests = d.server.requestsFor("/zrange");
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(2).headers.value("range"), "bytes=" + QByteArray::number(kept) + '-');
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
