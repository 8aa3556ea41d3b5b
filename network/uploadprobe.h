#pragma once

#include "filetransfer.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// The first step of an UPLOAD job whose protocol is the default: asks the server with OPTIONS
// whether it speaks tus (a `Tus-Resumable` or `Tus-Version` header in the answer). Then it emits
// protocolChosen() — tus, else PUT — and the engine stores the choice with the job and starts
// the real upload, so a restart goes on with the same protocol. Any HTTP answer decides (a
// server that refuses OPTIONS is not a tus server); only a transport failure is an error.
class UploadProbe : public FileTransfer
{
    Q_OBJECT
public:
    UploadProbe(QNetworkAccessManager *network, const Job &job, int fileIndex, int timeoutMs,
                QObject *parent = nullptr);
    ~UploadProbe() override;
    Q_DISABLE_COPY_MOVE(UploadProbe)

    // Whether this job starts with a probe: an UPLOAD job with no protocol chosen.
    static bool needed(const Job &job);
    // The protocol an OPTIONS answer's headers point to.
    static UploadProtocol fromAnswer(const QNetworkReply *reply);

    void start() override;
    void abort() override;
    bool sync() override { return true; }
    JobFile file() const override { return m_file; }
    JobFile durable() const override { return m_file; }
    int fileIndex() const override { return m_fileIndex; }

Q_SIGNALS:
    void protocolChosen(Ferry::UploadProtocol protocol);

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    Job m_job;
    JobFile m_file;
    int m_fileIndex;
    int m_timeoutMs;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Ferry
