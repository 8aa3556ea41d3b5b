// JobQueue against spec §2.1–§2.4 and §3, through a real JobStore in a temporary directory. The
// acceptance matrix walks every state × every call × every job type, checks the Result and the
// resulting state against §2.3, then reopens the store as a restart would and checks that the
// state and the changed property survived. Files on disk: tst_jobqueuefiles; limits, timers and
// errors: tst_jobqueuelimits.
#include "jobfixture.h"

#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace Ferry;
using Ferry::Test::JobFixture;

namespace {

// Final jobs no longer enumerate (§2.1, §1.3) but calls on them are refused with
// BG_E_INVALID_STATE (§2.3 "✗" columns, §2.4 Resume/Cancel/Complete return values).
bool finalState(JobState s)
{
    return s == JobState::Acknowledged || s == JobState::Cancelled;
}

// A job that was CONNECTING or TRANSFERRING when the process ended comes back QUEUED (§2.2).
JobState afterRestart(JobState s)
{
    return s == JobState::Connecting || s == JobState::Transferring ? JobState::Queued : s;
}

// The job wherever it is: in the queue, or in the history once it reached a final state.
std::optional<Job> findJob(const JobFixture &f, const JobId &id)
{
    return f.find(id);
}

enum class Method {
    Resume,
    Suspend,
    Cancel,
    Complete,
    AddFile,
    SetPriority,
    SetDisplayName,
    SetDescription,
    SetNoProgressTimeout,
    SetMinimumRetryDelay,
    SetNotifyFlags,
    SetNotifyCmdLine,
    SetReplyFileName,
    SetCustomHeaders,
    SetCredentials,
    RemoveCredentials,
    SetProxySettings,
    SetRemoteName,
    SetAutoComplete,
};
constexpr int MethodCount = 19;

const char *methodName(Method m)
{
    static const char *const names[MethodCount] = { "resume",
                                                    "suspend",
                                                    "cancel",
                                                    "complete",
                                                    "addFile",
                                                    "setPriority",
                                                    "setDisplayName",
                                                    "setDescription",
                                                    "setNoProgressTimeout",
                                                    "setMinimumRetryDelay",
                                                    "setNotifyFlags",
                                                    "setNotifyCmdLine",
                                                    "setReplyFileName",
                                                    "setCustomHeaders",
                                                    "setCredentials",
                                                    "removeCredentials",
                                                    "setProxySettings",
                                                    "setRemoteName",
                                                    "setAutoComplete" };
    return names[int(m)];
}

// The values the setters write: none is a default, so a stored value proves the call took.
Credentials serverCredentials()
{
    return { AuthTarget::Server, AuthScheme::Basic, QStringLiteral("user"), QStringLiteral("pw") };
}
Credentials proxyCredentials()
{
    return { AuthTarget::Proxy, AuthScheme::Basic, QStringLiteral("puser"), QStringLiteral("pw") };
}
ProxySettings overrideProxy()
{
    return { ProxyUsage::Override, QStringLiteral("http://proxy.invalid:3128"),
             QStringLiteral("<local>") };
}
QStringList notifyCmdLine()
{
    return { QStringLiteral("/usr/bin/true"), QStringLiteral("--job") };
}
QUrl renamedUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:1/renamed"));
}
QString replyPath(const JobFixture &f)
{
    return f.localPath(QStringLiteral("reply.bin"));
}
const QString Headers = QStringLiteral("X-Ferry: 1\r\nX-Other: two\r\n");

Result call(Method m, JobFixture &f, const JobId &id, JobType type)
{
    JobQueue &q = *f.queue;
    switch (m) {
    case Method::Resume:
        return q.resume(id);
    case Method::Suspend:
        return q.suspend(id);
    case Method::Cancel:
        return q.cancel(id);
    case Method::Complete:
        return q.complete(id);
    case Method::AddFile:
        if (type == JobType::Download) {
            return q.addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/extra")),
                             f.localPath(QStringLiteral("extra.bin")));
        }
        return q.addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/up/extra")),
                         f.makeFile(QStringLiteral("extra-upload")));
    case Method::SetPriority:
        return q.setPriority(id, JobPriority::High);
    case Method::SetDisplayName:
        return q.setDisplayName(id, QStringLiteral("renamed"));
    case Method::SetDescription:
        return q.setDescription(id, QStringLiteral("described"));
    case Method::SetNoProgressTimeout:
        return q.setNoProgressTimeout(id, 3600);
    case Method::SetMinimumRetryDelay:
        return q.setMinimumRetryDelay(id, 60);
    case Method::SetNotifyFlags:
        return q.setNotifyFlags(id, 0x9); // JOB_TRANSFERRED | JOB_MODIFICATION
    case Method::SetNotifyCmdLine:
        return q.setNotifyCmdLine(id, notifyCmdLine());
    case Method::SetReplyFileName:
        return q.setReplyFileName(id, replyPath(f));
    case Method::SetCustomHeaders:
        return q.setCustomHeaders(id, Headers);
    case Method::SetCredentials:
        return q.setCredentials(id, serverCredentials());
    case Method::RemoveCredentials:
        return q.removeCredentials(id, AuthTarget::Server, AuthScheme::Basic);
    case Method::SetProxySettings:
        return q.setProxySettings(id, overrideProxy());
    case Method::SetRemoteName:
        return q.setRemoteName(id, 0, renamedUrl());
    case Method::SetAutoComplete:
        return q.setAutoComplete(id, true);
    }
    return Result::E_FAIL;
}

// Whether the job shows the call's effect; nullopt for the calls whose effect is the state.
std::optional<bool> shows(Method m, const JobFixture &f, const Job &job)
{
    switch (m) {
    case Method::Resume:
    case Method::Suspend:
    case Method::Cancel:
    case Method::Complete:
        return std::nullopt;
    case Method::AddFile:
        return job.files.size() == 2;
    case Method::SetPriority:
        return job.priority == JobPriority::High;
    case Method::SetDisplayName:
        return job.displayName == QLatin1String("renamed");
    case Method::SetDescription:
        return job.description == QLatin1String("described");
    case Method::SetNoProgressTimeout:
        return job.noProgressTimeout == 3600u;
    case Method::SetMinimumRetryDelay:
        return job.minimumRetryDelay == 60u;
    case Method::SetNotifyFlags:
        return job.notifyFlags.toInt() == 0x9;
    case Method::SetNotifyCmdLine:
        return job.notifyCmdLine == notifyCmdLine();
    case Method::SetReplyFileName:
        return job.replyFileName == replyPath(f);
    case Method::SetCustomHeaders:
        return job.customHeaders == Headers;
    case Method::SetCredentials:
        return job.credentials == QList<Credentials> { serverCredentials() };
    case Method::RemoveCredentials: // the proxy pair set beforehand stays
        return job.credentials == QList<Credentials> { proxyCredentials() };
    case Method::SetProxySettings:
        return job.proxy == overrideProxy();
    case Method::SetRemoteName:
        return !job.files.isEmpty() && job.files.first().remoteUrl == renamedUrl();
    case Method::SetAutoComplete:
        return job.autoComplete;
    }
    return std::nullopt;
}

struct Expected
{
    Result result;
    JobState state;
};

// Spec §2.3 (with §2.4 and §3) for the job JobFixture::jobIn builds: one file, transferred from
// TRANSFERRED on. Written from the spec, not from JobRules.
Expected specExpectation(Method m, JobType type, JobState state)
{
    const bool download = type == JobType::Download;
    const Expected refused { Result::BG_E_INVALID_STATE, state };
    const Expected same { Result::S_OK, state };
    switch (m) {
    case Method::Resume:
        if (finalState(state))
            return refused;
        if (state == JobState::Suspended || state == JobState::TransientError
            || state == JobState::Error)
            return { Result::S_OK, JobState::Queued };
        // Already running; or TRANSFERRED with nothing new to transfer (note R: Ferry answers
        // S_OK and the job stays TRANSFERRED).
        return same;
    case Method::Suspend:
        return finalState(state) ? refused : Expected { Result::S_OK, JobState::Suspended };
    case Method::Cancel:
        return finalState(state) ? refused : Expected { Result::S_OK, JobState::Cancelled };
    case Method::Complete:
        if (finalState(state))
            return refused;
        if (state == JobState::Transferred)
            return { Result::S_OK, JobState::Acknowledged };
        // A download completes in any state, keeping the finished files (none here): partial.
        return download ? Expected { Result::BG_S_PARTIAL_COMPLETE, JobState::Acknowledged }
                        : refused;
    case Method::AddFile:
        if (finalState(state))
            return refused;
        // An upload job holds exactly one file, and jobIn gave it one.
        return download ? same : Expected { Result::BG_E_TOO_MANY_FILES, state };
    case Method::SetReplyFileName:
        if (type != JobType::UploadReply)
            return { Result::E_NOTIMPL, state };
        // Only until the reply download starts; in TRANSFERRED the reply is already there.
        return finalState(state) || state == JobState::Transferred ? refused : same;
    case Method::SetRemoteName:
        if (!download)
            return { Result::E_NOTIMPL, state };
        return finalState(state) ? refused : same;
    default: // every other Set*: any non-final state
        return finalState(state) ? refused : same;
    }
}

// The properties a refused call must leave alone.
bool sameProperties(const Job &a, const Job &b)
{
    if (a.files.size() != b.files.size())
        return false;
    for (int i = 0; i < a.files.size(); ++i) {
        if (a.files.at(i).remoteUrl != b.files.at(i).remoteUrl
            || a.files.at(i).localPath != b.files.at(i).localPath)
            return false;
    }
    return a.type == b.type && a.priority == b.priority && a.displayName == b.displayName
        && a.description == b.description && a.noProgressTimeout == b.noProgressTimeout
        && a.minimumRetryDelay == b.minimumRetryDelay && a.notifyFlags == b.notifyFlags
        && a.notifyCmdLine == b.notifyCmdLine && a.replyFileName == b.replyFileName
        && a.customHeaders == b.customHeaders && a.credentials == b.credentials
        && a.proxy == b.proxy && a.autoComplete == b.autoComplete
        && a.times.modification == b.times.modification;
}

void verifyEffect(Method m, const JobFixture &f, const Job &before, const Job &after, bool accepted)
{
    if (const std::optional<bool> changed = shows(m, f, after))
        QCOMPARE(*changed, accepted);
    if (accepted) {
        // §6.1: every accepted call moves ModificationTime on.
        QCOMPARE(after.times.modification, f.clock.now());
    } else {
        QVERIFY(sameProperties(before, after));
    }
}

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void methodStateMatrix_data();
    void methodStateMatrix();

    void createdJobIsSuspendedAndEmpty();
    void defaults_data();
    void defaults();
    void resumeEmptyJob_data();
    void resumeEmptyJob();
    void callsNotImplementedForType_data();
    void callsNotImplementedForType();
    void unknownJobIsNotFound();
    void stateAfterRestart_data();
    void stateAfterRestart();
    void resumeTransferred();
};

void TestJobQueue::methodStateMatrix_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<JobType>("type");
    QTest::addColumn<JobState>("state");
    for (int m = 0; m < MethodCount; ++m) {
        for (int t = 0; t < JobTypeCount; ++t) {
            for (int s = 0; s < JobStateCount; ++s) {
                const auto type = JobType(t);
                const auto state = JobState(s);
                QTest::addRow("%s/%s/%s", methodName(Method(m)), qPrintable(bitsName(type)),
                              qPrintable(bitsName(state)))
                    << m << type << state;
            }
        }
    }
}

void TestJobQueue::methodStateMatrix()
{
    QFETCH(int, method);
    QFETCH(JobType, type);
    QFETCH(JobState, state);
    const auto m = Method(method);
    const Expected want = specExpectation(m, type, state);
    const bool accepted = want.result.isSuccess();

    JobFixture f;
    const JobId id = f.jobIn(type, state);
    if (m == Method::RemoveCredentials && !finalState(state)) {
        QVERIFY(f.queue->setCredentials(id, serverCredentials()).isSuccess());
        QVERIFY(f.queue->setCredentials(id, proxyCredentials()).isSuccess());
    }
    const std::optional<Job> before = findJob(f, id);
    QVERIFY(before);
    QCOMPARE(before->state, state);
    f.clock.advance(60);

    const Result result = call(m, f, id, type);
    QCOMPARE(result.name(), want.result.name());

    // Right after the call. Final jobs have left the queue and are in the history (§2.1).
    QCOMPARE(f.queue->job(id) != nullptr, !finalState(want.state));
    std::optional<Job> after = findJob(f, id);
    QVERIFY(after);
    QCOMPARE(after->state, want.state);
    verifyEffect(m, f, *before, *after, accepted);
    if (QTest::currentTestFailed())
        return;

    // After a restart: the call was on disk when it returned.
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id) != nullptr, !finalState(want.state));
    after = findJob(f, id);
    QVERIFY(after);
    QCOMPARE(after->state, afterRestart(want.state));
    verifyEffect(m, f, *before, *after, accepted);
}

void TestJobQueue::createdJobIsSuspendedAndEmpty()
{
    JobFixture f;
    QSignalSpy added(f.queue.get(), &JobQueue::jobAdded);
    JobId id;
    QCOMPARE(f.queue->createJob(QStringLiteral("new"), JobType::Download, &id).name(),
             QStringLiteral("S_OK"));
    QVERIFY(!id.isNull());
    QCOMPARE(added.count(), 1);
    QCOMPARE(f.queue->jobIds(), QList<JobId> { id });
    const Job *job = f.queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->state, JobState::Suspended);
    QVERIFY(job->files.isEmpty());
    QVERIFY(job->error.isNull());

    QVERIFY(f.reopen().isSuccess());
    job = f.queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->state, JobState::Suspended);
    QVERIFY(job->files.isEmpty());
}

void TestJobQueue::defaults_data()
{
    QTest::addColumn<JobType>("type");
    for (int t = 0; t < JobTypeCount; ++t)
        QTest::newRow(qPrintable(bitsName(JobType(t)))) << JobType(t);
}

void TestJobQueue::defaults()
{
    QFETCH(JobType, type);
    JobFixture f;
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("defaults"), type, &id).isSuccess());
    for (int pass = 0; pass < 2; ++pass) {
        const Job *job = f.queue->job(id);
        QVERIFY(job);
        QCOMPARE(job->type, type);
        QCOMPARE(job->displayName, QStringLiteral("defaults"));
        QCOMPARE(job->priority, JobPriority::Normal); // §1.7
        QCOMPARE(job->noProgressTimeout, 1209600u); // §5.1: 14 days
        QCOMPARE(job->minimumRetryDelay, 600u); // §5.1: 10 minutes
        QCOMPARE(job->notifyFlags.toInt(), 0x3); // §7.1 [IMPL]: TRANSFERRED | ERROR
        QCOMPARE(job->errorCount, 0u);
        QCOMPARE(job->proxy.usage, ProxyUsage::System); // PRECONFIG
        QVERIFY(job->description.isEmpty());
        QVERIFY(job->credentials.isEmpty());
        QVERIFY(job->customHeaders.isEmpty());
        QVERIFY(job->notifyCmdLine.isEmpty());
        QCOMPARE(job->times.creation, f.clock.now());
        QCOMPARE(job->times.modification, f.clock.now());
        QVERIFY(!job->times.transferCompletion.isValid());
        QVERIFY(f.reopen().isSuccess());
    }
}

void TestJobQueue::resumeEmptyJob_data()
{
    defaults_data();
}

void TestJobQueue::resumeEmptyJob()
{
    QFETCH(JobType, type);
    JobFixture f;
    JobId id;
    QVERIFY(f.queue->createJob(QStringLiteral("empty"), type, &id).isSuccess());
    QCOMPARE(f.queue->resume(id).name(), QStringLiteral("BG_E_EMPTY"));
    QCOMPARE(f.queue->job(id)->state, JobState::Suspended);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->state, JobState::Suspended);
}

void TestJobQueue::callsNotImplementedForType_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<JobType>("type");
    QTest::addColumn<QString>("expected");
    const QString notImpl = QStringLiteral("E_NOTIMPL");
    const QString reply = QStringLiteral("setReplyFileName");
    const QString remote = QStringLiteral("setRemoteName");
    QTest::newRow("setReplyFileName/DOWNLOAD") << reply << JobType::Download << notImpl;
    QTest::newRow("setReplyFileName/UPLOAD") << reply << JobType::Upload << notImpl;
    QTest::newRow("setReplyFileName/UPLOAD_REPLY")
        << reply << JobType::UploadReply << QStringLiteral("S_OK");
    QTest::newRow("setRemoteName/UPLOAD") << remote << JobType::Upload << notImpl;
    QTest::newRow("setRemoteName/UPLOAD_REPLY") << remote << JobType::UploadReply << notImpl;
    QTest::newRow("setRemoteName/DOWNLOAD")
        << remote << JobType::Download << QStringLiteral("S_OK");
}

void TestJobQueue::callsNotImplementedForType()
{
    QFETCH(QString, method);
    QFETCH(JobType, type);
    QFETCH(QString, expected);
    JobFixture f;
    const JobId id = f.jobIn(type, JobState::Suspended);
    const Method m = method == QLatin1String("setReplyFileName") ? Method::SetReplyFileName
                                                                 : Method::SetRemoteName;
    QCOMPARE(call(m, f, id, type).name(), expected);
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(shows(m, f, *f.queue->job(id)).value(), expected == QLatin1String("S_OK"));
}

void TestJobQueue::unknownJobIsNotFound()
{
    JobFixture f;
    const JobId unknown = JobId::create();
    for (int m = 0; m < MethodCount; ++m) {
        QCOMPARE(call(Method(m), f, unknown, JobType::Download).name(),
                 QStringLiteral("BG_E_NOT_FOUND"));
    }
    QVERIFY(!f.queue->job(unknown));
}

void TestJobQueue::stateAfterRestart_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<JobState>("restarted");
    for (int s = 0; s < JobStateCount; ++s) {
        const auto state = JobState(s);
        if (!finalState(state))
            QTest::newRow(qPrintable(bitsName(state))) << state << afterRestart(state);
    }
}

void TestJobQueue::stateAfterRestart()
{
    QFETCH(JobState, state);
    QFETCH(JobState, restarted);
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, state);
    QCOMPARE(f.queue->job(id)->state, state);
    QVERIFY(f.reopen().isSuccess());
    QVERIFY(f.queue->job(id));
    QCOMPARE(f.queue->job(id)->state, restarted);
    // The reset itself is stored: a second restart sees the same.
    QVERIFY(f.reopen().isSuccess());
    QCOMPARE(f.queue->job(id)->state, restarted);
}

void TestJobQueue::resumeTransferred()
{
    JobFixture f;
    const JobId id = f.jobIn(JobType::Download, JobState::Transferred);
    // Note R, Ferry's choice: nothing new to transfer → S_OK and the job stays TRANSFERRED.
    QCOMPARE(f.queue->resume(id).name(), QStringLiteral("S_OK"));
    QCOMPARE(f.queue->job(id)->state, JobState::Transferred);

    // A file added after the transfer is fetched on Resume.
    QVERIFY(f.queue
                ->addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/more")),
                          f.localPath(QStringLiteral("more.bin")))
                .isSuccess());
    QCOMPARE(f.queue->job(id)->state, JobState::Transferred); // "ok (then Resume to transfer)"
    QCOMPARE(f.queue->resume(id).name(), QStringLiteral("S_OK"));
    QCOMPARE(f.queue->job(id)->state, JobState::Queued);

    QVERIFY(f.reopen().isSuccess());
    const Job *job = f.queue->job(id);
    QVERIFY(job);
    QCOMPARE(job->state, JobState::Queued);
    QCOMPARE(job->files.size(), 2);
    QVERIFY(job->files.at(0).isTransferred());
    QVERIFY(!job->files.at(1).isTransferred());
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
