#pragma once

#include "filetransfer.h"

#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

class Clock;
class ClockTimer;
class UploadBody;

// What every transfer of one file over HTTP shares, so that each protocol class keeps only its
// protocol: the job's settings and the file, the network and the engine's clock, a stall watch,
// failing exactly once, and stopping a reply so that none of its signals arrive afterwards.
class HttpTransfer : public FileTransfer
{
    Q_OBJECT
public:
    struct Context
    {
        QNetworkAccessManager *network = nullptr;
        const Clock *clock = nullptr;
        int stallTimeoutMs = 60000; // no byte in or out for this long: the attempt fails
    };

    ~HttpTransfer() override;
    Q_DISABLE_COPY_MOVE(HttpTransfer)

    void abort() override;
    JobFile file() const override { return m_file; }
    int fileIndex() const override { return m_fileIndex; }

protected:
    // `file` is the job's file number fileIndex, as this transfer starts from it.
    HttpTransfer(const Context &context, const Job &job, const JobFile &file, int fileIndex,
                 QObject *parent);

    QNetworkAccessManager *network() const { return m_context.network; }
    const Context &context() const { return m_context; }
    // The engine's clock (the system's when none was given).
    const Clock *clock() const;
    // The answer's Retry-After in seconds from now on the engine's clock; -1 when absent.
    qint64 retryAfterOf(const QNetworkReply *reply) const;
    bool isDone() const { return m_done; }
    // Done without a failure: nothing is reported any more, abort() stops nothing.
    void markDone() { m_done = true; }

    // (Re)starts the stall watch: stalled() runs once stallTimeoutMs pass without another call.
    void keepAlive();
    void stopStallWatch();
    // Fails the attempt once: the watch and the protocol stop (stop()), then failed() is emitted.
    // Later calls, and whatever the stopped replies still had to say, change nothing.
    void fail(const TransferFailure &failure);
    // The protocol's part of stopping: its replies, its files. Runs once, on abort or failure.
    virtual void stop() = 0;
    // A stall fails the attempt (transient, GENERAL_TRANSPORT); a protocol may say more first.
    virtual void stalled();

    // Stops a reply: its signals no longer reach this transfer, it is aborted and freed later.
    // A request body still being read goes with the reply (without its rate limiter), since Qt
    // may read it until the request is gone.
    void discard(QPointer<QNetworkReply> &reply, std::unique_ptr<UploadBody> *body = nullptr);

    Job m_job; // the job's settings: headers, credentials, proxy (not its files)
    JobFile m_file;
    const int m_fileIndex;

private:
    Context m_context;
    std::unique_ptr<ClockTimer> m_stall;
    bool m_done = false;
    bool m_stopped = false;
};

} // namespace Ferry
