#pragma once

#include "job.h"
#include "jobcommands.h"
#include "joblimits.h"
#include "jobpatch.h"
#include "jobrules.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

namespace Ferry {

class Clock;
class JobStore;

// The BITS manager (IBackgroundCopyManager + IBackgroundCopyJob): it owns the in-memory truth of
// every job that is not final, enforces JobRules, and persists each accepted change through the
// JobStore before returning. It lives in the engine thread; clients reach it through EngineClient,
// the transfer engine through a QueueLedger (its reports of progress, errors and transitions).
class JobQueue : public QObject
{
    Q_OBJECT
public:
    JobQueue(JobStore *store, const Clock *clock, const JobLimits &limits = {},
             QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(JobQueue)

    // Loads the store's active jobs. A job that was CONNECTING or TRANSFERRING when the process
    // ended comes back QUEUED (BITS: the job simply continues).
    Result load();

    const JobLimits &limits() const { return m_limits; }
    const Clock *clock() const { return m_clock; }

    // -- manager ------------------------------------------------------------------------------
    Result createJob(const QString &displayName, JobType type, JobId *id);
    // Creates many jobs with their files in one transaction, all or nothing: the way a drop of
    // 10,000 links or a script's batch arrives. Each is validated as createJob + addFile would.
    Result createJobs(const QList<NewJob> &jobs, QList<JobId> *ids = nullptr);
    // nullptr when there is no such job in the queue (final jobs have left it).
    const Job *job(const JobId &id) const;
    // Jobs in creation order.
    const QList<JobId> &jobIds() const { return m_order; }
    int count() const { return int(m_order.size()); }
    // Final jobs, most recent first, read from the store (limit < 0: all).
    Result history(QList<Job> *jobs, int limit = -1) const;
    Result pruneHistory(const HistoryPrune &which, QList<JobId> *removed = nullptr);

    // The job a reference names: a full id as it is, a prefix when exactly one queued job
    // starts with it (BG_E_NOT_FOUND, or E_INVALIDARG when several do).
    Result resolve(const JobRef &ref, JobId *id) const;
    // The job a reference names, in the queue or else in the history: a prefix names the one
    // queued job that starts with it, else the one finished job (passwords included: callers
    // strip them).
    Result find(const JobRef &ref, Job *job) const;

    // -- job calls (spec §2.3) -----------------------------------------------------------------
    // Changes what the patch sets, all or nothing, in one write (JobPatcher checks it).
    Result apply(const JobId &id, const JobPatch &patch);
    Result addFile(const JobId &id, const QUrl &remoteUrl, const QString &localPath);
    Result resume(const JobId &id);
    Result suspend(const JobId &id);
    Result cancel(const JobId &id);
    Result complete(const JobId &id);

    Result setPriority(const JobId &id, JobPriority priority);
    Result setDisplayName(const JobId &id, const QString &name);
    Result setDescription(const JobId &id, const QString &text);
    Result setNoProgressTimeout(const JobId &id, quint32 seconds);
    Result setMinimumRetryDelay(const JobId &id, quint32 seconds);
    Result setNotifyFlags(const JobId &id, quint32 flags);
    Result setNotifyCmdLine(const JobId &id, const QStringList &programAndArguments);
    Result setReplyFileName(const JobId &id, const QString &path);
    Result setCustomHeaders(const JobId &id, const QString &headers);
    Result setCredentials(const JobId &id, const Credentials &credentials);
    Result removeCredentials(const JobId &id, AuthTarget target, AuthScheme scheme);
    Result setProxySettings(const JobId &id, const ProxySettings &proxy);
    Result setRemoteName(const JobId &id, int fileIndex, const QUrl &remoteUrl);
    Result setAutoComplete(const JobId &id, bool on);
    // Ferry's per-job transfer options: a speed limit in bytes per second (0: none) and the
    // connections per large file (0: the engine's setting, 1..16).
    Result setSpeedLimit(const JobId &id, qint64 bytesPerSecond);
    Result setSegments(const JobId &id, int segments);
    // Upload jobs: the protocol and the POST form field. The tus session is the engine's (a
    // change of protocol forgets it).
    Result setUploadOptions(const JobId &id, const UploadOptions &options);

    // Cancels every job that has not changed for JobInactivityTimeout; returns how many.
    int expireInactive();

Q_SIGNALS:
    void jobAdded(const Ferry::JobId &id);
    // Any change of a job: what the views and the IPC events show.
    void jobChanged(const Ferry::JobId &id);
    // A change a client asked for (after its jobChanged): what the transfer engine reacts to.
    // The engine's own reports (TransferLedger) emit jobChanged only.
    void jobCommanded(const Ferry::JobId &id);
    // The job reached ACKNOWLEDGED or CANCELLED and left the queue (it is in the history now).
    void jobRemoved(const Ferry::JobId &id, Ferry::JobState finalState);
    // Emitted just before jobRemoved, with the job's final value.
    void jobFinished(const Ferry::Job &job);
    // BG_NOTIFY_JOB_TRANSFERRED / BG_NOTIFY_JOB_ERROR events (before the notify flags filter).
    void jobTransferred(const Ferry::JobId &id);
    void jobFailed(const Ferry::JobId &id);

private:
    static Result ambiguous(const QString &prefix, int matches);
    friend class QueueLedger;
    // Announces a change a client asked for: jobChanged, then jobCommanded.
    void commanded(const JobId &id);
    using Change = std::function<Result(Job &)>;
    // Checks the rules, applies the change to a copy, persists its row, then publishes it.
    Result mutate(const JobId &id, JobAction action, const Change &change);
    JobPatcher patcher() const;
    // The answer for an id that is not in the queue: BG_E_INVALID_STATE (or E_NOTIMPL) for a job
    // that reached a final state, BG_E_NOT_FOUND for one Ferry does not know.
    Result notQueued(const JobId &id, JobAction action) const;
    Result commitState(Job &job, JobState state);
    Result finish(const JobId &id, Job &job);
    Result completeDownload(Job &job);
    Result completeReply(Job &job);
    Result deleteTemporaryFiles(const Job &job);

    JobStore *m_store;
    const Clock *m_clock;
    JobLimits m_limits;
    QHash<JobId, Job> m_jobs;
    QList<JobId> m_order;
    // Files whose progress changed in memory since they were last written (checkpoint()).
    QHash<JobId, QSet<int>> m_dirtyFiles;
    QList<int> takeDirtyFiles(const JobId &id);
    // The destinations of the downloads in the queue whose files are not completed: no second
    // file may be written to one of them (it would share the first one's temporary file, or
    // lose the race at Complete). delta +1 claims a job's, -1 lets them go.
    QHash<QString, int> m_destinations;
    void claimDestinations(const Job &job, int delta);
    void claimDestination(const QString &path, int delta);
    Result checkDestination(const QString &path, const QSet<QString> &alsoTaken = {}) const;
};

} // namespace Ferry
