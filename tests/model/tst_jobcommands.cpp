// The typed commands every client sends (model/jobcommands.h): a JobPatch is applied all or
// nothing and stored in one write, a NewJob carries everything a job starts with, and a JobRef
// finds a job in the queue or in the history.
#include "jobfixture.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Ferry;
using Ferry::Test::JobFixture;

class TestJobCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patchChangesEverythingInOneWrite();
    void refusedFieldLeavesTheJobUntouched();
    void patchRefusedByTheState();
    void emptyPatchChangesNothing();
    void newJobCarriesItsSettings();
    void newJobWithBadSettingsCreatesNothing();
    void findLooksInTheHistory();
};

namespace {

JobId downloadJob(JobFixture &f)
{
    NewJob spec;
    spec.displayName = QStringLiteral("file");
    spec.files
        = { { QUrl(QStringLiteral("http://127.0.0.1/f")), f.localPath(QStringLiteral("f")) } };
    QList<JobId> ids;
    if (f.queue->createJobs({ spec }, &ids).isError() || ids.isEmpty())
        return {};
    return ids.first();
}

} // namespace

void TestJobCommands::patchChangesEverythingInOneWrite()
{
    JobFixture f;
    const JobId id = downloadJob(f);
    QVERIFY(!id.isNull());
    QSignalSpy commanded(f.queue.get(), &JobQueue::jobCommanded);
    JobPatch patch;
    patch.displayName = QStringLiteral("renamed");
    patch.description = QStringLiteral("described");
    patch.priority = JobPriority::High;
    patch.noProgressTimeout = 120;
    patch.minimumRetryDelay = 30;
    patch.customHeaders = QStringLiteral("X-Test: 1");
    QVERIFY(f.queue->apply(id, patch).isSuccess());
    // One change announced for the whole patch.
    QCOMPARE(commanded.size(), 1);
    QVERIFY(f.reopen().isSuccess());
    const Job *job = f.queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->displayName, QStringLiteral("renamed"));
    QCOMPARE(job->description, QStringLiteral("described"));
    QCOMPARE(job->priority, JobPriority::High);
    QCOMPARE(job->noProgressTimeout, 120u);
    QCOMPARE(job->minimumRetryDelay, 30u);
    QCOMPARE(job->customHeaders, QStringLiteral("X-Test: 1"));
}

void TestJobCommands::refusedFieldLeavesTheJobUntouched()
{
    JobFixture f;
    const JobId id = downloadJob(f);
    QVERIFY(!id.isNull());
    QSignalSpy commanded(f.queue.get(), &JobQueue::jobCommanded);
    JobPatch patch;
    patch.displayName = QStringLiteral("renamed");
    patch.priority = JobPriority::High;
    // SetReplyFileName is for upload-reply jobs only.
    patch.replyFileName = f.localPath(QStringLiteral("reply"));
    const Result r = f.queue->apply(id, patch);
    QVERIFY(r.isError());
    QCOMPARE(commanded.size(), 0);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->displayName, QStringLiteral("file"));
    QCOMPARE(f.queue->job(id)->priority, JobPriority::Normal);

    JobPatch tooLong;
    tooLong.description = QStringLiteral("ok");
    tooLong.displayName = QString(100000, QLatin1Char('x'));
    QCOMPARE(f.queue->apply(id, tooLong).name(), QStringLiteral("BG_E_STRING_TOO_LONG"));
    QCOMPARE(f.queue->job(id)->description, QString());
}

void TestJobCommands::patchRefusedByTheState()
{
    JobFixture f;
    // An upload job has one file: a second one is refused, and so is the rest of the patch.
    const JobId id = f.jobIn(JobType::Upload, JobState::Suspended);
    JobPatch files;
    files.displayName = QStringLiteral("renamed");
    files.newFiles
        = { { QUrl(QStringLiteral("http://127.0.0.1/g")), f.makeFile(QStringLiteral("g")) } };
    QCOMPARE(f.queue->apply(id, files).name(), QStringLiteral("BG_E_TOO_MANY_FILES"));
    QCOMPARE(f.queue->job(id)->files.size(), 1);
    QVERIFY(f.queue->job(id)->displayName != QStringLiteral("renamed"));
    // A job that left the queue: refused as the first call of the patch would be.
    const JobId gone = f.jobIn(JobType::Download, JobState::Cancelled);
    JobPatch name;
    name.displayName = QStringLiteral("late");
    QCOMPARE(f.queue->apply(gone, name).name(), QStringLiteral("BG_E_INVALID_STATE"));
    QCOMPARE(f.queue->apply(JobId::create(), name).name(), QStringLiteral("BG_E_NOT_FOUND"));
}

void TestJobCommands::emptyPatchChangesNothing()
{
    JobFixture f;
    const JobId id = downloadJob(f);
    const QDateTime modified = f.queue->job(id)->times.modification;
    f.clock.advanceMs(5000);
    QSignalSpy commanded(f.queue.get(), &JobQueue::jobCommanded);
    QVERIFY(JobPatch().isEmpty());
    QVERIFY(f.queue->apply(id, JobPatch()).isSuccess());
    QCOMPARE(commanded.size(), 0);
    QCOMPARE(f.queue->job(id)->times.modification, modified);
}

void TestJobCommands::newJobCarriesItsSettings()
{
    JobFixture f;
    NewJob spec;
    spec.displayName = QStringLiteral("with settings");
    spec.description = QStringLiteral("from the dialog");
    spec.priority = JobPriority::Foreground;
    spec.files
        = { { QUrl(QStringLiteral("http://127.0.0.1/a")), f.localPath(QStringLiteral("a")) } };
    spec.customHeaders = QStringLiteral("Referer: http://127.0.0.1/");
    Credentials credentials;
    credentials.user = QStringLiteral("me");
    credentials.password = QStringLiteral("secret");
    spec.credentials = { credentials };
    spec.resume = true;
    QList<JobId> ids;
    QVERIFY(f.queue->createJobs({ spec }, &ids).isSuccess());
    QCOMPARE(ids.size(), 1);
    QVERIFY(f.reopen().isSuccess());
    const Job *job = f.queue->job(ids.first());
    QVERIFY(job);
    QCOMPARE(job->state, JobState::Queued);
    QCOMPARE(job->description, QStringLiteral("from the dialog"));
    QCOMPARE(job->priority, JobPriority::Foreground);
    QCOMPARE(job->customHeaders, QStringLiteral("Referer: http://127.0.0.1/"));
    QCOMPARE(job->credentials.size(), 1);
    QCOMPARE(job->credentials.first().user, QStringLiteral("me"));

    NewJob upload;
    upload.displayName = QStringLiteral("up");
    upload.type = JobType::UploadReply;
    upload.files
        = { { QUrl(QStringLiteral("http://127.0.0.1/in")), f.makeFile(QStringLiteral("src")) } };
    upload.replyFileName = f.localPath(QStringLiteral("answer.json"));
    QList<JobId> uploads;
    QVERIFY(f.queue->createJobs({ upload }, &uploads).isSuccess());
    QCOMPARE(f.queue->job(uploads.first())->replyFileName,
             f.localPath(QStringLiteral("answer.json")));
}

void TestJobCommands::newJobWithBadSettingsCreatesNothing()
{
    JobFixture f;
    NewJob good;
    good.displayName = QStringLiteral("good");
    good.files
        = { { QUrl(QStringLiteral("http://127.0.0.1/a")), f.localPath(QStringLiteral("a")) } };
    NewJob bad = good;
    bad.displayName = QStringLiteral("bad");
    bad.files
        = { { QUrl(QStringLiteral("http://127.0.0.1/b")), f.localPath(QStringLiteral("b")) } };
    // A header line without a colon is refused, as SetCustomHeaders refuses it.
    bad.customHeaders = QStringLiteral("no colon here");
    const Result r = f.queue->createJobs({ good, bad });
    QVERIFY(r.isError());
    QVERIFY2(r.detail().startsWith(QStringLiteral("job 2")), qPrintable(r.detail()));
    QCOMPARE(f.queue->count(), 0);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->count(), 0);
}

void TestJobCommands::findLooksInTheHistory()
{
    JobFixture f;
    const JobId queued = downloadJob(f);
    const JobId done = f.jobIn(JobType::Download, JobState::Acknowledged);
    Job job;
    QVERIFY(f.queue->find(JobRef(queued), &job).isSuccess());
    QCOMPARE(job.id, queued);
    QVERIFY(f.queue->find(JobRef(done), &job).isSuccess());
    QCOMPARE(job.id, done);
    QCOMPARE(job.state, JobState::Acknowledged);
    // A prefix of the finished job's id (all but its last character, so that it cannot match
    // the queued job too).
    const QString prefix = done.toString().chopped(1);
    QVERIFY(f.queue->find(JobRef(prefix), &job).isSuccess());
    QCOMPARE(job.id, done);
    QCOMPARE(f.queue->find(JobRef(QString()), &job).name(), QStringLiteral("E_INVALIDARG"));
    QCOMPARE(f.queue->find(JobRef(QStringLiteral("zzz")), &job).name(),
             QStringLiteral("BG_E_NOT_FOUND"));
}

QTEST_GUILESS_MAIN(TestJobCommands)
#include "tst_jobcommands.moc"
