// Downloads against a real nginx started by the test: its ranges, ETags and Last-Modified, a file
// replaced on the server between attempts, limit_rate, and its error statuses.
#include "downloadfixture.h"
#include "jobfiles.h"
#include "nginxserver.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int kTimeout = 30000;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TestNginx : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void download();
    void resumeWithRanges();
    void fileReplacedBetweenAttempts();
    void missingFile();
    void folderDestinationUsesUrlName();

private:
    JobId makeJob(const QString &urlPath, const QString &local);
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<DownloadFixture> m_d;
};

void TestNginx::initTestCase()
{
    if (NginxServer::executable().isEmpty()) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QFAIL("nginx is not installed (scripts/install-deps.sh --test installs it)");
        QSKIP("nginx is not installed");
    }
}

void TestNginx::init()
{
    m_nginx = std::make_unique<NginxServer>();
    m_d = std::make_unique<DownloadFixture>();
    // limit_rate sends in bursts about a second apart: not a stall.
    m_d->settings.transfers.stallTimeoutMs = 5000;
    m_d->restartEngine();
}

void TestNginx::cleanup()
{
    m_d.reset();
    if (m_nginx && QTest::currentTestFailed())
        qWarning().noquote() << m_nginx->errorLog();
    m_nginx.reset();
}

JobId TestNginx::makeJob(const QString &urlPath, const QString &local)
{
    JobId id;
    m_d->f.queue->createJob(urlPath, JobType::Download, &id);
    m_d->f.queue->addFile(id, m_nginx->url(urlPath), local);
    m_d->f.queue->setMinimumRetryDelay(id, 5);
    return id;
}

void TestNginx::download()
{
    const QByteArray data = randomBytes(8 * 1024 * 1024 + 3, 1);
    writeFile(m_nginx->root() + QLatin1String("/files/a.bin"), data);
    QVERIFY(m_nginx->start());
    const QString local = m_d->f.localPath(QStringLiteral("a.bin"));
    const JobId id = makeJob(QStringLiteral("/files/a.bin"), local);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    QVERIFY(!m_d->f.queue->job(id)->files.at(0).etag.isEmpty());
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(local)), DownloadFixture::sha256(data));
    QCOMPARE(QFileInfo(local).lastModified().toSecsSinceEpoch(),
             QFileInfo(m_nginx->root() + QLatin1String("/files/a.bin"))
                 .lastModified()
                 .toSecsSinceEpoch());
}

void TestNginx::resumeWithRanges()
{
    const QByteArray data = randomBytes(3 * 1024 * 1024, 2);
    writeFile(m_nginx->root() + QLatin1String("/limited/r.bin"), data);
    QVERIFY(m_nginx->start());
    const QString local = m_d->f.localPath(QStringLiteral("r.bin"));
    const JobId id = makeJob(QStringLiteral("/limited/r.bin"), local);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    // limit_rate keeps it going long enough to interrupt it in the middle.
    QTRY_VERIFY_WITH_TIMEOUT(m_d->f.queue->job(id)->files.at(0).bytesTransferred > 300 * 1024,
                             kTimeout);
    QVERIFY(m_d->f.queue->suspend(id).isSuccess());
    const qint64 kept = m_d->f.queue->job(id)->files.at(0).bytesTransferred;
    QVERIFY(kept > 0 && kept < data.size());
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(local)), DownloadFixture::sha256(data));
    QTRY_COMPARE(m_nginx->accessLog().size(), 2);
    const QStringList log = m_nginx->accessLog();
    QVERIFY2(log.last().startsWith(QLatin1String("206 bytes=")),
             qPrintable(log.join(QLatin1Char('|'))));
    QCOMPARE(log.last().section(QLatin1Char('='), 1).section(QLatin1Char('-'), 0, 0).toLongLong(),
             kept);
}

void TestNginx::fileReplacedBetweenAttempts()
{
    const QString served = m_nginx->root() + QLatin1String("/limited/changing.bin");
    writeFile(served, randomBytes(2 * 1024 * 1024, 3));
    QVERIFY(m_nginx->start());
    const QString local = m_d->f.localPath(QStringLiteral("changing.bin"));
    const JobId id = makeJob(QStringLiteral("/limited/changing.bin"), local);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(m_d->f.queue->job(id)->files.at(0).bytesTransferred > 200 * 1024,
                             kTimeout);
    QVERIFY(m_d->f.queue->suspend(id).isSuccess());
    // A new version: other bytes, other size, other time, so another ETag.
    const QByteArray next = randomBytes(2 * 1024 * 1024 + 4096, 4);
    writeFile(served, next);
    QFile(served).setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                              QFileDevice::FileModificationTime);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(local)), DownloadFixture::sha256(next));
    // nginx answered the If-Range with the whole new file.
    QTRY_VERIFY(m_nginx->accessLog().size() >= 2);
    QVERIFY2(m_nginx->accessLog().at(1).startsWith(QLatin1String("200 bytes=")),
             qPrintable(m_nginx->accessLog().join(QLatin1Char('|'))));
}

void TestNginx::missingFile()
{
    QVERIFY(m_nginx->start());
    const JobId id
        = makeJob(QStringLiteral("/nothing-here.bin"), m_d->f.localPath(QStringLiteral("n.bin")));
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Error, kTimeout);
    QCOMPARE(m_d->f.queue->job(id)->error.code.name(), QStringLiteral("BG_E_HTTP_ERROR_404"));
    QCOMPARE(m_d->f.queue->job(id)->error.context, ErrorContext::RemoteFile);
}

void TestNginx::folderDestinationUsesUrlName()
{
    const QByteArray data = randomBytes(100000, 5);
    writeFile(m_nginx->root() + QLatin1String("/files/report%202026.txt"), data);
    writeFile(m_nginx->root() + QLatin1String("/files/report 2026.txt"), data);
    QVERIFY(m_nginx->start());
    const QString folder = m_d->f.localPath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(folder));
    const JobId id = makeJob(QStringLiteral("/files/report%202026.txt"), folder);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(QDir(folder).filePath(QStringLiteral("report 2026.txt"))), data);
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
