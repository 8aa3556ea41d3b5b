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
    // A transport failure reported by Qt Network.
    static TransferFailure fromNetworkError(QNetworkReply::NetworkError error, const QString &text,
                                            int fileIndex);
    // A local file failure (errno from open/write/fdatasync/rename).
    static TransferFailure fromLocalError(int errnoValue, const QString &path, int fileIndex);
    // Anything else, with the code and context given.
    static TransferFailure make(Result code, ErrorContext context, bool transient, int fileIndex,
                                const QString &description = {});
};

// Parses a Retry-After value (delta-seconds or an HTTP date); -1 when absent or unreadable.
qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace Ferry
