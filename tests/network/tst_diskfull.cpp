// Disk full, before and during a transfer, on a size-limited tmpfs: ERROR with LOCAL_FILE context
// and ERROR_DISK_FULL; Resume works once there is room, and the bytes are right.
#include "downloadfixture.h"

#include <QProcess>
#include <QtTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace Ferry;
using namespace Ferry::Test;

class TestDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fullDuringTransferThenResume();

private:
    bool mountTmpfs(const QString &size, bool remount);
    QString m_mountPoint;
    bool m_mounted = false;
};

void TestDiskFull::initTestCase()
{
    if (::geteuid() != 0) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QSKIP("needs root to mount a small tmpfs (CI runs as root)");
        QSKIP("needs root to mount a small tmpfs");
    }
}

bool TestDiskFull::mountTmpfs(const QString &size, bool remount)
{
    const QByteArray options = "size=" + size.toLatin1() + ",mode=0755";
    const unsigned long flags = remount ? MS_REMOUNT : 0;
    if (::mount("ferry-test", QFile::encodeName(m_mountPoint).constData(), "tmpfs", flags,
                options.constData())
        != 0)
        return false;
    m_mounted = true;
    return true;
}

void TestDiskFull::cleanup()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_mountPoint).constData(), MNT_DETACH);
    m_mounted = false;
}

void TestDiskFull::fullDuringTransferThenResume()
{
    DownloadFixture d;
    m_mountPoint = d.f.localPath(QStringLiteral("small"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    if (!mountTmpfs(QStringLiteral("1m"), false))
        QSKIP("this kernel or container does not allow mounting tmpfs");

    const qint64 size = 3 * 1024 * 1024;
    TestHttpServer::Route route;
    route.seed = 42;
    route.size = size;
    d.server.setRoute("/big.iso", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("big"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue
                ->addFile(id, d.server.url(QStringLiteral("/big.iso")),
                          m_mountPoint + QLatin1String("/big.iso"))
                .isSuccess());
    QSignalSpy failed(d.f.queue.get(), &JobQueue::jobFailed);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, 20000);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("ERROR_DISK_FULL"));
    QCOMPARE(job->error.context, ErrorContext::LocalFile);
    QCOMPARE(job->error.fileIndex, 0);
    QVERIFY(job->error.description.contains(QLatin1String("big.iso")));
    QCOMPARE(failed.count(), 1);
    const qint64 kept = job->files.at(0).bytesTransferred;
    QVERIFY(kept > 0 && kept <= 1024 * 1024);

    // Room again: Resume continues after the bytes that made it to disk.
    QVERIFY(mountTmpfs(QStringLiteral("16m"), true));
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, 20000);
    QCOMPARE(d.server.requestsFor("/big.iso").last().headers.value("range"),
             "bytes=" + QByteArray::number(kept) + '-');
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(
        DownloadFixture::sha256(DownloadFixture::read(m_mountPoint + QLatin1String("/big.iso"))),
        DownloadFixture::sha256(d.server.content("/big.iso")));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
