// Acceptance: a child process that creates and changes jobs in a loop is killed with SIGKILL at
// random moments; the reopened store passes PRAGMA integrity_check and holds every job (and every
// change) whose call had returned.
#include "clock.h"
#include "jobqueue.h"
#include "jobstore.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Ferry;

namespace {

struct Expected
{
    int files = 0;
    int step = -1;
    QString state = QStringLiteral("SUSPENDED");
    bool cancelled = false;
};

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killNineLosesNothing();
};

void TestStoreCrash::killNineLosesNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("jobs.sqlite"));
    QHash<QString, Expected> expected;
    QRandomGenerator random(20261122);
    const int rounds = 8;

    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(FERRY_STORESTRESS));
        child.setArguments({ db, dir.path(), QString::number(round + 1) });
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start();
        QVERIFY(child.waitForStarted());
        // Kill after a random number of acknowledged calls, at a random point within the next one.
        const int lines = 50 + int(random.bounded(400));
        QByteArray output;
        while (output.count('\n') < lines) {
            QVERIFY2(child.waitForReadyRead(30000), "the child keeps working");
            output += child.readAllStandardOutput();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();

        QList<QByteArray> all = output.split('\n');
        all.removeLast(); // empty, or a line cut by the kill: not an acknowledged call
        for (const QByteArray &line : std::as_const(all)) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2)
                continue;
            const QString id = QString::fromLatin1(parts.at(1));
            const QString value = parts.size() > 2 ? QString::fromLatin1(parts.at(2)) : QString();
            Expected &e = expected[id];
            switch (parts.at(0).at(0)) {
            case 'F':
                e.files = value.toInt();
                break;
            case 'D':
                e.step = value.toInt();
                break;
            case 'S':
                e.state = value;
                break;
            case 'X':
                e.cancelled = true;
                break;
            default:
                break;
            }
        }

        JobStore store(db);
        QVERIFY(store.open().isSuccess());
        QCOMPARE(store.integrityCheck(), QStringLiteral("ok"));
        JobQueue queue(&store, Clock::system());
        QVERIFY(queue.load().isSuccess());
        QList<Job> history;
        QVERIFY(queue.history(&history).isSuccess());
        QHash<QString, Job> cancelled;
        for (const Job &j : std::as_const(history))
            cancelled.insert(j.id.toString(), j);

        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const JobId id = JobId::fromString(it.key());
            const Expected &e = it.value();
            if (e.cancelled) {
                QVERIFY2(cancelled.contains(it.key()), qPrintable(it.key()));
                QCOMPARE(cancelled.value(it.key()).state, JobState::Cancelled);
                continue;
            }
            // The call after the last acknowledged one may or may not have landed.
            const Job *job = queue.job(id);
            if (!job) {
                QVERIFY2(cancelled.contains(it.key()),
                         qPrintable(QStringLiteral("lost job ") + it.key()));
                continue;
            }
            QVERIFY2(job->files.size() == e.files || job->files.size() == e.files + 1,
                     qPrintable(QStringLiteral("%1: %2 files, %3 acknowledged")
                                    .arg(it.key())
                                    .arg(job->files.size())
                                    .arg(e.files)));
            if (e.step >= 0)
                QVERIFY2(job->description.toInt() >= e.step, qPrintable(it.key()));
        }
        // Each acknowledged state change is there unless one later call changed it again.
        int sameState = 0;
        int withState = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const Job *job = queue.job(JobId::fromString(it.key()));
            if (!job || it->cancelled)
                continue;
            ++withState;
            if (bitsName(job->state) == it->state)
                ++sameState;
        }
        QVERIFY2(withState - sameState <= 1,
                 qPrintable(QStringLiteral("%1 of %2 states differ")
                                .arg(withState - sameState)
                                .arg(withState)));
    }
    QVERIFY(expected.size() > 20);
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
