#include "hostrequest.h"

#include "filenames.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Ferry {

namespace {

Result invalid(const QString &message)
{
    return Result(Result::E_INVALIDARG, message);
}

// An optional string field: absent or null is empty; anything else but a string is an error.
bool optionalString(const QJsonObject &o, const char *key, QString *value)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *value = v.toString();
    return true;
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// The URL exactly as the browser sent it: already encoded, so it is parsed strictly and kept in
// its encoded form (RELIABILITY.md invariant 7).
Result webUrl(const QString &text, const char *field, QUrl *url)
{
    if (text.toUtf8().size() > HostLimits::Url)
        return invalid(HostRequest::tr("%1 is longer than %2 bytes")
                           .arg(QLatin1String(field))
                           .arg(HostLimits::Url));
    const QUrl parsed = QUrl::fromEncoded(text.toUtf8(), QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return invalid(HostRequest::tr("%1 is not an http or https URL").arg(QLatin1String(field)));
    *url = parsed.adjusted(QUrl::RemoveFragment);
    return Result::S_OK;
}

// RFC 6265 cookie-name (an RFC 9110 token) and a value without what would end or split the header.
bool validCookie(const QString &name, const QString &value)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    if (!token.match(name).hasMatch() || hasControl(value))
        return false;
    return !value.contains(QLatin1Char(';'));
}

Result readCookies(const QJsonObject &o, HostRequest *r)
{
    const QJsonValue v = o.value(QLatin1String("cookies"));
    if (v.isUndefined() || v.isNull())
        return Result::S_OK;
    if (!v.isArray())
        return invalid(HostRequest::tr("cookies must be a list"));
    const QJsonArray list = v.toArray();
    if (list.size() > HostLimits::Cookies)
        return invalid(HostRequest::tr("more than %1 cookies").arg(HostLimits::Cookies));
    qsizetype total = 0;
    for (const QJsonValue &item : list) {
        const QJsonObject c = item.toObject();
        const QJsonValue name = c.value(QLatin1String("name"));
        const QJsonValue value = c.value(QLatin1String("value"));
        if (!item.isObject() || !name.isString() || !value.isString()
            || !validCookie(name.toString(), value.toString()))
            return invalid(
                HostRequest::tr("a cookie is not a {name, value} pair that can be sent"));
        total += name.toString().toUtf8().size() + value.toString().toUtf8().size() + 3;
        r->cookies.append({ name.toString(), value.toString() });
    }
    if (total > HostLimits::CookieHeader)
        return invalid(
            HostRequest::tr("the cookies are longer than %1 bytes").arg(HostLimits::CookieHeader));
    return Result::S_OK;
}

Result readDownload(const QJsonObject &o, HostRequest *r)
{
    QString text;
    const QJsonValue url = o.value(QLatin1String("url"));
    if (!url.isString())
        return invalid(HostRequest::tr("url is missing"));
    if (const Result res = webUrl(url.toString(), "url", &r->url); res.isError())
        return res;
    if (!optionalString(o, "referrer", &text))
        return invalid(HostRequest::tr("referrer must be a string"));
    if (!text.isEmpty()) {
        if (const Result res = webUrl(text, "referrer", &r->referrer); res.isError())
            return res;
    }
    if (!optionalString(o, "userAgent", &r->userAgent))
        return invalid(HostRequest::tr("userAgent must be a string"));
    if (r->userAgent.toUtf8().size() > HostLimits::UserAgent || hasControl(r->userAgent))
        return invalid(HostRequest::tr("userAgent is longer than %1 bytes or holds control "
                                       "characters")
                           .arg(HostLimits::UserAgent));
    if (const Result res = readCookies(o, r); res.isError())
        return res;
    if (!optionalString(o, "filename", &text))
        return invalid(HostRequest::tr("filename must be a string"));
    if (text.toUtf8().size() > 4 * HostLimits::FileName)
        return invalid(HostRequest::tr("filename is too long"));
    r->fileName = FileNames::safeName(text);
    const QJsonValue size = o.value(QLatin1String("size"));
    if (!size.isUndefined() && !size.isNull()) {
        const double d = size.toDouble(-2);
        if (!size.isDouble() || d != double(qint64(d)) || d < -1 || d > 9007199254740992.0)
            return invalid(HostRequest::tr("size must be a whole number of bytes"));
        r->size = qint64(d);
    }
    if (!optionalString(o, "folder", &r->folder))
        return invalid(HostRequest::tr("folder must be a string"));
    if (!r->folder.isEmpty()
        && (r->folder.toUtf8().size() > HostLimits::Folder || !QDir::isAbsolutePath(r->folder)
            || hasControl(r->folder)))
        return invalid(HostRequest::tr("folder must be an absolute path"));
    if (!r->folder.isEmpty())
        r->folder = QDir::cleanPath(r->folder);
    const QJsonValue renew = o.value(QLatin1String("renew"));
    if (!renew.isUndefined() && !renew.isNull()) {
        if (!renew.isString() || renew.toString().size() > HostLimits::Id)
            return invalid(HostRequest::tr("renew must be a job id or an empty string"));
        r->renewGiven = true;
        r->renewJob = renew.toString();
    }
    return Result::S_OK;
}

} // namespace

QString HostRequest::typeName(Type type)
{
    return type == Type::Hello ? QStringLiteral("hello") : QStringLiteral("download");
}

Result HostRequest::parse(const QByteArray &json, HostRequest *r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(tr("the message is not JSON: %1").arg(error.errorString()));
    if (!doc.isObject())
        return invalid(tr("the message is not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue id = o.value(QLatin1String("id"));
    if (id.isDouble() || id.isNull() || (id.isString() && id.toString().size() <= HostLimits::Id))
        r->id = id;
    else if (!id.isUndefined())
        return invalid(
            tr("id must be a number or a string of at most %1 characters").arg(HostLimits::Id));
    const QJsonValue v = o.value(QLatin1String("v"));
    if (!v.isDouble() || v.toDouble() != Version)
        return Result(Result::E_NOTIMPL,
                      tr("protocol version %1 is not supported (this host speaks version %2)")
                          .arg(v.isDouble() ? QString::number(v.toDouble()) : QStringLiteral("?"))
                          .arg(Version));
    const QString type = o.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        r->type = Type::Hello;
        r->typeKnown = true;
        return Result::S_OK;
    }
    if (type == QLatin1String("download")) {
        r->type = Type::Download;
        r->typeKnown = true;
        return readDownload(o, r);
    }
    return Result(Result::E_NOTIMPL, tr("unknown message type \"%1\"").arg(type.left(64)));
}

QStringList HostRequest::headers() const
{
    QStringList lines;
    if (!referrer.isEmpty())
        lines.append(QLatin1String("Referer: ") + QString::fromLatin1(referrer.toEncoded()));
    if (!userAgent.isEmpty())
        lines.append(QLatin1String("User-Agent: ") + userAgent);
    if (!cookies.isEmpty()) {
        QStringList pairs;
        for (const auto &[name, value] : cookies)
            pairs.append(name + QLatin1Char('=') + value);
        lines.append(QLatin1String("Cookie: ") + pairs.join(QLatin1String("; ")));
    }
    return lines;
}

} // namespace Ferry
