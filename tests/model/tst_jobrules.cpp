// JobRules against the method × state matrix of spec §2.3 (and the per-type rules of §3): every
// JobAction × every JobType × all nine JobStates. The expectation is a transcription of the spec
// written for this test; it never asks JobRules.
#include "jobrules.h"

#include <QMetaEnum>
#include <QtTest>

using namespace Ferry;

namespace {

struct Expected
{
    Result result;
    JobState state;
};

bool finalState(JobState s)
{
    return s == JobState::Acknowledged || s == JobState::Cancelled;
}

// Spec §2.3 read cell by cell, for a job that holds at least one file not yet transferred (the
// precondition JobRules states for its table).
Expected specMatrix(JobAction action, JobType type, JobState state)
{
    const bool download = type == JobType::Download;
    const Expected refused { Result::BG_E_INVALID_STATE, state };
    const Expected same { Result::S_OK, state };
    const Expected notImplemented { Result::E_NOTIMPL, state };

    switch (action) {
    case JobAction::Resume:
        if (finalState(state))
            return refused;
        switch (state) {
        case JobState::Suspended: // has a file: → QUEUED
        case JobState::TransientError: // retry now
        case JobState::Error:
            return { Result::S_OK, JobState::Queued };
        case JobState::Transferred:
            // Note R: files added after the transfer are transferred, so with a file still to
            // transfer the job is queued again. An upload job holds exactly one file, already
            // sent: nothing new can be there, and Ferry's choice for note R is S_OK, no change.
            return download ? Expected { Result::S_OK, JobState::Queued } : same;
        default: // QUEUED, CONNECTING, TRANSFERRING: "="
            return same;
        }
    case JobAction::Suspend:
        // "=" on SUSPENDED is S_OK too; ERROR and TRANSFERRED go to SUSPENDED (note S).
        return finalState(state) ? refused : Expected { Result::S_OK, JobState::Suspended };
    case JobAction::Cancel:
        return finalState(state) ? refused : Expected { Result::S_OK, JobState::Cancelled };
    case JobAction::Complete:
        if (finalState(state))
            return refused;
        // Downloads complete in every non-final state; uploads only once TRANSFERRED (§2.4, §3).
        if (download || state == JobState::Transferred)
            return { Result::S_OK, JobState::Acknowledged };
        return refused;
    case JobAction::AddFile:
    case JobAction::SetProperty:
        return finalState(state) ? refused : same;
    case JobAction::SetReplyFileName:
        // E_NOTIMPL for download and upload jobs (IBackgroundCopyJob2::SetReplyFileName).
        if (type != JobType::UploadReply)
            return notImplemented;
        // "Only until the reply download starts": a TRANSFERRED upload-reply job has its reply.
        if (finalState(state) || state == JobState::Transferred)
            return refused;
        return same;
    case JobAction::SetRemoteName:
        if (!download) // §3: E_NOTIMPL for upload and upload-reply jobs
            return notImplemented;
        return finalState(state) ? refused : same;
    case JobAction::GetError:
        // An error object exists only in ERROR and TRANSIENT_ERROR (§1.5), final states included.
        if (state == JobState::Error || state == JobState::TransientError)
            return same;
        return { Result::BG_E_ERROR_INFORMATION_UNAVAILABLE, state };
    }
    return { Result::E_FAIL, state };
}

QByteArray actionName(JobAction action)
{
    return QByteArray(QMetaEnum::fromType<JobAction>().valueToKey(int(action)));
}

} // namespace

class TestJobRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enumsAreComplete();
    void matrix_data();
    void matrix();
};

// The loops below walk 0..Count-1; make sure that is every value of each enum.
void TestJobRules::enumsAreComplete()
{
    QCOMPARE(QMetaEnum::fromType<JobAction>().keyCount(), JobActionCount);
    QCOMPARE(QMetaEnum::fromType<JobType>().keyCount(), JobTypeCount);
    QCOMPARE(QMetaEnum::fromType<JobState>().keyCount(), JobStateCount);
    for (int i = 0; i < JobStateCount; ++i)
        QVERIFY(QMetaEnum::fromType<JobState>().valueToKey(i));
}

void TestJobRules::matrix_data()
{
    QTest::addColumn<JobAction>("action");
    QTest::addColumn<JobType>("type");
    QTest::addColumn<JobState>("state");
    for (int a = 0; a < JobActionCount; ++a) {
        for (int t = 0; t < JobTypeCount; ++t) {
            for (int s = 0; s < JobStateCount; ++s) {
                const auto action = JobAction(a);
                const auto type = JobType(t);
                const auto state = JobState(s);
                QTest::addRow("%s/%s/%s", actionName(action).constData(),
                              qPrintable(bitsName(type)), qPrintable(bitsName(state)))
                    << action << type << state;
            }
        }
    }
}

void TestJobRules::matrix()
{
    QFETCH(JobAction, action);
    QFETCH(JobType, type);
    QFETCH(JobState, state);
    const Expected want = specMatrix(action, type, state);

    const JobRules::Outcome outcome = JobRules::apply(action, type, state);
    QCOMPARE(outcome.result.name(), want.result.name());
    QCOMPARE(outcome.state, want.state);
    QCOMPARE(JobRules::check(action, type, state).name(), want.result.name());

    // What the UI offers: allowed, and the job moves.
    const bool moves = want.result.isSuccess() && want.state != state;
    QCOMPARE(JobRules::changesState(action, type, state), moves);
}

QTEST_GUILESS_MAIN(TestJobRules)
#include "tst_jobrules.moc"
