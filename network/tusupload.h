#pragma once

#include "httptransfer.h"
#include "uploadbody.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// A tus 1.0 resumable upload (https://tus.io/protocols/resumable-upload): core, creation and
// termination, creation-with-upload for small files when the server offers it. A new upload is
// created with POST (its URL goes to the engine, which stores it before any byte is sent); an
// existing one is resumed with HEAD, then PATCH from the server's Upload-Offset, in chunks so the
// confirmed offset moves. 409 → the offset is read again; 404/410 → the upload is gone (expired)
// and a new one is created; 413 and other 4xx → ERROR (spec §5.3 table, REMOTE_FILE).
class TusUpload : public HttpTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 chunkSize = qint64(32) << 20; // bytes per PATCH
        qint64 createWithUploadMax = qint64(1) << 20; // smaller files go in the creating POST
    };

    TusUpload(const Context &context, const Job &job, int fileIndex, const Options &options,
              QObject *parent = nullptr);
    ~TusUpload() override;
    Q_DISABLE_COPY_MOVE(TusUpload)

    void start() override;
    bool sync() override { return true; } // the server's offset is the durable one
    JobFile durable() const override;

    // DELETE of an unfinished upload (termination) when its job is cancelled; fire and forget.
    static void terminate(QNetworkAccessManager *network, const Job &job);

private:
    enum class Step { Idle, Options, Create, Head, Patch };
    QNetworkRequest request(const QUrl &url) const;
    void send(Step step, QNetworkReply *reply);
    void sendOptions();
    void sendCreate();
    void sendHead();
    void sendPatch();
    void onFinished();
    void afterOptions(int status);
    void afterCreate(int status);
    void afterHead(int status);
    void afterPatch(int status);
    bool uploadGone(int status);
    void setOffset(qint64 offset);
    void complete();
    void failStatus(int status);
    void stop() override;
    void stopRequest();

    Options m_options;
    QUrl m_session;
    qint64 m_offset = 0; // confirmed by the server
    QByteArrayList m_extensions;
    Step m_step = Step::Idle;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<UploadBody> m_body;
    int m_conflicts = 0;
    bool m_recreated = false;
    bool m_started = false;
};

} // namespace Ferry
