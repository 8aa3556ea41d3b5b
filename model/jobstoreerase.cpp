// JobStore::eraseOldContent: no byte of a secret a job dropped stays in the database files.
#include "jobstore.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore) // jobstore.cpp

namespace Ferry {

Result JobStore::eraseOldContent()
{
    if (!isOpen())
        return Result(Result::E_FAIL, QStringLiteral("store not open"));
    if (m_batchDepth > 0) {
        m_eraseAfterCommit = true;
        return Result::S_OK;
    }
    return truncateLog();
}

Result JobStore::truncateLog()
{
    if (m_path == QLatin1String(":memory:"))
        return Result::S_OK;
    // TRUNCATE copies every frame into the database (where secure_delete already zeroed what was
    // freed) and cuts the log to zero bytes; frames from before a log restart are gone with it.
    // The first column is 1 when a reader kept the checkpoint from finishing.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next()) {
        qCWarning(lcStore) << "checkpoint failed:" << q.lastError().text();
        return failure(QStringLiteral("checkpoint"), q.lastError().text());
    }
    if (q.value(0).toInt() != 0) {
        qCWarning(lcStore) << "checkpoint blocked by another connection of" << m_path;
        return failure(QStringLiteral("checkpoint"), QStringLiteral("the database is busy"));
    }
    return Result::S_OK;
}

} // namespace Ferry
