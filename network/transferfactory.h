#pragma once

#include "download.h"
#include "httptransfer.h"
#include "tusupload.h"

#include <memory>

namespace Ferry {

// Builds the transfer for one file of a job: a Download for download jobs, and for uploads the
// protocol's class (an UploadProbe first when no protocol is chosen yet).
class TransferFactory
{
public:
    struct Options
    {
        int stallTimeoutMs = 60000;
        Download::Options download;
        TusUpload::Options tus;
    };

    TransferFactory(QNetworkAccessManager *network, const Clock *clock, const Options &options);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    std::unique_ptr<FileTransfer> create(const Job &job, int fileIndex) const;
    std::unique_ptr<Download> download(const Job &job, int fileIndex) const;

private:
    HttpTransfer::Context context() const;

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    Options m_options;
};

} // namespace Ferry
