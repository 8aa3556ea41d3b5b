// JobQueue against spec §5 and §8: job, file-name and string limits, the timers (MinimumRetryDelay,
// NoProgressTimeout, JobInactivityTimeout), error counting and notification, and the history.
// Real JobStore in a temporary directory; a ManualClock moves time.
#include "jobfiles.h"
#include "jobfixture.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace Ferry;
using Ferry::Test::JobFixture;

namespace {

constexpr qint64 OneDay = 24 * 3600;

// The job wherever it is: in the queue, or in the history once it reached a final state.
std::optional<Job> findJob(const JobFixture &f, const JobId &id)
{
    return f.find(id);
}

} // namespace

class TestJobQueueLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tooManyJobsPerUser();
    void stringLimits_data();
    void stringLimits();
    void minimumRetryDelayFloor_data();
    void minimumRetryDelayFloor();
    void invalidNotifyFlags_data();
    void invalidNotifyFlags();
    void inactiveJobsAreCancelled();
    void errors_data();
    void errors();
    void errorCountOnlyGrows();
    void pruneHistory();
    void pruneChosenJobs();
};

void TestJobQueueLimits::tooManyJobsPerUser()
{
    JobLimits limits;
    limits.maxJobsPerUser = 2;
    JobFixture f(limits);
    JobId a;
    JobId b;
    JobId c;
    QVERIFY(f.queue->createJob(QStringLiteral("a"), JobType::Download, &a).isSuccess());
    QVERIFY(f.queue->createJob(QStringLiteral("b"), JobType::Upload, &b).isSuccess());
    QCOMPARE(f.queue->createJob(QStringLiteral("c"), JobType::Download, &c).name(),
             QStringLiteral("BG_E_TOO_MANY_JOBS_PER_USER"));
    QCOMPARE(f.queue->count(), 2);

    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->createJob(QStringLiteral("c"), JobType::Download, &c).name(),
             QStringLiteral("BG_E_TOO_MANY_JOBS_PER_USER"));
    // Only jobs still in the queue count (§2.4: finish jobs so they stop counting).
    QVERIFY(f.queue->cancel(a).isSuccess());
    QVERIFY(f.queue->createJob(QStringLiteral("c"), JobType::Download, &c).isSuccess());
    QCOMPARE(f.queue->count(), 2);
}

void TestJobQueueLimits::stringLimits_data()
{
    QTest::addColumn<QString>("setter");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    const QString ok = QStringLiteral("S_OK");
    const QString tooLong = QStringLiteral("BG_E_STRING_TOO_LONG");
    QTest::newRow("createJob 256") << QStringLiteral("createJob") << 256 << ok;
    QTest::newRow("createJob 257") << QStringLiteral("createJob") << 257 << tooLong;
    QTest::newRow("setDisplayName 256") << QStringLiteral("setDisplayName") << 256 << ok;
    QTest::newRow("setDisplayName 257") << QStringLiteral("setDisplayName") << 257 << tooLong;
    QTest::newRow("setDescription 1024") << QStringLiteral("setDescription") << 1024 << ok;
    QTest::newRow("setDescription 1025") << QStringLiteral("setDescription") << 1025 << tooLong;
}

void TestJobQueueLimits::stringLimits()
{
    QFETCH(QString, setter);
    QFETCH(int, length);
    QFETCH(QString, expected);
    const QString text(length, QLatin1Char('x'));
    const bool accepted = expected == QLatin1String("S_OK");
    JobFixture f;

    if (setter == QLatin1String("createJob")) {
        JobId id;
        QCOMPARE(f.queue->createJob(text, JobType::Download, &id).name(), expected);
        QVERIFY(f.reopen().isSuccess());
        QCOMPARE(f.queue->count(), accepted ? 1 : 0);
        if (accepted)
            QCOMPARE(f.queue->job(id)->displayName, text);
        return;
    }
    const JobId id = f.jobIn(JobType::Download, JobState::Suspended);
    const bool name = setter == QLatin1String("setDisplayName");
    const Result r = name ? f.queue->setDisplayName(id, text) : f.queue->setDescription(id, text);
    QCOMPARE(r.name(), expected);
    QVERIFY(f.reopen().isSuccess());
    const Job *job = f.queue->job(id);
    QVERIFY(job);
    const QString stored = name ? job->displayName : job->description;
    QCOMPARE(stored, accepted ? text : (name ? QStringLiteral("job") : QString()));
}

void TestJobQueueLimits::minimumRetryDelayFloor_data()
{
    QTest::addColumn<quint32>("seconds");
    QTest::addColumn<quint32>("stored");
    QTest::newRow("0") << 0u << 5u;
    QTest::newRow("1") << 1u << 5u;
    QTest::newRow("4") << 4u << 5u;
    QTest::newRow("5") << 5u << 5u;
    QTest::newRow("6") << 6u << 6u;
    QTest::newRow("60") << 60u << 60u;
}

void TestJobQueueLimits::minimumRetryDelayFloor()
{
    QFETCH(quint32, seconds);
    QFETCH(quint32, stored);
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, JobState::Suspended);
    QVERIFY(f.queue->setMinimumRetryDelay(id, seconds).isSuccess()); // raised, not refused
    QCOMPARE(f.queue->job(id)->minimumRetryDelay, stored);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->minimumRetryDelay, stored);
}

void TestJobQueueLimits::invalidNotifyFlags_data()
{
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0x40") << 0x40u << QStringLiteral("E_NOTIMPL");
    QTest::newRow("0x80000001") << 0x80000001u << QStringLiteral("E_NOTIMPL");
    QTest::newRow("0x3f") << 0x3fu << QStringLiteral("S_OK");
    QTest::newRow("0") << 0x0u << QStringLiteral("S_OK");
}

void TestJobQueueLimits::invalidNotifyFlags()
{
    QFETCH(quint32, flags);
    QFETCH(QString, expected);
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, JobState::Queued);
    QCOMPARE(f.queue->setNotifyFlags(id, flags).name(), expected);
    QVERIFY(f.reopen().isSuccess());
    const quint32 stored = expected == QLatin1String("S_OK") ? flags : 0x3u;
    QCOMPARE(quint32(f.queue->job(id)->notifyFlags.toInt()), stored);
}

void TestJobQueueLimits::inactiveJobsAreCancelled()
{
    JobFixture f;
    const JobId stale = f.jobIn(JobType::Download, JobState::Transferring);
    const QString staleTemp
        = JobFiles::tempPath(stale, f.queue->job(stale)->files.first().localPath);
    {
        QFile part(staleTemp);
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("12");
    }
    const JobId touched = f.jobIn(JobType::Upload, JobState::Suspended);
    const JobId progressing = f.jobIn(JobType::Download, JobState::Transferring);

    f.clock.advance(90 * OneDay - 1);
    QCOMPARE(f.queue->expireInactive(), 0);
    // Property changes and transfer progress reset the timer (§5.1).
    QVERIFY(f.queue->setDescription(touched, QStringLiteral("still wanted")).isSuccess());
    QVERIFY(f.ledger().setFileProgress(progressing, 0, 1, 10).isSuccess());

    f.clock.advance(2); // stale: 90 days + 1 s without a change
    QSignalSpy removed(f.queue.get(), &JobQueue::jobRemoved);
    QCOMPARE(f.queue->expireInactive(), 1);
    QCOMPARE(removed.count(), 1);
    QVERIFY(!f.queue->job(stale));
    QVERIFY(f.queue->job(touched));
    QVERIFY(f.queue->job(progressing));
    QVERIFY(!QFile::exists(staleTemp)); // downloaded data is discarded with the job

    QVERIFY(f.reopen().isSuccess());
    QVERIFY(!f.queue->job(stale));
    QVERIFY(f.queue->job(touched));
    const std::optional<Job> cancelled = findJob(f, stale);
    QVERIFY(cancelled);
    QCOMPARE(cancelled->state, JobState::Cancelled);
}

void TestJobQueueLimits::errors_data()
{
    QTest::addColumn<bool>("transient");
    QTest::addColumn<quint32>("noProgressTimeout");
    QTest::addColumn<quint32>("minimumRetryDelay");
    QTest::addColumn<Result>("code");
    QTest::addColumn<JobState>("expected");
    QTest::addColumn<quint32>("errorCount");
    QTest::addColumn<bool>("failed");
    const Result http503 = Result::httpError(503);
    QTest::newRow("transient") << true << 1209600u << 600u << http503 << JobState::TransientError
                               << 1u << false;
    QTest::newRow("fatal") << false << 1209600u << 600u << Result::httpError(403) << JobState::Error
                           << 1u << true;
    QTest::newRow("NoProgressTimeout 0")
        << true << 0u << 600u << http503 << JobState::Error << 1u << true;
    QTest::newRow("MinimumRetryDelay > NoProgressTimeout")
        << true << 60u << 600u << http503 << JobState::Error << 1u << true;
    QTest::newRow("network disconnected not counted")
        << true << 1209600u << 600u << Result(Result::BG_E_NETWORK_DISCONNECTED)
        << JobState::TransientError << 0u << false;
}

void TestJobQueueLimits::errors()
{
    QFETCH(bool, transient);
    QFETCH(quint32, noProgressTimeout);
    QFETCH(quint32, minimumRetryDelay);
    QFETCH(Result, code);
    QFETCH(JobState, expected);
    QFETCH(quint32, errorCount);
    QFETCH(bool, failed);
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, JobState::Connecting);
    QVERIFY(f.queue->setNoProgressTimeout(id, noProgressTimeout).isSuccess());
    QVERIFY(f.queue->setMinimumRetryDelay(id, minimumRetryDelay).isSuccess());
    QSignalSpy jobFailed(f.queue.get(), &JobQueue::jobFailed);

    const JobError error { ErrorContext::RemoteFile, code, QStringLiteral("boom"), 0 };
    QVERIFY(f.ledger().reportError(id, error, transient).isSuccess());
    QCOMPARE(f.queue->job(id)->state, expected);
    QCOMPARE(f.queue->job(id)->errorCount, errorCount);
    // JobError fires on entry to ERROR only, never for TRANSIENT_ERROR (§7.1).
    QCOMPARE(jobFailed.count(), failed ? 1 : 0);
    if (failed)
        QCOMPARE(jobFailed.at(0).at(0).value<JobId>(), id);

    QVERIFY(f.reopen().isSuccess());
    const Job *job = f.queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->state, expected);
    QCOMPARE(job->errorCount, errorCount);
    QCOMPARE(job->error.code.name(), code.name());
    QCOMPARE(job->error.context, ErrorContext::RemoteFile);
}

void TestJobQueueLimits::errorCountOnlyGrows()
{
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, JobState::TransientError);
    QCOMPARE(f.queue->job(id)->errorCount, 1u);
    const JobError error { ErrorContext::RemoteFile, Result::httpError(503), {}, 0 };
    // Every failed retry counts (§5.2).
    QVERIFY(f.queue->resume(id).isSuccess());
    QVERIFY(f.ledger().setTransferState(id, JobState::Connecting).isSuccess());
    QVERIFY(f.ledger().reportError(id, error, true).isSuccess());
    QCOMPARE(f.queue->job(id)->errorCount, 2u);
    QVERIFY(f.queue->resume(id).isSuccess());
    QVERIFY(f.ledger().setTransferState(id, JobState::Connecting).isSuccess());
    QVERIFY(f.ledger().reportError(id, error, false).isSuccess());
    QCOMPARE(f.queue->job(id)->state, JobState::Error);
    QCOMPARE(f.queue->job(id)->errorCount, 3u);
    // Never reset: not by Resume, not by a restart.
    QVERIFY(f.queue->resume(id).isSuccess());
    QCOMPARE(f.queue->job(id)->state, JobState::Queued);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->errorCount, 3u);
}

void TestJobQueueLimits::pruneHistory()
{
    JobFixture f;
    const JobId active = f.jobIn(JobType::Download, JobState::Suspended);
    const JobId old = f.jobIn(JobType::Download, JobState::Cancelled);
    f.clock.advance(30 * OneDay);
    const JobId recent = f.jobIn(JobType::Upload, JobState::Acknowledged);

    QList<JobId> removed;
    QVERIFY(
        f.queue->pruneHistory({ f.clock.now().addSecs(-10 * OneDay), {} }, &removed).isSuccess());
    QCOMPARE(removed, QList<JobId> { old });
    QVERIFY(!findJob(f, old));

    QVERIFY(f.reopen().isSuccess());
    QList<Job> history;
    QVERIFY(f.queue->history(&history).isSuccess());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().id, recent);
    QCOMPARE(history.first().state, JobState::Acknowledged);
    QVERIFY(f.queue->job(active)); // only final jobs are history
}

void TestJobQueueLimits::pruneChosenJobs()
{
    JobFixture f;
    const JobId active = f.jobIn(JobType::Download, JobState::Suspended);
    const JobId a = f.jobIn(JobType::Download, JobState::Acknowledged);
    const JobId b = f.jobIn(JobType::Download, JobState::Cancelled);
    const JobId c = f.jobIn(JobType::Upload, JobState::Acknowledged);

    // Remove from List: only the named jobs, and only those in the history; an active job or an
    // unknown id among them is skipped, not an error.
    QList<JobId> removed;
    QVERIFY(f.queue->pruneHistory({ {}, { a, active, JobId::create(), c } }, &removed).isSuccess());
    QCOMPARE(removed, (QList<JobId> { a, c }));
    QVERIFY(f.queue->job(active));
    QVERIFY(f.reopen().isSuccess());
    QList<Job> history;
    QVERIFY(f.queue->history(&history).isSuccess());
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().id, b);

    // A named job still has to be older than `before` when both are given.
    QVERIFY(f.queue->pruneHistory({ f.clock.now().addSecs(-OneDay), { b } }, &removed).isSuccess());
    QVERIFY(removed.isEmpty());
    // Clear History with no age: every finished job, none of the queue.
    QVERIFY(f.queue->pruneHistory({}, &removed).isSuccess());
    QCOMPARE(removed, QList<JobId> { b });
    history.clear();
    QVERIFY(f.queue->history(&history).isSuccess());
    QVERIFY(history.isEmpty());
    QVERIFY(f.queue->job(active));
}

QTEST_GUILESS_MAIN(TestJobQueueLimits)
#include "tst_jobqueuelimits.moc"
