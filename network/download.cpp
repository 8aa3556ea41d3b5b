#include "download.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDownloadChoice, "ferry.network.download.segments")

namespace Ferry {

Download::Download(const HttpTransfer::Context &context, const Job &job, int fileIndex,
                   const Options &options, QObject *parent)
    : FileTransfer(parent)
    , m_context(context)
    , m_job(job.withoutFiles())
    , m_file(job.files.at(fileIndex))
    , m_fileIndex(fileIndex)
    , m_options(options)
{
    if (m_job.segments > 0)
        m_options.connections = m_job.segments; // the job's own setting wins
    if (m_file.segments.isEmpty()) {
        auto stream = std::make_unique<HttpDownload>(context, job, fileIndex, options.stream);
        m_stream = stream.get();
        adopt(stream.release());
    } else {
        // Interrupted in segments: it goes on in segments.
        adopt(new SegmentedDownload(context, m_job, m_file, fileIndex,
                                    { m_options.connections, m_options.minSegment,
                                      m_options.stream.readBufferSize,
                                      m_options.stream.maxRedirects }));
    }
}

Download::~Download()
{
    abort();
}

void Download::adopt(HttpTransfer *transfer)
{
    m_current.reset(transfer);
    transfer->setRateLimiter(m_limiter);
    connect(transfer, &FileTransfer::responseStarted, this, &Download::onResponse);
    connect(transfer, &FileTransfer::progress, this, &FileTransfer::progress);
    connect(transfer, &FileTransfer::finished, this, &FileTransfer::finished);
    connect(transfer, &FileTransfer::failed, this, &FileTransfer::failed);
}

void Download::prefetch()
{
    if (m_stream)
        m_stream->prefetch();
}

void Download::start()
{
    m_current->setRateLimiter(m_limiter);
    m_current->start();
}

void Download::abort()
{
    if (m_current)
        m_current->abort();
}

bool Download::sync()
{
    return m_current->sync();
}

JobFile Download::file() const
{
    return m_current->file();
}

int Download::connections() const
{
    return m_current->connections();
}

JobFile Download::durable() const
{
    return m_current->durable();
}

bool Download::goesSegmented(const JobFile &file) const
{
    const bool validator = (!file.etag.isEmpty() && !file.etag.startsWith(QLatin1String("W/")))
        || file.lastModified.isValid();
    return m_stream && m_options.connections >= 2 && m_stream->rangesSupported() && validator
        && file.bytesTotal != SizeUnknown && file.bytesTotal >= m_options.segmentThreshold
        && file.bytesTotal - file.bytesTransferred >= 2 * m_options.minSegment;
}

void Download::onResponse(const JobFile &file)
{
    if (!goesSegmented(file)) {
        Q_EMIT responseStarted(file);
        return;
    }
    // The one connection stops where its data is durable; the rest is cut into segments.
    if (!m_stream->sync())
        return; // it reported the failure
    startSegments(m_stream->durable());
}

void Download::startSegments(const JobFile &prefix)
{
    JobFile planned = prefix;
    planned.segments = SegmentedDownload::plan(prefix.bytesTotal, prefix.bytesTransferred,
                                               m_options.connections, m_options.minSegment);
    qCDebug(lcDownloadChoice) << m_file.remoteUrl << "goes on in" << planned.segments.size()
                              << "segments";
    m_current->disconnect(this);
    m_current->abort();
    m_current.release()->deleteLater(); // its reply's signals may be on their way
    m_stream = nullptr;
    adopt(
        new SegmentedDownload(m_context, m_job, planned, m_fileIndex,
                              { m_options.connections, m_options.minSegment,
                                m_options.stream.readBufferSize, m_options.stream.maxRedirects }));
    // What the server said, and the plan, are stored before any segment's byte.
    Q_EMIT responseStarted(planned);
    Q_EMIT checkpointNeeded();
    m_current->start();
}

} // namespace Ferry
