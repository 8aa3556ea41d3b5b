#pragma once

#include "jobqueue.h"
#include "jobstore.h"
#include "manualclock.h"
#include "queueledger.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Ferry::Test {

// A queue over a fresh store in a temporary directory, with a manual clock.
class JobFixture
{
public:
    explicit JobFixture(const JobLimits &limits = {},
                        JobStore::SqliteApi api = JobStore::SqliteApi::WhenUsable);

    // Re-opens store and queue from disk, as a restart would.
    Result reopen();

    QString dir() const { return m_dir.path(); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("jobs.sqlite")); }
    // An absolute path for a download destination inside the temporary directory.
    QString localPath(const QString &name) const { return m_dir.filePath(name); }
    // Creates a file with the given bytes and returns its absolute path (upload sources).
    QString makeFile(const QString &name, const QByteArray &content = QByteArrayLiteral("data"));

    // The job wherever it is: in the queue, or in the history once it reached a final state.
    std::optional<Job> find(const JobId &id) const;

    // A job of the given type driven into the given state through the queue's own calls.
    JobId jobIn(JobType type, JobState state);

    // The engine's side of the queue: what a TransferEngine reports.
    QueueLedger &ledger() { return *m_ledger; }

    ManualClock clock;
    std::unique_ptr<JobStore> store;
    std::unique_ptr<JobQueue> queue;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QueueLedger> m_ledger;
    JobLimits m_limits;
    JobStore::SqliteApi m_api;
};

} // namespace Ferry::Test
