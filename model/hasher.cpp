#include "hasher.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace Ferry {

namespace {

const EVP_MD *digestFor(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Md5:
        return EVP_md5();
    case HashAlgorithm::Sha1:
        return EVP_sha1();
    case HashAlgorithm::Sha256:
        return EVP_sha256();
    case HashAlgorithm::Sha512:
        return EVP_sha512();
    }
    return nullptr;
}

// Large enough that the digest, not the system call, is what a read costs; small enough to stay
// in the CPU's cache.
constexpr qint64 ReadChunk = 256 * 1024;

struct FdCloser
{
    int fd;
    ~FdCloser() { ::close(fd); }
};

} // namespace

Hasher::Hasher(HashAlgorithm algorithm)
    : m_algorithm(algorithm)
    , m_ctx(EVP_MD_CTX_new())
{
    // Allocation failure or a provider without the digest: nothing sensible can go on.
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, digestFor(algorithm), nullptr) != 1)
        qFatal("Hasher: OpenSSL cannot compute %s", qPrintable(Checksum::algorithmName(algorithm)));
}

Hasher::~Hasher()
{
    EVP_MD_CTX_free(m_ctx);
}

Hasher::Hasher(Hasher &&other) noexcept
    : m_algorithm(other.m_algorithm)
    , m_ctx(std::exchange(other.m_ctx, nullptr))
    , m_bytes(std::exchange(other.m_bytes, 0))
{ }

Hasher &Hasher::operator=(Hasher &&other) noexcept
{
    std::swap(m_algorithm, other.m_algorithm);
    std::swap(m_ctx, other.m_ctx);
    std::swap(m_bytes, other.m_bytes);
    return *this;
}

void Hasher::addData(QByteArrayView data)
{
    Q_ASSERT(m_ctx); // not moved from
    if (data.isEmpty())
        return;
    EVP_DigestUpdate(m_ctx, data.data(), size_t(data.size()));
    m_bytes += data.size();
}

bool Hasher::addFileRange(int fd, qint64 offset, qint64 length, QString *error)
{
    const auto buffer = std::make_unique<char[]>(size_t(qMin(ReadChunk, qMax<qint64>(length, 1))));
    while (length > 0) {
        const ssize_t n = ::pread(fd, buffer.get(), size_t(qMin(ReadChunk, length)), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (error) {
                *error = n < 0 ? tr("Cannot read the file to check it: %1.")
                                     .arg(QString::fromLocal8Bit(std::strerror(errno)))
                               : tr("The file ended %n byte(s) early.", nullptr,
                                    int(qMin<qint64>(length, 1 << 30)));
            }
            return false;
        }
        addData(QByteArrayView(buffer.get(), n));
        offset += n;
        length -= n;
    }
    return true;
}

QByteArray Hasher::result() const
{
    Q_ASSERT(m_ctx);
    // Finish a copy, so the running state stays and more data may follow.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> copy(EVP_MD_CTX_new(),
                                                                 &EVP_MD_CTX_free);
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_ctx) != 1
        || EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char *>(out.data()), &size)
            != 1)
        qFatal("Hasher: OpenSSL failed to finish a digest");
    out.resize(int(size));
    return out;
}

bool Hasher::matches(const Checksum &expected) const
{
    return expected.algorithm == m_algorithm && expected.digest == result();
}

void Hasher::reset()
{
    Q_ASSERT(m_ctx);
    EVP_DigestInit_ex(m_ctx, digestFor(m_algorithm), nullptr);
    m_bytes = 0;
}

QByteArray Hasher::hash(HashAlgorithm algorithm, QByteArrayView data)
{
    Hasher hasher(algorithm);
    hasher.addData(data);
    return hasher.result();
}

QByteArray Hasher::hashFile(HashAlgorithm algorithm, const QString &path, qint64 offset,
                            qint64 length, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = reason;
        return QByteArray();
    };
    if (fd < 0) {
        //: %1 is a file path, %2 the system's reason
        return fail(tr("Cannot open %1 to check it: %2.")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const FdCloser closer { fd };
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return fail(tr("%1 is not a regular file.").arg(path));
    if (length < 0)
        length = qMax<qint64>(0, qint64(st.st_size) - offset);
    ::posix_fadvise(fd, off_t(offset), off_t(length), POSIX_FADV_SEQUENTIAL);
    Hasher hasher(algorithm);
    if (!hasher.addFileRange(fd, offset, length, error))
        return QByteArray();
    return hasher.result();
}

} // namespace Ferry
