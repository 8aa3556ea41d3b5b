#pragma once

#include "job.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace Ferry {

// A job as CreateJob makes it: every column but those JobStore inserts has its default value.
bool isNewJob(const Job &job);
// A file as AddFile makes it: only the URL and the local path are set.
bool isNewFile(const JobFile &file);

// The columns every job query selects, after "seq, id".
constexpr const char *kJobColumns = "type, state, priority, display_name, description, created, "
                                    "modified, transfer_completed, error_context, error_code, "
                                    "error_description, error_file, error_count, "
                                    "no_progress_timeout, min_retry_delay, notify_flags, "
                                    "auto_complete, reply_file, reply_total, reply_done, settings";
// The columns every file query selects.
constexpr const char *kFileColumns = "f.job_seq, f.remote_url, f.local_path, f.bytes_total, "
                                     "f.bytes_done, f.completed, f.etag, f.last_modified, "
                                     "f.segments, f.part_device, f.part_inode, f.part_born, "
                                     "f.committing, f.integrity";

void applySettings(Job &job, const QString &json);
QString settingsJson(const Job &job);

// Turns a row of "seq, id, kJobColumns" into a Job. Row offers int64(i), text(i), isNull(i);
// there is one for QSqlQuery and one for sqlite3_stmt, and this is the only mapping.
template<typename Row>
Job jobFromRow(const Row &r)
{
    const auto time = [&r](int i) {
        return r.isNull(i) ? QDateTime()
                           : QDateTime::fromMSecsSinceEpoch(r.int64(i), QTimeZone::utc());
    };
    Job job;
    job.id = JobId::fromString(r.text(1));
    job.type = JobType(r.int64(2));
    job.state = JobState(r.int64(3));
    job.priority = JobPriority(r.int64(4));
    job.displayName = r.text(5);
    job.description = r.text(6);
    job.times.creation = time(7);
    job.times.modification = time(8);
    job.times.transferCompletion = time(9);
    job.error.context = ErrorContext(r.int64(10));
    job.error.code = Result::fromCode(quint32(r.int64(11)));
    job.error.description = r.text(12);
    job.error.fileIndex = int(r.int64(13));
    job.errorCount = quint32(r.int64(14));
    job.noProgressTimeout = quint32(r.int64(15));
    job.minimumRetryDelay = quint32(r.int64(16));
    job.notifyFlags = NotifyFlags::fromInt(quint32(r.int64(17)));
    job.autoComplete = r.int64(18) != 0;
    job.replyFileName = r.text(19);
    job.replyProgress.bytesTotal = r.int64(20);
    job.replyProgress.bytesTransferred = r.int64(21);
    applySettings(job, r.text(22));
    return job;
}

// Turns a row of kFileColumns into a JobFile (column 0, the job's seq, is read by the caller).
template<typename Row>
JobFile fileFromRow(const Row &r)
{
    JobFile file;
    file.remoteUrl = QUrl::fromEncoded(r.text(1).toLatin1());
    file.localPath = r.text(2);
    file.bytesTotal = r.int64(3);
    file.bytesTransferred = r.int64(4);
    file.completed = r.int64(5) != 0;
    file.etag = r.text(6);
    if (!r.isNull(7))
        file.lastModified = QDateTime::fromMSecsSinceEpoch(r.int64(7), QTimeZone::utc());
    file.segments = segmentsFromString(r.text(8));
    file.part.device = quint64(r.int64(9));
    file.part.inode = quint64(r.int64(10));
    file.part.born = r.int64(11);
    file.committing = r.text(12);
    file.integrity = FileIntegrity::fromStoreText(r.text(13));
    return file;
}

} // namespace Ferry
