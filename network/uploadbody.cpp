#include "uploadbody.h"

#include "ratelimiter.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry {

UploadBody::UploadBody(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &QIODevice::readyRead);
}

UploadBody::~UploadBody() = default;

void UploadBody::setFraming(const QByteArray &prefix, const QByteArray &suffix)
{
    m_prefix = prefix;
    m_suffix = suffix;
}

bool UploadBody::openSource(int *error)
{
    // O_NONBLOCK: a FIFO put where the source was never blocks the engine; it is refused below.
    const int fd = ::open(QFile::encodeName(m_file.fileName()).constData(),
                          O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = S_ISREG(st.st_mode) ? errno : EISDIR; // not a regular file
        ::close(fd);
        return false;
    }
    if (!m_file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered,
                     QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = EIO;
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 UploadBody::size() const
{
    return m_prefix.size() + m_length + m_suffix.size();
}

bool UploadBody::seek(qint64 pos)
{
    // Qt rewinds the body when it has to send the request again (a dropped keep-alive).
    return pos >= 0 && pos <= size() && QIODevice::seek(pos);
}

qint64 UploadBody::readData(char *data, qint64 maxSize)
{
    qint64 p = pos();
    qint64 n = qMin(maxSize, size() - p);
    if (n <= 0)
        return 0;
    if (m_limiter) {
        n = m_limiter->acquire(n);
        if (n == 0) {
            if (!m_wake.isActive())
                m_wake.start(qMax(1, m_limiter->msUntilAvailable()));
            Q_EMIT throttled();
            return 0;
        }
    }
    const qint64 prefixEnd = m_prefix.size();
    const qint64 fileEnd = prefixEnd + m_length;
    qint64 copied = 0;
    while (copied < n) {
        if (p < prefixEnd) {
            const qint64 k = qMin(n - copied, prefixEnd - p);
            std::memcpy(data + copied, m_prefix.constData() + p, size_t(k));
            copied += k;
            p += k;
        } else if (p < fileEnd) {
            const qint64 at = m_offset + (p - prefixEnd);
            if (m_file.pos() != at && !m_file.seek(at)) {
                m_readFailed = true;
                break;
            }
            const qint64 got = m_file.read(data + copied, qMin(n - copied, fileEnd - p));
            if (got <= 0) {
                m_readFailed = true; // the source ended early or could not be read
                break;
            }
            copied += got;
            p += got;
        } else {
            const qint64 k = qMin(n - copied, size() - p);
            std::memcpy(data + copied, m_suffix.constData() + (p - fileEnd), size_t(k));
            copied += k;
            p += k;
        }
    }
    if (m_readFailed) {
        setErrorString(m_file.errorString());
        return copied > 0 ? copied : -1;
    }
    return copied;
}

qint64 UploadBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Ferry
