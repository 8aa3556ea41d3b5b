#pragma once

#include "filetransfer.h"
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
class HttpUpload : public FileTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        int stallTimeoutMs = 60000; // no byte out and no answer for this long: retry
    };

    HttpUpload(QNetworkAccessManager *network, const Job &job, int fileIndex,
               const Options &options, QObject *parent = nullptr);
    ~HttpUpload() override;
    Q_DISABLE_COPY_MOVE(HttpUpload)

    void start() override;
    void abort() override;
    bool sync() override;
    JobFile file() const override { return m_file; }
    JobFile durable() const override;
    int fileIndex() const override { return m_fileIndex; }

private:
    void send();
    void markStarted();
    void onUploadProgress(qint64 sent, qint64 total);
    void onReadyRead();
    void onFinished();
    void onStalled();
    bool openReplyFile();
    bool writeReply();
    void fail(const TransferFailure &failure);
    void stopReply();
    bool isSuccess(int status) const { return status >= 200 && status < 300; }

    QNetworkAccessManager *m_network;
    Job m_job;
    JobFile m_file;
    int m_fileIndex;
    Options m_options;
    std::unique_ptr<UploadBody> m_body;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<PartFile> m_replyPart;
    qint64 m_replyTotal = SizeUnknown;
    qint64 m_prefixSize = 0; // multipart framing before the file's bytes
    bool m_started = false;
    bool m_done = false;
    QTimer m_stallTimer;
};

} // namespace Ferry
