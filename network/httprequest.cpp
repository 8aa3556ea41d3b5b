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

QNetworkRequest get(const Job &job, const JobFile &file, int maxRedirects)
{
    QNetworkRequest request(file.remoteUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(maxRedirects);
    // HTTP/1.1 only: with it a reply's bounded read buffer stops Qt reading the socket, so TCP
    // slows the server (a held request, a speed limit); Qt's HTTP/2 keeps granting the server
    // more data whether or not it is read. Segments are separate connections either way.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Qt would ask for gzip and decompress it, which breaks byte offsets.
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
    // IMF-fixdate, the one form HTTP/1.1 servers send (RFC 9110 §5.6.7), read by hand: QLocale's
    // pattern parser cost more than the rest of a small file's headers.
    static constexpr char kDays[] = "MonTueWedThuFriSatSun";
    static constexpr char kMonths[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const QByteArray v = value.trimmed();
    if (v.size() != 29 || v.at(3) != ',' || v.at(4) != ' ' || v.at(7) != ' ' || v.at(11) != ' '
        || v.at(16) != ' ' || v.at(19) != ':' || v.at(22) != ':' || !v.endsWith(" GMT"))
        return {};
    const auto number = [&v](int at, int digits) {
        int n = 0;
        for (int i = at; i < at + digits; ++i) {
            if (v.at(i) < '0' || v.at(i) > '9')
                return -1;
            n = n * 10 + (v.at(i) - '0');
        }
        return n;
    };
    const QByteArrayView day = QByteArrayView(v).first(3);
    const QByteArrayView month = QByteArrayView(v).sliced(8, 3);
    const qsizetype dayAt = QByteArrayView(kDays).indexOf(day);
    const qsizetype monthAt = QByteArrayView(kMonths).indexOf(month);
    if (dayAt < 0 || dayAt % 3 != 0 || monthAt < 0 || monthAt % 3 != 0)
        return {};
    const int year = number(12, 4);
    const int dayOfMonth = number(5, 2);
    if (year < 0 || dayOfMonth < 0)
        return {}; // QDate would take -1 as 1 BC
    const QDate date(year, int(monthAt / 3) + 1, dayOfMonth);
    const QTime time(number(17, 2), number(20, 2), number(23, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
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
