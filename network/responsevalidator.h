#pragma once

#include "job.h"
#include "transferfailure.h"

#include <QDateTime>
#include <QString>

class QNetworkReply;

namespace Ferry {

// Decides whether the body of an answer to a download's GET may be written into the file's
// temporary file, for one connection (HttpDownload) and for each segment of several
// (SegmentedDownload): RELIABILITY.md's rules for resuming (RFC 9110 §14), with Content-Length,
// Content-Range and Content-Encoding read strictly. Validators are only ever replaced by an
// answer that carries its own. Content checks (digests) plug in here.
class ResponseValidator
{
public:
    enum class Verdict {
        Write, // the body is the bytes asked for: write them from `from`, never past `end`
        Restart, // another version of the file, or another range: the file starts over
        Refuse, // an answer no server may give: `failure` says what (fatal)
    };

    struct Decision
    {
        Verdict verdict = Verdict::Refuse;
        qint64 from = 0; // where the body's first byte goes
        qint64 end = -1; // bytes past this offset are never written (-1: unknown)
        qint64 total = SizeUnknown; // the entity's size
        bool ranges = false; // the server takes byte ranges for this file
        QString etag; // the validators to keep for the file
        QDateTime lastModified;
        TransferFailure failure;
        QString why; // Restart: for the log
    };

    // `file` is the file as stored (its validators and size); the request asked for bytes from
    // `requested` on (0: the whole entity), up to `requestedLast` (inclusive; -1: to its end).
    // A 2xx answer other than 206 to a ranged request means the whole entity comes again.
    static Decision check(const QNetworkReply &reply, const JobFile &file, qint64 requested,
                          qint64 requestedLast, int fileIndex);

    // What a body that goes on past Decision::end fails with (longer than its Content-Range or
    // its Content-Length).
    static TransferFailure overrun(int fileIndex);

    // "123" → 123; anything else (a sign, a list, text) → -1. RFC 9110 §8.6.
    static qint64 parseContentLength(const QByteArray &value);
};

} // namespace Ferry
