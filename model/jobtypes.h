#pragma once

#include <QFlags>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace Ferry {
Q_NAMESPACE

// The nine BITS job states, with their BG_JOB_STATE numeric values.
enum class JobState : quint8 {
    Queued = 0,
    Connecting = 1,
    Transferring = 2,
    Suspended = 3,
    Error = 4,
    TransientError = 5,
    Transferred = 6,
    Acknowledged = 7,
    Cancelled = 8,
};
Q_ENUM_NS(JobState)
constexpr int JobStateCount = 9;

// BG_JOB_TYPE.
enum class JobType : quint8 {
    Download = 0,
    Upload = 1,
    UploadReply = 2,
};
Q_ENUM_NS(JobType)
constexpr int JobTypeCount = 3;

// BG_JOB_PRIORITY: a lower value runs first.
enum class JobPriority : quint8 {
    Foreground = 0,
    High = 1,
    Normal = 2,
    Low = 3,
};
Q_ENUM_NS(JobPriority)
constexpr int JobPriorityCount = 4;

// BG_ERROR_CONTEXT.
enum class ErrorContext : quint8 {
    None = 0,
    Unknown = 1,
    GeneralQueueManager = 2,
    QueueManagerNotification = 3,
    LocalFile = 4,
    RemoteFile = 5,
    GeneralTransport = 6,
    RemoteApplication = 7,
    ServerCertificateCallback = 8,
};
Q_ENUM_NS(ErrorContext)

// BG_NOTIFY_* flags.
enum class NotifyFlag : quint32 {
    JobTransferred = 0x1,
    JobError = 0x2,
    Disable = 0x4,
    JobModification = 0x8,
    FileTransferred = 0x10,
    FileRangesTransferred = 0x20,
};
Q_DECLARE_FLAGS(NotifyFlags, NotifyFlag)
Q_FLAG_NS(NotifyFlags)
constexpr quint32 NotifyFlagsMask = 0x3f;
constexpr NotifyFlags DefaultNotifyFlags
    = NotifyFlags(NotifyFlag::JobTransferred) | NotifyFlag::JobError;

// How an upload job sends its file (Ferry's choice; BITS has its own upload protocol).
// Default: PUT for UPLOAD jobs, POST for UPLOAD_REPLY jobs (uploadProtocol() in job.h).
enum class UploadProtocol : quint8 {
    Default = 0,
    Put = 1, // HTTP PUT of the whole file (WebDAV); restarts from byte 0 after an interruption
    Post = 2, // HTTP POST: raw body or multipart/form-data; the answer is the reply
    Tus = 3, // tus 1.0 resumable upload
};
Q_ENUM_NS(UploadProtocol)

// BG_AUTH_TARGET and the BG_AUTH_SCHEME values Ferry supports.
enum class AuthTarget : quint8 { Server = 1, Proxy = 2 };
Q_ENUM_NS(AuthTarget)
enum class AuthScheme : quint8 { Basic = 1, Digest = 2 };
Q_ENUM_NS(AuthScheme)

// BG_JOB_PROXY_USAGE subset: PRECONFIG (system), NO_PROXY, OVERRIDE (explicit).
enum class ProxyUsage : quint8 { System = 0, NoProxy = 1, Override = 2 };
Q_ENUM_NS(ProxyUsage)

// The calls of IBackgroundCopyJob whose legality depends on the job's type and state.
enum class JobAction : quint8 {
    Resume,
    Suspend,
    Cancel,
    Complete,
    AddFile,
    SetProperty, // priority, names, timeouts, notify flags/command line, headers, credentials,
                 // proxy
    SetReplyFileName,
    SetRemoteName,
    GetError,
};
Q_ENUM_NS(JobAction)
constexpr int JobActionCount = 9;

// The lifecycle classes of BITS: final jobs leave the queue.
constexpr bool isFinal(JobState s)
{
    return s == JobState::Acknowledged || s == JobState::Cancelled;
}
// States in which the engine is (or is about to be) moving bytes for the job.
// Connected or connecting: the states in which a job uses network connections.
constexpr bool isConnected(JobState s)
{
    return s == JobState::Connecting || s == JobState::Transferring;
}

constexpr bool isActive(JobState s)
{
    return s == JobState::Queued || s == JobState::Connecting || s == JobState::Transferring
        || s == JobState::TransientError;
}

// The BITS spelling of the enum values ("TRANSIENT_ERROR", "UPLOAD_REPLY", "FOREGROUND"), used by
// the command line and the JSON of the IPC protocol. Never translated.
QString bitsName(JobState state);
QString bitsName(JobType type);
QString bitsName(JobPriority priority);
QString bitsName(ErrorContext context);
// "put", "post", "tus", "default" (command line and JSON).
QString protocolName(UploadProtocol protocol);
std::optional<UploadProtocol> uploadProtocolFromName(const QString &name);
std::optional<JobState> jobStateFromBitsName(const QString &name);
std::optional<JobType> jobTypeFromBitsName(const QString &name);
std::optional<JobPriority> jobPriorityFromBitsName(const QString &name);

} // namespace Ferry

Q_DECLARE_OPERATORS_FOR_FLAGS(Ferry::NotifyFlags)
