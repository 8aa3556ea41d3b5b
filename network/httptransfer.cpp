#include "httptransfer.h"

#include "clock.h"
#include "uploadbody.h"

#include <QNetworkReply>

namespace Ferry {

HttpTransfer::HttpTransfer(const Context &context, const Job &job, const JobFile &file,
                           int fileIndex, QObject *parent)
    : FileTransfer(parent)
    , m_job(job.withoutFiles())
    , m_file(file)
    , m_fileIndex(fileIndex)
    , m_context(context)
    , m_stall(clock()->timer(
          this, [this]() { stalled(); }, "stall"))
{ }

HttpTransfer::~HttpTransfer() = default;

const Clock *HttpTransfer::clock() const
{
    return m_context.clock ? m_context.clock : Clock::system();
}

qint64 HttpTransfer::retryAfterOf(const QNetworkReply *reply) const
{
    return parseRetryAfter(reply->rawHeader("Retry-After"), clock()->now());
}

void HttpTransfer::keepAlive()
{
    m_stall->start(m_context.stallTimeoutMs);
}

void HttpTransfer::stopStallWatch()
{
    m_stall->stop();
}

void HttpTransfer::abort()
{
    m_stall->stop();
    if (!m_stopped) {
        m_stopped = true;
        stop();
    }
    m_done = true;
}

void HttpTransfer::fail(const TransferFailure &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_stall->stop();
    if (!m_stopped) {
        m_stopped = true;
        stop();
    }
    Q_EMIT failed(failure);
}

void HttpTransfer::stalled()
{
    fail(TransferFailure::make(
        Result::ERROR_WINHTTP_TIMEOUT, ErrorContext::GeneralTransport, true, m_fileIndex,
        tr("Nothing moved for %n second(s).", "", (m_context.stallTimeoutMs + 999) / 1000)));
}

void HttpTransfer::discard(QPointer<QNetworkReply> &reply, std::unique_ptr<UploadBody> *body)
{
    if (reply) {
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
        if (body && *body) {
            (*body)->setRateLimiter(nullptr);
            body->release()->setParent(reply);
        }
    }
    reply.clear();
    if (body)
        body->reset();
}

} // namespace Ferry
