#include "jobfixture.h"
#include "notifycommand.h"

#include <QFile>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestNotifyCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnTransferredAndRetriesUntilHandled();
    void runsOnError();
    void honoursNotifyFlags();
    void runsForAnEventThatAlreadyHappened();

private:
    // A script that logs "<job> <state> <args>" and exits 0 from the `okFrom`-th run on.
    QString script(JobFixture &f, int okFrom);
    QStringList log(JobFixture &f);
};

QString TestNotifyCommand::script(JobFixture &f, int okFrom)
{
    const QString path = f.localPath(QStringLiteral("notify.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("#!/bin/sh\n"
                              "echo \"$FERRY_JOB_ID $FERRY_JOB_STATE $*\" >> '%1'\n"
                              "[ \"$(wc -l < '%1')\" -ge %2 ] && exit 0\n"
                              "exit 1\n")
                   .arg(f.localPath(QStringLiteral("notify.log")))
                   .arg(okFrom)
                   .toUtf8());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QStringList TestNotifyCommand::log(JobFixture &f)
{
    QFile file(f.localPath(QStringLiteral("notify.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestNotifyCommand::runsOnTransferredAndRetriesUntilHandled()
{
    JobFixture f;
    NotifyCommand notify(f.queue.get(), &f.clock);
    QSignalSpy finished(&notify, &NotifyCommand::finished);
    const JobId id = f.jobIn(JobType::Download, JobState::Transferring);
    QVERIFY(f.queue
                ->setNotifyCmdLine(
                    id, { script(f, 2), QStringLiteral("two words"), QStringLiteral("x") })
                .isSuccess());
    QVERIFY(f.queue->setMinimumRetryDelay(id, 5).isSuccess());
    QVERIFY(f.ledger().setFileProgress(id, 0, 5, 5).isSuccess());
    QVERIFY(f.ledger().markTransferred(id).isSuccess());
    // Exit 1 without completing the job: the program runs again after MinimumRetryDelay, not
    // before.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    f.clock.advance(4);
    QCOMPARE(f.clock.running("retry"), 1);
    QCOMPARE(finished.count(), 1);
    f.clock.advance(1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(finished.at(0).at(1).toInt(), 1);
    QCOMPARE(finished.at(1).at(1).toInt(), 0);
    const QString expected = id.toString() + QLatin1String(" TRANSFERRED two words x");
    QCOMPARE(log(f), (QStringList { expected, expected }));
}

void TestNotifyCommand::runsOnError()
{
    JobFixture f;
    NotifyCommand notify(f.queue.get(), &f.clock);
    QSignalSpy finished(&notify, &NotifyCommand::finished);
    const JobId id = f.jobIn(JobType::Download, JobState::Connecting);
    QVERIFY(f.queue->setNotifyCmdLine(id, { script(f, 1) }).isSuccess());
    QVERIFY(f.ledger()
                .reportError(id, { ErrorContext::RemoteFile, Result::httpError(404), {}, 0 }, false)
                .isSuccess());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(log(f), QStringList { id.toString() + QLatin1String(" ERROR ") });
}

void TestNotifyCommand::honoursNotifyFlags()
{
    JobFixture f;
    NotifyCommand notify(f.queue.get(), &f.clock);
    QSignalSpy finished(&notify, &NotifyCommand::finished);
    const QString program = script(f, 1);
    // Three jobs reach TRANSFERRED in one go: only the one whose flags ask for it runs.
    QList<JobId> ids;
    for (const quint32 flags : { quint32(0x2), quint32(0x1 | 0x4), quint32(0x1) }) {
        const JobId id = f.jobIn(JobType::Download, JobState::Transferring);
        QVERIFY(f.queue->setNotifyFlags(id, flags).isSuccess());
        QVERIFY(f.queue->setNotifyCmdLine(id, { program, QString::number(flags) }).isSuccess());
        QVERIFY(f.ledger().setFileProgress(id, 0, 5, 5).isSuccess());
        ids.append(id);
    }
    for (const JobId &id : std::as_const(ids))
        QVERIFY(f.ledger().markTransferred(id).isSuccess());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<JobId>(), ids.at(2));
    QCOMPARE(log(f), QStringList { ids.at(2).toString() + QLatin1String(" TRANSFERRED 1") });
}

void TestNotifyCommand::runsForAnEventThatAlreadyHappened()
{
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, JobState::Transferred);
    NotifyCommand notify(f.queue.get(), &f.clock);
    QSignalSpy finished(&notify, &NotifyCommand::finished);
    QVERIFY(f.queue->setNotifyCmdLine(id, { script(f, 1), QStringLiteral("late") }).isSuccess());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(log(f), QStringList { id.toString() + QLatin1String(" TRANSFERRED late") });
}

QTEST_GUILESS_MAIN(TestNotifyCommand)
#include "tst_notifycommand.moc"
