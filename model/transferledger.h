#pragma once

#include "job.h"
#include "result.h"

namespace Ferry {

// What the transfer engine tells the queue about the jobs it moves, and what it reads of them
// (spec §2.2 transitions, §5.4 errors, progress and durable offsets). Only the TransferEngine
// holds one. The changes it reports reach the views (jobChanged) but not the engine again
// (jobCommanded), so the engine never hears about its own reports.
class TransferLedger
{
public:
    virtual ~TransferLedger() = default;

    // nullptr when there is no such job in the queue.
    virtual const Job *job(const JobId &id) const = 0;
    virtual const QList<JobId> &jobIds() const = 0;

    // QUEUED → CONNECTING → TRANSFERRING, back to QUEUED on pre-emption, and
    // TRANSIENT_ERROR → QUEUED when a retry is due.
    virtual Result setTransferState(const JobId &id, JobState state) = 0;
    // Bytes moved; kept in memory and announced, written by checkpoint().
    virtual Result setFileProgress(const JobId &id, int fileIndex, qint64 transferred, qint64 total)
        = 0;
    // A file's durable state as the engine synced it: bytes, size, segments and the identity of
    // its temporary file (memory only; checkpoint() writes it).
    virtual Result setFileDurable(const JobId &id, int fileIndex, const JobFile &file) = 0;
    // The entity's validators (memory only; the engine checkpoints before any byte of it).
    virtual Result setFileValidators(const JobId &id, int fileIndex, const QString &etag,
                                     const QDateTime &lastModified)
        = 0;
    // The server's digest of the file (a response header; null: none any more): kept unless the
    // file has a digest of a stronger source (the user's, a Metalink's, a checksum file's);
    // S_FALSE then (memory only; the engine checkpoints before any byte of the answer).
    virtual Result setFileDigest(const JobId &id, int fileIndex, const FileIntegrity &integrity)
        = 0;
    // The server named the file (the destination was a folder): its final local path, stored.
    virtual Result setFileLocalPath(const JobId &id, int fileIndex, const QString &localPath) = 0;
    // Writes what is in memory (progress commits without a sync of their own, ADR 0003).
    virtual Result checkpoint(const JobId &id) = 0;
    // Upload-reply: the reply's progress and its temporary file (memory until checkpoint()).
    virtual Result setReplyProgress(const JobId &id, qint64 transferred, qint64 total) = 0;
    virtual Result setReplyPart(const JobId &id, const FileIdentity &identity) = 0;
    // Uploads: the protocol the server's answer to OPTIONS chose, stored before the upload.
    virtual Result setUploadProtocol(const JobId &id, UploadProtocol protocol) = 0;
    // tus: the upload resource the server created (empty: forget it), stored before returning.
    virtual Result setUploadSession(const JobId &id, const QUrl &url) = 0;
    // Every file is in: TRANSFERRED (and completed at once for auto-complete jobs).
    virtual Result markTransferred(const JobId &id) = 0;
    // A failure while CONNECTING/TRANSFERRING: TRANSIENT_ERROR or ERROR as spec §5.4 says.
    virtual Result reportError(const JobId &id, const JobError &error, bool transient) = 0;
    // NoProgressTimeout ran out while the job waited in TRANSIENT_ERROR: ERROR.
    virtual Result expireTransient(const JobId &id) = 0;
};

} // namespace Ferry
