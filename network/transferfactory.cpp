#include "transferfactory.h"

#include "fileverifier.h"
#include "httpupload.h"
#include "uploadprobe.h"

namespace Ferry {

TransferFactory::TransferFactory(QNetworkAccessManager *network, const Clock *clock,
                                 const Options &options)
    : m_network(network)
    , m_clock(clock)
    , m_options(options)
{ }

HttpTransfer::Context TransferFactory::context() const
{
    return { m_network, m_clock, m_options.stallTimeoutMs };
}

std::unique_ptr<Download> TransferFactory::download(const Job &job, int fileIndex) const
{
    return std::make_unique<Download>(context(), job, fileIndex, m_options.download);
}

std::unique_ptr<FileTransfer> TransferFactory::create(const Job &job, int fileIndex) const
{
    if (job.type == JobType::Download) {
        // Every byte is in but the digest is not checked yet (the last byte came just now, or
        // before a restart, or the user gave a checksum afterwards): only the check is left.
        const JobFile &file = job.files.at(fileIndex);
        if (file.bytesComplete() && file.needsVerification())
            return std::make_unique<FileVerifier>(job, fileIndex);
        return download(job, fileIndex);
    }
    if (UploadProbe::needed(job))
        return std::make_unique<UploadProbe>(context(), job, fileIndex);
    if (job.uploadProtocol() == UploadProtocol::Tus)
        return std::make_unique<TusUpload>(context(), job, fileIndex, m_options.tus);
    return std::make_unique<HttpUpload>(context(), job, fileIndex);
}

} // namespace Ferry
