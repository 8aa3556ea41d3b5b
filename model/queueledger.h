#pragma once

#include "transferledger.h"

namespace Ferry {

class JobQueue;

// The queue's side of the TransferLedger: the engine's reports applied to the jobs, stored, and
// announced to the views only. Made by whoever builds the engine (Engine, test fixtures).
class QueueLedger final : public TransferLedger
{
public:
    explicit QueueLedger(JobQueue *queue);

    const Job *job(const JobId &id) const override;
    const QList<JobId> &jobIds() const override;
    Result setTransferState(const JobId &id, JobState state) override;
    Result setFileProgress(const JobId &id, int fileIndex, qint64 transferred,
                           qint64 total) override;
    Result setFileDurable(const JobId &id, int fileIndex, const JobFile &file) override;
    Result setFileValidators(const JobId &id, int fileIndex, const QString &etag,
                             const QDateTime &lastModified) override;
    Result setFileLocalPath(const JobId &id, int fileIndex, const QString &localPath) override;
    Result setFileDigest(const JobId &id, int fileIndex, const FileIntegrity &integrity) override;
    Result checkpoint(const JobId &id) override;
    Result setReplyProgress(const JobId &id, qint64 transferred, qint64 total) override;
    Result setReplyPart(const JobId &id, const FileIdentity &identity) override;
    Result setUploadProtocol(const JobId &id, UploadProtocol protocol) override;
    Result setUploadSession(const JobId &id, const QUrl &url) override;
    Result markTransferred(const JobId &id) override;
    Result reportError(const JobId &id, const JobError &error, bool transient) override;
    Result expireTransient(const JobId &id) override;

private:
    // The queued job that has file number fileIndex; nullptr with *refusal set otherwise.
    Job *jobWithFile(const JobId &id, int fileIndex, Result *refusal) const;

    JobQueue *m_queue;
};

} // namespace Ferry
