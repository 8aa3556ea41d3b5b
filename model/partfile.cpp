#include "partfile.h"

#include "jobfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PartFile)
};

// What Ferry looks at of a file, from statx(2): its type, links, owner, size and identity.
struct Info
{
    mode_t mode = 0;
    quint64 links = 0;
    uid_t owner = 0;
    qint64 size = 0;
    FileIdentity identity;
};

bool describe(int dirfd, const char *path, int flags, Info *info)
{
    struct statx sx;
    if (::statx(dirfd, path, flags, STATX_BASIC_STATS | STATX_BTIME, &sx) != 0)
        return false;
    info->mode = sx.stx_mode;
    info->links = sx.stx_nlink;
    info->owner = sx.stx_uid;
    info->size = qint64(sx.stx_size);
    info->identity.device = (quint64(sx.stx_dev_major) << 32) | sx.stx_dev_minor;
    info->identity.inode = sx.stx_ino;
    info->identity.born = (sx.stx_mask & STATX_BTIME)
        ? qint64(sx.stx_btime.tv_sec) * 1000000000LL + sx.stx_btime.tv_nsec
        : 0;
    return true;
}

// The file a name points at, not following a link.
bool describePath(const QString &path, Info *info)
{
    return describe(AT_FDCWD, QFile::encodeName(path).constData(), AT_SYMLINK_NOFOLLOW, info);
}

bool describeFd(int fd, Info *info)
{
    return describe(fd, "", AT_EMPTY_PATH, info);
}

// Why the file `info` describes is not one Ferry may write, rename or remove as its temporary
// file; empty when it may.
QString unusable(const Info &info, const FileIdentity &expected)
{
    if (S_ISLNK(info.mode))
        return Text::tr("it is a symbolic link");
    if (!S_ISREG(info.mode))
        return Text::tr("it is not a regular file");
    if (info.links != 1)
        return Text::tr("it has other hard links");
    if (info.owner != ::geteuid())
        return Text::tr("it belongs to another user");
    if (!expected.isNull() && info.identity != expected)
        return Text::tr("it is not the file Ferry created");
    return {};
}

Result refusal(const QString &path, const QString &why)
{
    //: %1 is a file path, %2 the reason ("it is a symbolic link")
    return Result(
        Result::E_ACCESSDENIED,
        Text::tr("%1 is not Ferry's temporary file (%2); it was left as it is").arg(path, why));
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

Result localFileError(int errnoValue, const QString &path)
{
    const QString detail
        = path + QLatin1String(": ") + QString::fromLocal8Bit(::strerror(errnoValue));
    switch (errnoValue) {
    case ENOENT:
    case ENOTDIR:
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

PartFile::PartFile(const QString &path)
    : m_path(path)
{ }

PartFile::~PartFile()
{
    close();
}

Result PartFile::refuse(const QString &why) const
{
    return refusal(m_path, why);
}

Result PartFile::openExisting(const QByteArray &name, const FileIdentity &expected, int flags)
{
    Info info;
    if (!describePath(m_path, &info))
        return localFileError(errno, m_path);
    // Looked at before it is opened: opening a FIFO or a device could block or act.
    if (const QString why = unusable(info, expected); !why.isEmpty())
        return refuse(why);
    const FileIdentity seen = info.identity;
    m_fd = ::open(name.constData(), flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return errno == ELOOP || errno == ENXIO ? refuse(Text::tr("it changed while it was opened"))
                                                : localFileError(errno, m_path);
    // The name may have been pointed elsewhere between the look and the open.
    if (!describeFd(m_fd, &info) || info.identity != seen || !unusable(info, expected).isEmpty()) {
        close();
        return refuse(Text::tr("it changed while it was opened"));
    }
    m_identity = info.identity;
    m_size = m_syncedSize = info.size;
    return Result::S_OK;
}

Result PartFile::openForReading(const FileIdentity &expected)
{
    close();
    return openExisting(encoded(m_path), expected, O_RDONLY);
}

Result PartFile::open(const FileIdentity &expected)
{
    close();
    const QByteArray name = encoded(m_path);
    Info info;
    if (describePath(m_path, &info))
        return openExisting(name, expected, O_RDWR);
    if (errno != ENOENT)
        return localFileError(errno, m_path);
    m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (m_fd < 0)
        return errno == EEXIST ? refuse(Text::tr("it appeared while it was created"))
                               : localFileError(errno, m_path);
    if (!describeFd(m_fd, &info)) {
        const int error = errno;
        close();
        return localFileError(error, m_path);
    }
    m_identity = info.identity;
    m_size = m_syncedSize = info.size;
    return Result::S_OK;
}

Result PartFile::resize(qint64 size)
{
    if (::ftruncate(m_fd, off_t(size)) != 0)
        return localFileError(errno, m_path);
    m_size = size;
    m_syncedSize = qMin(m_syncedSize, size);
    return Result::S_OK;
}

Result PartFile::writeAt(qint64 offset, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(m_fd, data, size_t(size), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return localFileError(errno, m_path);
        }
        data += n;
        size -= n;
        offset += n;
    }
    m_size = qMax(m_size, offset);
    return Result::S_OK;
}

Result PartFile::append(const char *data, qint64 size)
{
    return writeAt(m_size, data, size);
}

Result PartFile::sync()
{
    if (m_fd < 0)
        return Result::S_OK;
    if (::fdatasync(m_fd) != 0)
        return localFileError(errno, m_path);
    Info info;
    if (!describeFd(m_fd, &info))
        return localFileError(errno, m_path);
    if (info.links == 0) {
        // Written bytes go into a file no name reaches any more: nothing of it can be committed.
        return Result(
            Result::ERROR_PATH_NOT_FOUND,
            //: %1 is a file path
            Text::tr("%1 was deleted (or its folder was) during the transfer").arg(m_path));
    }
    m_syncedSize = m_size;
    return Result::S_OK;
}

void PartFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

QString PartFile::freeName(const QString &path, const QSet<QString> &taken)
{
    Info info;
    QString candidate = path;
    for (int n = 1; n < 10000; ++n) {
        // A dangling link takes its name too: the name is looked at, not what it points at.
        if (!taken.contains(candidate) && !describePath(candidate, &info) && errno == ENOENT)
            break;
        candidate = JobFiles::numberedName(path, n);
    }
    return candidate;
}

void PartFile::syncFolders(const QSet<QString> &folders)
{
    for (const QString &folder : folders) {
        const int fd
            = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
}

Result PartFile::commit(const QString &temp, const JobFile &file, const Recorder &record,
                        QString *finalPath, QSet<QString> *folders)
{
    const QByteArray tempName = encoded(temp);
    const int fd = ::open(tempName.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        Info done;
        if (error == ENOENT && !file.committing.isEmpty() && !file.part.isNull()
            && describePath(file.committing, &done) && unusable(done, file.part).isEmpty()) {
            // Renamed before a crash, and not yet recorded as completed: it is in place.
            *finalPath = file.committing;
            folders->insert(QFileInfo(file.committing).absolutePath());
            return Result::S_OK;
        }
        if (error == ELOOP || error == ENXIO)
            return refusal(temp, Text::tr("it is not a regular file"));
        if (error == ENOENT && QFileInfo(QFileInfo(temp).absolutePath()).isDir()) {
            return Result(Result::ERROR_FILE_NOT_FOUND,
                          //: %1 is a file path
                          Text::tr("%1 is gone: the downloaded data was removed").arg(temp));
        }
        return localFileError(error, temp);
    }
    const auto closing = qScopeGuard([fd]() { ::close(fd); });
    Info info;
    if (!describeFd(fd, &info))
        return localFileError(errno, temp);
    if (const QString why = unusable(info, file.part); !why.isEmpty())
        return refusal(temp, why);
    if (file.bytesTotal != SizeUnknown && info.size != file.bytesTotal) {
        return Result(Result::E_FAIL,
                      QStringLiteral("%1: %2 bytes on disk, %3 expected")
                          .arg(temp)
                          .arg(info.size)
                          .arg(file.bytesTotal));
    }
    if (::fsync(fd) != 0)
        return localFileError(errno, temp);
    if (file.lastModified.isValid()) {
        const qint64 ms = file.lastModified.toMSecsSinceEpoch();
        struct timespec times[2];
        times[0].tv_sec = 0;
        times[0].tv_nsec = UTIME_OMIT;
        times[1].tv_sec = time_t(ms / 1000);
        times[1].tv_nsec = long(ms % 1000) * 1000000L;
        ::futimens(fd, times);
    }

    QString target = file.committing.isEmpty() ? freeName(file.localPath) : file.committing;
    QString recorded = file.committing;
    for (int attempt = 0; attempt < 10000; ++attempt) {
        if (target != recorded) {
            if (const Result r = record(target); r.isError())
                return r;
            recorded = target;
        }
        // renameat2(RENAME_NOREPLACE) never replaces what is at the target, atomically.
        if (::renameat2(AT_FDCWD, tempName.constData(), AT_FDCWD, encoded(target).constData(),
                        RENAME_NOREPLACE)
            == 0) {
            Info moved;
            if (!describePath(target, &moved) || moved.identity != info.identity) {
                // The temporary name was pointed elsewhere after the check: put back what was
                // moved, it is not the download.
                ::renameat2(AT_FDCWD, encoded(target).constData(), AT_FDCWD, tempName.constData(),
                            RENAME_NOREPLACE);
                return refusal(temp, Text::tr("it changed while it was renamed"));
            }
            folders->insert(QFileInfo(target).absolutePath());
            *finalPath = target;
            return Result::S_OK;
        }
        if (errno != EEXIST)
            return localFileError(errno, target);
        target = freeName(file.localPath, { target });
    }
    return Result(Result::ERROR_FILE_EXISTS, file.localPath);
}

bool PartFile::discard(const QString &temp, const FileIdentity &identity)
{
    Info info;
    if (!describePath(temp, &info))
        return errno == ENOENT;
    if (!unusable(info, identity).isEmpty())
        return false;
    return ::unlink(encoded(temp).constData()) == 0 || errno == ENOENT;
}

} // namespace Ferry
