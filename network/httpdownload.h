#pragma once

#include "job.h"
#include "partfile.h"
#include "transferfailure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

class RateLimiter;

// Downloads one file of a job into its temporary file, resuming from the durable offset with
// Range + If-Range and handling every answer of RELIABILITY.md so the final bytes are right.
// request → sink (PartFile) → validators; it never touches the queue: the TransferEngine does.
class HttpDownload : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int stallTimeoutMs = 60000; // no byte for this long: abort and retry
        qint64 readBufferSize = 1 << 20;
        int maxRedirects = 10;
    };

    HttpDownload(QNetworkAccessManager *network, const Job &job, int fileIndex,
                 const Options &options, QObject *parent = nullptr);
    ~HttpDownload() override;
    Q_DISABLE_COPY_MOVE(HttpDownload)

    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    void start();
    // Stops without reporting anything (suspend, cancel, pre-emption). Durable bytes stay.
    void abort();
    // Makes the bytes written so far durable; returns false (and fails the transfer) on error.
    bool sync();

    int fileIndex() const { return m_fileIndex; }
    const JobFile &file() const { return m_file; }
    qint64 syncedBytes() const { return m_part ? m_part->syncedPosition() : 0; }

Q_SIGNALS:
    // The server answered and the body is coming: the job is TRANSFERRING. The file carries the
    // entity's size and validators, and its final local path when the server named it.
    void responseStarted(const Ferry::JobFile &file);
    void progress(qint64 bytesWritten, qint64 bytesTotal);
    // Every byte is in the temporary file and synced.
    void finished();
    void failed(const Ferry::TransferFailure &failure);

private:
    enum class Mode { Resume, FromStart, Decoded };
    void sendRequest();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onStalled();
    bool acceptHeaders();
    bool openPartFile(qint64 offset);
    void restartFromZero(Mode mode);
    void fail(const TransferFailure &failure);
    void writeAvailable();
    void complete();
    QString resolveLocalPath();

    QNetworkAccessManager *m_network;
    Job m_job; // the settings of the job: headers, credentials, proxy
    JobFile m_file;
    int m_fileIndex;
    Options m_options;
    RateLimiter *m_limiter = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<PartFile> m_part;
    Mode m_mode = Mode::Resume;
    qint64 m_requestedOffset = 0;
    bool m_headersAccepted = false;
    bool m_replyFinished = false;
    bool m_writeScheduled = false;
    bool m_authTried = false;
    bool m_done = false;
    int m_restarts = 0;
    QTimer m_stallTimer;
};

} // namespace Ferry
