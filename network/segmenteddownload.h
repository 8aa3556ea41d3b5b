#pragma once

#include "httptransfer.h"
#include "partfile.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ferry {

// Fetches one file of known size from a server that takes byte ranges over several connections
// at once: the file is cut into segments, each segment is written in place into the temporary
// file (no merge step, no extra copy), and a connection that finishes early takes half of the
// largest segment still running. The segments and their durable progress are stored with the
// file, so a restart resumes every segment where its data ends.
class SegmentedDownload : public HttpTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        int connections = 4;
        qint64 minSegment = 1 << 20; // never split below this
        qint64 readBufferSize = 256 << 10; // per reply; also the size of each write
        int maxRedirects = 10;
    };

    // `file` (the job's file number fileIndex) must have a known size and a validator (strong
    // ETag or Last-Modified); its segments say what is done.
    SegmentedDownload(const Context &context, const Job &job, const JobFile &file, int fileIndex,
                      const Options &options, QObject *parent = nullptr);
    ~SegmentedDownload() override;
    Q_DISABLE_COPY_MOVE(SegmentedDownload)

    void start() override;
    bool sync() override;
    JobFile file() const override;
    JobFile durable() const override;
    int connections() const override;

    // Cuts [from, size) into `count` segments after a done prefix [0, from).
    static QList<FileSegment> plan(qint64 size, qint64 from, int count, qint64 minSegment);

private:
    struct Fetch
    {
        int segment = -1;
        QPointer<QNetworkReply> reply;
        bool accepted = false;
        qint64 end = 0; // the answer's Content-Range ends here (exclusive)
    };

    void startFetch(int segment);
    void onReadyRead(Fetch *fetch);
    void onFinished(Fetch *fetch);
    void drain(Fetch *fetch);
    void segmentDone(Fetch *fetch);
    bool steal();
    void stop() override;
    // The file changed on the server: nothing of it is kept, it starts over as one stream.
    void restartAsOneStream();
    void stopAll();
    void closeFile();
    void checkDone();
    qint64 written() const;

    // Qt opens at most six connections per host and manager; more segments get managers of
    // their own.
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extraManagers;
    int m_fetchesStarted = 0;
    Options m_options;
    std::unique_ptr<PartFile> m_part;
    QList<FileSegment> m_segments;
    QList<FileSegment> m_synced;
    QList<Fetch *> m_fetches;
    QTimer m_limiterTimer; // the rate limiter's wait, in real time
    bool m_started = false;
};

} // namespace Ferry
