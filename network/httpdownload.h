#pragma once

#include "filetransfer.h"
#include "partfile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// Downloads one file of a job into its temporary file, resuming from the durable offset with
// Range + If-Range and handling every answer of RELIABILITY.md so the final bytes are right.
// request → sink (PartFile) → validators; it never touches the queue: the TransferEngine does.
class HttpDownload : public FileTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        int stallTimeoutMs = 60000; // no byte for this long: abort and retry
        qint64 readBufferSize = 256 << 10; // per reply; also the size of each write
        int maxRedirects = 10;
    };

    HttpDownload(QNetworkAccessManager *network, const Job &job, int fileIndex,
                 const Options &options, QObject *parent = nullptr);
    ~HttpDownload() override;
    Q_DISABLE_COPY_MOVE(HttpDownload)

    // Sends the request of a file that has not started yet, ahead of time, and holds the answer:
    // nothing is written, reported or timed until start(), which then takes the answer as if it
    // had just arrived when it is a whole 2xx answer, and else asks again. The engine sends the
    // next file's request this way while the current file ends, so files follow each other
    // without a round trip in between.
    void prefetch();
    void start() override;
    void abort() override;
    bool sync() override;
    JobFile file() const override { return m_file; }
    JobFile durable() const override;
    int fileIndex() const override { return m_fileIndex; }
    // The server takes byte ranges for this file (known once the response started), so the
    // rest of it may be fetched in segments.
    bool rangesSupported() const { return m_rangesSupported; }

private:
    enum class Mode { Resume, FromStart };
    void sendRequest();
    void release();
    void discardReply(); // stops the current reply; its signals no longer reach this download
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
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<PartFile> m_part;
    Mode m_mode = Mode::Resume;
    qint64 m_requestedOffset = 0;
    qint64 m_end = -1; // the answer's body ends here (Content-Range, Content-Length); -1: unknown
    bool m_headersAccepted = false;
    bool m_rangesSupported = false;
    bool m_replyFinished = false;
    bool m_writeScheduled = false;
    bool m_authTried = false;
    bool m_done = false;
    bool m_held = false; // prefetched: the answer waits for start()
    int m_restarts = 0;
    QTimer m_stallTimer;
};

} // namespace Ferry
