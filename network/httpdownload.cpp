#include "httpdownload.h"

#include "contentdisposition.h"
#include "digestheaders.h"
#include "httprequest.h"
#include "jobfiles.h"
#include "ratelimiter.h"
#include "responsevalidator.h"

#include <QAuthenticator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include <cerrno>

Q_LOGGING_CATEGORY(lcDownload, "ferry.network.download")

namespace Ferry {

namespace {

constexpr int kMaxRestarts = 3;

// "bytes */1000" of a 416 answer.
qint64 parseUnsatisfiedRange(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("^bytes\\s+\\*/(\\d+)$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value.trimmed()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

HttpDownload::HttpDownload(const Context &context, const Job &job, int fileIndex,
                           const Options &options, QObject *parent)
    : HttpTransfer(context, job, job.files.at(fileIndex), fileIndex, parent)
    , m_options(options)
{
    connect(network(), &QNetworkAccessManager::authenticationRequired, this,
            [this](QNetworkReply *reply, QAuthenticator *auth) {
                if (reply != m_reply || m_authTried)
                    return;
                m_authTried = true; // wrong credentials: the server's 401 becomes the error
                for (const Credentials &c : std::as_const(m_job.credentials)) {
                    if (c.target == AuthTarget::Server) {
                        auth->setUser(c.user);
                        auth->setPassword(c.password);
                        return;
                    }
                }
            });
}

HttpDownload::~HttpDownload()
{
    abort();
}

void HttpDownload::prefetch()
{
    Q_ASSERT(!m_reply && m_file.bytesTransferred == 0);
    m_held = true;
    sendRequest();
    stopStallWatch(); // a held answer is not read, so it cannot stall
}

void HttpDownload::start()
{
    if (m_held) {
        // From the event loop: an answer that is already complete finishes this file, and the
        // engine starts the next one, without nesting one file's end inside another's start.
        QMetaObject::invokeMethod(this, &HttpDownload::release, Qt::QueuedConnection);
        return;
    }
    if (!QFileInfo(m_file.localPath).isDir()) {
        if (!openPartFile(m_file.bytesTransferred))
            return;
        // A file whose bytes are all on disk needs no request.
        if (m_file.bytesTotal != SizeUnknown && m_part->size() == m_file.bytesTotal) {
            m_file.bytesTransferred = m_file.bytesTotal;
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    markDone();
                    Q_EMIT finished();
                },
                Qt::QueuedConnection);
            return;
        }
    }
    sendRequest();
}

bool HttpDownload::openPartFile(qint64 offset)
{
    // A longer file is cut to the durable offset; a shorter or new one says where its bytes end.
    m_part = std::make_unique<PartFile>(JobFiles::tempPath(m_job.id, m_file.localPath));
    Result r = m_part->open(m_file.part);
    if (r.isSuccess() && m_part->size() > offset)
        r = m_part->resize(offset);
    if (r.isError()) {
        m_part.reset();
        fail(TransferFailure::fromLocalResult(r, m_fileIndex));
        return false;
    }
    m_file.part = m_part->identity();
    m_file.bytesTransferred = m_part->size();
    return true;
}

void HttpDownload::sendRequest()
{
    QNetworkRequest request = HttpRequest::get(m_job, m_file, m_options.maxRedirects);
    m_requestedOffset = m_part ? m_part->size() : 0;
    if (m_mode == Mode::Resume && m_requestedOffset > 0)
        HttpRequest::setRange(request, m_file, m_requestedOffset);
    m_headersAccepted = false;
    m_end = -1;
    m_replyFinished = false;
    m_authTried = false;
    m_reply = network()->get(request);
    m_reply->setReadBufferSize(m_options.readBufferSize);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpDownload::onFinished);
    keepAlive();
    qCDebug(lcDownload) << "GET" << m_file.remoteUrl << "from" << m_requestedOffset;
}

void HttpDownload::discardReply()
{
    discard(m_reply);
}

void HttpDownload::release()
{
    if (isDone() || !m_held)
        return;
    m_held = false;
    if (!QFileInfo(m_file.localPath).isDir() && !openPartFile(0))
        return;
    keepAlive();
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    const bool whole = m_reply->error() == QNetworkReply::NoError
        && !m_reply->rawHeader("Content-Length").isEmpty();
    if ((status != 0 && !success) || (m_reply->isFinished() && !whole)) {
        // Only a whole answer that is the file is taken as it waited. An error status, a
        // connection that broke (a server's send timeout) or a body that ended without a length
        // to check it by is asked for again now, as if it had never been asked: a server that
        // refused the extra connection gets its chance, and errors are the current file's own.
        discardReply();
        sendRequest();
        return;
    }
    if (m_reply->isFinished()) {
        onFinished();
        return;
    }
    if (status != 0)
        onMetaData();
    if (!isDone() && m_reply && m_reply->bytesAvailable() > 0)
        onReadyRead();
}

void HttpDownload::onMetaData()
{
    if (m_held)
        return;
    keepAlive();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_headersAccepted && status >= 200 && status < 300)
        acceptHeaders();
}

QString HttpDownload::resolveLocalPath()
{
    // The destination is a folder: the server's Content-Disposition names the file, else the
    // (final) URL, else the host; always sanitised, never outside the folder, never clobbering.
    QString name = JobFiles::sanitizeFileName(
        ContentDisposition::fileName(m_reply->rawHeader("Content-Disposition")));
    if (name.isEmpty())
        name = JobFiles::fileNameForUrl(m_reply->url());
    const QDir dir(m_file.localPath);
    QString path = dir.filePath(name);
    for (int n = 1;
         QFileInfo::exists(path) || QFileInfo::exists(JobFiles::tempPath(m_job.id, path)); ++n)
        path = JobFiles::numberedName(dir.filePath(name), n);
    return path;
}

bool HttpDownload::acceptHeaders()
{
    const ResponseValidator::Decision d = ResponseValidator::check(
        *m_reply, m_file, m_mode == Mode::Resume ? m_requestedOffset : 0, -1, m_fileIndex);
    if (d.verdict == ResponseValidator::Verdict::Refuse) {
        fail(d.failure);
        return false;
    }
    if (d.verdict == ResponseValidator::Verdict::Restart) {
        // Not the bytes we asked for, or another version of the file: restart this file.
        qCInfo(lcDownload) << m_file.remoteUrl << "answered a range we cannot use:" << d.why;
        restartFromZero(Mode::FromStart);
        return false;
    }
    m_rangesSupported = d.ranges;
    if (d.from == 0 && m_requestedOffset > 0) {
        // The whole entity: never appended, the file starts over with this body.
        if (const Result r = m_part->resize(0); r.isError()) {
            fail(TransferFailure::fromLocalResult(r, m_fileIndex));
            return false;
        }
        m_requestedOffset = 0;
    }
    if (!m_part) {
        m_file.localPath = resolveLocalPath();
        if (!openPartFile(0))
            return false;
    }
    m_end = d.end;
    m_file.bytesTotal = d.total;
    m_file.etag = d.etag;
    m_file.lastModified = d.lastModified;
    m_file.bytesTransferred = m_part->size();
    adoptServerDigest(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 206);
    startHashing();
    m_headersAccepted = true;
    Q_EMIT responseStarted(m_file);
    return true;
}

void HttpDownload::adoptServerDigest(bool partial)
{
    if (!m_file.integrity.yieldsToServerHeader())
        return;
    DigestHeaders::Response response;
    response.reprDigest = m_reply->rawHeader("Repr-Digest");
    response.contentDigest = m_reply->rawHeader("Content-Digest");
    response.digest = m_reply->rawHeader("Digest");
    response.contentEncoding = m_reply->rawHeader("Content-Encoding");
    response.partial = partial;
    const DigestHeaders headers = DigestHeaders::parse(response);
    for (const QString &note : headers.notes())
        qCInfo(lcDownload) << m_file.remoteUrl << note;
    const std::optional<DigestHeaders::Digest> best = headers.best();
    if (!best)
        return;
    FileIntegrity integrity;
    integrity.expected = best->checksum;
    switch (best->source) {
    case DigestHeaders::Source::ReprDigest:
        integrity.source = ChecksumSource::ReprDigest;
        break;
    case DigestHeaders::Source::ContentDigest:
        integrity.source = ChecksumSource::ContentDigest;
        break;
    case DigestHeaders::Source::LegacyDigest:
        integrity.source = ChecksumSource::DigestHeader;
        break;
    }
    if (m_file.integrity.expected != integrity.expected) // else what was found stays
        m_file.integrity = integrity;
}

void HttpDownload::startHashing()
{
    m_hasher.reset();
    if (!m_file.integrity.expected || !m_part)
        return;
    const qint64 onDisk = m_part->size();
    if (onDisk > m_options.rehashLimit)
        return; // FileVerifier reads it once, after the last byte
    Hasher hasher(m_file.integrity.expected->algorithm);
    if (onDisk > 0 && !hasher.addFileRange(m_part->descriptor(), 0, onDisk))
        return;
    m_hasher = std::move(hasher);
}

void HttpDownload::restartFromZero(Mode mode)
{
    if (++m_restarts > kMaxRestarts) {
        fail(TransferFailure::make(Result::BG_E_INVALID_SERVER_RESPONSE, ErrorContext::RemoteFile,
                                   true, m_fileIndex));
        return;
    }
    discardReply();
    if (m_part) {
        if (const Result r = m_part->resize(0); r.isError()) {
            fail(TransferFailure::fromLocalResult(r, m_fileIndex));
            return;
        }
    }
    m_mode = mode;
    m_hasher.reset();
    // Another version of the file: a server header's digest was of the old one.
    if (m_file.integrity.yieldsToServerHeader())
        m_file.integrity = {};
    m_file.bytesTransferred = 0;
    m_file.bytesTotal = SizeUnknown;
    m_file.etag.clear();
    m_file.lastModified = QDateTime();
    Q_EMIT progress(0, SizeUnknown);
    sendRequest();
}

void HttpDownload::onReadyRead()
{
    if (m_held)
        return;
    keepAlive();
    if (!m_headersAccepted) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return; // an error body: onFinished reports the status
        if (!acceptHeaders())
            return;
    }
    writeAvailable();
}

void HttpDownload::writeAvailable()
{
    if (isDone() || !m_reply)
        return;
    m_writeScheduled = false;
    for (;;) {
        qint64 n = m_reply->bytesAvailable();
        if (n <= 0)
            break;
        n = qMin<qint64>(n, m_options.readBufferSize);
        if (m_limiter) {
            n = m_limiter->acquire(n);
            if (n == 0) {
                if (!m_writeScheduled) {
                    m_writeScheduled = true;
                    QTimer::singleShot(qMax(1, m_limiter->msUntilAvailable()), this,
                                       &HttpDownload::writeAvailable);
                }
                keepAlive(); // waiting for the limiter is not a stall
                return;
            }
        }
        // read(n) hands over Qt's own buffer chunk when it fits, without copying it.
        const QByteArray buffer = m_reply->read(n);
        qint64 take = buffer.size();
        if (take <= 0)
            break;
        // Nothing past what the answer announced is written: progress never passes the total.
        const bool overrun = m_end >= 0 && m_part->size() + take > m_end;
        if (overrun)
            take = m_end - m_part->size();
        if (const Result r = m_part->append(buffer.constData(), take); r.isError()) {
            fail(TransferFailure::fromLocalResult(r, m_fileIndex));
            return;
        }
        if (m_hasher)
            m_hasher->addData(QByteArrayView(buffer.constData(), take));
        if (overrun) {
            m_file.bytesTransferred = m_part->size();
            fail(ResponseValidator::overrun(m_fileIndex));
            return;
        }
    }
    m_file.bytesTransferred = m_part->size();
    Q_EMIT progress(m_file.bytesTransferred, m_file.bytesTotal);
    if (m_replyFinished && m_reply->bytesAvailable() == 0)
        complete();
}

void HttpDownload::onFinished()
{
    if (isDone() || !m_reply || m_held)
        return;
    stopStallWatch();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();

    if (status == 416) {
        const qint64 entity = parseUnsatisfiedRange(m_reply->rawHeader("Content-Range"));
        if (entity >= 0 && entity == m_requestedOffset) {
            // We already have every byte: the file is complete.
            m_file.bytesTotal = entity;
            m_file.bytesTransferred = entity;
            m_headersAccepted = true;
            Q_EMIT responseStarted(m_file);
            m_replyFinished = true;
            complete();
        } else {
            restartFromZero(Mode::FromStart);
        }
        return;
    }
    if (error == QNetworkReply::TooManyRedirectsError
        || error == QNetworkReply::InsecureRedirectError) {
        fail(TransferFailure::fromNetworkError(error, m_reply->errorString(), m_fileIndex));
        return;
    }
    if (status >= 300 || (status == 0 && error == QNetworkReply::NoError)) {
        const qint64 retryAfter = retryAfterOf(m_reply);
        fail(TransferFailure::fromHttpStatus(status, m_fileIndex, retryAfter));
        return;
    }
    if (error != QNetworkReply::NoError) {
        if (m_headersAccepted)
            writeAvailable(); // keep what arrived before the connection broke
        if (!isDone())
            fail(TransferFailure::fromNetworkError(error, m_reply->errorString(), m_fileIndex));
        return;
    }
    if (!m_headersAccepted && !acceptHeaders())
        return;
    m_replyFinished = true;
    writeAvailable();
}

void HttpDownload::complete()
{
    if (isDone())
        return;
    if (m_file.bytesTotal == SizeUnknown) {
        m_file.bytesTotal = m_part->size();
    } else if (m_part->size() < m_file.bytesTotal) {
        fail(TransferFailure::make(Result::BG_E_CONNECTION_CLOSED, ErrorContext::GeneralTransport,
                                   true, m_fileIndex,
                                   tr("The server closed the connection after %1 of %2 bytes.")
                                       .arg(m_part->size())
                                       .arg(m_file.bytesTotal)));
        return;
    }
    if (!sync())
        return;
    m_part->close();
    m_file.bytesTransferred = m_file.bytesTotal;
    // Hashed while written: a match is the check. A mismatch is left to FileVerifier, which
    // reads the file as it is on disk and rejects it.
    if (m_hasher && m_hasher->bytes() == m_file.bytesTotal && m_file.integrity.expected
        && m_hasher->matches(*m_file.integrity.expected))
        m_file.integrity.validation = Validation::Verified;
    stopStallWatch();
    markDone();
    Q_EMIT progress(m_file.bytesTransferred, m_file.bytesTotal);
    Q_EMIT finished();
}

void HttpDownload::stalled()
{
    if (isDone() || !m_reply)
        return;
    qCInfo(lcDownload) << m_file.remoteUrl << "stalled";
    if (m_headersAccepted)
        writeAvailable();
    HttpTransfer::stalled();
}

JobFile HttpDownload::durable() const
{
    JobFile f = m_file;
    f.bytesTransferred = m_part ? m_part->syncedSize() : 0;
    f.segments.clear();
    return f;
}

bool HttpDownload::sync()
{
    if (!m_part)
        return true;
    if (const Result r = m_part->sync(); r.isError()) {
        fail(TransferFailure::fromLocalResult(r, m_fileIndex));
        return false;
    }
    return true;
}

void HttpDownload::stop()
{
    discardReply();
    // What was written is kept: the next attempt resumes after it. (After a failed write, a sync
    // that fails too simply keeps the last durable offset.)
    if (m_part && m_part->isOpen()) {
        m_part->sync();
        m_file.bytesTransferred = m_part->syncedSize();
        m_part->close();
    }
}

} // namespace Ferry
