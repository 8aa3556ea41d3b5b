// tus 1.0 uploads to a real tus server (@tus/server + @tus/file-store from npm, run with node):
// chunked PATCHes, creation-with-upload, a 200 MiB upload interrupted by killing the server and
// by killing Ferry (SIGKILL) and resumed from the server's offset without sending any byte the
// server already had, an expired upload (404 → a new one), and termination on Cancel.
#include "clock.h"
#include "downloadfixture.h"
#include "testfiles.h"
#include "tusserver.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QtTest>

#include <csignal>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int kTimeout = 180000;
constexpr qint64 kMiB = 1 << 20;

QString uploadId(const QUrl &session)
{
    return session.path().section(QLatin1Char('/'), -1);
}

qint64 storedBytes(const TusServer &server, const QString &id)
{
    return QFileInfo(QDir(server.directory()).filePath(id)).size();
}

} // namespace

class TestTus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chunkedUpload();
    void smallFileInTheCreatingPost();
    void defaultProtocolFindsTheTusServer();
    void serverKilledAndRestarted();
    void ferryKilledAndRestarted();
    void expiredUploadStartsAgain();
    void cancelTerminates();
    void cancelAfterTheEndKeepsTheUpload();

private:
    JobId tusJob(const QString &source, UploadProtocol protocol = UploadProtocol::Tus);
    // Checks the server's log: one creating POST per expected upload, and every PATCH started
    // exactly at the offset the server had, so no byte the server held was ever sent again.
    void verifyNoByteSentTwice(int creations);
    std::unique_ptr<TusServer> m_tus;
    std::unique_ptr<DownloadFixture> m_d;
};

void TestTus::initTestCase()
{
    if (const QString why = TusServer::missing(); !why.isEmpty()) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestTus::init()
{
    m_tus = std::make_unique<TusServer>();
    QVERIFY(m_tus->start());
    m_d = std::make_unique<DownloadFixture>();
    m_d->settings.transfers.stallTimeoutMs = 10000;
    m_d->settings.transfers.tus.chunkSize = 4 * kMiB;
    m_d->restartEngine();
}

void TestTus::cleanup()
{
    m_d.reset();
    if (m_tus && QTest::currentTestFailed())
        qWarning().noquote() << m_tus->log().join(QLatin1Char('\n'));
    m_tus.reset();
}

JobId TestTus::tusJob(const QString &source, UploadProtocol protocol)
{
    NewJob spec;
    spec.displayName = QFileInfo(source).fileName();
    spec.type = JobType::Upload;
    spec.files = { { m_tus->url(), source } };
    spec.upload.protocol = protocol;
    QList<JobId> ids;
    if (const Result r = m_d->f.queue->createJobs({ spec }, &ids); r.isError())
        qWarning() << r.message();
    m_d->f.queue->setMinimumRetryDelay(ids.value(0), 5);
    return ids.value(0);
}

void TestTus::verifyNoByteSentTwice(int creations)
{
    QCOMPARE(m_tus->requests(QStringLiteral("POST")).size(), creations);
    const QList<QStringList> patches = m_tus->requests(QStringLiteral("PATCH"));
    for (const QStringList &p : patches) {
        // "PATCH id <offset sent> <bytes the server had>"
        QVERIFY2(p.value(2) == p.value(3), qPrintable(p.join(QLatin1Char(' '))));
    }
    for (const QString &line : m_tus->log())
        QVERIFY2(!line.startsWith(QLatin1String("409")), qPrintable(line));
}

void TestTus::chunkedUpload()
{
    const QString source = m_d->f.localPath(QStringLiteral("ten.bin"));
    const QByteArray hash = writeRandomFile(source, 10 * kMiB + 5, 1);
    const JobId id = tusJob(source);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    const QUrl session = m_d->f.queue->job(id)->upload.sessionUrl;
    QVERIFY(session.toString().startsWith(m_tus->url().toString() + QLatin1Char('/')));
    QCOMPARE(sha256Of(QDir(m_tus->directory()).filePath(uploadId(session))), hash);
    verifyNoByteSentTwice(1);
    QCOMPARE(m_tus->requests(QStringLiteral("PATCH")).size(), 3); // 4 + 4 + 2 MiB
    QCOMPARE(m_tus->requests(QStringLiteral("OPTIONS")).size(), 1);
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
}

void TestTus::smallFileInTheCreatingPost()
{
    const QString source = m_d->f.localPath(QStringLiteral("small.txt"));
    const QByteArray hash = writeRandomFile(source, 1000, 2);
    const JobId id = tusJob(source);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    const QUrl session = m_d->f.queue->job(id)->upload.sessionUrl;
    QCOMPARE(sha256Of(QDir(m_tus->directory()).filePath(uploadId(session))), hash);
    // creation-with-upload (the server offers it): the bytes went with the POST.
    QCOMPARE(m_tus->requests(QStringLiteral("POST")).size(), 1);
    QCOMPARE(m_tus->requests(QStringLiteral("PATCH")).size(), 0);
}

void TestTus::defaultProtocolFindsTheTusServer()
{
    // An UPLOAD job with no protocol asks with OPTIONS; a tus server answers with its headers,
    // so the job uploads with tus, and stores that protocol with the job.
    const QString source = m_d->f.localPath(QStringLiteral("auto.bin"));
    const QByteArray hash = writeRandomFile(source, 5 * kMiB + 1, 7);
    const JobId id = tusJob(source, UploadProtocol::Default);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    const Job *job = m_d->f.queue->job(id);
    QCOMPARE(job->upload.protocol, UploadProtocol::Tus);
    QCOMPARE(sha256Of(QDir(m_tus->directory()).filePath(uploadId(job->upload.sessionUrl))), hash);
    verifyNoByteSentTwice(1);
}

void TestTus::serverKilledAndRestarted()
{
    const qint64 size = 200 * kMiB;
    const QString source = m_d->f.localPath(QStringLiteral("big.bin"));
    const QByteArray hash = writeRandomFile(source, size, 3);
    const JobId id = tusJob(source);
    // A job limit keeps the upload going long enough to kill the server in the middle.
    QVERIFY(m_d->f.queue->setSpeedLimit(id, 40 * kMiB).isSuccess());
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(!m_d->f.queue->job(id)->upload.sessionUrl.isEmpty(), kTimeout);
    const QString uid = uploadId(m_d->f.queue->job(id)->upload.sessionUrl);
    QTRY_VERIFY_WITH_TIMEOUT(storedBytes(*m_tus, uid) > 50 * kMiB, kTimeout);
    m_tus->kill();
    const qint64 atKill = storedBytes(*m_tus, uid);
    QVERIFY(atKill < size);
    // Ferry sees the connection go and waits in TRANSIENT_ERROR, retrying.
    m_d->autoRetry = false;
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::TransientError, kTimeout);
    QVERIFY(m_d->f.queue->setSpeedLimit(id, 0).isSuccess());
    QVERIFY(m_tus->start()); // same port, same directory
    QVERIFY(m_d->retry());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);

    QCOMPARE(m_d->f.queue->job(id)->upload.sessionUrl.path().section(QLatin1Char('/'), -1), uid);
    QCOMPARE(storedBytes(*m_tus, uid), size);
    QCOMPARE(sha256Of(QDir(m_tus->directory()).filePath(uid)), hash);
    verifyNoByteSentTwice(1);
    // It resumed where the restarted server was, after a HEAD.
    QVERIFY(!m_tus->requests(QStringLiteral("HEAD")).isEmpty());
    bool resumedAfterKill = false;
    for (const QStringList &p : m_tus->requests(QStringLiteral("PATCH")))
        resumedAfterKill = resumedAfterKill || p.value(2).toLongLong() == atKill;
    QVERIFY2(resumedAfterKill, qPrintable(QString::number(atKill)));
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
}

void TestTus::ferryKilledAndRestarted()
{
    const qint64 size = 200 * kMiB;
    // The job is created in the database the engine process then runs.
    m_d.reset();
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("crash.bin"));
    const QByteArray hash = writeRandomFile(source, size, 4);
    const QString db = dir.filePath(QStringLiteral("jobs.sqlite"));
    JobId id;
    {
        JobStore store(db);
        QVERIFY(store.open().isSuccess());
        JobQueue queue(&store, Clock::system());
        QVERIFY(queue.load().isSuccess());
        NewJob spec;
        spec.displayName = QStringLiteral("crash.bin");
        spec.type = JobType::Upload;
        spec.files = { { m_tus->url(), source } };
        spec.upload.protocol = UploadProtocol::Tus;
        spec.resume = true;
        spec.autoComplete = true;
        QList<JobId> ids;
        QVERIFY(queue.createJobs({ spec }, &ids).isSuccess());
        id = ids.first();
        QVERIFY(queue.setMinimumRetryDelay(id, 5).isSuccess());
    }
    const auto startHost = [&](QProcess &host, const QStringList &extra) {
        host.setProgram(QStringLiteral(FERRY_ENGINEHOST));
        host.setArguments(QStringList { db, dir.filePath(QStringLiteral("engine.lock")) } + extra);
        host.setProcessChannelMode(QProcess::ForwardedChannels);
        host.start();
        return host.waitForStarted();
    };

    QProcess first;
    QVERIFY(startHost(first, { QStringLiteral("--upload-limit"), QString::number(40 * kMiB) }));
    QString uid;
    QTRY_VERIFY_WITH_TIMEOUT(m_tus->requests(QStringLiteral("PATCH")).size() > 0, kTimeout);
    uid = m_tus->requests(QStringLiteral("PATCH")).first().value(1);
    QTRY_VERIFY_WITH_TIMEOUT(storedBytes(*m_tus, uid) > 50 * kMiB, kTimeout);
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));

    // What Ferry had stored: the upload's URL, and an offset the server is at or past.
    qint64 storedOffset = -1;
    {
        JobStore store(db);
        QVERIFY(store.open().isSuccess());
        QList<Job> active;
        QVERIFY(store.loadActive(&active).isSuccess());
        QCOMPARE(active.size(), 1);
        QCOMPARE(uploadId(active.first().upload.sessionUrl), uid);
        storedOffset = active.first().files.first().bytesTransferred;
    }
    // Every PATCH logged so far came from the killed process (the log line is written when a
    // request arrives).
    const int patchesBefore = int(m_tus->requests(QStringLiteral("PATCH")).size());

    QProcess second;
    QVERIFY(startHost(second, { QStringLiteral("--until-empty") }));
    QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, kTimeout);
    QCOMPARE(second.exitCode(), 0);

    QCOMPARE(storedBytes(*m_tus, uid), size);
    QCOMPARE(sha256Of(QDir(m_tus->directory()).filePath(uid)), hash);
    verifyNoByteSentTwice(1);
    const QList<QStringList> patches = m_tus->requests(QStringLiteral("PATCH"));
    QVERIFY(patches.size() > patchesBefore);
    const qint64 resumedAt = patches.at(patchesBefore).value(2).toLongLong();
    qInfo("Ferry had stored %lld bytes; it resumed at the server's %lld", storedOffset, resumedAt);
    QVERIFY(resumedAt >= storedOffset);
    QVERIFY(resumedAt > 50 * kMiB);

    JobStore store(db);
    QVERIFY(store.open().isSuccess());
    QList<Job> history;
    QVERIFY(store.loadHistory(&history).isSuccess());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().state, JobState::Acknowledged);
}

void TestTus::expiredUploadStartsAgain()
{
    const QString source = m_d->f.localPath(QStringLiteral("expiring.bin"));
    const QByteArray hash = writeRandomFile(source, 12 * kMiB, 5);
    const JobId id = tusJob(source);
    QVERIFY(m_d->f.queue->setSpeedLimit(id, 8 * kMiB).isSuccess());
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    // The first chunk is confirmed: the server has part of the upload.
    QTRY_VERIFY_WITH_TIMEOUT(m_d->f.queue->job(id)->files.first().bytesTransferred >= 4 * kMiB
                                 && m_tus->requests(QStringLiteral("PATCH")).size() >= 2,
                             kTimeout);
    QVERIFY(m_d->f.queue->suspend(id).isSuccess());
    const QUrl old = m_d->f.queue->job(id)->upload.sessionUrl;
    // The server forgets it (expiry, clean-up).
    QDir uploads(m_tus->directory());
    QVERIFY(uploads.remove(uploadId(old)));
    QVERIFY(uploads.remove(uploadId(old) + QLatin1String(".json")));
    QVERIFY(m_d->f.queue->setSpeedLimit(id, 0).isSuccess());
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    const QUrl now = m_d->f.queue->job(id)->upload.sessionUrl;
    QVERIFY(now != old);
    QCOMPARE(sha256Of(uploads.filePath(uploadId(now))), hash);
    QVERIFY(m_tus->log().contains(QStringLiteral("404 HEAD ") + uploadId(old)));
    verifyNoByteSentTwice(2);
    QCOMPARE(m_d->f.queue->job(id)->errorCount, 0u); // not an error: a new upload
}

void TestTus::cancelTerminates()
{
    const QString source = m_d->f.localPath(QStringLiteral("cancelled.bin"));
    QVERIFY(!writeRandomFile(source, 20 * kMiB, 6).isEmpty());
    const JobId id = tusJob(source);
    QVERIFY(m_d->f.queue->setSpeedLimit(id, 2 * kMiB).isSuccess());
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(!m_d->f.queue->job(id)->upload.sessionUrl.isEmpty(), kTimeout);
    const QString uid = uploadId(m_d->f.queue->job(id)->upload.sessionUrl);
    QTRY_VERIFY_WITH_TIMEOUT(storedBytes(*m_tus, uid) > 0, kTimeout);
    QVERIFY(m_d->f.queue->cancel(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(m_tus->log().contains(QStringLiteral("204 DELETE ") + uid), kTimeout);
    QVERIFY(!QFile::exists(QDir(m_tus->directory()).filePath(uid)));
    QCOMPARE(DownloadFixture::sha256(DownloadFixture::read(source)).isEmpty(), false);
}

void TestTus::cancelAfterTheEndKeepsTheUpload()
{
    const QString source = m_d->f.localPath(QStringLiteral("kept.bin"));
    const QByteArray hash = writeRandomFile(source, 2 * kMiB, 7);
    const JobId id = tusJob(source);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(m_d->state(id), JobState::Transferred, kTimeout);
    const QString uid = uploadId(m_d->f.queue->job(id)->upload.sessionUrl);
    QVERIFY(m_d->f.queue->cancel(id).isSuccess());
    // Give a DELETE every chance to show up: a HEAD of our own goes after it on the server.
    QNetworkRequest head(QUrl(m_tus->url().toString() + QLatin1Char('/') + uid));
    head.setRawHeader("Tus-Resumable", "1.0.0");
    QNetworkReply *reply = m_d->network.head(head);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QVERIFY(m_tus->requests(QStringLiteral("DELETE")).isEmpty());
    QCOMPARE(sha256Of(QDir(m_tus->directory()).filePath(uid)), hash);
}

QTEST_GUILESS_MAIN(TestTus)
#include "tst_tus.moc"
