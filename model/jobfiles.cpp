#include "jobfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cerrno>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry::JobFiles {

namespace {

Result fromErrno(int err, const QString &path)
{
    const QString detail = path + QLatin1String(": ") + QString::fromLocal8Bit(strerror(err));
    switch (err) {
    case ENOENT:
        return Result(Result::ERROR_PATH_NOT_FOUND, detail);
    case ENOSPC:
    case EDQUOT:
        return Result(Result::ERROR_DISK_FULL, detail);
    case EACCES:
    case EPERM:
    case EROFS:
        return Result(Result::E_ACCESSDENIED, detail);
    case EEXIST:
        return Result(Result::ERROR_FILE_EXISTS, detail);
    default:
        return Result(Result::E_FAIL, detail);
    }
}

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

void setModificationTime(const QString &path, const QDateTime &when)
{
    if (!when.isValid())
        return;
    const qint64 ms = when.toMSecsSinceEpoch();
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(ms / 1000);
    times[1].tv_nsec = long(ms % 1000) * 1000000L;
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0);
}

} // namespace

QString sanitizeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        // Path separators, control characters and bidirectional overrides (which can disguise
        // an extension) never reach the file system.
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || u < 0x20 || u == 0x7f
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            continue;
        out.append(c);
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    // 255 bytes is the NAME_MAX of Linux file systems, and the temporary name adds 14 bytes
    // (".1a2b3c4d.part"): keep 240, cut on a character boundary.
    while (out.toUtf8().size() > 240)
        out.chop(out.size() > 1 && out.at(out.size() - 1).isLowSurrogate() ? 2 : 1);
    return out;
}

QString fileNameForUrl(const QUrl &url)
{
    QString name = sanitizeFileName(url.fileName(QUrl::FullyDecoded));
    if (name.isEmpty())
        name = sanitizeFileName(url.host());
    return name.isEmpty() ? QStringLiteral("download") : name;
}

QString defaultReplyPath(const QString &sourcePath)
{
    return sourcePath + QLatin1String(".reply");
}

QString tempPath(const JobId &id, const QString &localPath)
{
    return localPath + QLatin1Char('.') + id.toString().left(8) + QLatin1String(".part");
}

QString numberedName(const QString &path, int n)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // The suffix is everything after the first dot that is not the leading character, so that
    // "archive.tar.gz" keeps ".tar.gz" and ".bashrc" stays a name without suffix.
    const int dot = name.indexOf(QLatin1Char('.'), 1);
    const QString base = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    const QString numbered = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    return info.dir().filePath(numbered);
}

void syncFolders(const QSet<QString> &folders)
{
    for (const QString &folder : folders)
        syncPath(folder, O_RDONLY | O_DIRECTORY);
}

Result commit(const JobId &id, const JobFile &file, QString *finalPath, QSet<QString> *folders)
{
    const QString temp = tempPath(id, file.localPath);
    const QByteArray tempName = QFile::encodeName(temp);
    struct stat st;
    if (::stat(tempName.constData(), &st) != 0) {
        // A crash after the rename but before the job was recorded as ACKNOWLEDGED leaves the
        // finished file under its final name: accept it so a re-run of Complete finishes the job.
        const QFileInfo done(file.localPath);
        if (errno == ENOENT && done.isFile() && done.size() == file.bytesTotal) {
            *finalPath = file.localPath;
            return Result::S_OK;
        }
        return fromErrno(errno, temp);
    }
    if (file.bytesTotal != SizeUnknown && st.st_size != file.bytesTotal) {
        return Result(Result::E_FAIL,
                      QStringLiteral("%1: %2 bytes on disk, %3 expected")
                          .arg(temp)
                          .arg(qint64(st.st_size))
                          .arg(file.bytesTotal));
    }
    if (!syncPath(temp, O_RDONLY))
        return fromErrno(errno, temp);
    setModificationTime(temp, file.lastModified);

    for (int n = 0; n < 10000; ++n) {
        const QString target = n == 0 ? file.localPath : numberedName(file.localPath, n);
        const QByteArray targetName = QFile::encodeName(target);
        // renameat2(RENAME_NOREPLACE) refuses to replace an existing file atomically.
        if (::renameat2(AT_FDCWD, tempName.constData(), AT_FDCWD, targetName.constData(),
                        RENAME_NOREPLACE)
            == 0) {
            const QString folder = QFileInfo(target).absolutePath();
            if (folders)
                folders->insert(folder);
            else
                syncPath(folder, O_RDONLY | O_DIRECTORY);
            *finalPath = target;
            return Result::S_OK;
        }
        if (errno != EEXIST)
            return fromErrno(errno, target);
    }
    return Result(Result::ERROR_FILE_EXISTS, file.localPath);
}

bool removeTemp(const JobId &id, const JobFile &file)
{
    const QByteArray name = QFile::encodeName(tempPath(id, file.localPath));
    return ::unlink(name.constData()) == 0 || errno == ENOENT;
}

} // namespace Ferry::JobFiles
