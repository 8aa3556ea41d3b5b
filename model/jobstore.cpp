#include "jobstore.h"

#include "sqlitebulk.h"
#include "storerows.h"
#include "storeschema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

Q_LOGGING_CATEGORY(lcStore, "ferry.model.store")

namespace Ferry {

struct JobStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insertJob(db)
        , updateJob(db)
        , insertNewFile(db)
        , insertFile(db)
        , updateFile(db)
    { }
    QSqlQuery insertJob;
    QSqlQuery updateJob;
    QSqlQuery insertNewFile; // a file as AddFile makes it: the other columns default
    QSqlQuery insertFile;
    QSqlQuery updateFile;
};

namespace {

QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString would bind as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // primary result code of an extended one
}

} // namespace

JobStore::JobStore(const QString &path, SqliteApi api)
    : m_path(path)
    , m_connection(QStringLiteral("ferry-store-%1").arg(quintptr(this), 0, 16))
    , m_api(api)
{ }

JobStore::~JobStore()
{
    m_fileWriter.reset();
    m_sql.reset();
    if (QSqlDatabase::contains(m_connection))
        closeConnection();
}

QString JobStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/ferry/jobs.sqlite");
}

QSqlDatabase JobStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool JobStore::isOpen() const
{
    return m_sql != nullptr;
}

Result JobStore::failure(const QString &what, const QString &sqlError) const
{
    return Result(
        Result::BG_E_DATABASE_CORRUPT,
        QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(m_path), what, sqlError));
}

Result JobStore::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return Result::S_OK;
    const QSqlError error = query.lastError();
    qCWarning(lcStore) << what << error.text();
    const QString detail = QStringLiteral("%1: %2").arg(QLatin1String(what), error.text());
    switch (sqliteCode(error)) {
    case 13: // SQLITE_FULL
        return Result(Result::ERROR_DISK_FULL, detail);
    case 8: // SQLITE_READONLY
    case 3: // SQLITE_PERM
        return Result(Result::E_ACCESSDENIED, detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Result(Result::BG_E_DATABASE_CORRUPT, detail);
    default:
        return Result(Result::E_FAIL, detail);
    }
}

Result JobStore::openConnection(const QString &path)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.setDatabaseName(path);
    if (!d.open())
        return failure(QStringLiteral("open"), d.lastError().text());
    return Result::S_OK;
}

void JobStore::closeConnection()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result JobStore::create()
{
    // Made under another name and renamed into place once it holds Ferry's schema: a crash
    // while it is made never leaves an empty or half-made file at the store's path.
    const QString fresh = m_path + QLatin1String(".new");
    QFile::remove(fresh);
    if (const Result r = openConnection(fresh); r.isError())
        return r;
    QSqlQuery q(db());
    Result r = q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
        ? migrate()
        : failure(QStringLiteral("application_id"), q.lastError().text());
    q = QSqlQuery();
    closeConnection();
    if (r.isSuccess() && !QFile::setPermissions(fresh, QFile::ReadOwner | QFile::WriteOwner))
        r = Result(Result::E_ACCESSDENIED, fresh);
    if (r.isSuccess()
        && ::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(m_path).constData())
            != 0)
        r = Result(Result::E_ACCESSDENIED,
                   QStringLiteral("%1: %2").arg(m_path, QString::fromLocal8Bit(::strerror(errno))));
    if (r.isError())
        QFile::remove(fresh);
    return r;
}

Result JobStore::checkIdentity()
{
    // Only a database that says it is Ferry's is used: anything else at the path is left as it
    // is (docs/model.md). Ferry's databases from before the application id carry its schema
    // version and tables; they get the id now.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return failure(QStringLiteral("application_id"), q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    if (id == kApplicationId)
        return Result::S_OK;
    const bool earlierFerry = id == 0 && schemaVersion() > 0
        && q.exec(QStringLiteral("SELECT id, display_name, reply_file FROM jobs LIMIT 0"))
        && q.exec(QStringLiteral("SELECT job_seq, remote_url, local_path FROM files LIMIT 0"));
    if (!earlierFerry) {
        return Result(Result::BG_E_DATABASE_CORRUPT,
                      //: %1 is a file path
                      tr("%1 is not a Ferry job database; Ferry leaves it as it is. Move it away "
                         "to start with an empty queue.")
                          .arg(QDir::toNativeSeparators(m_path)));
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
        return failure(QStringLiteral("application_id"), q.lastError().text());
    return Result::S_OK;
}

Result JobStore::open()
{
    if (isOpen())
        return Result::S_OK;
    const bool memory = m_path == QLatin1String(":memory:");
    if (!memory) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath()))
            return Result(Result::E_ACCESSDENIED, info.absolutePath());
        if (!info.exists()) {
            if (const Result r = create(); r.isError())
                return r;
        } else if (!info.isReadable()) {
            return failure(QStringLiteral("open"), QStringLiteral("the file is not readable"));
        } else if (info.size() == 0) {
            return Result(Result::BG_E_DATABASE_CORRUPT,
                          //: %1 is a file path
                          tr("%1 is empty, not a Ferry job database; Ferry leaves it as it is. "
                             "Move it away to start with an empty queue.")
                              .arg(QDir::toNativeSeparators(m_path)));
        }
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (const Result r = openConnection(m_path); r.isError())
        return r;
    Result r = setUp(memory);
    if (r.isError()) {
        m_fileWriter.reset();
        m_sql.reset();
        closeConnection();
    }
    return r;
}

Result JobStore::setUp(bool memory)
{
    if (memory) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    }
    // Before anything writes: reading the id reads the header (a file that is not SQLite fails
    // here), and a database that is not Ferry's is refused untouched (WAL mode would change it).
    if (const Result r = checkIdentity(); r.isError())
        return r;
    // secure_delete: deleted content is overwritten with zeros, never left in free space (the
    // secrets a job drops when it finishes, eraseOldContent()).
    for (const char *pragma :
         { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
           "PRAGMA busy_timeout = 5000", "PRAGMA secure_delete = ON" }) {
        QSqlQuery q(db());
        if (!q.exec(QLatin1String(pragma)))
            return failure(QLatin1String(pragma), q.lastError().text());
    }
    if (const Result r = migrate(); r.isError())
        return r;
    // Old pages a crash left in the log (after a job dropped its secrets) go now.
    truncateLog();

    m_sql = std::make_unique<Statements>(db());
    QString assignments = QLatin1String(kJobColumns);
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    assignments += QLatin1String(" = ?");
    const bool prepared
        = m_sql->insertJob.prepare(QStringLiteral(
              "INSERT INTO jobs (id, type, state, priority, display_name, created, modified, "
              "auto_complete) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_sql->insertNewFile.prepare(QStringLiteral(
            "INSERT INTO files (job_seq, idx, remote_url, local_path) VALUES (?, ?, ?, ?)"))
        && m_sql->updateJob.prepare(QLatin1String("UPDATE jobs SET ") + assignments
                                    + QLatin1String(" WHERE seq = ?"))
        && m_sql->insertFile.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO files (job_seq, idx, remote_url, local_path, bytes_total, "
            "bytes_done, completed, etag, last_modified, segments, part_device, part_inode, "
            "part_born, committing, integrity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"))
        && m_sql->updateFile.prepare(QStringLiteral(
            "UPDATE files SET remote_url = ?, local_path = ?, bytes_total = ?, bytes_done = ?, "
            "completed = ?, etag = ?, last_modified = ?, segments = ?, part_device = ?, "
            "part_inode = ?, part_born = ?, committing = ?, integrity = ? WHERE job_seq = ? AND "
            "idx = ?"));
    if (!prepared) {
        m_sql.reset();
        return failure(QStringLiteral("prepare"), QStringLiteral("schema does not match"));
    }
    if (m_api == SqliteApi::WhenUsable)
        m_fileWriter = std::make_unique<SqliteFileWriter>(db());
    if (m_fileWriter && !m_fileWriter->isValid())
        m_fileWriter.reset();
    return Result::S_OK;
}

int JobStore::schemaVersion() const
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result JobStore::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return failure(QStringLiteral("user_version"), db().lastError().text());
    const QList<QStringList> &migrations = StoreSchema::migrations();
    if (current > migrations.size()) {
        return failure(QStringLiteral("schema"),
                       QStringLiteral("version %1 was written by a newer Ferry").arg(current));
    }
    if (current > 0) {
        // An existing database must have the tables its version promises.
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM jobs"))
            || !q.exec(QStringLiteral("SELECT count(*) FROM files")))
            return failure(QStringLiteral("schema"), q.lastError().text());
    }
    for (int version = current; version < migrations.size(); ++version) {
        QSqlDatabase d = db();
        d.transaction();
        for (const QString &statement : migrations.at(version)) {
            QSqlQuery q(d);
            if (!q.exec(statement)) {
                d.rollback();
                return failure(QStringLiteral("migration %1").arg(version + 1),
                               q.lastError().text());
            }
        }
        QSqlQuery q(d);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !d.commit()) {
            d.rollback();
            return failure(QStringLiteral("migration %1").arg(version + 1), q.lastError().text());
        }
        qCInfo(lcStore) << "migrated" << m_path << "to schema" << version + 1;
    }
    return Result::S_OK;
}

qint64 JobStore::seqOf(const JobId &id) const
{
    return m_seq.value(id, -1);
}

void JobStore::bindJobRow(QSqlQuery &q, const Job &job)
{
    q.addBindValue(int(job.type));
    q.addBindValue(int(job.state));
    q.addBindValue(int(job.priority));
    q.addBindValue(text(job.displayName));
    q.addBindValue(text(job.description));
    q.addBindValue(toDb(job.times.creation));
    q.addBindValue(toDb(job.times.modification));
    q.addBindValue(toDb(job.times.transferCompletion));
    q.addBindValue(int(job.error.context));
    q.addBindValue(qint64(job.error.code.code()));
    q.addBindValue(text(job.error.description));
    q.addBindValue(job.error.fileIndex);
    q.addBindValue(qint64(job.errorCount));
    q.addBindValue(qint64(job.noProgressTimeout));
    q.addBindValue(qint64(job.minimumRetryDelay));
    q.addBindValue(int(job.notifyFlags.toInt()));
    q.addBindValue(job.autoComplete ? 1 : 0);
    q.addBindValue(text(job.replyFileName));
    q.addBindValue(job.replyProgress.bytesTotal);
    q.addBindValue(job.replyProgress.bytesTransferred);
    q.addBindValue(text(settingsJson(job)));
}

Result JobStore::writeFile(const Job &job, int index, qint64 seq)
{
    const JobFile &f = job.files.at(index);
    if (isNewFile(f)) {
        // Most files are written as AddFile made them; fewer bound values is much faster.
        QSqlQuery &q = m_sql->insertNewFile;
        q.addBindValue(seq);
        q.addBindValue(index);
        q.addBindValue(f.remoteUrl.toString(QUrl::FullyEncoded));
        q.addBindValue(text(f.localPath));
        return exec(q, "insert file");
    }
    QSqlQuery &q = m_sql->insertFile;
    q.addBindValue(seq);
    q.addBindValue(index);
    q.addBindValue(f.remoteUrl.toString(QUrl::FullyEncoded));
    q.addBindValue(text(f.localPath));
    q.addBindValue(f.bytesTotal);
    q.addBindValue(f.bytesTransferred);
    q.addBindValue(f.completed ? 1 : 0);
    q.addBindValue(text(f.etag));
    q.addBindValue(toDb(f.lastModified));
    q.addBindValue(text(segmentsToString(f.segments)));
    q.addBindValue(qint64(f.part.device));
    q.addBindValue(qint64(f.part.inode));
    q.addBindValue(f.part.born);
    q.addBindValue(text(f.committing));
    q.addBindValue(text(f.integrity.toStoreText()));
    return exec(q, "insert file");
}

Result JobStore::insertJob(const Job &job)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    if (const Result r = begin(); r.isError())
        return r;
    QSqlQuery &q = m_sql->insertJob;
    q.addBindValue(job.id.toString());
    q.addBindValue(int(job.type));
    q.addBindValue(int(job.state));
    q.addBindValue(int(job.priority));
    q.addBindValue(text(job.displayName));
    q.addBindValue(toDb(job.times.creation));
    q.addBindValue(toDb(job.times.modification));
    q.addBindValue(job.autoComplete ? 1 : 0);
    Result r = exec(q, "insert job");
    if (r.isSuccess()) {
        const qint64 seq = q.lastInsertId().toLongLong();
        m_seq.insert(job.id, seq);
        // The other columns start at their defaults; write them when the job has more to say.
        if (!isNewJob(job))
            r = updateJob(job);
        for (int i = 0; i < job.files.size() && r.isSuccess(); ++i)
            r = writeFile(job, i, seq);
    }
    if (r.isError()) {
        rollback();
        m_seq.remove(job.id);
        return r;
    }
    return commit();
}

Result JobStore::updateJob(const Job &job)
{
    const qint64 seq = seqOf(job.id);
    if (!isOpen() || seq < 0)
        return Result(Result::BG_E_NOT_FOUND, job.id.toString());
    QSqlQuery &q = m_sql->updateJob;
    bindJobRow(q, job);
    q.addBindValue(seq);
    return exec(q, "update job");
}

Result JobStore::insertFile(const Job &job, int index)
{
    const qint64 seq = seqOf(job.id);
    if (!isOpen() || seq < 0)
        return Result(Result::BG_E_NOT_FOUND, job.id.toString());
    return writeFile(job, index, seq);
}

Result JobStore::updateFiles(const Job &job, const QList<int> &indices)
{
    const qint64 seq = seqOf(job.id);
    if (!isOpen() || seq < 0)
        return Result(Result::BG_E_NOT_FOUND, job.id.toString());
    if (const Result r = begin(); r.isError())
        return r;
    QSqlQuery &q = m_sql->updateFile;
    const qsizetype count = indices.isEmpty() ? job.files.size() : indices.size();
    for (qsizetype n = 0; n < count; ++n) {
        const int i = indices.isEmpty() ? int(n) : indices.at(n);
        const JobFile &f = job.files.at(i);
        if (m_fileWriter) {
            if (const Result r = m_fileWriter->update(seq, i, f); r.isError()) {
                qCWarning(lcStore) << "update file" << r.message();
                rollback();
                return r;
            }
            continue;
        }
        q.addBindValue(f.remoteUrl.toString(QUrl::FullyEncoded));
        q.addBindValue(text(f.localPath));
        q.addBindValue(f.bytesTotal);
        q.addBindValue(f.bytesTransferred);
        q.addBindValue(f.completed ? 1 : 0);
        q.addBindValue(text(f.etag));
        q.addBindValue(toDb(f.lastModified));
        q.addBindValue(text(segmentsToString(f.segments)));
        q.addBindValue(qint64(f.part.device));
        q.addBindValue(qint64(f.part.inode));
        q.addBindValue(f.part.born);
        q.addBindValue(text(f.committing));
        q.addBindValue(text(f.integrity.toStoreText()));
        q.addBindValue(seq);
        q.addBindValue(i);
        if (const Result r = exec(q, "update file"); r.isError()) {
            rollback();
            return r;
        }
    }
    return commit();
}

Result JobStore::saveAll(const Job &job)
{
    if (const Result r = begin(); r.isError())
        return r;
    Result r = updateJob(job);
    if (r.isSuccess())
        r = updateFiles(job);
    if (r.isError()) {
        rollback();
        return r;
    }
    return commit();
}

Result JobStore::begin(Sync sync)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    if (m_batchDepth > 0) {
        ++m_batchDepth; // the outermost transaction decides how it is committed
        return Result::S_OK;
    }
    if (sync == Sync::Progress) {
        // Not a prepared statement: SQLite applies this pragma when it compiles it.
        if (m_fileWriter) {
            m_progressSync = m_fileWriter->setSynchronous("NORMAL");
        } else {
            QSqlQuery q(db());
            m_progressSync = q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
    }
    if (!db().transaction()) {
        const Result r = failure(QStringLiteral("begin"), db().lastError().text());
        endProgressSync();
        return r;
    }
    m_batchDepth = 1;
    return Result::S_OK;
}

void JobStore::endProgressSync()
{
    if (!m_progressSync)
        return;
    if (m_fileWriter) {
        m_progressSync = !m_fileWriter->setSynchronous("FULL");
        return;
    }
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        m_progressSync = false;
}

int JobStore::synchronousLevel()
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA synchronous")) && q.next() ? q.value(0).toInt() : -1;
}

Result JobStore::commit()
{
    if (m_batchDepth == 0)
        return Result::S_OK;
    if (--m_batchDepth > 0)
        return Result::S_OK;
    QSqlDatabase d = db();
    if (!d.commit()) {
        const QString error = d.lastError().text();
        d.rollback();
        endProgressSync();
        return Result(Result::E_FAIL, QStringLiteral("commit: %1").arg(error));
    }
    endProgressSync();
    if (m_eraseAfterCommit) {
        m_eraseAfterCommit = false;
        return truncateLog();
    }
    return Result::S_OK;
}

void JobStore::rollback()
{
    if (m_batchDepth == 0)
        return;
    m_batchDepth = 0;
    db().rollback();
    endProgressSync();
}

namespace {
// jobFromRow/fileFromRow over a QSqlQuery.
struct QueryRow
{
    const QSqlQuery &q;
    qint64 int64(int i) const { return q.value(i).toLongLong(); }
    QString text(int i) const { return q.value(i).toString(); }
    bool isNull(int i) const { return q.isNull(i); }
};
} // namespace

Result JobStore::loadJobs(const char *where, const char *order, int limit, QList<Job> *jobs)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    QList<qint64> seqs;
    const qsizetype first = jobs->size();
    SqliteBulk bulk(m_api == SqliteApi::WhenUsable ? db() : QSqlDatabase());
    if (bulk.isValid()) {
        if (const Result r = bulk.loadJobs(where, order, limit, jobs, &seqs); r.isError())
            return r;
        for (qsizetype i = 0; i < seqs.size(); ++i)
            m_seq.insert(jobs->at(first + i).id, seqs.at(i));
        return Result::S_OK;
    }

    const QString limitClause = limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String("SELECT seq, id, ") + QLatin1String(kJobColumns)
                + QLatin1String(" FROM jobs WHERE ") + QLatin1String(where)
                + QLatin1String(" ORDER BY ") + QLatin1String(order) + limitClause))
        return failure(QStringLiteral("load jobs"), q.lastError().text());
    QHash<qint64, qsizetype> indexOfSeq;
    const QueryRow row { q };
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        indexOfSeq.insert(seq, jobs->size());
        jobs->append(jobFromRow(row));
        m_seq.insert(jobs->last().id, seq);
    }
    if (jobs->size() == first)
        return Result::S_OK;
    QSqlQuery f(db());
    f.setForwardOnly(true);
    if (!f.exec(QLatin1String("SELECT ") + QLatin1String(kFileColumns)
                + QLatin1String(" FROM files f JOIN jobs ON jobs.seq = f.job_seq WHERE ")
                + QLatin1String(where) + QLatin1String(" ORDER BY f.job_seq, f.idx")))
        return failure(QStringLiteral("load files"), f.lastError().text());
    const QueryRow fileRow { f };
    while (f.next()) {
        const auto it = indexOfSeq.constFind(f.value(0).toLongLong());
        if (it != indexOfSeq.constEnd()) // else beyond the LIMIT of a history query
            (*jobs)[*it].files.append(fileFromRow(fileRow));
    }
    return Result::S_OK;
}

Result JobStore::insertJobs(const QList<Job> &jobs)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    if (const Result r = begin(); r.isError())
        return r;
    SqliteBulk bulk(m_api == SqliteApi::WhenUsable ? db() : QSqlDatabase());
    const bool fast
        = bulk.isValid() && std::all_of(jobs.begin(), jobs.end(), [](const Job &j) {
              return isNewJob(j) && std::all_of(j.files.begin(), j.files.end(), isNewFile);
          });
    Result r;
    if (fast) {
        QList<qint64> seqs;
        r = bulk.insertNewJobs(jobs, &seqs);
        for (qsizetype i = 0; r.isSuccess() && i < jobs.size(); ++i)
            m_seq.insert(jobs.at(i).id, seqs.at(i));
    } else {
        for (qsizetype i = 0; r.isSuccess() && i < jobs.size(); ++i)
            r = insertJob(jobs.at(i));
    }
    if (r.isError()) {
        rollback();
        for (const Job &job : jobs)
            m_seq.remove(job.id);
        return r;
    }
    return commit();
}

Result JobStore::loadActive(QList<Job> *jobs)
{
    return loadJobs("jobs.state NOT IN (7, 8)", "jobs.seq", -1, jobs);
}

Result JobStore::loadHistory(QList<Job> *jobs, int limit)
{
    return loadJobs("jobs.state IN (7, 8)", "jobs.modified DESC, jobs.seq DESC", limit, jobs);
}

Result JobStore::finishedJob(const JobId &id, JobType *type, JobState *state)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT type, state FROM jobs WHERE id = ? AND state IN (7, 8)"));
    q.addBindValue(id.toString());
    if (const Result r = exec(q, "find job"); r.isError())
        return r;
    if (!q.next())
        return Result(Result::BG_E_NOT_FOUND, id.toString());
    *type = JobType(q.value(0).toInt());
    *state = JobState(q.value(1).toInt());
    return Result::S_OK;
}

Result JobStore::pruneHistory(const HistoryPrune &which, QList<JobId> *removed)
{
    if (removed)
        removed->clear();
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    QString where = QStringLiteral("state IN (7, 8)");
    if (which.before.isValid())
        where += QStringLiteral(" AND modified < :before");
    if (!which.jobs.isEmpty())
        where += QStringLiteral(" AND id = :id");
    QList<JobId> gone;
    if (const Result r = begin(); r.isError())
        return r;
    const auto run = [this, &which, &where, &gone](const JobId *id) {
        QSqlQuery select(db());
        select.prepare(QStringLiteral("SELECT id FROM jobs WHERE ") + where);
        QSqlQuery remove(db());
        remove.prepare(QStringLiteral("DELETE FROM jobs WHERE ") + where);
        for (QSqlQuery *q : { &select, &remove }) {
            if (which.before.isValid())
                q->bindValue(QStringLiteral(":before"), which.before.toMSecsSinceEpoch());
            if (id)
                q->bindValue(QStringLiteral(":id"), id->toString());
        }
        if (const Result r = exec(select, "find history to prune"); r.isError())
            return r;
        while (select.next())
            gone.append(JobId::fromString(select.value(0).toString()));
        return exec(remove, "prune history");
    };
    Result r = Result::S_OK;
    if (which.jobs.isEmpty()) {
        r = run(nullptr);
    } else {
        for (const JobId &id : which.jobs) {
            if (r = run(&id); r.isError())
                break;
        }
    }
    if (r.isError()) {
        rollback();
        return r;
    }
    if (const Result c = commit(); c.isError())
        return c;
    if (removed)
        *removed = std::move(gone);
    return Result::S_OK;
}

QString JobStore::integrityCheck()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace Ferry
