// Segmented downloads: several connections into one file, resumed per segment after a stop,
// restarted as one stream when the file changes, one stream for servers without ranges.
#include "downloadfixture.h"
#include "jobfiles.h"
#include "segmenteddownload.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {
constexpr int kTimeout = 30000;
using Fault = TestHttpServer::Fault;

QSet<qint64> rangeStarts(const QList<TestHttpServer::Request> &requests)
{
    QSet<qint64> starts;
    for (const auto &r : requests) {
        const QByteArray range = r.headers.value("range");
        if (!range.isEmpty())
            starts.insert(range.mid(6).split('-').value(0).toLongLong());
    }
    return starts;
}

} // namespace

class TestSegmented : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plan();
    void downloadsInSegments();
    void resumesEverySegment();
    void fileChangedRestartsAsOneStream();
    void segmentResetIsRetried();
    void noRangesMeansOneStream();
};

void TestSegmented::plan()
{
    const auto p = SegmentedDownload::plan(1000, 100, 3, 10);
    QCOMPARE(p.size(), 4);
    QCOMPARE(p.at(0), (FileSegment { 0, 100, 100 }));
    QCOMPARE(p.at(1), (FileSegment { 100, 400, 0 }));
    QCOMPARE(p.last().end, 1000);
    // Never below the minimum segment size.
    QCOMPARE(SegmentedDownload::plan(1000, 0, 8, 400).size(), 2);
    QCOMPARE(SegmentedDownload::plan(100, 0, 8, 400).size(), 1);
}

void TestSegmented::downloadsInSegments()
{
    SegmentedFixture d;
    const JobId id = d.start("/big", 6 * 1024 * 1024 + 11);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->job(id)->files.at(0).segments.isEmpty()); // done: one piece again
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(d.f.localPath(QStringLiteral("big")))),
             DownloadFixture::sha256(d.server.content("/big")));
    // The first answer showed ranges work; the rest came over several ranged connections,
    // each guarded by If-Range.
    const auto requests = d.server.requestsFor("/big");
    QVERIFY2(rangeStarts(requests).size() >= 4,
             qPrintable(QString::number(rangeStarts(requests).size())));
    for (const auto &r : requests) {
        if (r.headers.contains("range"))
            QCOMPARE(r.headers.value("if-range"), QByteArray("\"f7-v1\""));
    }
}

void TestSegmented::resumesEverySegment()
{
    SegmentedFixture d;
    const JobId id = d.job("/slow", 4 * 1024 * 1024);
    d.server.route("/slow").bytesPerSecond = 2 * 1024 * 1024;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(id)->files.at(0).segments.size() >= 4
                                 && d.f.queue->job(id)->files.at(0).bytesTransferred > 1024 * 1024,
                             kTimeout);
    // Several requests run at once, and the engine says so (Properties shows it).
    QVERIFY2(d.engine->connectionsOf(id) >= 2,
             qPrintable(QString::number(d.engine->connectionsOf(id))));
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    QCOMPARE(d.engine->connectionsOf(id), 0);
    // What the store holds, after a restart of everything.
    d.engine.reset();
    QVERIFY(d.f.reopen().isSuccess());
    const JobFile stored = d.f.queue->job(id)->files.at(0);
    QVERIFY(stored.segments.size() >= 4);
    const QString part = JobFiles::tempPath(id, stored.localPath);
    const QByteArray onDisk = DownloadFixture::read(part);
    const QByteArray truth = d.server.content("/slow");
    for (const FileSegment &s : stored.segments) // every stored byte is on disk and right
        QCOMPARE(onDisk.mid(s.begin, s.done), truth.mid(s.begin, s.done));

    d.server.route("/slow").bytesPerSecond = 0;
    const qsizetype before = d.server.requestsFor("/slow").size();
    d.restartEngine();
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("slow"))), truth);
    // Each unfinished segment went on where its data ended.
    const auto after = d.server.requestsFor("/slow").mid(before);
    QSet<qint64> expected;
    for (const FileSegment &s : stored.segments) {
        if (s.remaining() > 0)
            expected.insert(s.begin + s.done);
    }
    QVERIFY(rangeStarts(after).contains(expected));
}

void TestSegmented::fileChangedRestartsAsOneStream()
{
    SegmentedFixture d;
    const JobId id = d.job("/moving", 4 * 1024 * 1024);
    d.server.route("/moving").bytesPerSecond = 2 * 1024 * 1024;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(id)->files.at(0).segments.size() >= 4
                                 && d.f.queue->job(id)->files.at(0).bytesTransferred > 512 * 1024,
                             kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    d.server.changeFile("/moving", 3 * 1024 * 1024 + 5);
    d.server.route("/moving").bytesPerSecond = 0;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->errorCount, 0u);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("moving"))),
             d.server.content("/moving"));
}

void TestSegmented::segmentResetIsRetried()
{
    SegmentedFixture d;
    const JobId id = d.job("/flaky", 4 * 1024 * 1024);
    Fault fine;
    Fault reset;
    reset.resetAfter = 100 * 1024;
    d.server.addFault("/flaky", fine); // the first, single connection
    d.server.addFault("/flaky", reset); // one of the segments breaks
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.f.queue->job(id)->errorCount, 1u);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("flaky"))),
             d.server.content("/flaky"));
}

void TestSegmented::noRangesMeansOneStream()
{
    SegmentedFixture d;
    const JobId id = d.job("/plain", 3 * 1024 * 1024);
    d.server.route("/plain").ranges = false;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QCOMPARE(d.server.requestsFor("/plain").size(), 1);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("plain"))),
             d.server.content("/plain"));
}

QTEST_GUILESS_MAIN(TestSegmented)
#include "tst_segmented.moc"
