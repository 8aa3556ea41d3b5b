#pragma once

#include "job.h"
#include "jobcommands.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace Ferry {

class SqliteFileWriter;

// The durable home of every job: SQLite through Qt Sql, WAL, numbered migrations, prepared
// statements only. A store belongs to the thread that opened it (one named connection each).
// Every write outside a batch is its own transaction and is on disk when the call returns.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
public:
    // PRAGMA application_id of Ferry's databases ("FRRY"): only a file that carries it (or an
    // earlier Ferry's, which gets it) is ever opened.
    static constexpr qint64 kApplicationId = 0x46525259;

    // The bulk paths and the per-file writes go through SQLite's own API when the driver runs
    // the library Ferry links (ADR 0001); Never keeps everything on Qt Sql, as with a Qt that
    // bundles its own SQLite (tests run both ways).
    enum class SqliteApi { WhenUsable, Never };

    explicit JobStore(const QString &path, SqliteApi api = SqliteApi::WhenUsable);
    ~JobStore();
    Q_DISABLE_COPY_MOVE(JobStore)

    // The default location: $XDG_DATA_HOME/ferry/jobs.sqlite.
    static QString defaultPath();

    // Opens the database, migrating it to the current schema. Only a path where nothing exists
    // is created; a file that is not a Ferry database (an empty file, another program's SQLite
    // database), is damaged or comes from a newer Ferry gives BG_E_DATABASE_CORRUPT and is left
    // exactly as it is.
    Result open();
    bool isOpen() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // Jobs not in a final state, in creation order.
    Result loadActive(QList<Job> *jobs);
    // ACKNOWLEDGED and CANCELLED jobs, the most recently finished first (limit < 0: all).
    Result loadHistory(QList<Job> *jobs, int limit = -1);
    // The type and final state of a job that left the queue; BG_E_NOT_FOUND when there is none.
    Result finishedJob(const JobId &id, JobType *type, JobState *state);
    // Removes the history jobs `which` names, in one transaction; `removed` gets their ids.
    Result pruneHistory(const HistoryPrune &which, QList<JobId> *removed = nullptr);

    Result insertJob(const Job &job); // the job row and all its files
    // Many new jobs in one transaction (the fast path of JobQueue::createJobs).
    Result insertJobs(const QList<Job> &jobs);
    Result updateJob(const Job &job); // the job row (state, properties, error, times)
    Result insertFile(const Job &job, int index);
    // Progress, validators and URLs of the given files (all of them when `indices` is empty).
    Result updateFiles(const Job &job, const QList<int> &indices = {});
    Result saveAll(const Job &job); // job row and files

    // How the outermost commit() reaches the disk. Full (the default): synced, so it survives a
    // power cut. Progress: written to the write-ahead log without a sync. That survives the
    // process being killed at any moment; a power cut can only take the store back to an earlier
    // commit. For checkpoints of transfer progress (durable data is synced before them, so an
    // older offset only costs bytes fetched again); every other change stays Full, and each
    // Full commit also syncs the Progress commits before it.
    enum class Sync { Full, Progress };

    // Groups writes into one transaction (nesting allowed); committed by the outermost commit().
    Result begin(Sync sync = Sync::Full);
    Result commit();
    void rollback();
    // PRAGMA synchronous of the connection now: 2 (FULL) outside a Progress transaction.
    int synchronousLevel();

    // Makes what deleted or overwritten rows held unrecoverable from the database files: SQLite
    // zeroes freed content (secure_delete, always on), and the write-ahead log, which still holds
    // the old pages, is checkpointed into the database and truncated to nothing. Inside a
    // transaction this happens right after the outermost commit. For secrets leaving a job.
    Result eraseOldContent();

    // "ok" when PRAGMA integrity_check finds nothing wrong.
    QString integrityCheck();

private:
    QSqlDatabase db() const;
    Result openConnection(const QString &path);
    void closeConnection();
    Result create();
    Result checkIdentity();
    Result setUp(bool memory);
    Result migrate();
    Result exec(QSqlQuery &query, const char *what);
    Result failure(const QString &what, const QString &sqlError) const;
    qint64 seqOf(const JobId &id) const;
    void bindJobRow(QSqlQuery &q, const Job &job);
    Result writeFile(const Job &job, int index, qint64 seq);
    Result loadJobs(const char *where, const char *order, int limit, QList<Job> *jobs);
    void endProgressSync();
    Result truncateLog();

    QString m_path;
    QString m_connection;
    int m_batchDepth = 0;
    bool m_progressSync = false; // the open transaction commits without a sync
    bool m_eraseAfterCommit = false;
    QHash<JobId, qint64> m_seq; // job id → jobs.seq of every job this store has seen
    struct Statements;
    std::unique_ptr<Statements> m_sql;
    std::unique_ptr<SqliteFileWriter> m_fileWriter; // when the sqlite3 handle is usable
    SqliteApi m_api;
};

} // namespace Ferry
