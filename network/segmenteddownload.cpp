#include "segmenteddownload.h"

#include "httprequest.h"
#include "jobfiles.h"
#include "ratelimiter.h"
#include "responsevalidator.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSegments, "ferry.network.segments")

namespace Ferry {

SegmentedDownload::SegmentedDownload(const Context &context, const Job &job, const JobFile &file,
                                     int fileIndex, const Options &options, QObject *parent)
    : HttpTransfer(context, job, file, fileIndex, parent)
    , m_options(options)
{
    m_limiterTimer.setSingleShot(true);
    connect(&m_limiterTimer, &QTimer::timeout, this, [this]() {
        const QList<Fetch *> fetches = m_fetches;
        for (Fetch *f : fetches)
            drain(f);
    });
}

SegmentedDownload::~SegmentedDownload()
{
    abort();
}

QList<FileSegment> SegmentedDownload::plan(qint64 size, qint64 from, int count, qint64 minSegment)
{
    QList<FileSegment> out;
    if (from > 0)
        out.append({ 0, from, from });
    const qint64 rest = size - from;
    const int n = int(std::clamp<qint64>(rest / qMax<qint64>(1, minSegment), 1, count));
    qint64 begin = from;
    for (int i = 0; i < n; ++i) {
        const qint64 end = i == n - 1 ? size : begin + rest / n;
        out.append({ begin, end, 0 });
        begin = end;
    }
    return out;
}

int SegmentedDownload::connections() const
{
    return int(std::count_if(m_fetches.cbegin(), m_fetches.cend(),
                             [](const Fetch *f) { return !f->reply.isNull(); }));
}

qint64 SegmentedDownload::written() const
{
    qint64 sum = 0;
    for (const FileSegment &s : m_segments)
        sum += s.done;
    return sum;
}

JobFile SegmentedDownload::file() const
{
    JobFile f = m_file;
    f.segments = m_segments;
    f.bytesTransferred = written();
    return f;
}

JobFile SegmentedDownload::durable() const
{
    JobFile f = m_file;
    f.segments = m_synced;
    if (m_synced.isEmpty())
        return f; // finished (all bytes) or reset (none): m_file says which
    f.bytesTransferred = 0;
    for (const FileSegment &s : m_synced)
        f.bytesTransferred += s.done;
    return f;
}

void SegmentedDownload::start()
{
    m_part = std::make_unique<PartFile>(JobFiles::tempPath(m_job.id, m_file.localPath));
    if (const Result r = m_part->open(m_file.part); r.isError()) {
        m_part.reset();
        fail(TransferFailure::fromLocalResult(r, m_fileIndex));
        return;
    }
    m_file.part = m_part->identity();
    const qint64 onDisk = m_part->size();
    m_segments = m_file.segments;
    if (m_segments.isEmpty()) {
        // Coming from one stream: its bytes are a done prefix.
        const qint64 prefix = qMin<qint64>(m_file.bytesTransferred, onDisk);
        m_segments = plan(m_file.bytesTotal, prefix, m_options.connections, m_options.minSegment);
    }
    // Segments past the end of what is on disk cannot have their data: start them again.
    for (FileSegment &s : m_segments) {
        if (s.begin + s.done > onDisk)
            s.done = qMax<qint64>(0, qMin(s.done, onDisk - s.begin));
    }
    // The file gets its final size at once (sparse); segments write in place.
    if (onDisk != m_file.bytesTotal) {
        if (const Result r = m_part->resize(m_file.bytesTotal); r.isError()) {
            fail(TransferFailure::fromLocalResult(r, m_fileIndex));
            return;
        }
    }
    m_synced = m_segments;
    m_started = true;
    int running = 0;
    for (int i = 0; i < m_segments.size() && running < m_options.connections; ++i) {
        if (m_segments.at(i).remaining() > 0) {
            startFetch(i);
            ++running;
        }
    }
    keepAlive();
    Q_EMIT responseStarted(file());
    checkDone();
}

void SegmentedDownload::startFetch(int segment)
{
    const FileSegment &s = m_segments.at(segment);
    QNetworkRequest request = HttpRequest::get(m_job, m_file, m_options.maxRedirects);
    // When another connection later takes half of this segment, the fetch stops itself at the
    // segment's new end.
    HttpRequest::setRange(request, m_file, s.begin + s.done, s.end - 1);
    auto *fetch = new Fetch;
    fetch->segment = segment;
    constexpr int perManager = 6;
    const int managers = (m_options.connections + perManager - 1) / perManager;
    while (int(m_extraManagers.size()) < managers - 1) {
        auto manager = std::make_unique<QNetworkAccessManager>();
        manager->setAutoDeleteReplies(true);
        manager->setProxy(network()->proxy());
        m_extraManagers.push_back(std::move(manager));
    }
    const int which = m_fetchesStarted++ % managers;
    QNetworkAccessManager *manager
        = which == 0 ? network() : m_extraManagers.at(size_t(which - 1)).get();
    fetch->reply = manager->get(request);
    fetch->reply->setReadBufferSize(m_options.readBufferSize);
    connect(fetch->reply, &QNetworkReply::readyRead, this, [this, fetch]() { onReadyRead(fetch); });
    connect(fetch->reply, &QNetworkReply::finished, this, [this, fetch]() { onFinished(fetch); });
    m_fetches.append(fetch);
}

void SegmentedDownload::onReadyRead(Fetch *fetch)
{
    if (isDone())
        return;
    keepAlive();
    if (!fetch->accepted) {
        const int status
            = fetch->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300)
            return; // onFinished reports it
        const FileSegment &s = m_segments.at(fetch->segment);
        const ResponseValidator::Decision d = ResponseValidator::check(
            *fetch->reply, m_file, s.begin + s.done, s.end - 1, m_fileIndex);
        if (d.verdict == ResponseValidator::Verdict::Refuse) {
            fail(d.failure);
            return;
        }
        if (d.verdict == ResponseValidator::Verdict::Restart || status != 206
            || d.total != m_file.bytesTotal) {
            // Another version of the file, or a server that ignores ranges after all: this file
            // starts over as one stream.
            qCInfo(lcSegments) << m_file.remoteUrl << "changed or lost range support; restarting";
            restartAsOneStream();
            return;
        }
        fetch->end = d.end;
        fetch->accepted = true;
    }
    drain(fetch);
}

void SegmentedDownload::drain(Fetch *fetch)
{
    if (isDone() || !fetch->reply || !fetch->accepted)
        return;
    for (;;) {
        FileSegment &s = m_segments[fetch->segment];
        const qint64 available = fetch->reply->bytesAvailable();
        if (available > 0 && s.remaining() > 0 && s.begin + s.done >= fetch->end) {
            fail(ResponseValidator::overrun(m_fileIndex)); // more than its Content-Range
            return;
        }
        qint64 n = qMin<qint64>(available, qMin(s.remaining(), fetch->end - s.begin - s.done));
        n = qMin(n, m_options.readBufferSize);
        if (n <= 0)
            break;
        if (m_limiter) {
            n = m_limiter->acquire(n);
            if (n == 0) {
                if (!m_limiterTimer.isActive())
                    m_limiterTimer.start(qMax(1, m_limiter->msUntilAvailable()));
                keepAlive();
                return;
            }
        }
        // read(n) hands over Qt's own buffer chunk when it fits, without copying it.
        const QByteArray buffer = fetch->reply->read(n);
        const qint64 read = buffer.size();
        if (read <= 0)
            break;
        if (const Result r = m_part->writeAt(s.begin + s.done, buffer.constData(), read);
            r.isError()) {
            fail(TransferFailure::fromLocalResult(r, m_fileIndex));
            return;
        }
        s.done += read;
    }
    Q_EMIT progress(written(), m_file.bytesTotal);
    if (m_segments.at(fetch->segment).remaining() == 0)
        segmentDone(fetch);
    else if (fetch->reply && fetch->reply->isFinished() && fetch->reply->bytesAvailable() == 0)
        onFinished(fetch);
}

void SegmentedDownload::onFinished(Fetch *fetch)
{
    if (isDone() || !m_fetches.contains(fetch))
        return;
    const int status = fetch->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = fetch->reply->error();
    if (!fetch->accepted && status >= 300) {
        fail(TransferFailure::fromHttpStatus(status, m_fileIndex));
        return;
    }
    if (!fetch->accepted && status >= 200 && status < 300) {
        onReadyRead(fetch); // headers and a short body in one go
        if (isDone() || !m_fetches.contains(fetch))
            return;
    }
    if (fetch->reply->bytesAvailable() > 0)
        return; // the limiter holds the rest back; drain() comes back here
    if (m_segments.at(fetch->segment).remaining() == 0) {
        segmentDone(fetch);
        return;
    }
    fail(error != QNetworkReply::NoError
             ? TransferFailure::fromNetworkError(error, fetch->reply->errorString(), m_fileIndex)
             : TransferFailure::make(Result::BG_E_CONNECTION_CLOSED, ErrorContext::GeneralTransport,
                                     true, m_fileIndex));
}

void SegmentedDownload::segmentDone(Fetch *fetch)
{
    m_fetches.removeOne(fetch);
    if (fetch->reply) {
        fetch->reply->disconnect(this);
        fetch->reply->abort();
        fetch->reply->deleteLater();
    }
    delete fetch;
    // Keep the connections busy: start a waiting segment, or take half of the largest one.
    for (int i = 0; i < m_segments.size(); ++i) {
        const bool running = std::any_of(m_fetches.begin(), m_fetches.end(),
                                         [i](const Fetch *f) { return f->segment == i; });
        if (!running && m_segments.at(i).remaining() > 0) {
            startFetch(i);
            return;
        }
    }
    if (!steal())
        checkDone();
}

bool SegmentedDownload::steal()
{
    int largest = -1;
    for (const Fetch *f : std::as_const(m_fetches)) {
        if (largest < 0
            || m_segments.at(f->segment).remaining() > m_segments.at(largest).remaining())
            largest = f->segment;
    }
    if (largest < 0 || m_segments.at(largest).remaining() < 2 * m_options.minSegment)
        return false;
    FileSegment &victim = m_segments[largest];
    const qint64 middle = victim.begin + victim.done + victim.remaining() / 2;
    const FileSegment tail { middle, victim.end, 0 };
    victim.end = middle; // its fetch stops itself here
    m_segments.insert(largest + 1, tail);
    for (Fetch *f : std::as_const(m_fetches)) {
        if (f->segment > largest)
            ++f->segment;
    }
    startFetch(largest + 1);
    return true;
}

void SegmentedDownload::checkDone()
{
    if (isDone() || !m_started || written() != m_file.bytesTotal)
        return;
    if (!sync())
        return;
    stopAll();
    m_part->close();
    markDone();
    m_file.bytesTransferred = m_file.bytesTotal;
    // Complete: one stream's worth of bytes; the segments are history.
    m_segments.clear();
    m_synced.clear();
    m_file.segments.clear();
    Q_EMIT progress(m_file.bytesTotal, m_file.bytesTotal);
    Q_EMIT finished();
}

bool SegmentedDownload::sync()
{
    if (!m_part || !m_part->isOpen())
        return true;
    if (const Result r = m_part->sync(); r.isError()) {
        fail(TransferFailure::fromLocalResult(r, m_fileIndex));
        return false;
    }
    m_synced = m_segments;
    return true;
}

void SegmentedDownload::stopAll()
{
    stopStallWatch();
    m_limiterTimer.stop();
    for (Fetch *f : std::as_const(m_fetches)) {
        if (f->reply) {
            f->reply->disconnect(this);
            f->reply->abort();
            f->reply->deleteLater();
        }
        delete f;
    }
    m_fetches.clear();
}

void SegmentedDownload::restartAsOneStream()
{
    stopAll();
    m_synced.clear(); // the bytes belong to another version: nothing is kept
    m_segments.clear();
    m_file.bytesTransferred = 0;
    if (m_part && m_part->isOpen())
        m_part->resize(0);
    fail(TransferFailure::make(Result::BG_E_REMOTE_FILE_CHANGED, ErrorContext::RemoteFile, true,
                               m_fileIndex));
}

void SegmentedDownload::stop()
{
    stopAll();
    closeFile();
}

void SegmentedDownload::closeFile()
{
    if (!m_part || !m_part->isOpen())
        return;
    // What is on disk now is kept: the segments resume after it.
    if (m_part->sync().isSuccess())
        m_synced = m_segments;
    m_part->close();
}

} // namespace Ferry
