// Acceptance: ten downloads run in an engine process that is killed with SIGKILL at random moments
// twenty times and restarted each time; the stored offsets never run ahead of the data, no job is
// lost, and every file ends with the right SHA-256.
#include "clock.h"
#include "jobfiles.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Ferry;
using namespace Ferry::Test;

class TestDownloadCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killNineDuringTransfers();

private:
    void startHost(QProcess &host, bool untilEmpty);
    QTemporaryDir m_dir;
};

void TestDownloadCrash::startHost(QProcess &host, bool untilEmpty)
{
    QStringList args { m_dir.filePath(QStringLiteral("jobs.sqlite")),
                       m_dir.filePath(QStringLiteral("engine.lock")) };
    if (untilEmpty)
        args.append(QStringLiteral("--until-empty"));
    host.setProgram(QStringLiteral(FERRY_ENGINEHOST));
    host.setArguments(args);
    host.setProcessChannelMode(QProcess::ForwardedChannels);
    host.start();
    QVERIFY(host.waitForStarted());
}

void TestDownloadCrash::killNineDuringTransfers()
{
    TestHttpServer server;
    const int files = 10;
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    {
        JobStore store(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open().isSuccess());
        JobQueue queue(&store, Clock::system());
        QVERIFY(queue.load().isSuccess());
        for (int i = 0; i < files; ++i) {
            const QByteArray path = "/file" + QByteArray::number(i);
            TestHttpServer::Route route;
            route.seed = quint32(100 + i);
            route.size = (2 + i % 3) * 1024 * 1024 + i * 777;
            route.bytesPerSecond = 3 * 1024 * 1024;
            server.setRoute(path, route);
            NewJob job;
            job.displayName = QString::fromLatin1(path);
            job.files = { { server.url(QString::fromLatin1(path)),
                            QDir(out).filePath(QString::fromLatin1(path.mid(1))) } };
            job.resume = true;
            job.autoComplete = true; // Complete runs inside the engine, and gets killed too
            QVERIFY(queue.createJobs({ job }).isSuccess());
            QVERIFY(queue.setMinimumRetryDelay(queue.jobIds().last(), 5).isSuccess());
        }
    }

    // FERRY_CRASH_ROUNDS runs more rounds (and other kill points) than CI's 20.
    const int rounds = qEnvironmentVariableIntValue("FERRY_CRASH_ROUNDS") > 0
        ? qEnvironmentVariableIntValue("FERRY_CRASH_ROUNDS")
        : 20;
    QRandomGenerator random(quint32(qEnvironmentVariableIntValue("FERRY_CRASH_SEED") + 4711));
    for (int round = 0; round < rounds; ++round) {
        QProcess host;
        startHost(host, false);
        // Kill after a random amount of data went out: mid-transfer, at checkpoints, during
        // Complete. When everything is done early, the later rounds kill an idle engine.
        const qint64 target
            = server.bytesSent() + 100 * 1024 + qint64(random.bounded(2 * 1024 * 1024));
        QTRY_VERIFY_WITH_TIMEOUT(server.bytesSent() >= target || host.state() != QProcess::Running
                                     || server.bytesSent() >= 40 * 1024 * 1024,
                                 30000);
        qInfo("round %d: killed after %lld bytes sent in all", round, server.bytesSent());
        ::kill(pid_t(host.processId()), SIGKILL);
        QVERIFY(host.waitForFinished(10000));
        server.dropConnections();

        JobStore store(m_dir.filePath(QStringLiteral("jobs.sqlite")));
        QVERIFY(store.open().isSuccess());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        QList<Job> active;
        QList<Job> history;
        QVERIFY(store.loadActive(&active).isSuccess());
        QVERIFY(store.loadHistory(&history).isSuccess());
        QCOMPARE(active.size() + history.size(), files); // no job is ever lost
        for (const Job &job : std::as_const(active)) {
            for (const JobFile &f : job.files) {
                if (f.bytesTransferred == 0 || f.completed)
                    continue;
                // Invariant 1: the stored offset never runs ahead of the bytes on disk. Complete
                // killed after its rename, before the job was recorded ACKNOWLEDGED, left them
                // under the name it recorded; the next Complete finishes from there.
                const QFileInfo part(JobFiles::tempPath(job.id, f.localPath));
                const QFileInfo renamed(f.committing);
                const bool inPlace = !part.exists() && job.state == JobState::Transferred
                    && !f.committing.isEmpty() && renamed.size() == f.bytesTotal;
                QVERIFY2(inPlace || (part.exists() && part.size() >= f.bytesTransferred),
                         qPrintable(QStringLiteral("%1: stored %2, on disk %3 (recorded name "
                                                   "\"%4\", %5 bytes)")
                                        .arg(f.localPath)
                                        .arg(f.bytesTransferred)
                                        .arg(part.size())
                                        .arg(f.committing)
                                        .arg(renamed.size())));
            }
        }
    }

    QProcess host;
    startHost(host, true);
    // The server lives in this process: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(host.state() == QProcess::NotRunning, 120000);
    QCOMPARE(host.exitStatus(), QProcess::NormalExit);
    QCOMPARE(host.exitCode(), 0);

    JobStore store(m_dir.filePath(QStringLiteral("jobs.sqlite")));
    QVERIFY(store.open().isSuccess());
    QList<Job> history;
    QVERIFY(store.loadHistory(&history).isSuccess());
    QCOMPARE(history.size(), files);
    for (const Job &job : std::as_const(history)) {
        QCOMPARE(job.state, JobState::Acknowledged);
        const QString name = job.displayName;
        QFile file(job.files.first().localPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(job.files.first().localPath));
        QCOMPARE(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex(),
            QCryptographicHash::hash(server.content(name.toLatin1()), QCryptographicHash::Sha256)
                .toHex());
    }
    // Nothing is left behind: no temporary files, no numbered duplicates.
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), files);
}

QTEST_GUILESS_MAIN(TestDownloadCrash)
#include "tst_downloadcrash.moc"
