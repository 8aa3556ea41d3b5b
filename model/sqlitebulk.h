#pragma once

#include "job.h"
#include "result.h"

#include <QList>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Ferry {

// The two bulk paths of JobStore written against the sqlite3 handle behind the Qt Sql connection:
// inserting thousands of new jobs and loading the whole queue. Qt Sql costs about two thousand
// instructions for every bound or fetched value; with 100,000 jobs that is seconds. Same
// connection, same transaction, prepared statements only. Unavailable (isValid() false) when the
// QSQLITE driver uses another SQLite library than the one Ferry links; JobStore then stays on
// Qt Sql for these paths too.
class SqliteBulk
{
public:
    explicit SqliteBulk(const QSqlDatabase &db);

    bool isValid() const { return m_db != nullptr; }

    // New jobs (isNewJob) and their new files; seqs gets each job's row id, in order.
    Result insertNewJobs(const QList<Job> &jobs, QList<qint64> *seqs);
    // The jobs matching `where` (a constant SQL condition on the jobs table), in `order`.
    Result loadJobs(const char *where, const char *order, int limit, QList<Job> *jobs,
                    QList<qint64> *seqs);

private:
    Result error(const char *what) const;
    sqlite3 *m_db = nullptr;
};

// The writes a download makes for every file, on the same handle: the UPDATE of a file row (its
// resolved name before its first byte, its durable end after its last) with the statement
// prepared once, and the synchronous pragma around progress commits (ADR 0003). Through Qt Sql
// they were a sixth of the engine's work for a job of small files. JobStore keeps one while it
// is open; isValid() false as for SqliteBulk.
class SqliteFileWriter
{
public:
    explicit SqliteFileWriter(const QSqlDatabase &db);
    ~SqliteFileWriter();
    Q_DISABLE_COPY_MOVE(SqliteFileWriter)

    bool isValid() const { return m_update != nullptr; }
    Result update(qint64 seq, int index, const JobFile &file);
    // "NORMAL" or "FULL"; false when SQLite refused.
    bool setSynchronous(const char *level);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_update = nullptr;
};

} // namespace Ferry
