#pragma once

#include "checksum.h"
#include "jobid.h"
#include "jobtypes.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Ferry {

// BG_SIZE_UNKNOWN: the size of a file (or of the whole job) is not known yet.
constexpr qint64 SizeUnknown = -1;

// A part of a file fetched over its own connection (segmented downloads): bytes
// [begin, begin + done) are on disk; the segment ends before `end`.
struct FileSegment
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 done = 0;

    qint64 remaining() const { return end - begin - done; }
    friend bool operator==(const FileSegment &a, const FileSegment &b)
    {
        return a.begin == b.begin && a.end == b.end && a.done == b.done;
    }
};

// "0:1048576:1048576;1048576:2097152:12345" — the form segments take in the store.
QString segmentsToString(const QList<FileSegment> &segments);
QList<FileSegment> segmentsFromString(const QString &text);

// Which file on disk a temporary file is: its device, inode and birth time (nanoseconds since
// the epoch; 0 where the file system keeps none), read from the descriptor Ferry created it with.
// The birth time tells a new file apart from the one deleted before it, which often gets the
// same inode number. Ferry reopens, renames and adopts only the file with this identity, never
// whatever a name happens to point at (RELIABILITY.md invariant 6). Null: not created yet.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 born = 0;

    bool isNull() const { return inode == 0; }
    friend bool operator==(const FileIdentity &a, const FileIdentity &b)
    {
        return a.device == b.device && a.inode == b.inode && a.born == b.born;
    }
    friend bool operator!=(const FileIdentity &a, const FileIdentity &b) { return !(a == b); }
};

// Where a file's expected digest came from (issue 18; shown with the file).
enum class ChecksumSource : quint8 {
    None = 0,
    User = 1, // the New Job dialog, Properties, `ferryctl addfile --checksum`, `setchecksum`
    ReprDigest = 2, // the server's Repr-Digest header (RFC 9530)
    DigestHeader = 3, // the server's Digest header (RFC 3230)
    Metalink = 4,
    ChecksumFile = 5, // a SHA256SUMS-style file beside the download
    ContentDigest = 6, // the server's Content-Digest header of a whole, unencoded answer
};

// What is known of a file's bytes against its expected digest (BITS: SetValidationState).
enum class Validation : quint8 {
    NotChecked = 0, // no digest, or not checked yet
    Verified = 1, // the bytes on disk have the expected digest
    Mismatch = 2, // they did not: the file was rejected (BG_E_VALIDATION_FAILED)
};

// A file's expected digest, where it came from and what checking it found.
struct FileIntegrity
{
    std::optional<Checksum> expected;
    ChecksumSource source = ChecksumSource::None;
    Validation validation = Validation::NotChecked;

    bool isNull() const { return !expected && validation == Validation::NotChecked; }
    // No digest, or one from a server's response header: the next answer's header may replace
    // it. The user's, a Metalink's and a checksum file's are never replaced by a header.
    bool yieldsToServerHeader() const
    {
        return source == ChecksumSource::None || source == ChecksumSource::ReprDigest
            || source == ChecksumSource::ContentDigest || source == ChecksumSource::DigestHeader;
    }
    // "user verified sha256:…" — the form the store keeps; empty for a null integrity.
    QString toStoreText() const;
    static FileIntegrity fromStoreText(const QString &text);
    friend bool operator==(const FileIntegrity &a, const FileIntegrity &b)
    {
        return a.expected == b.expected && a.source == b.source && a.validation == b.validation;
    }
};

// "user", "repr-digest", "digest", "metalink", "checksum-file" (IPC, JSON, store; not
// translated) and back.
QString checksumSourceName(ChecksumSource source);
// "not-checked", "verified", "mismatch".
QString validationName(Validation validation);

// BG_FILE_PROGRESS plus what Ferry needs to resume the file correctly.
struct JobFile
{
    QUrl remoteUrl;
    QString localPath; // absolute; the final name, or a directory when the server names the file
    qint64 bytesTotal = SizeUnknown;
    qint64 bytesTransferred = 0;
    bool completed = false; // download: renamed into place by Complete; upload: server has it
    // Download: validators of the remote entity seen when the transfer started (RFC 9110 §8.8).
    // Upload: lastModified is the source file's modification time when the first attempt
    // started (and bytesTotal its size); a change fails the job with BG_E_LOCAL_FILE_CHANGED.
    QString etag;
    QDateTime lastModified;
    // Empty for a file fetched as one stream (bytesTransferred is then a prefix of the file);
    // otherwise the segments cover the file and bytesTransferred is the sum of their `done`.
    QList<FileSegment> segments;
    // Download: the temporary file Ferry created for it (stored with the first durable byte).
    FileIdentity part;
    // Download: the final name Complete chose, recorded before the rename, so that a Complete
    // interrupted by a crash is finished from what was recorded (the file with the identity
    // `part` under this name), never from a guess. Empty until Complete runs.
    QString committing;
    // Download: the digest the bytes must have, and whether they were found to have it.
    FileIntegrity integrity;

    // Every byte is in the temporary file.
    bool bytesComplete() const
    {
        return bytesTotal != SizeUnknown && bytesTransferred == bytesTotal;
    }
    // A file with an expected digest waits for it to be checked (spec §2.4: validation).
    bool needsVerification() const
    {
        return integrity.expected && integrity.validation != Validation::Verified;
    }
    bool isTransferred() const { return bytesComplete() && !needsVerification(); }
    friend bool operator==(const JobFile &a, const JobFile &b);
};

// BG_JOB_PROGRESS.
struct JobProgress
{
    qint64 bytesTotal = 0; // SizeUnknown while any file's size is unknown
    qint64 bytesTransferred = 0;
    int filesTotal = 0;
    int filesTransferred = 0;
};

// BG_JOB_REPLY_PROGRESS (upload-reply jobs).
struct ReplyProgress
{
    qint64 bytesTotal = SizeUnknown;
    qint64 bytesTransferred = 0;
};

// BG_JOB_TIMES.
struct JobTimes
{
    QDateTime creation;
    QDateTime modification;
    QDateTime transferCompletion; // null until the job first reaches TRANSFERRED
};

// IBackgroundCopyError: present only while the job is in ERROR or TRANSIENT_ERROR.
struct JobError
{
    ErrorContext context = ErrorContext::None;
    Result code;
    QString description;
    int fileIndex = -1; // -1: not tied to a file (BG_E_FILE_NOT_AVAILABLE)

    bool isNull() const { return context == ErrorContext::None && code.isSuccess(); }
    friend bool operator==(const JobError &a, const JobError &b)
    {
        return a.context == b.context && a.code == b.code && a.description == b.description
            && a.fileIndex == b.fileIndex;
    }
};

// BG_AUTH_CREDENTIALS: one per (target, scheme) pair; never handed back to clients.
struct Credentials
{
    AuthTarget target = AuthTarget::Server;
    AuthScheme scheme = AuthScheme::Basic;
    QString user;
    QString password;
    friend bool operator==(const Credentials &a, const Credentials &b)
    {
        return a.target == b.target && a.scheme == b.scheme && a.user == b.user
            && a.password == b.password;
    }
};

struct ProxySettings
{
    ProxyUsage usage = ProxyUsage::System;
    QString proxyList; // OVERRIDE only: "[scheme=][scheme://]host[:port]" entries, space separated
    QString bypassList; // OVERRIDE only
    friend bool operator==(const ProxySettings &a, const ProxySettings &b)
    {
        return a.usage == b.usage && a.proxyList == b.proxyList && a.bypassList == b.bypassList;
    }
};

// How an upload job talks to its server (stored with the job's settings).
struct UploadOptions
{
    UploadProtocol protocol = UploadProtocol::Default;
    QString formField; // POST: multipart/form-data with the file in this field; empty: raw body
    QUrl sessionUrl; // tus: the upload resource the server created; empty until then
    friend bool operator==(const UploadOptions &a, const UploadOptions &b)
    {
        return a.protocol == b.protocol && a.formField == b.formField
            && a.sessionUrl == b.sessionUrl;
    }
};

// BITS defaults (spec §5.1, §7.1).
constexpr quint32 DefaultNoProgressTimeout = 1209600; // 14 days
constexpr quint32 DefaultMinimumRetryDelay = 600; // 10 minutes
constexpr quint32 MinimumRetryDelayFloor = 5;
// Ferry: the most connections one file is fetched over.
constexpr int MaxSegments = 16;

// A job as the queue holds it: every BITS property in one value.
struct Job
{
    JobId id;
    JobType type = JobType::Download;
    JobState state = JobState::Suspended;
    JobPriority priority = JobPriority::Normal;
    QString displayName;
    QString description;
    QList<JobFile> files;
    JobTimes times;
    JobError error;
    quint32 errorCount = 0;
    quint32 noProgressTimeout = DefaultNoProgressTimeout;
    quint32 minimumRetryDelay = DefaultMinimumRetryDelay;
    NotifyFlags notifyFlags = DefaultNotifyFlags;
    QStringList notifyCmdLine; // program followed by its arguments; empty: none
    QString replyFileName; // upload-reply only
    ReplyProgress replyProgress;
    // Upload-reply: the reply's temporary file and the final name Complete chose for it, as
    // JobFile::part and JobFile::committing are for a download's file.
    FileIdentity replyPart;
    QString replyCommitting;
    QString customHeaders; // "Name: value" lines separated by CRLF
    QList<Credentials> credentials;
    ProxySettings proxy;
    bool autoComplete = false; // Ferry: Complete as soon as the job reaches TRANSFERRED
    qint64 speedLimit
        = 0; // Ferry: this job's bytes per second, on top of the global limit; 0: none
    int segments = 0; // Ferry: connections per large file for this job; 0: the engine's setting
    UploadOptions upload; // upload jobs only

    JobProgress progress() const;
    // A download file is transferred when all its bytes are in; an upload file when the server
    // acknowledged it (`completed`): the bytes sent may all be out before the server answers.
    bool fileTransferred(int index) const;
    // The file the engine works on next: the first one not yet transferred, or -1.
    int currentFileIndex() const;
    // PUT/POST/TUS; Default resolved by the job's type.
    UploadProtocol uploadProtocol() const;
    bool allFilesTransferred() const;
    // The job's files taken together: Mismatch when one was rejected, Verified when every file
    // with a digest is verified (and one has a digest), else NotChecked.
    Validation validation() const;
    // A completed (ACKNOWLEDGED) download keeps only the files that were transferred: how many
    // it kept (BITS's partial Complete).
    int filesKept() const;
    // The job's settings without its files. A transfer keeps its one file apart: holding the
    // shared list would make the queue's next change of any file copy all of them.
    Job withoutFiles() const
    {
        Job settings = *this;
        settings.files = {};
        return settings;
    }
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::Job)
