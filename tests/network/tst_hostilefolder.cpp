// The download folder is hostile ground (RELIABILITY.md invariant 6): whatever another program
// puts at a temporary or final name — a symbolic link to a file outside the folder, a dangling
// link, a hard link, a FIFO — is never followed, written, blocked on or renamed into place, and
// the folder vanishing under a transfer ends in ERROR instead of bytes written into a file no
// name reaches.
#include "downloadfixture.h"
#include "jobfiles.h"

#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int kTimeout = 20000;
const QByteArray kPrecious = "the user's own file, outside the download folder\n";

bool symlinkTo(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData())
        == 0;
}

QString tempOf(const DownloadFixture &d, const JobId &id)
{
    return JobFiles::tempPath(id, d.f.queue->job(id)->files.at(0).localPath);
}

} // namespace

class TestHostileFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linkAtTemporaryNameIsRefused_data();
    void linkAtTemporaryNameIsRefused();
    void danglingLinkCreatesNothing();
    void linkPlantedBetweenRetriesIsRefused();
    void segmentedReopenRefusesLink();
    void linkAtCompleteIsNotRenamedIntoPlace();
    void fifoDoesNotBlockTheEngine();
    void folderDeletedMidTransfer();
    void replyFileLinkIsRefused();

private:
    // A folder beside the download folder that holds the file a link points at.
    QString outside(const DownloadFixture &d)
    {
        const QString dir = d.f.localPath(QStringLiteral("outside"));
        QDir().mkpath(dir);
        const QString path = dir + QLatin1String("/precious.txt");
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(kPrecious);
        return path;
    }
};

void TestHostileFolder::linkAtTemporaryNameIsRefused_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("hardLink");
    QTest::newRow("symbolic link") << qint64(200000) << false;
    QTest::newRow("hard link") << qint64(200000) << true;
}

void TestHostileFolder::linkAtTemporaryNameIsRefused()
{
    QFETCH(qint64, size);
    QFETCH(bool, hardLink);
    DownloadFixture d;
    const QString precious = outside(d);
    const JobId id = d.job("/f.bin", size);
    const QString temp = tempOf(d, id);
    if (hardLink)
        QVERIFY(::link(QFile::encodeName(precious).constData(), QFile::encodeName(temp).constData())
                == 0);
    else
        QVERIFY(symlinkTo(precious, temp));

    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.context, ErrorContext::LocalFile);
    QCOMPARE(job->error.code.name(), QStringLiteral("E_ACCESSDENIED"));
    QVERIFY2(job->error.description.contains(temp), qPrintable(job->error.description));
    QCOMPARE(DownloadFixture::read(precious), kPrecious); // untouched
    QCOMPARE(d.server.requestsFor("/f.bin").size(), 0);
    // Cancel leaves what is not Ferry's alone too.
    QCOMPARE(d.f.queue->cancel(id), Result(Result::BG_S_UNABLE_TO_DELETE_FILES));
    QCOMPARE(DownloadFixture::read(precious), kPrecious);
    QVERIFY(QFileInfo(temp).isSymLink() || hardLink);
}

void TestHostileFolder::danglingLinkCreatesNothing()
{
    DownloadFixture d;
    const QString target = d.f.localPath(QStringLiteral("outside/created-by-ferry.bin"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    const JobId id = d.job("/f.bin", 100000);
    QVERIFY(symlinkTo(target, tempOf(d, id)));
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("E_ACCESSDENIED"));
    QVERIFY(!QFileInfo::exists(target));
}

void TestHostileFolder::linkPlantedBetweenRetriesIsRefused()
{
    DownloadFixture d;
    const QString precious = outside(d);
    const JobId id = d.job("/f.bin", 300000);
    TestHttpServer::Fault reset;
    reset.resetAfter = 100000;
    d.server.addFault("/f.bin", reset);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::TransientError, kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    // Between two attempts the temporary file is swapped for a link. The link points at a file
    // of the same size: only the identity tells them apart.
    const QString temp = tempOf(d, id);
    const qint64 stored = d.f.queue->job(id)->files.at(0).bytesTransferred;
    QVERIFY(stored > 0);
    QFile grow(precious);
    QVERIFY(grow.resize(QFileInfo(temp).size()));
    QVERIFY(QFile::remove(temp));
    QVERIFY(symlinkTo(precious, temp));
    const QByteArray before = DownloadFixture::read(precious);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(DownloadFixture::read(precious), before);

    // A regular file of someone else's put there instead is not adopted either.
    QVERIFY(QFile::remove(temp));
    QVERIFY(QFile::copy(precious, temp));
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QVERIFY2(d.f.queue->job(id)->error.description.contains(QLatin1String("not the file")),
             qPrintable(d.f.queue->job(id)->error.description));
    // Removed by the user: Resume fetches the file again and it ends right.
    QVERIFY(QFile::remove(temp));
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("f.bin"))),
             d.server.content("/f.bin"));
}

void TestHostileFolder::segmentedReopenRefusesLink()
{
    DownloadFixture d;
    const QString precious = outside(d);
    TestHttpServer::Route route;
    route.size = 8 * 1024 * 1024;
    route.bytesPerSecond = 2 * 1024 * 1024;
    d.server.setRoute("/big.bin", route);
    const JobId id = d.job("/big.bin", -1);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(!d.f.queue->job(id)->files.at(0).segments.isEmpty()
                                 && d.f.queue->job(id)->files.at(0).bytesTransferred > 0,
                             kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    const QString temp = tempOf(d, id);
    QVERIFY(QFile::remove(temp));
    QVERIFY(symlinkTo(precious, temp));
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(DownloadFixture::read(precious), kPrecious); // neither cut to size nor written
}

void TestHostileFolder::linkAtCompleteIsNotRenamedIntoPlace()
{
    DownloadFixture d;
    const QString precious = outside(d);
    const JobId id = d.job("/f.bin", 50000);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const QString temp = tempOf(d, id);
    QVERIFY(QFile::remove(temp));
    QVERIFY(symlinkTo(precious, temp));

    const Result r = d.f.queue->complete(id);
    QCOMPARE(r.name(), QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(d.state(id), JobState::Transferred);
    const QString final = d.f.localPath(QStringLiteral("f.bin"));
    QVERIFY(!QFileInfo::exists(final) && !QFileInfo(final).isSymLink());
    QVERIFY(QFileInfo(temp).isSymLink());
    QCOMPARE(DownloadFixture::read(precious), kPrecious);
}

void TestHostileFolder::fifoDoesNotBlockTheEngine()
{
    DownloadFixture d;
    const JobId id = d.job("/f.bin", 100000);
    const JobId other = d.job("/g.bin", 100000);
    QVERIFY(::mkfifo(QFile::encodeName(tempOf(d, id)).constData(), 0600) == 0);
    // The engine runs in this thread: an open() that blocked on the FIFO would stop the test.
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QVERIFY(d.f.queue->resume(other).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::LocalFile);
    QTRY_COMPARE_WITH_TIMEOUT(d.state(other), JobState::Transferred, kTimeout);
    // Cancel does not open it either, and leaves it.
    QCOMPARE(d.f.queue->cancel(id), Result(Result::BG_S_UNABLE_TO_DELETE_FILES));
}

void TestHostileFolder::folderDeletedMidTransfer()
{
    DownloadFixture d;
    const QString folder = d.f.localPath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(folder));
    TestHttpServer::Route route;
    route.size = 2 * 1024 * 1024;
    route.bytesPerSecond = 1024 * 1024;
    d.server.setRoute("/f", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("gone"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue->addFile(id, d.server.url(QStringLiteral("/f")), folder + QLatin1String("/f"))
                .isSuccess());
    QVERIFY(d.f.queue->setSegments(id, 1).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(id)->files.at(0).bytesTransferred > 100 * 1024,
                             kTimeout);
    QVERIFY(QDir(folder).removeRecursively()); // while bytes keep arriving
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    const Job *job = d.f.queue->job(id);
    QCOMPARE(job->error.code.name(), QStringLiteral("ERROR_PATH_NOT_FOUND"));
    QCOMPARE(job->error.context, ErrorContext::LocalFile);
    QVERIFY(!job->files.at(0).isTransferred());

    QVERIFY(QDir().mkpath(folder));
    d.server.route("/f").bytesPerSecond = 0;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(folder + QLatin1String("/f")), d.server.content("/f"));
}

void TestHostileFolder::replyFileLinkIsRefused()
{
    DownloadFixture d;
    const QString precious = outside(d);
    const QString source = d.f.makeFile(QStringLiteral("up.bin"), QByteArray(5000, 'u'));
    d.server.setRoute("/app", {});
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("reply"), JobType::UploadReply, &id).isSuccess());
    QVERIFY(d.f.queue->addFile(id, d.server.url(QStringLiteral("/app")), source).isSuccess());
    const QString reply = d.f.localPath(QStringLiteral("answer.txt"));
    QVERIFY(d.f.queue->setReplyFileName(id, reply).isSuccess());
    QVERIFY(symlinkTo(precious, JobFiles::tempPath(id, reply)));
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(DownloadFixture::read(precious), kPrecious);
}

QTEST_GUILESS_MAIN(TestHostileFolder)
#include "tst_hostilefolder.moc"
