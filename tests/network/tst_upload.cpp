// Uploads against the loopback TestHttpServer: POST raw and multipart, the reply of an
// upload-reply job (saved, progress reported, handed over by Complete), the server application's
// error answers (REMOTE_APPLICATION, spec §5.3), PUT retried from byte 0, and a source file that
// changes between attempts (BG_E_LOCAL_FILE_CHANGED).
#include "downloadfixture.h"
#include "jobfiles.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qint64 i = 0; i < size; ++i)
        data[i] = char(random.generate() & 0xff);
    return data;
}

} // namespace

class TestUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void postReplySaved();
    void postMultipart();
    void postApplicationErrors_data();
    void postApplicationErrors();
    void putRetriedFromZero();
    void defaultProtocolAsksTheServer();
    void sourceChangedBetweenAttempts();
    void sourceGone();
    void cancelDropsReply();

private:
    JobId uploadJob(JobType type, UploadProtocol protocol, const QByteArray &path,
                    const QString &source, const QString &formField = {});
    std::unique_ptr<DownloadFixture> m_d;
};

void TestUpload::init()
{
    m_d = std::make_unique<DownloadFixture>();
    m_d->autoRetry = false; // the tests look at TRANSIENT_ERROR and retry themselves
}

void TestUpload::cleanup()
{
    m_d.reset();
}

JobId TestUpload::uploadJob(JobType type, UploadProtocol protocol, const QByteArray &path,
                            const QString &source, const QString &formField)
{
    NewJob spec;
    spec.displayName = QString::fromLatin1(path);
    spec.type = type;
    spec.files = { { m_d->server.url(QString::fromLatin1(path)), source } };
    spec.upload.protocol = protocol;
    spec.upload.formField = formField;
    QList<JobId> ids;
    const Result r = m_d->f.queue->createJobs({ spec }, &ids);
    if (r.isError())
        qWarning() << r.message();
    m_d->f.queue->setMinimumRetryDelay(ids.value(0), 5);
    return ids.value(0);
}

void TestUpload::postReplySaved()
{
    const QByteArray data = randomBytes(300 * 1024 + 7, 1);
    const QString source = m_d->f.makeFile(QStringLiteral("form.bin"), data);
    TestHttpServer::Route app;
    app.seed = 9;
    app.size = 200 * 1024; // the application's reply
    m_d->server.setRoute("/app", app);
    const JobId id = uploadJob(JobType::UploadReply, UploadProtocol::Default, "/app", source);
    QCOMPARE(m_d->f.queue->job(id)->replyFileName, source + QLatin1String(".reply"));

    // Reply progress is reported while the reply arrives, not only at the end.
    QList<qint64> replySeen;
    connect(m_d->f.queue.get(), &JobQueue::jobChanged, this, [&](const JobId &changed) {
        const Job *job = m_d->f.queue->job(changed);
        if (job && job->replyProgress.bytesTotal != SizeUnknown)
            replySeen.append(job->replyProgress.bytesTransferred);
    });
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Transferred);

    const QList<TestHttpServer::Request> requests = m_d->server.requestsFor("/app");
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QByteArray("POST")); // the default for upload-reply
    QCOMPARE(requests.first().body, data);
    const Job *job = m_d->f.queue->job(id);
    QCOMPARE(job->replyProgress.bytesTotal, app.size);
    QCOMPARE(job->replyProgress.bytesTransferred, app.size);
    QVERIFY(!replySeen.isEmpty());
    QCOMPARE(replySeen.first(), 0);
    QCOMPARE(job->progress().bytesTransferred, data.size());
    QCOMPARE(job->progress().filesTransferred, 1);
    // The reply is not visible before Complete (spec §3).
    QVERIFY(!QFile::exists(source + QLatin1String(".reply")));

    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(source + QLatin1String(".reply")), m_d->server.content("/app"));
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, source + QLatin1String(".reply"))));
    QCOMPARE(m_d->f.find(id)->state, JobState::Acknowledged);
    QCOMPARE(DownloadFixture::read(source), data); // the source is the user's: untouched
}

void TestUpload::postMultipart()
{
    const QByteArray data = randomBytes(64 * 1024, 2);
    const QString source = m_d->f.makeFile(QStringLiteral("photo \"1\".jpg"), data);
    m_d->server.setRoute("/form", {});
    const JobId id
        = uploadJob(JobType::Upload, UploadProtocol::Post, "/form", source, QStringLiteral("file"));
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Transferred);

    const TestHttpServer::Request r = m_d->server.requestsFor("/form").value(0);
    QCOMPARE(r.method, QByteArray("POST"));
    const QByteArray type = r.headers.value("content-type");
    QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
    const QByteArray boundary = type.mid(type.indexOf('=') + 1);
    const QByteArray head = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo %221%22.jpg\""
          "\r\nContent-Type: application/octet-stream\r\n\r\n";
    QCOMPARE(r.body, head + data + "\r\n--" + boundary + "--\r\n");
    QCOMPARE(m_d->f.queue->job(id)->progress().bytesTransferred, data.size());
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
}

void TestUpload::postApplicationErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<JobState>("state");
    QTest::newRow("500 transient") << 500 << JobState::TransientError;
    QTest::newRow("503 transient") << 503 << JobState::TransientError;
    QTest::newRow("408 transient") << 408 << JobState::TransientError;
    QTest::newRow("400 fatal") << 400 << JobState::Error;
    QTest::newRow("403 fatal") << 403 << JobState::Error;
    QTest::newRow("501 fatal") << 501 << JobState::Error;
    QTest::newRow("301 fatal") << 301 << JobState::Error;
}

void TestUpload::postApplicationErrors()
{
    QFETCH(int, status);
    QFETCH(JobState, state);
    const QString source = m_d->f.makeFile(QStringLiteral("in.txt"), randomBytes(5000, 3));
    TestHttpServer::Route app;
    app.size = 10;
    TestHttpServer::Fault fault;
    fault.status = status;
    app.faults.append(fault);
    m_d->server.setRoute("/app", app);
    const JobId id = uploadJob(JobType::UploadReply, UploadProtocol::Post, "/app", source);
    m_d->f.queue->setMinimumRetryDelay(id, 100000); // stay in TRANSIENT_ERROR while we look
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), state);
    const Job *job = m_d->f.queue->job(id);
    QCOMPARE(job->error.context, ErrorContext::RemoteApplication);
    QCOMPARE(job->error.code, Result::httpError(status));
    QCOMPARE(job->error.fileIndex, 0);
    // The upload part failed: no reply began (spec §3, "telling which part failed").
    QCOMPARE(job->replyProgress.bytesTotal, SizeUnknown);
    QCOMPARE(m_d->f.queue->complete(id), Result(Result::BG_E_INVALID_STATE));

    // Fixed (or retried early): the next attempt sends the whole file again and succeeds.
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Transferred);
    QCOMPARE(m_d->server.requestsFor("/app").size(), 2);
    QCOMPARE(m_d->server.requestsFor("/app").last().body, DownloadFixture::read(source));
}

void TestUpload::putRetriedFromZero()
{
    const QByteArray data = randomBytes(256 * 1024, 4);
    const QString source = m_d->f.makeFile(QStringLiteral("put.bin"), data);
    TestHttpServer::Route dav;
    TestHttpServer::Fault busy;
    busy.status = 503;
    busy.retryAfter = "1";
    dav.faults = { busy };
    m_d->server.setRoute("/dav/put.bin", dav);
    const JobId id = uploadJob(JobType::Upload, UploadProtocol::Put, "/dav/put.bin", source);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::TransientError);
    QVERIFY(m_d->retry());
    QTRY_COMPARE(m_d->state(id), JobState::Transferred);
    const QList<TestHttpServer::Request> requests = m_d->server.requestsFor("/dav/put.bin");
    QCOMPARE(requests.size(), 2);
    for (const TestHttpServer::Request &r : requests) {
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.body, data); // from byte 0 each time
    }
    const Job *job = m_d->f.queue->job(id);
    QCOMPARE(job->errorCount, 1u);
    QVERIFY(job->files.first().completed);
    // Resume with nothing left to do changes nothing; Complete finishes it; the copy on the
    // server is left alone by everything that follows.
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QCOMPARE(m_d->state(id), JobState::Transferred);
    QVERIFY(m_d->f.queue->complete(id).isSuccess());
    QCOMPARE(m_d->server.requestsFor("/dav/put.bin").size(), 2);
}

void TestUpload::defaultProtocolAsksTheServer()
{
    // No protocol chosen: OPTIONS first; a server without tus headers gets a PUT, and the job
    // stores PUT for its next attempts.
    const QByteArray data = randomBytes(64 * 1024, 9);
    const QString source = m_d->f.makeFile(QStringLiteral("auto.bin"), data);
    m_d->server.setRoute("/dav/auto.bin", {});
    const JobId id = uploadJob(JobType::Upload, UploadProtocol::Default, "/dav/auto.bin", source);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Transferred);
    const QList<TestHttpServer::Request> requests = m_d->server.requestsFor("/dav/auto.bin");
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, QByteArray("OPTIONS"));
    QCOMPARE(requests.at(1).method, QByteArray("PUT"));
    QCOMPARE(requests.at(1).body, data);
    QCOMPARE(m_d->f.queue->job(id)->upload.protocol, UploadProtocol::Put);
}

void TestUpload::sourceChangedBetweenAttempts()
{
    const QString source = m_d->f.makeFile(QStringLiteral("changing.bin"), randomBytes(40000, 5));
    TestHttpServer::Route dav;
    TestHttpServer::Fault busy;
    busy.status = 503;
    dav.faults = { busy };
    m_d->server.setRoute("/dav/changing.bin", dav);
    const JobId id = uploadJob(JobType::Upload, UploadProtocol::Put, "/dav/changing.bin", source);
    m_d->f.queue->setMinimumRetryDelay(id, 100000);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::TransientError);
    // The first attempt recorded the source's size and time, in the store too.
    QVERIFY(m_d->f.ledger().checkpoint(id).isSuccess());
    m_d->engine.reset();
    QVERIFY(m_d->f.reopen().isSuccess());
    m_d->restartEngine();
    QCOMPARE(m_d->f.queue->job(id)->files.first().bytesTotal, 40000);
    QVERIFY(m_d->f.queue->job(id)->files.first().lastModified.isValid());

    QFile file(source);
    QVERIFY(file.open(QIODevice::Append));
    file.write("more");
    file.close();
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Error);
    const Job *job = m_d->f.queue->job(id);
    QCOMPARE(job->error.code, Result(Result::BG_E_LOCAL_FILE_CHANGED));
    QCOMPARE(job->error.context, ErrorContext::LocalFile);
    QCOMPARE(job->error.fileIndex, 0);
    QCOMPARE(m_d->server.requestsFor("/dav/changing.bin").size(), 1); // nothing sent again
}

void TestUpload::sourceGone()
{
    const QString source = m_d->f.makeFile(QStringLiteral("gone.bin"), randomBytes(1000, 6));
    m_d->server.setRoute("/dav/gone.bin", {});
    const JobId id = uploadJob(JobType::Upload, UploadProtocol::Put, "/dav/gone.bin", source);
    QVERIFY(QFile::remove(source));
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Error);
    QCOMPARE(m_d->f.queue->job(id)->error.context, ErrorContext::LocalFile);
    QVERIFY(m_d->server.requestsFor("/dav/gone.bin").isEmpty());
}

void TestUpload::cancelDropsReply()
{
    const QString source = m_d->f.makeFile(QStringLiteral("r.bin"), randomBytes(1000, 7));
    TestHttpServer::Route app;
    app.size = 5000;
    m_d->server.setRoute("/app", app);
    const JobId id = uploadJob(JobType::UploadReply, UploadProtocol::Post, "/app", source);
    QVERIFY(m_d->f.queue->resume(id).isSuccess());
    QTRY_COMPARE(m_d->state(id), JobState::Transferred);
    const QString temp = JobFiles::tempPath(id, source + QLatin1String(".reply"));
    QVERIFY(QFile::exists(temp));
    // Cancel after the upload: the server keeps the file, the reply is dropped (spec §2.4).
    QVERIFY(m_d->f.queue->cancel(id).isSuccess());
    QVERIFY(!QFile::exists(temp));
    QVERIFY(!QFile::exists(source + QLatin1String(".reply")));
    QVERIFY(QFile::exists(source));
}

QTEST_GUILESS_MAIN(TestUpload)
#include "tst_upload.moc"
