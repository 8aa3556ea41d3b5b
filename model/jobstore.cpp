#include "jobstore.h"

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

Q_LOGGING_CATEGORY(lcStore, "ferry.model.store")

namespace Ferry {

struct JobStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insertJob(db)
        , updateJob(db)
        , insertFile(db)
        , updateFile(db)
    {
    }
    QSqlQuery insertJob;
    QSqlQuery updateJob;
    QSqlQuery insertFile;
    QSqlQuery updateFile;
};

namespace {

constexpr const char *kJobColumns = "type, state, priority, display_name, description, created, "
                                    "modified, transfer_completed, error_context, error_code, "
                                    "error_description, error_file, error_count, "
                                    "no_progress_timeout, min_retry_delay, notify_flags, "
                                    "auto_complete, reply_file, reply_total, reply_done, settings";
constexpr int kJobColumnCount = 21;

QVariant toDb(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString would bind as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QDateTime fromDb(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// The rarely set properties travel as one JSON object; an empty string means all defaults.
QString settingsJson(const Job &job)
{
    QJsonObject o;
    if (!job.notifyCmdLine.isEmpty())
        o.insert(QLatin1String("notifyCmdLine"), QJsonArray::fromStringList(job.notifyCmdLine));
    if (!job.customHeaders.isEmpty())
        o.insert(QLatin1String("customHeaders"), job.customHeaders);
    if (!job.credentials.isEmpty()) {
        QJsonArray creds;
        for (const Credentials &c : job.credentials) {
            creds.append(QJsonObject { { QLatin1String("target"), int(c.target) },
                { QLatin1String("scheme"), int(c.scheme) }, { QLatin1String("user"), c.user },
                { QLatin1String("password"), c.password } });
        }
        o.insert(QLatin1String("credentials"), creds);
    }
    if (job.proxy.usage != ProxyUsage::System) {
        o.insert(QLatin1String("proxy"),
            QJsonObject { { QLatin1String("usage"), int(job.proxy.usage) },
                { QLatin1String("list"), job.proxy.proxyList },
                { QLatin1String("bypass"), job.proxy.bypassList } });
    }
    if (o.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void applySettings(Job &job, const QString &json)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray cmd = o.value(QLatin1String("notifyCmdLine")).toArray();
    for (const QJsonValue &v : cmd)
        job.notifyCmdLine.append(v.toString());
    job.customHeaders = o.value(QLatin1String("customHeaders")).toString();
    const QJsonArray creds = o.value(QLatin1String("credentials")).toArray();
    for (const QJsonValue &v : creds) {
        const QJsonObject c = v.toObject();
        job.credentials.append({ AuthTarget(c.value(QLatin1String("target")).toInt()),
            AuthScheme(c.value(QLatin1String("scheme")).toInt()),
            c.value(QLatin1String("user")).toString(),
            c.value(QLatin1String("password")).toString() });
    }
    const QJsonObject proxy = o.value(QLatin1String("proxy")).toObject();
    if (!proxy.isEmpty()) {
        job.proxy.usage = ProxyUsage(proxy.value(QLatin1String("usage")).toInt());
        job.proxy.proxyList = proxy.value(QLatin1String("list")).toString();
        job.proxy.bypassList = proxy.value(QLatin1String("bypass")).toString();
    }
}

int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff; // primary result code of an extended one
}

} // namespace

JobStore::JobStore(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("ferry-store-%1").arg(quintptr(this), 0, 16))
{
}

JobStore::~JobStore()
{
    m_sql.reset();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
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
    return Result(Result::BG_E_DATABASE_CORRUPT,
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

Result JobStore::open()
{
    if (isOpen())
        return Result::S_OK;
    const QFileInfo info(m_path);
    if (m_path != QLatin1String(":memory:")) {
        if (!QDir().mkpath(info.absolutePath()))
            return Result(Result::E_ACCESSDENIED, info.absolutePath());
        if (info.exists() && !info.isReadable())
            return failure(QStringLiteral("open"), QStringLiteral("the file is not readable"));
    }
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        d.setDatabaseName(m_path);
        if (!d.open())
            return failure(QStringLiteral("open"), d.lastError().text());
    }
    if (info.exists() && m_path != QLatin1String(":memory:"))
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);

    // The first statement reads the header: a file that is not SQLite fails here, untouched.
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000" }) {
        QSqlQuery q(db());
        if (!q.exec(QLatin1String(pragma)))
            return failure(QLatin1String(pragma), q.lastError().text());
    }
    if (const Result r = migrate(); r.isError())
        return r;

    m_sql = std::make_unique<Statements>(db());
    const QString cols = QLatin1String(kJobColumns);
    QString placeholders;
    for (int i = 0; i < kJobColumnCount; ++i)
        placeholders += QLatin1String(", ?");
    QString assignments = cols;
    assignments.replace(QLatin1String(", "), QLatin1String(" = ?, "));
    assignments += QLatin1String(" = ?");
    const bool prepared
        = m_sql->insertJob.prepare(
              QLatin1String("INSERT INTO jobs (id, ") + cols + QLatin1String(") VALUES (?")
              + placeholders + QLatin1String(")"))
        && m_sql->updateJob.prepare(
            QLatin1String("UPDATE jobs SET ") + assignments + QLatin1String(" WHERE seq = ?"))
        && m_sql->insertFile.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO files (job_seq, idx, remote_url, local_path, bytes_total, "
            "bytes_done, completed, etag, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_sql->updateFile.prepare(QStringLiteral(
            "UPDATE files SET remote_url = ?, local_path = ?, bytes_total = ?, bytes_done = ?, "
            "completed = ?, etag = ?, last_modified = ? WHERE job_seq = ? AND idx = ?"));
    if (!prepared) {
        m_sql.reset();
        return failure(QStringLiteral("prepare"), QStringLiteral("schema does not match"));
    }
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
        if (!q.exec(QStringLiteral("SELECT count(*) FROM jobs")) || !q.exec(QStringLiteral("SELECT count(*) FROM files")))
            return failure(QStringLiteral("schema"), q.lastError().text());
    }
    for (int version = current; version < migrations.size(); ++version) {
        QSqlDatabase d = db();
        d.transaction();
        for (const QString &statement : migrations.at(version)) {
            QSqlQuery q(d);
            if (!q.exec(statement)) {
                d.rollback();
                return failure(QStringLiteral("migration %1").arg(version + 1), q.lastError().text());
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
    bindJobRow(q, job);
    Result r = exec(q, "insert job");
    if (r.isSuccess()) {
        const qint64 seq = q.lastInsertId().toLongLong();
        m_seq.insert(job.id, seq);
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

Result JobStore::updateFiles(const Job &job)
{
    const qint64 seq = seqOf(job.id);
    if (!isOpen() || seq < 0)
        return Result(Result::BG_E_NOT_FOUND, job.id.toString());
    if (const Result r = begin(); r.isError())
        return r;
    QSqlQuery &q = m_sql->updateFile;
    for (int i = 0; i < job.files.size(); ++i) {
        const JobFile &f = job.files.at(i);
        q.addBindValue(f.remoteUrl.toString(QUrl::FullyEncoded));
        q.addBindValue(text(f.localPath));
        q.addBindValue(f.bytesTotal);
        q.addBindValue(f.bytesTransferred);
        q.addBindValue(f.completed ? 1 : 0);
        q.addBindValue(text(f.etag));
        q.addBindValue(toDb(f.lastModified));
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

Result JobStore::begin()
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    if (m_batchDepth++ == 0 && !db().transaction()) {
        m_batchDepth = 0;
        return failure(QStringLiteral("begin"), db().lastError().text());
    }
    return Result::S_OK;
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
        return Result(Result::E_FAIL, QStringLiteral("commit: %1").arg(error));
    }
    return Result::S_OK;
}

void JobStore::rollback()
{
    if (m_batchDepth == 0)
        return;
    m_batchDepth = 0;
    db().rollback();
}

Result JobStore::loadJobs(const QString &where, const QString &order, int limit, QList<Job> *jobs)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    const QString limitClause = limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String("SELECT seq, id, ") + QLatin1String(kJobColumns)
            + QLatin1String(" FROM jobs WHERE ") + where + QLatin1String(" ORDER BY ") + order
            + limitClause))
        return failure(QStringLiteral("load jobs"), q.lastError().text());

    QHash<qint64, qsizetype> indexOfSeq;
    const qsizetype first = jobs->size();
    while (q.next()) {
        Job job;
        const qint64 seq = q.value(0).toLongLong();
        job.id = JobId::fromString(q.value(1).toString());
        job.type = JobType(q.value(2).toInt());
        job.state = JobState(q.value(3).toInt());
        job.priority = JobPriority(q.value(4).toInt());
        job.displayName = q.value(5).toString();
        job.description = q.value(6).toString();
        job.times.creation = fromDb(q.value(7));
        job.times.modification = fromDb(q.value(8));
        job.times.transferCompletion = fromDb(q.value(9));
        job.error.context = ErrorContext(q.value(10).toInt());
        job.error.code = Result::fromCode(quint32(q.value(11).toLongLong()));
        job.error.description = q.value(12).toString();
        job.error.fileIndex = q.value(13).toInt();
        job.errorCount = quint32(q.value(14).toLongLong());
        job.noProgressTimeout = quint32(q.value(15).toLongLong());
        job.minimumRetryDelay = quint32(q.value(16).toLongLong());
        job.notifyFlags = NotifyFlags::fromInt(q.value(17).toInt());
        job.autoComplete = q.value(18).toInt() != 0;
        job.replyFileName = q.value(19).toString();
        job.replyProgress.bytesTotal = q.value(20).toLongLong();
        job.replyProgress.bytesTransferred = q.value(21).toLongLong();
        applySettings(job, q.value(22).toString());
        m_seq.insert(job.id, seq);
        indexOfSeq.insert(seq, jobs->size());
        jobs->append(std::move(job));
    }
    if (jobs->size() == first)
        return Result::S_OK;

    QSqlQuery f(db());
    f.setForwardOnly(true);
    if (!f.exec(QLatin1String("SELECT f.job_seq, f.remote_url, f.local_path, f.bytes_total, "
                              "f.bytes_done, f.completed, f.etag, f.last_modified FROM files f "
                              "JOIN jobs ON jobs.seq = f.job_seq WHERE ")
            + where + QLatin1String(" ORDER BY f.job_seq, f.idx")))
        return failure(QStringLiteral("load files"), f.lastError().text());
    while (f.next()) {
        const auto it = indexOfSeq.constFind(f.value(0).toLongLong());
        if (it == indexOfSeq.constEnd())
            continue; // beyond the LIMIT of a history query
        JobFile file;
        file.remoteUrl = QUrl::fromEncoded(f.value(1).toString().toUtf8());
        file.localPath = f.value(2).toString();
        file.bytesTotal = f.value(3).toLongLong();
        file.bytesTransferred = f.value(4).toLongLong();
        file.completed = f.value(5).toInt() != 0;
        file.etag = f.value(6).toString();
        file.lastModified = fromDb(f.value(7));
        (*jobs)[*it].files.append(std::move(file));
    }
    return Result::S_OK;
}

Result JobStore::loadActive(QList<Job> *jobs)
{
    return loadJobs(QStringLiteral("jobs.state NOT IN (7, 8)"), QStringLiteral("jobs.seq"), -1, jobs);
}

Result JobStore::loadHistory(QList<Job> *jobs, int limit)
{
    return loadJobs(QStringLiteral("jobs.state IN (7, 8)"),
        QStringLiteral("jobs.modified DESC, jobs.seq DESC"), limit, jobs);
}

Result JobStore::pruneHistory(const QDateTime &before, int *removed)
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE state IN (7, 8) AND modified < ?"));
    q.addBindValue(before.toMSecsSinceEpoch());
    const Result r = exec(q, "prune history");
    if (removed)
        *removed = r.isSuccess() ? q.numRowsAffected() : 0;
    return r;
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
