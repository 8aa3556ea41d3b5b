#include "jobfixture.h"

#include "jobfiles.h"
#include "partfile.h"

#include <QFile>
#include <QtTest>

namespace Ferry::Test {

JobFixture::JobFixture(const JobLimits &limits, JobStore::SqliteApi api)
    : m_limits(limits)
    , m_api(api)
{
    QVERIFY2(m_dir.isValid(), "temporary directory");
    QVERIFY2(reopen().isSuccess(), "store opens");
}

Result JobFixture::reopen()
{
    m_ledger.reset();
    queue.reset();
    store.reset();
    store = std::make_unique<JobStore>(dbPath(), m_api);
    if (const Result r = store->open(); r.isError())
        return r;
    queue = std::make_unique<JobQueue>(store.get(), &clock, m_limits);
    m_ledger = std::make_unique<QueueLedger>(queue.get());
    return queue->load();
}

QString JobFixture::makeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

std::optional<Job> JobFixture::find(const JobId &id) const
{
    if (const Job *job = queue->job(id))
        return *job;
    QList<Job> history;
    if (queue->history(&history).isError())
        return std::nullopt;
    for (const Job &job : std::as_const(history)) {
        if (job.id == id)
            return job;
    }
    return std::nullopt;
}

JobId JobFixture::jobIn(JobType type, JobState state)
{
    JobId id;
    queue->createJob(QStringLiteral("job"), type, &id);
    const QString name = id.toString().left(8);
    if (type == JobType::Download)
        queue->addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/") + name), localPath(name));
    else
        queue->addFile(id, QUrl(QStringLiteral("http://127.0.0.1:1/up/") + name), makeFile(name));
    if (state == JobState::Suspended)
        return id;
    queue->resume(id);
    switch (state) {
    case JobState::Queued:
        break;
    case JobState::Connecting:
        ledger().setTransferState(id, JobState::Connecting);
        break;
    case JobState::Transferring:
        ledger().setTransferState(id, JobState::Connecting);
        ledger().setTransferState(id, JobState::Transferring);
        break;
    case JobState::TransientError:
    case JobState::Error:
        ledger().setTransferState(id, JobState::Connecting);
        ledger().reportError(id, { ErrorContext::RemoteFile, Result::httpError(503), {}, 0 },
                             state == JobState::TransientError);
        break;
    case JobState::Transferred:
    case JobState::Acknowledged:
    case JobState::Cancelled: {
        ledger().setTransferState(id, JobState::Connecting);
        ledger().setTransferState(id, JobState::Transferring);
        // The engine's part: the temporary file holds the whole file.
        const Job *job = queue->job(id);
        ledger().setFileProgress(id, 0, 5, 5);
        if (type == JobType::Download) {
            // Created and recorded as the engine does: its identity is what Complete renames
            // and what Remove and Delete Files deletes.
            PartFile part(JobFiles::tempPath(id, job->files.first().localPath));
            part.open({});
            part.append("12345", 5);
            part.sync();
            JobFile written = job->files.first();
            written.part = part.identity();
            ledger().setFileDurable(id, 0, written);
        }
        if (type != JobType::Download) {
            // An upload is in once the server acknowledged it; the reply waits beside the
            // reply file until Complete.
            JobFile acknowledged = job->files.first();
            acknowledged.completed = true;
            ledger().setFileDurable(id, 0, acknowledged);
        }
        if (type == JobType::UploadReply) {
            QFile reply(JobFiles::tempPath(id, job->replyFileName));
            reply.open(QIODevice::WriteOnly);
            reply.write("reply");
            ledger().setReplyProgress(id, 5, 5);
        }
        ledger().markTransferred(id);
        if (state == JobState::Acknowledged)
            queue->complete(id);
        else if (state == JobState::Cancelled)
            queue->cancel(id);
        break;
    }
    case JobState::Suspended:
        break;
    }
    return id;
}

} // namespace Ferry::Test
