// PUT uploads to a real nginx (dav_methods PUT) started by the test: empty, 1 MiB and 200 MiB
// files arrive with the right SHA-256, and client_max_body_size answers 413 (ERROR, REMOTE_FILE).
#include "downloadfixture.h"
#include "nginxserver.h"
#include "testfiles.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int kTimeout = 120000;

} // namespace

class TestNginxUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void put_data();
    void put();
    void tooLarge();

private:
    JobId putJob(const QString &source, const QString &urlPath);
    std::unique_ptr<NginxServer> m_nginx;
    std::unique_ptr<DownloadFixture> m_d;
};

void TestNginxUpload::initTestCase()
{
    if (NginxServer::executable().isEmpty()) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QFAIL("nginx is not installed (scripts/install-deps.sh --test installs it)");
        QSKIP("nginx is not installed");
    }
}

void TestNginxUpload::init()
{
    m_nginx = std::make_unique<NginxServer>();
    m_d = std::make_unique<DownloadFixture>();
    m_d->settings.transfers.stallTimeoutMs = 10000;
    m_d->restartEngine();
    QVERIFY(m_nginx->start(
        NginxServer::putLocation(QStringLiteral("/dav/"), QStringLiteral("300m"))
        + NginxServer::putLocation(QStringLiteral("/small/"), QStringLiteral("64k"))));
}

void TestNginxUpload::cleanup()
{
    m_d.reset();
    if (m_nginx && QTest::currentTestFailed())
        qWarning().noquote() << m_nginx->errorLog();
    m_nginx.reset();
}

JobId TestNginxUpload::putJob(const QString &source, const QString &urlPath)
{
    JobId id;
    m_d->f.queue->createJob(urlPath, JobType::Upload, &id);
    m_d->f.queue->addFile(id, m_nginx->url(urlPath), source);
    m_d->f.queue->setMinimumRetryDelay(id, 5);
    return id;
}

void TestNginxUpload::put_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("0 B") << qint64(0);
    QTest::newRow("1 MiB") << (qint64(1) << 20);
    QTest::newRow("200 MiB") << (qint64(200) << 20);
}

void TestNginxUpload::put()
{
    QFETCH(qint64, size);
    const QString source = m_d->f.localPath(QStringLiteral("source.bin"));
    const QByteArray hash = writeRandomFile(source, size, quint32(size + 1));
    QVERIFY(!hash.isEmpty());
    const JobId id = putJob(source, QStringLiteral("/dav/in/source.bin"));
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    const QString stored = m_nginx->root() + QLatin1String("/dav/in/source.bin");
    QCOMPARE(QFileInfo(stored).size(), size);
    QCOMPARE(sha256Of(stored), hash);
    const JobProgress p = m_d->f.queue->job(id)->progress();
    QCOMPARE(p.bytesTotal, size);
    QCOMPARE(p.bytesTransferred, size);
    QCOMPARE(p.filesTransferred, 1);
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    // The job had no protocol: Ferry asked with OPTIONS (nginx speaks no tus), then PUT once.
    const QStringList log = m_nginx->accessLog();
    QCOMPARE(log.size(), 2);
    QVERIFY2(log.last().startsWith(QLatin1String("201")), qPrintable(log.join(QLatin1Char('|'))));
    QCOMPARE(m_d->f.find(id)->upload.protocol, UploadProtocol::Put);
}

void TestNginxUpload::tooLarge()
{
    const QString source = m_d->f.localPath(QStringLiteral("big.bin"));
    QVERIFY(!writeRandomFile(source, 256 * 1024, 9).isEmpty());
    const JobId id = putJob(source, QStringLiteral("/small/big.bin"));
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Error, kTimeout);
    const Job *job = m_d->f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("BG_E_HTTP_ERROR_413"));
    QCOMPARE(job->error.context, ErrorContext::RemoteFile);
    QVERIFY(!QFile::exists(m_nginx->root() + QLatin1String("/small/big.bin")));
}

QTEST_GUILESS_MAIN(TestNginxUpload)
#include "tst_nginxupload.moc"
