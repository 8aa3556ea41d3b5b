#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QTimer>

namespace Ferry {

class RateLimiter;

// The body of an upload request, streamed from disk: `prefix`, then `length` bytes of the source
// file from `offset`, then `suffix` (the multipart framing of a form upload; empty otherwise).
// Never holds more than one read in memory. Reads take bytes from the job's RateLimiter; when it
// has none, read() returns 0 and readyRead() follows once bytes may pass again, which is how Qt
// Network waits for a slow device. A source that ends early (it shrank) fails the read.
class UploadBody : public QIODevice
{
    Q_OBJECT
public:
    UploadBody(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~UploadBody() override;
    Q_DISABLE_COPY_MOVE(UploadBody)

    void setFraming(const QByteArray &prefix, const QByteArray &suffix);
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    // Opens the source and the device for reading; false with errno in *error.
    bool openSource(int *error);
    // The source could not be read to the end (it shrank, or a read error).
    bool readFailed() const { return m_readFailed; }

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;

Q_SIGNALS:
    // Waiting for the rate limiter: not a stall.
    void throttled();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    QByteArray m_prefix;
    QByteArray m_suffix;
    RateLimiter *m_limiter = nullptr;
    QTimer m_wake;
    bool m_readFailed = false;
};

} // namespace Ferry
