#include "uploadsource.h"

#include <QFile>
#include <QTimeZone>

#include <cerrno>
#include <sys/stat.h>

namespace Ferry::UploadSource {

std::optional<TransferFailure> check(JobFile *file, int fileIndex)
{
    struct stat st;
    if (::stat(QFile::encodeName(file->localPath).constData(), &st) != 0) {
        if (file->lastModified.isValid() && errno == ENOENT)
            return TransferFailure::localFileChanged(file->localPath, fileIndex);
        return TransferFailure::fromLocalError(errno, file->localPath, fileIndex);
    }
    if (!S_ISREG(st.st_mode))
        return TransferFailure::fromLocalError(EISDIR, file->localPath, fileIndex);
    const qint64 size = qint64(st.st_size);
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(
        qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000, QTimeZone::utc());
    if (!file->lastModified.isValid()) {
        file->bytesTotal = size;
        file->lastModified = modified;
        return std::nullopt;
    }
    if (size != file->bytesTotal || modified != file->lastModified)
        return TransferFailure::localFileChanged(file->localPath, fileIndex);
    return std::nullopt;
}

} // namespace Ferry::UploadSource
