#include "storeschema.h"

namespace Ferry::StoreSchema {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: jobs and their files.
        {
            QStringLiteral("CREATE TABLE jobs ("
                           " seq INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " type INTEGER NOT NULL,"
                           " state INTEGER NOT NULL,"
                           " priority INTEGER NOT NULL,"
                           " display_name TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " created INTEGER NOT NULL,"
                           " modified INTEGER NOT NULL,"
                           " transfer_completed INTEGER,"
                           " error_context INTEGER NOT NULL,"
                           " error_code INTEGER NOT NULL,"
                           " error_description TEXT NOT NULL,"
                           " error_file INTEGER NOT NULL,"
                           " error_count INTEGER NOT NULL,"
                           " no_progress_timeout INTEGER NOT NULL,"
                           " min_retry_delay INTEGER NOT NULL,"
                           " notify_flags INTEGER NOT NULL,"
                           " auto_complete INTEGER NOT NULL,"
                           " reply_file TEXT NOT NULL,"
                           " reply_total INTEGER NOT NULL,"
                           " reply_done INTEGER NOT NULL,"
                           " settings TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX jobs_by_state ON jobs (state, modified)"),
            QStringLiteral("CREATE TABLE files ("
                           " job_seq INTEGER NOT NULL REFERENCES jobs (seq) ON DELETE CASCADE,"
                           " idx INTEGER NOT NULL,"
                           " remote_url TEXT NOT NULL,"
                           " local_path TEXT NOT NULL,"
                           " bytes_total INTEGER NOT NULL,"
                           " bytes_done INTEGER NOT NULL,"
                           " completed INTEGER NOT NULL,"
                           " etag TEXT NOT NULL,"
                           " last_modified INTEGER,"
                           " PRIMARY KEY (job_seq, idx)) WITHOUT ROWID"),
        },
    };
    return all;
}

} // namespace Ferry::StoreSchema
