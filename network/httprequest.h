#pragma once

#include "job.h"

#include <QNetworkRequest>

namespace Ferry::HttpRequest {

// A GET for a job's file with the job's headers and Basic credentials, Ferry's user agent,
// redirects limited to safe ones, no cache, and Accept-Encoding: identity.
QNetworkRequest get(const Job &job, const JobFile &file, int maxRedirects);
// A request of an upload job (PUT, POST, tus) to `url`: the job's headers and credentials, no
// cache, no cookies and no redirects (BITS ignores the redirect policy for uploads); a 3xx
// answer is classified like any other status.
QNetworkRequest upload(const Job &job, const QUrl &url);

// Asks for bytes [from, to] (to < 0: to the end) of the entity the file's validators describe:
// If-Range carries the strong ETag, or else the Last-Modified date.
void setRange(QNetworkRequest &request, const JobFile &file, qint64 from, qint64 to = -1);

// Parses an HTTP date (IMF-fixdate); invalid when unreadable.
QDateTime parseDate(const QByteArray &value);
QByteArray formatDate(const QDateTime &time);
// "bytes 100-199/1000": first 100, last 199, total 1000 ("*" → -1). False when unreadable.
bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *last, qint64 *total);

} // namespace Ferry::HttpRequest
