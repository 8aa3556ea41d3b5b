#include "partfile.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry {

PartFile::PartFile(const QString &path)
    : m_path(path)
{ }

PartFile::~PartFile()
{
    close();
}

bool PartFile::open(qint64 offset, int *error)
{
    close();
    const QByteArray name = QFile::encodeName(m_path);
    m_fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        *error = errno;
        return false;
    }
    struct stat st;
    if (::fstat(m_fd, &st) != 0) {
        *error = errno;
        close();
        return false;
    }
    const qint64 start = qMin<qint64>(offset, st.st_size);
    if (st.st_size != start && ::ftruncate(m_fd, start) != 0) {
        *error = errno;
        close();
        return false;
    }
    if (::lseek(m_fd, start, SEEK_SET) < 0) {
        *error = errno;
        close();
        return false;
    }
    m_position = m_synced = start;
    return true;
}

bool PartFile::restart(int *error)
{
    if (m_fd < 0 && !open(0, error))
        return false;
    if (::ftruncate(m_fd, 0) != 0 || ::lseek(m_fd, 0, SEEK_SET) < 0) {
        *error = errno;
        return false;
    }
    m_position = m_synced = 0;
    return true;
}

bool PartFile::write(const char *data, qint64 size, int *error)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *error = errno;
            return false;
        }
        data += n;
        size -= n;
        m_position += n;
    }
    return true;
}

bool PartFile::sync(int *error)
{
    if (m_fd < 0)
        return true;
    if (m_synced == m_position)
        return true;
    if (::fdatasync(m_fd) != 0) {
        *error = errno;
        return false;
    }
    m_synced = m_position;
    return true;
}

void PartFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace Ferry
