#include "httprequest.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Ferry::HttpRequest {

namespace {

// What every request of a job carries: Ferry's user agent, no cache or cookies, the job's
// custom headers and its Basic credentials.
void setJobHeaders(QNetworkRequest &request, const Job &job)
{
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Ferry/" FERRY_VERSION));
    const QStringList headers = job.customHeaders.split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    for (const QString &line : headers) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        request.setRawHeader(line.left(colon).trimmed().toLatin1(),
                             line.mid(colon + 1).trimmed().toUtf8());
    }
    for (const Credentials &c : job.credentials) {
        if (c.target == AuthTarget::Server && c.scheme == AuthScheme::Basic) {
            request.setRawHeader(
                "Authorization",
                "Basic " + (c.user + QLatin1Char(':') + c.password).toUtf8().toBase64());
        }
    }
}

} // namespace

QNetworkRequest get(const Job &job, const JobFile &file, int maxRedirects, bool decoded)
{
    QNetworkRequest request(file.remoteUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    // Qt would ask for gzip and decompress it, which breaks byte offsets.
    if (!decoded)
        request.setRawHeader("Accept-Encoding", "identity");
    setJobHeaders(request, job);
    return request;
}

QNetworkRequest upload(const Job &job, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept-Encoding", "identity");
    setJobHeaders(request, job);
    return request;
}

void setRange(QNetworkRequest &request, const JobFile &file, qint64 from, qint64 to)
{
    QByteArray range = "bytes=" + QByteArray::number(from) + '-';
    if (to >= 0)
        range += QByteArray::number(to);
    request.setRawHeader("Range", range);
    if (!file.etag.isEmpty() && !file.etag.startsWith(QLatin1String("W/")))
        request.setRawHeader("If-Range", file.etag.toLatin1());
    else if (file.lastModified.isValid())
        request.setRawHeader("If-Range", formatDate(file.lastModified));
}

QByteArray formatDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " GMT";
}

QDateTime parseDate(const QByteArray &value)
{
    if (value.size() < 5)
        return {};
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()).chopped(4),
                                          QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

bool parseContentRange(const QByteArray &value, qint64 *first, qint64 *last, qint64 *total)
{
    static const QRegularExpression re(QStringLiteral("^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(value.trimmed()));
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toLongLong();
    *last = m.captured(2).toLongLong();
    *total = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
    return *last >= *first;
}

} // namespace Ferry::HttpRequest
