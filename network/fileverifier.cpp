#include "fileverifier.h"

#include "hasher.h"
#include "jobfiles.h"
#include "partfile.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace Ferry {

namespace {
// Read in pieces so that a Suspend or Cancel stops a large file's check within one of them.
constexpr qint64 Chunk = qint64(8) << 20;
} // namespace

FileVerifier::FileVerifier(const Job &job, int fileIndex, QObject *parent)
    : FileTransfer(parent)
    , m_id(job.id)
    , m_file(job.files.at(fileIndex))
    , m_fileIndex(fileIndex)
{ }

FileVerifier::~FileVerifier()
{
    stopWorker();
}

void FileVerifier::stopWorker()
{
    m_cancelled = true;
    if (m_worker) {
        m_worker->wait();
        m_worker.reset();
    }
}

void FileVerifier::start()
{
    Q_ASSERT(m_file.integrity.expected);
    // The job is moving (checking) this file's bytes: TRANSFERRING, not TRANSFERRED yet.
    Q_EMIT responseStarted(m_file);
    const QString temp = JobFiles::tempPath(m_id, m_file.localPath);
    m_part = std::make_unique<PartFile>(temp);
    if (const Result r = m_part->openForReading(m_file.part); r.isError()) {
        reject(TransferFailure::fromLocalResult(r, m_fileIndex), Validation::NotChecked);
        return;
    }
    if (m_part->size() != m_file.bytesTotal) {
        reject(TransferFailure::make(
                   Result::BG_E_VALIDATION_FAILED, ErrorContext::LocalFile, false, m_fileIndex,
                   //: %1 is a file path
                   tr("The temporary file %1 does not have the size of the download; it is fetched "
                      "again.")
                       .arg(temp)),
               Validation::NotChecked);
        return;
    }
    qCInfo(lcEngine) << "checking" << m_file.localPath << "against"
                     << m_file.integrity.expected->toString();
    const int fd = m_part->descriptor();
    const qint64 size = m_file.bytesTotal;
    const HashAlgorithm algorithm = m_file.integrity.expected->algorithm;
    m_worker.reset(QThread::create([this, fd, size, algorithm]() {
        Hasher hasher(algorithm);
        QString error;
        for (qint64 offset = 0; offset < size && error.isEmpty(); offset += Chunk) {
            if (m_cancelled)
                return;
            hasher.addFileRange(fd, offset, qMin(Chunk, size - offset), &error);
        }
        const QByteArray digest = error.isEmpty() ? hasher.result() : QByteArray();
        // Delivered on the engine thread; dropped with this object if it is gone first.
        QMetaObject::invokeMethod(
            this, [this, digest, error]() { onHashed(digest, error); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

void FileVerifier::abort()
{
    m_done = true;
    stopWorker();
    m_part.reset();
}

void FileVerifier::onHashed(const QByteArray &digest, const QString &error)
{
    if (m_done)
        return;
    stopWorker();
    m_part.reset();
    if (!error.isEmpty()) {
        reject(TransferFailure::make(Result::BG_E_VALIDATION_FAILED, ErrorContext::LocalFile, false,
                                     m_fileIndex, error),
               Validation::NotChecked);
        return;
    }
    const Checksum &expected = *m_file.integrity.expected;
    if (digest != expected.digest) {
        Checksum actual { expected.algorithm, digest };
        reject(
            TransferFailure::make(
                Result::BG_E_VALIDATION_FAILED, ErrorContext::RemoteFile, false, m_fileIndex,
                //: %1 is a URL, %2 and %3 checksums ("sha256:9f86…"), %4 where the second came from
                tr("The bytes from %1 have the checksum %2, not %3 (%4). The file was removed; "
                   "resume the job to download it again.")
                    .arg(m_file.remoteUrl.toDisplayString(), actual.toString(), expected.toString(),
                         checksumSourceName(m_file.integrity.source))),
            Validation::Mismatch);
        return;
    }
    m_done = true;
    m_file.integrity.validation = Validation::Verified;
    qCInfo(lcEngine) << m_file.localPath << "verified";
    Q_EMIT finished();
}

void FileVerifier::reject(const TransferFailure &failure, Validation validation)
{
    m_done = true;
    m_part.reset();
    PartFile::discard(JobFiles::tempPath(m_id, m_file.localPath), m_file.part);
    m_file.bytesTransferred = 0;
    m_file.bytesTotal = SizeUnknown;
    m_file.segments.clear();
    m_file.part = {};
    m_file.integrity.validation = validation;
    Q_EMIT failed(failure);
}

} // namespace Ferry
