#pragma once

#include "job.h"
#include "jobrules.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace Ferry {

// What a client may ask the engine, as values: the window, `ferryctl` over IPC and the browser
// host build the same commands, and the queue checks them in one place.

// A job to create, with everything it needs, in one call (all or nothing).
struct NewJob
{
    QString displayName;
    QString description;
    JobType type = JobType::Download;
    JobPriority priority = JobPriority::Normal;
    QList<QPair<QUrl, QString>> files; // remote URL, local path
    QMap<int, Checksum> checksums; // the digest the user gives a file, by its index in `files`
    bool autoComplete = false;
    qint64 speedLimit = 0; // bytes per second; 0: none
    int segments = 0; // 0: the engine's setting
    bool resume = false; // queue it right away instead of leaving it SUSPENDED
    UploadOptions upload; // upload jobs: protocol and form field (no session yet)
    QString customHeaders; // "Name: value" lines separated by CRLF
    QList<Credentials> credentials;
    QString replyFileName; // upload-reply jobs; empty: beside the uploaded file
};

// A change of some properties of one job, applied all or nothing: every field that is set is
// checked first (against JobRules for the job's state and type), then all are applied and stored
// in one write. An empty patch changes nothing.
struct JobPatch
{
    std::optional<QString> displayName;
    std::optional<QString> description;
    std::optional<JobPriority> priority;
    std::optional<quint32> noProgressTimeout;
    std::optional<quint32> minimumRetryDelay;
    std::optional<quint32> notifyFlags;
    std::optional<QStringList> notifyCmdLine; // program and arguments; empty: none
    std::optional<QString> replyFileName; // SetReplyFileName; empty: the default
    std::optional<QString> customHeaders;
    QList<Credentials> credentials; // set (replacing the same target and scheme)
    QList<QPair<AuthTarget, AuthScheme>> removedCredentials;
    std::optional<ProxySettings> proxy;
    std::optional<bool> autoComplete;
    std::optional<qint64> speedLimit;
    std::optional<int> segments;
    std::optional<UploadOptions> upload;
    QMap<int, QUrl> remoteNames; // SetRemoteName, by file index
    QList<QPair<QUrl, QString>> newFiles; // AddFile
    QMap<int, Checksum> newFileChecksums; // the user's digest of a new file, by its newFiles index
    // The user's digest of a download's file, by file index (nullopt: none). A file whose bytes
    // are all in is checked again; a TRANSFERRED job with such a file is QUEUED for it.
    QMap<int, std::optional<Checksum>> checksums;

    bool isEmpty() const;
};

// Which job a command is for: a job id, or (from a command line) a unique prefix of one,
// resolved by the engine against the queue.
struct JobRef
{
    JobRef() = default;
    JobRef(const JobId &id) // NOLINT: an id is the usual reference
        : text(id.toString())
    { }
    explicit JobRef(const QString &idOrPrefix)
        : text(idOrPrefix)
    { }
    QString text;
};

// A BITS transition (Resume, Suspend, Cancel, Complete) of a set of jobs; each job gets its own
// result, in order.
struct Transition
{
    QList<JobRef> jobs;
    JobAction action = JobAction::Resume;
};

// Which finished (ACKNOWLEDGED, CANCELLED) jobs leave the history: those last changed before
// `before` (null: whenever), and of those only `jobs` when it is not empty. Jobs still in the
// queue are never touched; ids that are not in the history are skipped.
struct HistoryPrune
{
    QDateTime before;
    QList<JobId> jobs;
};

} // namespace Ferry
