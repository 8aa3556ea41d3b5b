#pragma once

#include "job.h"
#include "result.h"

#include <QSet>
#include <QString>

#include <functional>

namespace Ferry {

// The result of a failed file-system call on `path`: ERROR_DISK_FULL, E_ACCESSDENIED,
// ERROR_PATH_NOT_FOUND, ERROR_FILE_EXISTS or E_FAIL, with the path and the system's reason.
Result localFileError(int errnoValue, const QString &path);

// The temporary file of a download (or of an upload-reply job's reply), from its creation to its
// commit under the final name or its removal: the one place where Ferry touches the files in the
// download folder, which it treats as hostile ground (RELIABILITY.md invariant 6, the rules in
// docs/downloads.md):
// - a missing temporary file is created exclusively (O_CREAT | O_EXCL), so nothing at its name is
//   followed or reused;
// - an existing one is opened without following a link and without blocking (O_NOFOLLOW |
//   O_NONBLOCK), and only when it is a regular file with one link, owned by this user and, when
//   its identity is known, the very file Ferry created; anything else (a link, a FIFO, a device,
//   another program's file) is refused and left alone;
// - sync() notices a file that is no longer linked (its folder was deleted), so no byte is
//   reported that cannot be committed.
// Writes are positional, so a sequential download and the segments of a parallel one share it.
class PartFile
{
public:
    explicit PartFile(const QString &path);
    ~PartFile();
    Q_DISABLE_COPY_MOVE(PartFile)

    const QString &path() const { return m_path; }

    // Opens (or creates) the file for writing as the rules above say. `expected` is the identity
    // stored for it; null when Ferry has none (nothing stored yet), then any file that passes the
    // other checks is taken.
    Result open(const FileIdentity &expected);
    // Opens the existing file read-only, by the same rules (never creating one): what checks the
    // bytes of a finished download. ERROR_FILE_NOT_FOUND when it is gone.
    Result openForReading(const FileIdentity &expected);
    bool isOpen() const { return m_fd >= 0; }
    // The open descriptor, for positional reads (Hasher::addFileRange); -1 when closed.
    int descriptor() const { return m_fd; }
    FileIdentity identity() const { return m_identity; }
    // The file's size: what it had when opened, as resize() and append() changed it.
    qint64 size() const { return m_size; }
    // The size at the last successful sync(): what may be stored as a sequential offset.
    qint64 syncedSize() const { return m_syncedSize; }

    Result resize(qint64 size);
    // Writes at the end (a download over one connection).
    Result append(const char *data, qint64 size);
    // Writes at offset, inside the file's size (the segments of a parallel download).
    Result writeAt(qint64 offset, const char *data, qint64 size);
    // fdatasync; fails with ERROR_PATH_NOT_FOUND when the file was unlinked meanwhile.
    Result sync();
    void close();

    // Complete for one file: the temporary file of `file` (at tempPath(id, file.localPath), with
    // the identity file.part) is checked (regular, its size, synced) and renamed to the name in
    // file.committing, or the first free "name (N).ext" after it, without ever replacing
    // anything. Each name is handed to `record` and must be durable before the rename
    // (JobFile::committing). A temporary file that is gone because this rename already happened
    // before a crash is recognised by its identity under the recorded name; one that is gone
    // otherwise fails with ERROR_FILE_NOT_FOUND (the data is lost, the file must be fetched
    // again). The folder is added to `folders`, to be synced once with syncFolders().
    // *finalPath gets the name it has now.
    using Recorder = std::function<Result(const QString &name)>;
    static Result commit(const QString &temp, const JobFile &file, const Recorder &record,
                         QString *finalPath, QSet<QString> *folders);
    // The first name from `path` on ("name.ext", "name (1).ext", …) that nothing uses on disk and
    // that is not in `taken`.
    static QString freeName(const QString &path, const QSet<QString> &taken = {});
    // Syncs the entries of each folder, so the renames into them are durable.
    static void syncFolders(const QSet<QString> &folders);
    // Removes a temporary file, only when it is a regular file (and, when `identity` is not
    // null, that one). A missing file is no error; anything else at the name stays.
    static bool discard(const QString &temp, const FileIdentity &identity);

private:
    Result refuse(const QString &why) const;
    Result openExisting(const QByteArray &name, const FileIdentity &expected, int flags);

    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_syncedSize = 0;
    FileIdentity m_identity;
};

} // namespace Ferry
