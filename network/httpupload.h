#pragma once

#include "httptransfer.h"
#include "partfile.h"
#include "uploadbody.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// Uploads a job's file in one request: PUT of the whole file (WebDAV, e.g. nginx dav_methods
// PUT) or POST as the raw body or as multipart/form-data. Neither can resume: every attempt
// sends the file from byte 0. For an UPLOAD_REPLY job the answer's body is the reply, written to
// a temporary file beside the reply file (Complete renames it into place).
class HttpUpload : public HttpTransfer
{
    Q_OBJECT
public:
    HttpUpload(const Context &context, const Job &job, int fileIndex, QObject *parent = nullptr);
    ~HttpUpload() override;
    Q_DISABLE_COPY_MOVE(HttpUpload)

    void start() override;
    bool sync() override;
    JobFile durable() const override;

private:
    void send();
    void markStarted();
    void onUploadProgress(qint64 sent, qint64 total);
    void onReadyRead();
    void onFinished();
    void stalled() override;
    void stop() override;
    bool openReplyFile();
    bool writeReply();
    bool isSuccess(int status) const { return status >= 200 && status < 300; }

    std::unique_ptr<UploadBody> m_body;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<PartFile> m_replyPart;
    qint64 m_replyTotal = SizeUnknown;
    qint64 m_prefixSize = 0; // multipart framing before the file's bytes
    bool m_started = false;
};

} // namespace Ferry
