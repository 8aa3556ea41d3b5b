#include "uploadprobe.h"

#include "httprequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Ferry {

UploadProbe::UploadProbe(QNetworkAccessManager *network, const Job &job, int fileIndex,
                         int timeoutMs, QObject *parent)
    : FileTransfer(parent)
    , m_network(network)
    , m_job(job.withoutFiles())
    , m_file(job.files.at(fileIndex))
    , m_fileIndex(fileIndex)
    , m_timeoutMs(timeoutMs)
{ }

UploadProbe::~UploadProbe()
{
    abort();
}

bool UploadProbe::needed(const Job &job)
{
    return job.type == JobType::Upload && job.upload.protocol == UploadProtocol::Default;
}

UploadProtocol UploadProbe::fromAnswer(const QNetworkReply *reply)
{
    return reply->hasRawHeader("Tus-Resumable") || reply->hasRawHeader("Tus-Version")
        ? UploadProtocol::Tus
        : UploadProtocol::Put;
}

void UploadProbe::start()
{
    QNetworkRequest request = HttpRequest::upload(m_job, m_file.remoteUrl);
    request.setRawHeader("Tus-Resumable", "1.0.0");
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_network->sendCustomRequest(request, QByteArrayLiteral("OPTIONS"));
    connect(m_reply, &QNetworkReply::finished, this, &UploadProbe::onFinished);
}

void UploadProbe::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void UploadProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        Q_EMIT failed(
            TransferFailure::fromNetworkError(reply->error(), reply->errorString(), m_fileIndex));
        return;
    }
    Q_EMIT protocolChosen(fromAnswer(reply));
}

} // namespace Ferry
