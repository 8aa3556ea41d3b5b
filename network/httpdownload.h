#pragma once

#include "hasher.h"
#include "httptransfer.h"
#include "partfile.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// Downloads one file of a job into its temporary file, resuming from the durable offset with
// Range + If-Range and handling every answer of RELIABILITY.md so the final bytes are right.
// request → sink (PartFile) → validators; it never touches the queue: the TransferEngine does.
class HttpDownload : public HttpTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 readBufferSize = 256 << 10; // per reply; also the size of each write
        int maxRedirects = 10;
        // A resumed file with a digest reads back at most this many bytes already on disk to
        // go on hashing while it writes; with more, it is hashed once after its last byte.
        qint64 rehashLimit = qint64(16) << 20;
    };

    HttpDownload(const Context &context, const Job &job, int fileIndex, const Options &options,
                 QObject *parent = nullptr);
    ~HttpDownload() override;
    Q_DISABLE_COPY_MOVE(HttpDownload)

    // Sends the request of a file that has not started yet, ahead of time, and holds the answer:
    // nothing is written, reported or timed until start(), which then takes the answer as if it
    // had just arrived when it is a whole 2xx answer, and else asks again. The engine sends the
    // next file's request this way while the current file ends, so files follow each other
    // without a round trip in between.
    void prefetch();
    void start() override;
    bool sync() override;
    JobFile durable() const override;
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
    void stalled() override;
    void stop() override;
    bool acceptHeaders();
    // The server's digest of the file (Repr-Digest, Digest, Content-Digest), when it describes
    // the bytes written and no digest of the user's or a Metalink's is set.
    void adoptServerDigest(bool partial);
    // Hashes the bytes as they are written, so a file with a digest needs no second read: from
    // the start, or after a resume by reading the bytes already on disk when they are few.
    void startHashing();
    bool openPartFile(qint64 offset);
    void restartFromZero(Mode mode);
    void writeAvailable();
    void complete();
    QString resolveLocalPath();

    Options m_options;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<PartFile> m_part;
    std::optional<Hasher> m_hasher; // while the bytes written so far are all hashed
    Mode m_mode = Mode::Resume;
    qint64 m_requestedOffset = 0;
    qint64 m_end = -1; // the answer's body ends here (Content-Range, Content-Length); -1: unknown
    bool m_headersAccepted = false;
    bool m_rangesSupported = false;
    bool m_replyFinished = false;
    bool m_writeScheduled = false;
    bool m_authTried = false;
    bool m_held = false; // prefetched: the answer waits for start()
    int m_restarts = 0;
};

} // namespace Ferry
