#include "tusupload.h"

#include "httprequest.h"
#include "uploadsource.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcTus, "ferry.network.tus")

namespace Ferry {

namespace {

constexpr int kMaxConflicts = 3;
const QByteArray kTusVersion = QByteArrayLiteral("1.0.0");

qint64 headerNumber(const QNetworkReply *reply, const char *name)
{
    bool ok = false;
    const qint64 v = reply->rawHeader(name).trimmed().toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

} // namespace

TusUpload::TusUpload(const Context &context, const Job &job, int fileIndex, const Options &options,
                     QObject *parent)
    : HttpTransfer(context, job, job.files.at(fileIndex), fileIndex, parent)
    , m_options(options)
    , m_session(job.upload.sessionUrl)
{ }

TusUpload::~TusUpload()
{
    abort();
}

void TusUpload::start()
{
    m_file.completed = false;
    if (const auto failure = UploadSource::check(&m_file, m_fileIndex)) {
        QMetaObject::invokeMethod(
            this, [this, f = *failure]() { fail(f); }, Qt::QueuedConnection);
        return;
    }
    // Only what the server confirms counts; HEAD tells where it is.
    m_offset = 0;
    m_file.bytesTransferred = 0;
    if (m_session.isEmpty())
        sendOptions();
    else
        sendHead();
}

QNetworkRequest TusUpload::request(const QUrl &url) const
{
    QNetworkRequest r = HttpRequest::upload(m_job, url);
    r.setRawHeader("Tus-Resumable", kTusVersion);
    return r;
}

void TusUpload::send(Step step, QNetworkReply *reply)
{
    m_step = step;
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &TusUpload::onFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this]() { keepAlive(); });
    keepAlive();
}

void TusUpload::sendOptions()
{
    send(Step::Options,
         network()->sendCustomRequest(request(m_file.remoteUrl), QByteArrayLiteral("OPTIONS")));
}

void TusUpload::sendCreate()
{
    QNetworkRequest r = request(m_file.remoteUrl);
    r.setRawHeader("Upload-Length", QByteArray::number(m_file.bytesTotal));
    r.setRawHeader("Upload-Metadata",
                   "filename " + QFileInfo(m_file.localPath).fileName().toUtf8().toBase64());
    const bool withUpload = m_extensions.contains("creation-with-upload") && m_file.bytesTotal > 0
        && m_file.bytesTotal <= m_options.createWithUploadMax;
    if (!withUpload) {
        r.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        send(Step::Create, network()->post(r, QByteArray()));
        return;
    }
    m_body = std::make_unique<UploadBody>(m_file.localPath, 0, m_file.bytesTotal);
    m_body->setRateLimiter(m_limiter);
    int error = 0;
    if (!m_body->openSource(&error)) {
        fail(TransferFailure::fromLocalError(error, m_file.localPath, m_fileIndex));
        return;
    }
    r.setRawHeader("Content-Type", "application/offset+octet-stream");
    r.setHeader(QNetworkRequest::ContentLengthHeader, m_body->size());
    send(Step::Create, network()->post(r, m_body.get()));
}

void TusUpload::sendHead()
{
    send(Step::Head, network()->head(request(m_session)));
}

void TusUpload::sendPatch()
{
    const qint64 length = qMin(m_options.chunkSize, m_file.bytesTotal - m_offset);
    m_body = std::make_unique<UploadBody>(m_file.localPath, m_offset, length);
    m_body->setRateLimiter(m_limiter);
    int error = 0;
    if (!m_body->openSource(&error)) {
        fail(TransferFailure::fromLocalError(error, m_file.localPath, m_fileIndex));
        return;
    }
    connect(m_body.get(), &UploadBody::throttled, this, [this]() { keepAlive(); });
    QNetworkRequest r = request(m_session);
    r.setRawHeader("Upload-Offset", QByteArray::number(m_offset));
    r.setRawHeader("Content-Type", "application/offset+octet-stream");
    r.setHeader(QNetworkRequest::ContentLengthHeader, length);
    QNetworkReply *reply
        = network()->sendCustomRequest(r, QByteArrayLiteral("PATCH"), m_body.get());
    send(Step::Patch, reply);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        keepAlive();
        if (sent <= 0 || isDone())
            return;
        m_file.bytesTransferred = qMin(m_file.bytesTotal, m_offset + sent);
        Q_EMIT progress(m_file.bytesTransferred, m_file.bytesTotal);
    });
    qCDebug(lcTus) << "PATCH" << m_session << "from" << m_offset << length << "bytes";
}

void TusUpload::onFinished()
{
    if (isDone() || !m_reply || sender() != m_reply)
        return;
    stopStallWatch();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (status == 0) {
        JobFile now = m_file;
        if (const auto failure = UploadSource::check(&now, m_fileIndex))
            fail(*failure);
        else
            fail(TransferFailure::fromNetworkError(error, m_reply->errorString(), m_fileIndex));
        return;
    }
    switch (m_step) {
    case Step::Options:
        afterOptions(status);
        break;
    case Step::Create:
        afterCreate(status);
        break;
    case Step::Head:
        afterHead(status);
        break;
    case Step::Patch:
        afterPatch(status);
        break;
    case Step::Idle:
        break;
    }
}

void TusUpload::afterOptions(int status)
{
    // A server that does not answer OPTIONS is taken as core + creation.
    if (status >= 200 && status < 300) {
        for (const QByteArray &e : m_reply->rawHeader("Tus-Extension").split(','))
            m_extensions.append(e.trimmed());
        const qint64 max = headerNumber(m_reply, "Tus-Max-Size");
        if (max > 0 && m_file.bytesTotal > max) {
            fail(TransferFailure::make(
                Result::httpError(413), ErrorContext::RemoteFile, false, m_fileIndex,
                tr("The server takes uploads of at most %1 bytes; the file has %2.")
                    .arg(max)
                    .arg(m_file.bytesTotal)));
            return;
        }
    }
    stopRequest();
    sendCreate();
}

void TusUpload::afterCreate(int status)
{
    const QByteArray location = m_reply->rawHeader("Location");
    if (status != 201 && !(status >= 200 && status < 300 && !location.isEmpty())) {
        failStatus(status);
        return;
    }
    if (location.isEmpty()) {
        fail(TransferFailure::make(Result::BG_E_INVALID_SERVER_RESPONSE, ErrorContext::RemoteFile,
                                   true, m_fileIndex,
                                   tr("The tus server created an upload without a Location.")));
        return;
    }
    m_session = m_reply->url().resolved(QUrl::fromEncoded(location.trimmed()));
    qCDebug(lcTus) << "created" << m_session;
    Q_EMIT uploadSession(m_session);
    if (isDone())
        return; // the engine could not store it
    if (!m_started) {
        m_started = true;
        Q_EMIT responseStarted(m_file);
    }
    const qint64 offset = headerNumber(m_reply, "Upload-Offset");
    stopRequest();
    setOffset(qMax<qint64>(0, offset));
}

void TusUpload::afterHead(int status)
{
    if (uploadGone(status))
        return;
    if (status < 200 || status >= 300) {
        failStatus(status);
        return;
    }
    const qint64 offset = headerNumber(m_reply, "Upload-Offset");
    const qint64 length = headerNumber(m_reply, "Upload-Length");
    if (offset < 0 || offset > m_file.bytesTotal || (length >= 0 && length != m_file.bytesTotal)) {
        // Not the upload of this file (or not a tus answer): start a new one.
        qCInfo(lcTus) << m_session << "does not match the file; creating a new upload";
        uploadGone(404);
        return;
    }
    if (!m_started) {
        m_started = true;
        Q_EMIT responseStarted(m_file);
    }
    stopRequest();
    setOffset(offset);
}

void TusUpload::afterPatch(int status)
{
    if (uploadGone(status))
        return;
    if (status == 409 && ++m_conflicts <= kMaxConflicts) {
        // Our offset is not the server's: ask it again.
        qCInfo(lcTus) << m_session << "409 at offset" << m_offset << "; reading the offset again";
        stopRequest();
        sendHead();
        return;
    }
    if (status < 200 || status >= 300) {
        failStatus(status);
        return;
    }
    const qint64 offset = headerNumber(m_reply, "Upload-Offset");
    if (offset < m_offset || offset > m_file.bytesTotal) {
        fail(TransferFailure::make(Result::BG_E_INVALID_SERVER_RESPONSE, ErrorContext::RemoteFile,
                                   true, m_fileIndex));
        return;
    }
    m_conflicts = 0;
    stopRequest();
    setOffset(offset);
}

bool TusUpload::uploadGone(int status)
{
    if (status != 404 && status != 410)
        return false;
    if (m_recreated) {
        failStatus(status); // a new upload vanished too: not something a retry fixes by itself
        return true;
    }
    qCInfo(lcTus) << m_session << "is gone (" << status << "); creating a new upload";
    m_recreated = true;
    m_session.clear();
    Q_EMIT uploadSession(QUrl());
    if (isDone())
        return true;
    stopRequest();
    setOffset(0);
    m_file.bytesTransferred = 0;
    Q_EMIT progress(0, m_file.bytesTotal);
    sendOptions();
    return true;
}

void TusUpload::setOffset(qint64 offset)
{
    m_offset = offset;
    m_file.bytesTransferred = offset;
    if (m_session.isEmpty())
        return;
    Q_EMIT progress(m_offset, m_file.bytesTotal);
    if (m_offset >= m_file.bytesTotal)
        complete();
    else
        sendPatch();
}

void TusUpload::complete()
{
    JobFile now = m_file;
    if (const auto failure = UploadSource::check(&now, m_fileIndex)) {
        fail(*failure);
        return;
    }
    markDone();
    stopStallWatch();
    m_file.completed = true;
    m_file.bytesTransferred = m_file.bytesTotal;
    Q_EMIT progress(m_file.bytesTransferred, m_file.bytesTotal);
    Q_EMIT finished();
}

void TusUpload::failStatus(int status)
{
    const qint64 retryAfter = retryAfterOf(m_reply);
    fail(TransferFailure::fromUploadStatus(status, m_fileIndex, ErrorContext::RemoteFile,
                                           retryAfter));
}

JobFile TusUpload::durable() const
{
    JobFile f = m_file;
    f.bytesTransferred = f.completed ? f.bytesTotal : m_offset;
    return f;
}

void TusUpload::stopRequest()
{
    stopStallWatch();
    discard(m_reply, &m_body);
    m_step = Step::Idle;
}

void TusUpload::stop()
{
    stopRequest();
    m_file.bytesTransferred = m_file.completed ? m_file.bytesTotal : m_offset;
}

void TusUpload::terminate(QNetworkAccessManager *network, const Job &job)
{
    QNetworkRequest r = HttpRequest::upload(job, job.upload.sessionUrl);
    r.setRawHeader("Tus-Resumable", kTusVersion);
    QNetworkReply *reply = network->deleteResource(r);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply]() {
        qCInfo(lcTus) << "DELETE" << reply->url() << "answered"
                      << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
    });
}

} // namespace Ferry
