#include "sqlitebulk.h"

#include "storerows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Ferry {

namespace {

// One prepared statement, finalized when it goes out of scope.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // One step of an INSERT; resets the statement for the next row.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// jobFromRow/fileFromRow over a sqlite3_stmt positioned on a row.
struct StatementRow
{
    sqlite3_stmt *s;
    qint64 int64(int i) const { return sqlite3_column_int64(s, i); }
    QString text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(s, i)) : QString();
    }
    bool isNull(int i) const { return sqlite3_column_type(s, i) == SQLITE_NULL; }
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle is only usable when the driver runs the same SQLite library as Ferry; a Qt
    // built with its bundled copy would answer with that copy's version.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_source_id()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result sqliteError(sqlite3 *db, const char *what)
{
    const int code = sqlite3_errcode(db) & 0xff;
    const QString detail
        = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)));
    switch (code) {
    case SQLITE_FULL:
        return Result(Result::ERROR_DISK_FULL, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Result(Result::E_ACCESSDENIED, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Result(Result::BG_E_DATABASE_CORRUPT, detail);
    default:
        return Result(Result::E_FAIL, detail);
    }
}

} // namespace

SqliteBulk::SqliteBulk(const QSqlDatabase &db)
    : m_db(sqliteHandle(db))
{ }

Result SqliteBulk::error(const char *what) const
{
    return sqliteError(m_db, what);
}

SqliteFileWriter::SqliteFileWriter(const QSqlDatabase &db)
    : m_db(sqliteHandle(db))
{
    static const char sql[]
        = "UPDATE files SET remote_url = ?, local_path = ?, bytes_total = ?, bytes_done = ?, "
          "completed = ?, etag = ?, last_modified = ?, segments = ?, part_device = ?, "
          "part_inode = ?, part_born = ?, committing = ?, integrity = ? WHERE job_seq = ? AND "
          "idx = ?";
    if (m_db
        && sqlite3_prepare_v3(m_db, sql, int(sizeof sql) - 1, SQLITE_PREPARE_PERSISTENT, &m_update,
                              nullptr)
            != SQLITE_OK)
        m_update = nullptr;
}

SqliteFileWriter::~SqliteFileWriter()
{
    sqlite3_finalize(m_update);
}

Result SqliteFileWriter::update(qint64 seq, int index, const JobFile &file)
{
    const auto bindText = [this](int i, const QString &s) {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_update, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    bindText(1, QString::fromLatin1(file.remoteUrl.toEncoded()));
    bindText(2, file.localPath);
    sqlite3_bind_int64(m_update, 3, file.bytesTotal);
    sqlite3_bind_int64(m_update, 4, file.bytesTransferred);
    sqlite3_bind_int64(m_update, 5, file.completed ? 1 : 0);
    bindText(6, file.etag);
    if (file.lastModified.isValid())
        sqlite3_bind_int64(m_update, 7, file.lastModified.toMSecsSinceEpoch());
    else
        sqlite3_bind_null(m_update, 7);
    bindText(8, segmentsToString(file.segments));
    sqlite3_bind_int64(m_update, 9, sqlite3_int64(file.part.device));
    sqlite3_bind_int64(m_update, 10, sqlite3_int64(file.part.inode));
    sqlite3_bind_int64(m_update, 11, file.part.born);
    bindText(12, file.committing);
    bindText(13, file.integrity.toStoreText());
    sqlite3_bind_int64(m_update, 14, seq);
    sqlite3_bind_int64(m_update, 15, index);
    const int rc = sqlite3_step(m_update);
    sqlite3_reset(m_update);
    return rc == SQLITE_DONE ? Result(Result::S_OK) : sqliteError(m_db, "update file");
}

bool SqliteFileWriter::setSynchronous(const char *level)
{
    const QByteArray sql = QByteArray("PRAGMA synchronous = ") + level;
    return sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

Result SqliteBulk::insertNewJobs(const QList<Job> &jobs, QList<qint64> *seqs)
{
    Statement job(m_db,
                  "INSERT INTO jobs (id, type, state, priority, display_name, created, modified, "
                  "auto_complete) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement file(m_db,
                   "INSERT INTO files (job_seq, idx, remote_url, local_path) VALUES (?, ?, ?, ?)");
    if (!job || !file)
        return error("prepare insert");
    seqs->reserve(seqs->size() + jobs.size());
    for (const Job &j : jobs) {
        job.bind(1, j.id.toString());
        job.bind(2, qint64(j.type));
        job.bind(3, qint64(j.state));
        job.bind(4, qint64(j.priority));
        job.bind(5, j.displayName);
        job.bind(6, j.times.creation.toMSecsSinceEpoch());
        job.bind(7, j.times.modification.toMSecsSinceEpoch());
        job.bind(8, j.autoComplete ? 1 : 0);
        if (!job.run())
            return error("insert job");
        const qint64 seq = sqlite3_last_insert_rowid(m_db);
        seqs->append(seq);
        for (int i = 0; i < j.files.size(); ++i) {
            file.bind(1, seq);
            file.bind(2, qint64(i));
            file.bind(3, QString::fromLatin1(j.files.at(i).remoteUrl.toEncoded()));
            file.bind(4, j.files.at(i).localPath);
            if (!file.run())
                return error("insert file");
        }
    }
    return Result::S_OK;
}

Result SqliteBulk::loadJobs(const char *where, const char *order, int limit, QList<Job> *jobs,
                            QList<qint64> *seqs)
{
    const QByteArray limitClause
        = limit >= 0 ? " LIMIT " + QByteArray::number(limit) : QByteArray();
    Statement q(m_db,
                QByteArray("SELECT seq, id, ") + kJobColumns + " FROM jobs WHERE " + where
                    + " ORDER BY " + order + limitClause);
    if (!q)
        return error("prepare load jobs");
    QHash<qint64, qsizetype> indexOfSeq;
    const StatementRow row { q.get() };
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(q.get(), 0);
        indexOfSeq.insert(seq, jobs->size());
        seqs->append(seq);
        jobs->append(jobFromRow(row));
    }
    if (rc != SQLITE_DONE)
        return error("load jobs");
    if (indexOfSeq.isEmpty())
        return Result::S_OK;

    Statement f(m_db,
                QByteArray("SELECT ") + kFileColumns
                    + " FROM files f JOIN jobs ON jobs.seq = f.job_seq WHERE " + where
                    + " ORDER BY f.job_seq, f.idx");
    if (!f)
        return error("prepare load files");
    const StatementRow fileRow { f.get() };
    qint64 lastSeq = -1;
    Job *owner = nullptr;
    while ((rc = sqlite3_step(f.get())) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(f.get(), 0);
        if (seq != lastSeq) {
            const auto it = indexOfSeq.constFind(seq);
            owner = it == indexOfSeq.constEnd() ? nullptr : &(*jobs)[*it]; // beyond a LIMIT
            lastSeq = seq;
        }
        if (owner)
            owner->files.append(fileFromRow(fileRow));
    }
    return rc == SQLITE_DONE ? Result::S_OK : error("load files");
}

} // namespace Ferry
