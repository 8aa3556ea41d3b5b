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
    void readOnlyDestinationThenResume();
    void fullBeforeTheTransfer();

private:
    bool mountTmpfs(const QString &size, bool remount);
    QString m_mountPoint;
    bool m_mounted = false;
};

void TestDiskFull::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs (CI runs as root)");
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

void TestDiskFull::readOnlyDestinationThenResume()
{
    DownloadFixture d;
    m_mountPoint = d.f.localPath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    if (!mountTmpfs(QStringLiteral("16m"), false))
        QSKIP("this kernel or container does not allow mounting tmpfs");
    TestHttpServer::Route route;
    route.seed = 43;
    route.size = 2 * 1024 * 1024;
    route.bytesPerSecond = 2 * 1024 * 1024;
    d.server.setRoute("/file.bin", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("ro"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue
                ->addFile(id, d.server.url(QStringLiteral("/file.bin")),
                          m_mountPoint + QLatin1String("/file.bin"))
                .isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(id)->files.at(0).bytesTransferred > 300 * 1024, 20000);
    // The destination becomes read-only under the transfer (as root, only a read-only mount says
    // no). Open files keep writing on a remount, so stop the job and resume it into the new state.
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    QVERIFY(::mount(nullptr, QFile::encodeName(m_mountPoint).constData(), nullptr,
                    MS_REMOUNT | MS_RDONLY, nullptr)
            == 0);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, 20000);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::LocalFile);

    QVERIFY(
        ::mount(nullptr, QFile::encodeName(m_mountPoint).constData(), nullptr, MS_REMOUNT, nullptr)
        == 0);
    d.server.route("/file.bin").bytesPerSecond = 0;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, 20000);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(m_mountPoint + QLatin1String("/file.bin")),
             d.server.content("/file.bin"));
}

void TestDiskFull::fullBeforeTheTransfer()
{
    DownloadFixture d;
    m_mountPoint = d.f.localPath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(m_mountPoint));
    if (!mountTmpfs(QStringLiteral("512k"), false))
        QSKIP("this kernel or container does not allow mounting tmpfs");
    {
        QFile filler(m_mountPoint + QLatin1String("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size()) { }
    }
    TestHttpServer::Route route;
    route.size = 200 * 1024;
    d.server.setRoute("/small.bin", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("full"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue
                ->addFile(id, d.server.url(QStringLiteral("/small.bin")),
                          m_mountPoint + QLatin1String("/small.bin"))
                .isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, 20000);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("ERROR_DISK_FULL"));
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::LocalFile);
    QVERIFY(QFile::remove(m_mountPoint + QLatin1String("/filler"))); // the user makes room
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, 20000);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(m_mountPoint + QLatin1String("/small.bin")),
             d.server.content("/small.bin"));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
