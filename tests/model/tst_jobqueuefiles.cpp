// JobQueue's file side against spec §2.4 (AddFile, Complete, Cancel), §3 and §8: what may be
// added, and what Complete and Cancel leave on disk. Real JobStore in a temporary directory.
#include "jobfiles.h"
#include "jobfixture.h"
#include "partfile.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace Ferry;
using Ferry::Test::JobFixture;

namespace {

QUrl url(const QString &path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:1/") + path);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

std::optional<Job> historyJob(const JobFixture &f, const JobId &id)
{
    QList<Job> history;
    if (f.queue->history(&history).isError())
        return std::nullopt;
    for (const Job &job : std::as_const(history)) {
        if (job.id == id)
            return job;
    }
    return std::nullopt;
}

// A download job with the given destinations, driven to TRANSFERRING as the engine would.
JobId transferringDownload(JobFixture &f, const QStringList &names)
{
    JobId id;
    f.queue->createJob(QStringLiteral("files"), JobType::Download, &id);
    for (const QString &name : names)
        f.queue->addFile(id, url(name), f.localPath(name));
    f.queue->resume(id);
    f.queue->setTransferState(id, JobState::Connecting);
    f.queue->setTransferState(id, JobState::Transferring);
    return id;
}

// The engine's part: bytes in the temporary file, and the progress reported.
bool receive(JobFixture &f, const JobId &id, int index, const QByteArray &bytes, qint64 total)
{
    const QString temp = JobFiles::tempPath(id, f.queue->job(id)->files.at(index).localPath);
    return writeFile(temp, bytes)
        && f.queue->setFileProgress(id, index, bytes.size(), total).isSuccess()
        && f.queue->checkpoint(id).isSuccess();
}

// The engine's part as the engine does it: the temporary file created through PartFile, and its
// bytes and identity made durable.
bool receiveDurably(JobFixture &f, const JobId &id, int index, const QByteArray &bytes)
{
    JobFile file = f.queue->job(id)->files.at(index);
    PartFile part(JobFiles::tempPath(id, file.localPath));
    if (part.open({}).isError() || part.append(bytes.constData(), bytes.size()).isError()
        || part.sync().isError())
        return false;
    file.part = part.identity();
    file.bytesTransferred = file.bytesTotal = bytes.size();
    return f.queue->setFileDurable(id, index, file).isSuccess()
        && f.queue->checkpoint(id).isSuccess();
}

// What a Complete killed after its rename and before ACKNOWLEDGED leaves in the store: the job
// TRANSFERRED, the final name recorded, the file already under it.
bool crashAfterRename(JobFixture &f, const JobId &id, const QString &finalName)
{
    Job job = *f.queue->job(id);
    JobFile &file = job.files[0];
    file.committing = finalName;
    return f.store->updateFiles(job, { 0 }).isSuccess()
        && QFile::rename(JobFiles::tempPath(id, file.localPath), finalName)
        && f.reopen().isSuccess();
}

} // namespace

class TestJobQueueFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uploadTakesOneFile_data();
    void uploadTakesOneFile();
    void maxFilesPerJob();
    void invalidFiles_data();
    void invalidFiles();
    void longestNameIsTaken();
    void sameDestinationTwiceIsRefused();
    void completeAll();
    void completeKeepsOnlyFinishedFiles();
    void completeNeverReplacesAnExistingFile();
    void completeAfterCrashFinishesFromTheRecord_data();
    void completeAfterCrashFinishesFromTheRecord();
    void completeNeverAdoptsAnUnrelatedFile();
    void cancelDeletesTemporaryFiles_data();
    void cancelDeletesTemporaryFiles();
};

void TestJobQueueFiles::uploadTakesOneFile_data()
{
    QTest::addColumn<JobType>("type");
    QTest::newRow("UPLOAD") << JobType::Upload;
    QTest::newRow("UPLOAD_REPLY") << JobType::UploadReply;
}

void TestJobQueueFiles::uploadTakesOneFile()
{
    QFETCH(JobType, type);
    JobFixture f;
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("up"), type, &id).isSuccess());
    QVERIFY(f.queue->addFile(id, url(QStringLiteral("up/a")), f.makeFile(QStringLiteral("a")))
                .isSuccess());
    QCOMPARE(
        f.queue->addFile(id, url(QStringLiteral("up/b")), f.makeFile(QStringLiteral("b"))).name(),
        QStringLiteral("BG_E_TOO_MANY_FILES"));
    QCOMPARE(f.queue->job(id)->files.size(), 1);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->files.size(), 1);
    QCOMPARE(f.queue->job(id)->files.first().remoteUrl, url(QStringLiteral("up/a")));
}

void TestJobQueueFiles::maxFilesPerJob()
{
    JobLimits limits;
    limits.maxFilesPerJob = 3;
    JobFixture f(limits);
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("many"), JobType::Download, &id).isSuccess());
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("f%1").arg(i);
        QVERIFY(f.queue->addFile(id, url(name), f.localPath(name)).isSuccess());
    }
    QCOMPARE(
        f.queue->addFile(id, url(QStringLiteral("f3")), f.localPath(QStringLiteral("f3"))).name(),
        QStringLiteral("BG_E_TOO_MANY_FILES_IN_JOB"));
    QCOMPARE(f.queue->job(id)->files.size(), 3);

    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->files.size(), 3);
    QCOMPARE(
        f.queue->addFile(id, url(QStringLiteral("f3")), f.localPath(QStringLiteral("f3"))).name(),
        QStringLiteral("BG_E_TOO_MANY_FILES_IN_JOB"));
}

void TestJobQueueFiles::invalidFiles_data()
{
    QTest::addColumn<JobType>("type");
    QTest::addColumn<QUrl>("remote");
    QTest::addColumn<QString>("local"); // relative names are made absolute in the fixture dir
    QTest::addColumn<bool>("absolute");
    const QUrl good = url(QStringLiteral("file.bin"));
    const QString name = QStringLiteral("file.bin");
    const auto download = JobType::Download;
    QTest::newRow("not a URL") << download << QUrl(QStringLiteral("not a url")) << name << true;
    QTest::newRow("no host") << download << QUrl(QStringLiteral("http:///x")) << name << true;
    QTest::newRow("ftp scheme") << download << QUrl(QStringLiteral("ftp://example.com/f.bin"))
                                << name << true;
    QTest::newRow("URL over 2,200 chars")
        << download << QUrl(QStringLiteral("http://example.com/") + QString(2200, QLatin1Char('a')))
        << name << true;
    QTest::newRow("relative local path")
        << download << good << QStringLiteral("sub/file.bin") << false;
    QTest::newRow("empty local path") << download << good << QString() << false;
    QTest::newRow("missing folder")
        << download << good << QStringLiteral("missing/file.bin") << true;
    QTest::newRow("wildcard") << download << good << QStringLiteral("f*.bin") << true;
    QTest::newRow("upload source missing")
        << JobType::Upload << good << QStringLiteral("no-such-file") << true;
    // 241 bytes are the most: the temporary name adds 14 to the 255 a file system takes.
    QTest::newRow("name over 241 bytes")
        << download << good << QString(242, QLatin1Char('n')) << true;
    QTest::newRow("name over 255 bytes")
        << download << good << QString(300, QLatin1Char('n')) << true;
}

void TestJobQueueFiles::invalidFiles()
{
    QFETCH(JobType, type);
    QFETCH(QUrl, remote);
    QFETCH(QString, local);
    QFETCH(bool, absolute);
    JobFixture f;
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("bad"), type, &id).isSuccess());
    const QString path = absolute ? f.localPath(local) : local;
    QCOMPARE(f.queue->addFile(id, remote, path).name(), QStringLiteral("E_INVALIDARG"));
    QVERIFY(f.queue->job(id)->files.isEmpty());
    QVERIFY(f.reopen().isSuccess());
    QVERIFY(f.queue->job(id)->files.isEmpty());
}

void TestJobQueueFiles::longestNameIsTaken()
{
    JobFixture f;
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("long"), JobType::Download, &id).isSuccess());
    QVERIFY(
        f.queue->addFile(id, url(QStringLiteral("x")), f.localPath(QString(241, QLatin1Char('n'))))
            .isSuccess());
}

void TestJobQueueFiles::sameDestinationTwiceIsRefused()
{
    JobFixture f;
    const QString dest = f.localPath(QStringLiteral("same.bin"));
    JobId one;
    QVERIFY(f.queue->createJob(QStringLiteral("one"), JobType::Download, &one).isSuccess());
    QVERIFY(f.queue->addFile(one, url(QStringLiteral("a")), dest).isSuccess());
    // In the same job: both files would write the same temporary file.
    QCOMPARE(f.queue->addFile(one, url(QStringLiteral("b")), dest).name(),
             QStringLiteral("E_INVALIDARG"));
    // In another job, also spelled differently, and in one batch.
    JobId two;
    QVERIFY(f.queue->createJob(QStringLiteral("two"), JobType::Download, &two).isSuccess());
    QCOMPARE(
        f.queue
            ->addFile(two, url(QStringLiteral("c")), f.localPath(QStringLiteral("sub/../same.bin")))
            .name(),
        QStringLiteral("E_INVALIDARG"));
    NewJob batch;
    batch.displayName = QStringLiteral("batch");
    batch.files = { { url(QStringLiteral("d")), f.localPath(QStringLiteral("other.bin")) },
                    { url(QStringLiteral("e")), f.localPath(QStringLiteral("other.bin")) } };
    QCOMPARE(f.queue->createJobs({ batch }).name(), QStringLiteral("E_INVALIDARG"));
    QCOMPARE(f.queue->count(), 2);
    // A folder takes any number of files: the server names them.
    QVERIFY(f.queue->addFile(two, url(QStringLiteral("f")), f.dir()).isSuccess());
    QVERIFY(f.queue->addFile(two, url(QStringLiteral("g")), f.dir()).isSuccess());
    // The claim survives a restart, and ends with the job.
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->addFile(two, url(QStringLiteral("h")), dest).name(),
             QStringLiteral("E_INVALIDARG"));
    QVERIFY(f.queue->cancel(one).isSuccess());
    QVERIFY(f.queue->addFile(two, url(QStringLiteral("h")), dest).isSuccess());
}

void TestJobQueueFiles::completeAll()
{
    JobFixture f;
    const JobId id = transferringDownload(f, { QStringLiteral("a.txt"), QStringLiteral("b.txt") });
    QVERIFY(receive(f, id, 0, "alpha", 5));
    QVERIFY(receive(f, id, 1, "beta", 4));
    QVERIFY(f.queue->markTransferred(id).isSuccess());
    QCOMPARE(f.queue->complete(id).name(), QStringLiteral("S_OK"));
    QCOMPARE(readAll(f.localPath(QStringLiteral("a.txt"))), QByteArray("alpha"));
    QCOMPARE(readAll(f.localPath(QStringLiteral("b.txt"))), QByteArray("beta"));
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, f.localPath(QStringLiteral("a.txt")))));
    QVERIFY(!f.queue->job(id));
    const std::optional<Job> done = historyJob(f, id);
    QVERIFY(done);
    QCOMPARE(done->state, JobState::Acknowledged);
    QVERIFY(done->files.at(0).completed && done->files.at(1).completed);
}

void TestJobQueueFiles::completeKeepsOnlyFinishedFiles()
{
    JobFixture f;
    const QString first = f.localPath(QStringLiteral("first.txt"));
    const QString second = f.localPath(QStringLiteral("second.bin"));
    const JobId id
        = transferringDownload(f, { QStringLiteral("first.txt"), QStringLiteral("second.bin") });
    QVERIFY(receive(f, id, 0, "first file", 10));
    QVERIFY(receive(f, id, 1, "sec", 10)); // 3 of 10 bytes
    const QString secondTemp = JobFiles::tempPath(id, second);
    QVERIFY(QFile::exists(secondTemp));

    // §2.4: Complete while a file is in flight keeps the finished ones only.
    QCOMPARE(f.queue->complete(id).name(), QStringLiteral("BG_S_PARTIAL_COMPLETE"));
    QCOMPARE(readAll(first), QByteArray("first file"));
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, first)));
    QVERIFY(!QFile::exists(secondTemp));
    QVERIFY(!QFile::exists(second));
    QVERIFY(!f.queue->job(id));

    QVERIFY(f.reopen().isSuccess());
    QVERIFY(!f.queue->job(id));
    const std::optional<Job> done = historyJob(f, id);
    QVERIFY(done);
    QCOMPARE(done->state, JobState::Acknowledged);
    QCOMPARE(done->files.size(), 2);
    QVERIFY(done->files.at(0).completed);
    QVERIFY(!done->files.at(1).completed);
}

void TestJobQueueFiles::completeAfterCrashFinishesFromTheRecord_data()
{
    QTest::addColumn<bool>("nameTaken");
    QTest::newRow("x.bin") << false;
    QTest::newRow("x (1).bin, x.bin is the user's") << true;
}

void TestJobQueueFiles::completeAfterCrashFinishesFromTheRecord()
{
    QFETCH(bool, nameTaken);
    JobFixture f;
    const QString destination = f.localPath(QStringLiteral("x.bin"));
    const QByteArray users(12, 'u'); // the same size as the download
    if (nameTaken)
        QVERIFY(writeFile(destination, users));
    const JobId id = transferringDownload(f, { QStringLiteral("x.bin") });
    QVERIFY(receiveDurably(f, id, 0, "the download"));
    QVERIFY(f.queue->markTransferred(id).isSuccess());
    const QString chosen = nameTaken ? f.localPath(QStringLiteral("x (1).bin")) : destination;
    QVERIFY(crashAfterRename(f, id, chosen));

    QCOMPARE(f.queue->job(id)->state, JobState::Transferred);
    QCOMPARE(f.queue->complete(id).name(), QStringLiteral("S_OK"));
    const std::optional<Job> done = historyJob(f, id);
    QVERIFY(done);
    QCOMPARE(done->state, JobState::Acknowledged);
    QCOMPARE(done->files.at(0).localPath, chosen);
    QCOMPARE(readAll(chosen), QByteArray("the download"));
    if (nameTaken)
        QCOMPARE(readAll(destination), users);
    QCOMPARE(QDir(f.dir()).entryList({ QStringLiteral("x*") }, QDir::Files).size(),
             nameTaken ? 2 : 1);
}

void TestJobQueueFiles::completeNeverAdoptsAnUnrelatedFile()
{
    JobFixture f;
    const QString destination = f.localPath(QStringLiteral("x.bin"));
    const JobId id = transferringDownload(f, { QStringLiteral("x.bin") });
    QVERIFY(receiveDurably(f, id, 0, "the download"));
    QVERIFY(f.queue->markTransferred(id).isSuccess());
    // The temporary file is gone, and a file of the user's of the same size sits at the name.
    QVERIFY(QFile::remove(JobFiles::tempPath(id, destination)));
    const QByteArray users(12, 'u');
    QVERIFY(writeFile(destination, users));

    const Result r = f.queue->complete(id);
    QCOMPARE(r.name(), QStringLiteral("ERROR_FILE_NOT_FOUND"));
    QCOMPARE(readAll(destination), users);
    // The bytes are gone, so is the file's progress: Resume fetches it again.
    const Job *job = f.queue->job(id);
    QCOMPARE(job->state, JobState::Transferred);
    QCOMPARE(job->files.at(0).bytesTransferred, 0);
    QVERIFY(!job->files.at(0).completed);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->files.at(0).bytesTransferred, 0);
    QVERIFY(f.queue->resume(id).isSuccess());
    QCOMPARE(f.queue->job(id)->state, JobState::Queued);
}

void TestJobQueueFiles::completeNeverReplacesAnExistingFile()
{
    JobFixture f;
    const QString destination = f.localPath(QStringLiteral("report.pdf"));
    const JobId id = transferringDownload(f, { QStringLiteral("report.pdf") });
    QVERIFY(receive(f, id, 0, "new contents", 12));
    QVERIFY(f.queue->markTransferred(id).isSuccess());
    // Something else writes the destination before the user completes the job.
    QVERIFY(writeFile(destination, "old contents"));

    QCOMPARE(f.queue->complete(id).name(), QStringLiteral("S_OK"));
    const QString numbered = f.localPath(QStringLiteral("report (1).pdf"));
    QCOMPARE(readAll(destination), QByteArray("old contents"));
    QCOMPARE(readAll(numbered), QByteArray("new contents"));
    QVERIFY(!QFile::exists(JobFiles::tempPath(id, destination)));

    QVERIFY(f.reopen().isSuccess());
    const std::optional<Job> done = historyJob(f, id);
    QVERIFY(done);
    QCOMPARE(done->state, JobState::Acknowledged);
    QCOMPARE(done->files.first().localPath, numbered); // where the file really is
}

void TestJobQueueFiles::cancelDeletesTemporaryFiles_data()
{
    QTest::addColumn<JobState>("state");
    QTest::newRow("TRANSFERRING") << JobState::Transferring; // a partial file
    QTest::newRow("TRANSFERRED") << JobState::Transferred; // a whole file, not yet completed
    QTest::newRow("ERROR") << JobState::Error;
    QTest::newRow("SUSPENDED") << JobState::Suspended;
}

void TestJobQueueFiles::cancelDeletesTemporaryFiles()
{
    QFETCH(JobState, state);
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, state);
    const QString destination = f.queue->job(id)->files.first().localPath;
    const QString temp = JobFiles::tempPath(id, destination);
    if (!QFile::exists(temp))
        QVERIFY(writeFile(temp, "partial"));
    QSignalSpy removed(f.queue.get(), &JobQueue::jobRemoved);

    // §2.4: all files, completed and partial, are deleted.
    QCOMPARE(f.queue->cancel(id).name(), QStringLiteral("S_OK"));
    QVERIFY(!QFile::exists(temp));
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!f.queue->job(id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).value<JobState>(), JobState::Cancelled);
    // Nothing of the job is left beside the store.
    QStringList left = QDir(f.dir()).entryList(QDir::Files);
    left.removeIf(
        [](const QString &name) { return name.startsWith(QLatin1String("jobs.sqlite")); });
    QCOMPARE(left, QStringList());

    QVERIFY(f.reopen().isSuccess());
    QVERIFY(!f.queue->job(id));
    const std::optional<Job> cancelled = historyJob(f, id);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, JobState::Cancelled);
}

QTEST_GUILESS_MAIN(TestJobQueueFiles)
#include "tst_jobqueuefiles.moc"
