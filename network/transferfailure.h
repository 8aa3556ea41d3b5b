#pragma once

#include "job.h"

#include <QNetworkReply>

namespace Ferry {

// The one place where a failed request becomes a BITS error: its Result code, its context and
// whether the engine retries it (TRANSIENT_ERROR) or stops (ERROR). RELIABILITY.md's table.
struct TransferFailure
{
    JobError error;
    bool transient = false;
    qint64 retryAfterSeconds = -1; // from a Retry-After header, when the server sent one

    // An HTTP status the server answered with (not 2xx).
    static TransferFailure fromHttpStatus(int status, int fileIndex, qint64 retryAfter = -1);
    // An upload's server answered with this (not 2xx) status: spec §5.3's table for upload
    // answers, exactly (3xx transient but 300-305/307, 4xx fatal but 408/409, 5xx transient but
    // 501/505, anything else transient), plus 429 transient as for downloads. The context says
    // who answered: REMOTE_FILE for the server storing the file (PUT, tus), REMOTE_APPLICATION
    // for the application the upload was posted to (POST).
    static TransferFailure fromUploadStatus(int status, int fileIndex, ErrorContext context,
                                            qint64 retryAfter = -1);
    // A transport failure reported by Qt Network.
    static TransferFailure fromNetworkError(QNetworkReply::NetworkError error, const QString &text,
                                            int fileIndex);
    // The upload's source file changed (or went away) since the first attempt.
    static TransferFailure localFileChanged(const QString &path, int fileIndex);
    // A local file failure (errno from open/write/fdatasync/rename).
    static TransferFailure fromLocalError(int errnoValue, const QString &path, int fileIndex);
    // A local file failure as PartFile reports it (localFileError, or a refused file).
    static TransferFailure fromLocalResult(const Result &result, int fileIndex);
    // Anything else, with the code and context given.
    static TransferFailure make(Result code, ErrorContext context, bool transient, int fileIndex,
                                const QString &description = {});
};

// Parses a Retry-After value (delta-seconds or an HTTP date); -1 when absent or unreadable.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Ferry
