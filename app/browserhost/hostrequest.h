#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Ferry {

// A message from the extension, checked against the documented shapes (docs/browser.md): every
// field typed and bounded, URLs absolute http(s), nothing that could end a header line. The
// browser is not trusted: whatever does not fit is refused with a Result that says why.
struct HostRequest
{
    Q_DECLARE_TR_FUNCTIONS(HostRequest)
public:
    static constexpr int Version = 1;

    enum class Type { Hello, Download };

    Type type = Type::Hello;
    bool typeKnown = false; // the message named a type this host speaks (even if it is malformed)
    QJsonValue id; // echoed in the answer: a string (at most 64 characters), a number or null

    // Download
    QUrl url; // the final URL, as the browser would request it
    QUrl referrer;
    QString userAgent;
    QList<QPair<QString, QString>> cookies; // name, value: the browser's cookies for the URL
    QString fileName; // the browser's suggested name, reduced to a safe file name
    qint64 size = -1; // bytes, -1 when the page or server did not say
    QString folder; // absolute; empty: the user's default download folder
    // The answer to "renewable": continue that job with the new link, or (an empty string)
    // create a new job anyway. Absent: ask.
    bool renewGiven = false;
    QString renewJob;

    // The custom headers the job gets: Referer, User-Agent and Cookie.
    QStringList headers() const;

    // Reads one message; on failure *id still holds the message's id when it had a valid one.
    static Result parse(const QByteArray &json, HostRequest *request);

    static QString typeName(Type type);
};

// Limits of the fields (bytes of UTF-8 unless said otherwise).
namespace HostLimits {
constexpr int Url = 8192;
constexpr int UserAgent = 512;
constexpr int Cookies = 300; // count
constexpr int CookieHeader = 12 * 1024; // all cookies as one header; the job allows 16 KiB
constexpr int FileName = 255;
constexpr int Folder = 4096;
constexpr int Id = 64;
} // namespace HostLimits

} // namespace Ferry
