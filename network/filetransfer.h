#pragma once

#include "job.h"
#include "transferfailure.h"

#include <QObject>

namespace Ferry {

class RateLimiter;

// One file of a job being moved: a download over one connection (HttpDownload) or several
// (SegmentedDownload), an upload with PUT/POST (HttpUpload) or tus (TusUpload). The
// TransferEngine drives each through this interface.
class FileTransfer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops without reporting anything (suspend, cancel, pre-emption); durable bytes stay.
    virtual void abort() = 0;
    // Makes the bytes written so far durable; false (and a failed() signal) on error.
    virtual bool sync() = 0;
    // The file as it is now (sizes, validators, local path, bytes written).
    virtual JobFile file() const = 0;
    // The file as of the last sync: what may be stored as progress.
    virtual JobFile durable() const = 0;
    virtual int fileIndex() const = 0;
    // The connections moving this file's bytes now: one, or the segments' running requests.
    virtual int connections() const { return 1; }
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    RateLimiter *rateLimiter() const { return m_limiter; }

Q_SIGNALS:
    // The server answered and the body is coming: the job is TRANSFERRING.
    void responseStarted(const Ferry::JobFile &file);
    // durable() must be stored now, before the transfer goes on (a download going on in
    // segments: the plan is stored before their first byte).
    void checkpointNeeded();
    void progress(qint64 bytesWritten, qint64 bytesTotal);
    // Every byte is in the temporary file and synced.
    void finished();
    void failed(const Ferry::TransferFailure &failure);
    // Upload-reply: bytes of the server's reply written so far (total: SizeUnknown until known).
    void replyProgress(qint64 bytesWritten, qint64 bytesTotal);
    // Upload-reply: the temporary file the reply is written to (Complete commits only it).
    void replyFileCreated(const Ferry::FileIdentity &identity);
    // tus: the server created the upload resource (empty: it is gone). The engine stores it
    // before any byte is sent to it.
    void uploadSession(const QUrl &url);
    // An upload without a protocol: the server's answer chose this one (UploadProbe). The engine
    // stores it and starts the upload with it.
    void protocolChosen(Ferry::UploadProtocol protocol);

protected:
    RateLimiter *m_limiter = nullptr;
};

} // namespace Ferry
