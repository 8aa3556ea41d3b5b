#pragma once

#include "httptransfer.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// The first step of an UPLOAD job whose protocol is the default: asks the server with OPTIONS
// whether it speaks tus (a `Tus-Resumable` or `Tus-Version` header in the answer). Then it emits
// protocolChosen() — tus, else PUT — and the engine stores the choice with the job and starts
// the real upload, so a restart goes on with the same protocol. Any HTTP answer decides (a
// server that refuses OPTIONS is not a tus server); only a transport failure is an error.
class UploadProbe : public HttpTransfer
{
    Q_OBJECT
public:
    UploadProbe(const Context &context, const Job &job, int fileIndex, QObject *parent = nullptr);
    ~UploadProbe() override;
    Q_DISABLE_COPY_MOVE(UploadProbe)

    // Whether this job starts with a probe: an UPLOAD job with no protocol chosen.
    static bool needed(const Job &job);
    // The protocol an OPTIONS answer's headers point to.
    static UploadProtocol fromAnswer(const QNetworkReply *reply);

    void start() override;
    bool sync() override { return true; }
    JobFile durable() const override { return m_file; }

private:
    void onFinished();
    void stop() override;

    QPointer<QNetworkReply> m_reply;
};

} // namespace Ferry
