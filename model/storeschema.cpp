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
                           " description TEXT NOT NULL DEFAULT '',"
                           " created INTEGER NOT NULL,"
                           " modified INTEGER NOT NULL,"
                           " transfer_completed INTEGER,"
                           " error_context INTEGER NOT NULL DEFAULT 0,"
                           " error_code INTEGER NOT NULL DEFAULT 0,"
                           " error_description TEXT NOT NULL DEFAULT '',"
                           " error_file INTEGER NOT NULL DEFAULT -1,"
                           " error_count INTEGER NOT NULL DEFAULT 0,"
                           " no_progress_timeout INTEGER NOT NULL DEFAULT 1209600,"
                           " min_retry_delay INTEGER NOT NULL DEFAULT 600,"
                           " notify_flags INTEGER NOT NULL DEFAULT 3,"
                           " auto_complete INTEGER NOT NULL DEFAULT 0,"
                           " reply_file TEXT NOT NULL DEFAULT '',"
                           " reply_total INTEGER NOT NULL DEFAULT -1,"
                           " reply_done INTEGER NOT NULL DEFAULT 0,"
                           " settings TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX jobs_by_state ON jobs (state, modified)"),
            QStringLiteral("CREATE TABLE files ("
                           " job_seq INTEGER NOT NULL REFERENCES jobs (seq) ON DELETE CASCADE,"
                           " idx INTEGER NOT NULL,"
                           " remote_url TEXT NOT NULL,"
                           " local_path TEXT NOT NULL,"
                           " bytes_total INTEGER NOT NULL DEFAULT -1,"
                           " bytes_done INTEGER NOT NULL DEFAULT 0,"
                           " completed INTEGER NOT NULL DEFAULT 0,"
                           " etag TEXT NOT NULL DEFAULT '',"
                           " last_modified INTEGER,"
                           " PRIMARY KEY (job_seq, idx)) WITHOUT ROWID"),
        },
        // 2: segments of files fetched over several connections.
        {
            QStringLiteral("ALTER TABLE files ADD COLUMN segments TEXT NOT NULL DEFAULT ''"),
        },
        // 3: which temporary file is the download's (device, inode, birth time), and the name
        // Complete chose before renaming it.
        {
            QStringLiteral("ALTER TABLE files ADD COLUMN part_device INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE files ADD COLUMN part_inode INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE files ADD COLUMN part_born INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE files ADD COLUMN committing TEXT NOT NULL DEFAULT ''"),
        },
        // 4: the digest a file must have, where it came from and what checking it found
        // (FileIntegrity::toStoreText).
        {
            QStringLiteral("ALTER TABLE files ADD COLUMN integrity TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

} // namespace Ferry::StoreSchema
