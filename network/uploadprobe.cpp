#include "uploadprobe.h"

#include "httprequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Ferry {

UploadProbe::UploadProbe(const Context &context, const Job &job, int fileIndex, QObject *parent)
    : HttpTransfer(context, job, job.files.at(fileIndex), fileIndex, parent)
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
    m_reply = network()->sendCustomRequest(request, QByteArrayLiteral("OPTIONS"));
    connect(m_reply, &QNetworkReply::finished, this, &UploadProbe::onFinished);
    keepAlive();
}

void UploadProbe::stop()
{
    discard(m_reply);
}

void UploadProbe::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    stopStallWatch();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        fail(TransferFailure::fromNetworkError(reply->error(), reply->errorString(), m_fileIndex));
        return;
    }
    markDone();
    Q_EMIT protocolChosen(fromAnswer(reply));
}

} // namespace Ferry
