#include "httpupload.h"

#include "httprequest.h"
#include "jobfiles.h"
#include "uploadsource.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcHttpUpload, "ferry.network.upload")

namespace Ferry {

namespace {

// A file name as a quoted-string of a Content-Disposition part header (RFC 7578 §4.2: raw
// UTF-8, with quotes and line breaks percent-encoded as browsers do).
QByteArray quotedFileName(const QString &path)
{
    QByteArray name = QFileInfo(path).fileName().toUtf8();
    name.replace('%', "%25").replace('"', "%22").replace('\r', "%0D").replace('\n', "%0A");
    return name;
}

} // namespace

HttpUpload::HttpUpload(const Context &context, const Job &job, int fileIndex, QObject *parent)
    : HttpTransfer(context, job, job.files.at(fileIndex), fileIndex, parent)
{ }

HttpUpload::~HttpUpload()
{
    abort();
}

void HttpUpload::start()
{
    m_file.completed = false;
    if (const auto failure = UploadSource::check(&m_file, m_fileIndex)) {
        QMetaObject::invokeMethod(
            this, [this, f = *failure]() { fail(f); }, Qt::QueuedConnection);
        return;
    }
    m_file.bytesTransferred = 0; // PUT and POST cannot resume: every attempt sends it all
    send();
}

void HttpUpload::send()
{
    const bool post = m_job.uploadProtocol() == UploadProtocol::Post;
    const bool form = post && !m_job.upload.formField.isEmpty();
    m_body = std::make_unique<UploadBody>(m_file.localPath, 0, m_file.bytesTotal);
    QNetworkRequest request = HttpRequest::upload(m_job, m_file.remoteUrl);
    if (form) {
        QByteArray boundary = "ferry-";
        for (int i = 0; i < 4; ++i)
            boundary += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        const QByteArray prefix = "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
            + m_job.upload.formField.toLatin1() + "\"; filename=\""
            + quotedFileName(m_file.localPath)
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        m_prefixSize = prefix.size();
        m_body->setFraming(prefix, "\r\n--" + boundary + "--\r\n");
        request.setRawHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
    } else if (!request.hasRawHeader("Content-Type")) {
        request.setRawHeader("Content-Type", "application/octet-stream");
    }
    m_body->setRateLimiter(m_limiter);
    int error = 0;
    if (!m_body->openSource(&error)) {
        fail(TransferFailure::fromLocalError(error, m_file.localPath, m_fileIndex));
        return;
    }
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_body->size());
    // A new attempt has no reply yet: a failure before the answer is the upload's, not the
    // reply's (BITS tells them apart by whether the reply's size is known).
    if (m_job.type == JobType::UploadReply)
        Q_EMIT replyProgress(0, SizeUnknown);
    connect(m_body.get(), &UploadBody::throttled, this, [this]() { keepAlive(); });
    m_reply = network()->sendCustomRequest(request, post ? "POST" : "PUT", m_body.get());
    connect(m_reply, &QNetworkReply::uploadProgress, this, &HttpUpload::onUploadProgress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this]() {
        keepAlive();
        markStarted();
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpUpload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpUpload::onFinished);
    keepAlive();
    qCDebug(lcHttpUpload) << (post ? "POST" : "PUT") << m_file.remoteUrl << m_file.bytesTotal
                          << "bytes";
}

void HttpUpload::markStarted()
{
    if (m_started)
        return;
    m_started = true;
    Q_EMIT responseStarted(m_file);
}

void HttpUpload::onUploadProgress(qint64 sent, qint64 total)
{
    keepAlive();
    if (sent <= 0 || isDone())
        return;
    markStarted();
    Q_UNUSED(total)
    // The multipart framing is not part of the file's progress.
    m_file.bytesTransferred = qBound<qint64>(0, sent - m_prefixSize, m_file.bytesTotal);
    Q_EMIT progress(m_file.bytesTransferred, m_file.bytesTotal);
}

bool HttpUpload::openReplyFile()
{
    // Every attempt writes the reply from its first byte, into the file Ferry created for it.
    m_replyPart = std::make_unique<PartFile>(JobFiles::tempPath(m_job.id, m_job.replyFileName));
    Result r = m_replyPart->open(m_job.replyPart);
    if (r.isSuccess())
        r = m_replyPart->resize(0);
    if (r.isError()) {
        m_replyPart.reset();
        fail(TransferFailure::fromLocalResult(r, m_fileIndex));
        return false;
    }
    m_job.replyPart = m_replyPart->identity();
    Q_EMIT replyFileCreated(m_job.replyPart);
    const QByteArray length = m_reply->rawHeader("Content-Length");
    m_replyTotal = length.isEmpty() ? SizeUnknown : length.toLongLong();
    Q_EMIT replyProgress(0, m_replyTotal);
    return true;
}

bool HttpUpload::writeReply()
{
    const QByteArray data = m_reply->readAll();
    if (m_job.type != JobType::UploadReply || data.isEmpty())
        return true; // a plain upload's answer is not kept
    if (const Result r = m_replyPart->append(data.constData(), data.size()); r.isError()) {
        fail(TransferFailure::fromLocalResult(r, m_fileIndex));
        return false;
    }
    const qint64 written = m_replyPart->size();
    Q_EMIT replyProgress(written,
                         m_replyTotal != SizeUnknown && written > m_replyTotal ? SizeUnknown
                                                                               : m_replyTotal);
    return true;
}

void HttpUpload::onReadyRead()
{
    keepAlive();
    if (isDone() || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!isSuccess(status))
        return; // an error body: onFinished reports the status
    if (m_job.type == JobType::UploadReply && !m_replyPart && !openReplyFile())
        return;
    writeReply();
}

void HttpUpload::onFinished()
{
    if (isDone() || !m_reply)
        return;
    stopStallWatch();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    // A source that changed under the request explains whatever the request reported.
    JobFile now = m_file;
    if (m_body->readFailed() || error != QNetworkReply::NoError || isSuccess(status)) {
        if (const auto failure = UploadSource::check(&now, m_fileIndex)) {
            fail(*failure);
            return;
        }
    }
    if (status != 0 && !isSuccess(status)) {
        const bool post = m_job.uploadProtocol() == UploadProtocol::Post;
        const qint64 retryAfter = retryAfterOf(m_reply);
        fail(TransferFailure::fromUploadStatus(
            status, m_fileIndex, post ? ErrorContext::RemoteApplication : ErrorContext::RemoteFile,
            retryAfter));
        return;
    }
    if (error != QNetworkReply::NoError || status == 0) {
        fail(TransferFailure::fromNetworkError(error, m_reply->errorString(), m_fileIndex));
        return;
    }
    markStarted();
    if (m_job.type == JobType::UploadReply) {
        if (!m_replyPart && !openReplyFile())
            return;
        if (!writeReply())
            return;
        if (const Result r = m_replyPart->sync(); r.isError()) {
            fail(TransferFailure::fromLocalResult(r, m_fileIndex));
            return;
        }
        m_replyPart->close();
        Q_EMIT replyProgress(m_replyPart->size(), m_replyPart->size());
    }
    markDone();
    m_file.bytesTransferred = m_file.bytesTotal;
    m_file.completed = true;
    stopStallWatch();
    discard(m_reply, &m_body);
    Q_EMIT progress(m_file.bytesTransferred, m_file.bytesTotal);
    Q_EMIT finished();
}

void HttpUpload::stalled()
{
    if (isDone() || !m_reply)
        return;
    qCInfo(lcHttpUpload) << m_file.remoteUrl << "stalled";
    HttpTransfer::stalled();
}

JobFile HttpUpload::durable() const
{
    JobFile f = m_file;
    // Nothing of an unfinished PUT or POST survives: the next attempt starts over.
    f.bytesTransferred = f.completed ? f.bytesTotal : 0;
    return f;
}

bool HttpUpload::sync()
{
    return true; // nothing local to make durable until the reply is complete
}

void HttpUpload::stop()
{
    discard(m_reply, &m_body);
    if (m_replyPart)
        m_replyPart->close();
    // Nothing of an unfinished PUT or POST survives: the next attempt starts over.
    if (!m_file.completed)
        m_file.bytesTransferred = 0;
}

} // namespace Ferry
