#pragma once

#include "job.h"
#include "joblimits.h"
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

// Everything needed to create a job in one call (JobQueue::createJobs).
struct NewJob
{
    QString displayName;
    JobType type = JobType::Download;
    JobPriority priority = JobPriority::Normal;
    QList<QPair<QUrl, QString>> files; // remote URL, local path
    bool autoComplete = false;
    qint64 speedLimit = 0; // bytes per second; 0: none
    int segments = 0; // 0: the engine's setting
    bool resume = false; // queue it right away instead of leaving it SUSPENDED
    UploadOptions upload; // upload jobs: protocol and form field (no session yet)
};

// The BITS manager (IBackgroundCopyManager + IBackgroundCopyJob): it owns the in-memory truth of
// every job that is not final, enforces JobRules, and persists each accepted change through the
// JobStore before returning. It lives in the engine thread; clients reach it through EngineClient.
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
    Result pruneHistory(const QDateTime &before, int *removed = nullptr);

    // -- job calls (spec §2.3) -----------------------------------------------------------------
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

    // -- engine side: the transfer engine reports what happened -------------------------------
    // Scheduler and connection transitions of spec §2.2 (QUEUED→CONNECTING→TRANSFERRING,
    // back to QUEUED on pre-emption, TRANSIENT_ERROR→QUEUED when the retry delay is over).
    Result setTransferState(const JobId &id, JobState state);
    // Bytes moved; kept in memory and announced, written to the store by checkpoint().
    Result setFileProgress(const JobId &id, int fileIndex, qint64 transferred, qint64 total);
    // A file's durable state as the engine synced it: bytes, size, segments and the identity of
    // its temporary file (memory only; checkpoint() writes it).
    Result setFileDurable(const JobId &id, int fileIndex, const JobFile &file);
    // The entity's validators, kept in memory and written by the next checkpoint() (the engine
    // checkpoints before it stores any byte of the new entity).
    Result setFileValidators(const JobId &id, int fileIndex, const QString &etag,
                             const QDateTime &lastModified);
    // The server named the file (the destination was a folder): its final local path.
    Result setFileLocalPath(const JobId &id, int fileIndex, const QString &localPath);
    Result checkpoint(const JobId &id);
    // Upload-reply: the reply's progress (BG_JOB_REPLY_PROGRESS), in memory until checkpoint().
    Result setReplyProgress(const JobId &id, qint64 transferred, qint64 total);
    // Upload-reply: the temporary file the reply is written to (memory until checkpoint()).
    Result setReplyPart(const JobId &id, const FileIdentity &identity);
    // tus: the upload resource the server created (empty: forget it), stored before returning so
    // a restart resumes where the server is.
    Result setUploadSession(const JobId &id, const QUrl &url);
    // Every file is in: TRANSFERRING → TRANSFERRED (and Complete right away for auto-complete
    // jobs).
    Result markTransferred(const JobId &id);
    // A failure while CONNECTING/TRANSFERRING: TRANSIENT_ERROR or ERROR as spec §5.4 says.
    Result reportError(const JobId &id, const JobError &error, bool transient);
    // NoProgressTimeout ran out while the job waited in TRANSIENT_ERROR: it becomes ERROR.
    Result expireTransient(const JobId &id);

    // Cancels every job that has not changed for JobInactivityTimeout; returns how many.
    int expireInactive();

Q_SIGNALS:
    void jobAdded(const Ferry::JobId &id);
    void jobChanged(const Ferry::JobId &id);
    // The job reached ACKNOWLEDGED or CANCELLED and left the queue (it is in the history now).
    void jobRemoved(const Ferry::JobId &id, Ferry::JobState finalState);
    // Emitted just before jobRemoved, with the job's final value.
    void jobFinished(const Ferry::Job &job);
    // BG_NOTIFY_JOB_TRANSFERRED / BG_NOTIFY_JOB_ERROR events (before the notify flags filter).
    void jobTransferred(const Ferry::JobId &id);
    void jobFailed(const Ferry::JobId &id);

private:
    enum class Save { Row, All }; // the job's row only, or its row and its files
    using Change = std::function<Result(Job &)>;
    // Checks the rules, applies the change to a copy, persists it, then publishes it.
    Result mutate(const JobId &id, JobAction action, Save save, const Change &change);
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
