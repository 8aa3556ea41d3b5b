// The upload side of the job model: upload options (protocol, form field, tus session), the
// default reply file beside the source, and what a restart keeps of them.
#include "jobfiles.h"
#include "jobfixture.h"

#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestJobQueueUpload : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optionsAreStored();
    void optionsRefused();
    void protocolChangeForgetsTheSession();
    void defaultReplyFileBesideTheSource();
    void uploadTransferredOnlyWhenAcknowledged();
};

void TestJobQueueUpload::optionsAreStored()
{
    JobFixture f;
    const JobId id = f.jobIn(JobType::Upload, JobState::Suspended);
    UploadOptions o;
    o.protocol = UploadProtocol::Post;
    o.formField = QStringLiteral("file");
    QVERIFY(f.queue->setUploadOptions(id, o).isSuccess());
    QVERIFY(f.ledger()
                .setUploadSession(id, QUrl(QStringLiteral("http://127.0.0.1:1/files/abc")))
                .isSuccess());
    QVERIFY(f.reopen().isSuccess());
    const Job *job = f.queue->job(id);
    QCOMPARE(job->upload.protocol, UploadProtocol::Post);
    QCOMPARE(job->upload.formField, QStringLiteral("file"));
    QCOMPARE(job->upload.sessionUrl, QUrl(QStringLiteral("http://127.0.0.1:1/files/abc")));
    QCOMPARE(job->uploadProtocol(), UploadProtocol::Post);
}

void TestJobQueueUpload::optionsRefused()
{
    JobFixture f;
    UploadOptions tus;
    tus.protocol = UploadProtocol::Tus;
    const JobId download = f.jobIn(JobType::Download, JobState::Suspended);
    QCOMPARE(f.queue->setUploadOptions(download, tus).name(), QStringLiteral("E_NOTIMPL"));
    const JobId reply = f.jobIn(JobType::UploadReply, JobState::Suspended);
    QCOMPARE(f.queue->setUploadOptions(reply, tus).name(), QStringLiteral("E_INVALIDARG"));
    UploadOptions badField;
    badField.formField = QStringLiteral("a\"b");
    QCOMPARE(f.queue->setUploadOptions(reply, badField).name(), QStringLiteral("E_INVALIDARG"));
    const JobId done = f.jobIn(JobType::Upload, JobState::Acknowledged);
    QCOMPARE(f.queue->setUploadOptions(done, tus).name(), QStringLiteral("BG_E_INVALID_STATE"));
    // createJobs checks the same, all or nothing.
    NewJob spec;
    spec.displayName = QStringLiteral("reply over tus");
    spec.type = JobType::UploadReply;
    spec.upload = tus;
    QCOMPARE(f.queue->createJobs({ spec }).name(), QStringLiteral("E_INVALIDARG"));
}

void TestJobQueueUpload::protocolChangeForgetsTheSession()
{
    JobFixture f;
    const JobId id = f.jobIn(JobType::Upload, JobState::Suspended);
    UploadOptions tus;
    tus.protocol = UploadProtocol::Tus;
    QVERIFY(f.queue->setUploadOptions(id, tus).isSuccess());
    const QUrl session(QStringLiteral("http://127.0.0.1:1/files/abc"));
    QVERIFY(f.ledger().setUploadSession(id, session).isSuccess());
    QVERIFY(f.queue->setUploadOptions(id, tus).isSuccess()); // same protocol: kept
    QCOMPARE(f.queue->job(id)->upload.sessionUrl, session);
    UploadOptions put;
    put.protocol = UploadProtocol::Put;
    QVERIFY(f.queue->setUploadOptions(id, put).isSuccess());
    QVERIFY(f.queue->job(id)->upload.sessionUrl.isEmpty());
}

void TestJobQueueUpload::defaultReplyFileBesideTheSource()
{
    JobFixture f;
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("reply"), JobType::UploadReply, &id).isSuccess());
    QVERIFY(f.queue->job(id)->replyFileName.isEmpty()); // no file yet: no name (spec §3)
    const QString source = f.makeFile(QStringLiteral("form.txt"));
    QVERIFY(
        f.queue->addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/app")), source).isSuccess());
    QCOMPARE(f.queue->job(id)->replyFileName, JobFiles::defaultReplyPath(source));
    QVERIFY(f.queue->setReplyFileName(id, f.localPath(QStringLiteral("answer.json"))).isSuccess());
    QVERIFY(f.queue->setReplyFileName(id, QString()).isSuccess()); // back to the default
    QCOMPARE(f.queue->job(id)->replyFileName, source + QLatin1String(".reply"));

    // Complete hands the reply over without clobbering a file that has the name already.
    const JobId done = f.jobIn(JobType::UploadReply, JobState::Transferred);
    const QString name = f.queue->job(done)->replyFileName;
    QFile taken(name);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("mine");
    taken.close();
    QVERIFY(f.queue->complete(done).isSuccess());
    const std::optional<Job> finished = f.find(done);
    QVERIFY(finished);
    QCOMPARE(finished->replyFileName, JobFiles::numberedName(name, 1));
    QFile reply(finished->replyFileName);
    QVERIFY(reply.open(QIODevice::ReadOnly));
    QCOMPARE(reply.readAll(), QByteArray("reply"));
    QVERIFY(taken.open(QIODevice::ReadOnly));
    QCOMPARE(taken.readAll(), QByteArray("mine"));
    QVERIFY(!QFile::exists(JobFiles::tempPath(done, name)));
}

void TestJobQueueUpload::uploadTransferredOnlyWhenAcknowledged()
{
    JobFixture f;
    const JobId id = f.jobIn(JobType::Upload, JobState::Transferring);
    // Every byte is out, but the server has not answered yet: not transferred.
    QVERIFY(f.ledger().setFileProgress(id, 0, 4, 4).isSuccess());
    QCOMPARE(f.queue->job(id)->currentFileIndex(), 0);
    QCOMPARE(f.ledger().markTransferred(id).name(), QStringLiteral("BG_E_INVALID_STATE"));
    JobFile acknowledged = f.queue->job(id)->files.first();
    acknowledged.completed = true;
    QVERIFY(f.ledger().setFileDurable(id, 0, acknowledged).isSuccess());
    QVERIFY(f.ledger().markTransferred(id).isSuccess());
    QCOMPARE(f.queue->job(id)->progress().filesTransferred, 1);
}

QTEST_GUILESS_MAIN(TestJobQueueUpload)
#include "tst_jobqueueupload.moc"
