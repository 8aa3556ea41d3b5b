#pragma once

#include "httpdownload.h"
#include "segmenteddownload.h"

#include <memory>

namespace Ferry {

// One file of a download job, as the engine sees it: fetched over one connection
// (HttpDownload), and, when the first answer shows a large file on a server that takes ranges
// and names its version, the rest of it over several (SegmentedDownload). The choice is this
// class's: before the first segment's byte, the planned segments are made durable
// (checkpointNeeded()), so a restart goes on in segments. A file stored with segments goes on in
// segments at once.
class Download : public FileTransfer
{
    Q_OBJECT
public:
    struct Options
    {
        HttpDownload::Options stream;
        int connections = 4; // per large file; 1: never segmented
        qint64 segmentThreshold = qint64(4) << 20; // smaller files stay one stream
        qint64 minSegment = qint64(1) << 20;
    };

    Download(const HttpTransfer::Context &context, const Job &job, int fileIndex,
             const Options &options, QObject *parent = nullptr);
    ~Download() override;
    Q_DISABLE_COPY_MOVE(Download)

    // Sends the request of a file that has not started yet and holds its answer
    // (HttpDownload::prefetch).
    void prefetch();
    void start() override;
    void abort() override;
    bool sync() override;
    JobFile file() const override;
    int connections() const override;
    JobFile durable() const override;
    int fileIndex() const override { return m_fileIndex; }

private:
    void adopt(HttpTransfer *transfer);
    void onResponse(const JobFile &file);
    bool goesSegmented(const JobFile &file) const;
    void startSegments(const JobFile &file);

    HttpTransfer::Context m_context;
    Job m_job;
    JobFile m_file;
    int m_fileIndex;
    Options m_options;
    std::unique_ptr<HttpTransfer> m_current;
    HttpDownload *m_stream = nullptr; // m_current while it is one stream
};

} // namespace Ferry
