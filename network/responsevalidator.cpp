#include "responsevalidator.h"

#include "httprequest.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace Ferry {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResponseValidator)
};

ResponseValidator::Decision refused(int fileIndex, const QString &text)
{
    ResponseValidator::Decision d;
    d.verdict = ResponseValidator::Verdict::Refuse;
    d.failure = TransferFailure::make(Result::BG_E_INVALID_SERVER_RESPONSE,
                                      ErrorContext::RemoteFile, false, fileIndex, text);
    return d;
}

ResponseValidator::Decision restart(const QString &why)
{
    ResponseValidator::Decision d;
    d.verdict = ResponseValidator::Verdict::Restart;
    d.why = why;
    return d;
}

} // namespace

qint64 ResponseValidator::parseContentLength(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 18)
        return -1;
    for (const char c : v) {
        if (c < '0' || c > '9')
            return -1;
    }
    return v.toLongLong();
}

TransferFailure ResponseValidator::overrun(int fileIndex)
{
    return TransferFailure::make(Result::BG_E_INVALID_SERVER_RESPONSE, ErrorContext::RemoteFile,
                                 false, fileIndex,
                                 Text::tr("The server sent more bytes than it announced."));
}

ResponseValidator::Decision ResponseValidator::check(const QNetworkReply &reply,
                                                     const JobFile &file, qint64 requested,
                                                     qint64 requestedLast, int fileIndex)
{
    // Ferry asks for the file as it is (Accept-Encoding: identity): encoded bytes are neither
    // stored nor decoded (a small gzip body can unpack to terabytes).
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed();
    if (!encoding.isEmpty() && encoding.toLower() != "identity") {
        return refused(fileIndex,
                       //: %1 is the server's Content-Encoding, e.g. "gzip"
                       Text::tr("The server sent the file encoded (%1) although Ferry asked for "
                                "it as it is; Ferry neither stores nor unpacks what it did not "
                                "ask for.")
                           .arg(QString::fromLatin1(encoding)));
    }
    const QByteArray rawLength = reply.rawHeader("Content-Length");
    const qint64 length = rawLength.isEmpty() ? -1 : parseContentLength(rawLength);
    if (!rawLength.isEmpty() && length < 0) {
        return refused(fileIndex,
                       //: %1 is the header's value as the server sent it
                       Text::tr("The server sent an invalid Content-Length (\"%1\").")
                           .arg(QString::fromLatin1(rawLength.left(100))));
    }
    const QString etag = QString::fromLatin1(reply.rawHeader("ETag").trimmed());
    const QDateTime lastModified = HttpRequest::parseDate(reply.rawHeader("Last-Modified"));
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    Decision d;
    d.verdict = Verdict::Write;
    if (status != 206) {
        // The whole entity (a range we asked for was ignored, or If-Range said the file
        // changed): written from its first byte, with its own validators or none.
        d.total = status == 204 ? 0 : (length >= 0 ? length : SizeUnknown);
        d.end = d.total == SizeUnknown ? -1 : d.total;
        d.ranges = reply.rawHeader("Accept-Ranges").trimmed().toLower() == "bytes";
        d.etag = etag;
        d.lastModified = lastModified;
        return d;
    }

    qint64 first = -1;
    qint64 last = -1;
    qint64 entity = -1;
    if (!HttpRequest::parseContentRange(reply.rawHeader("Content-Range"), &first, &last, &entity))
        return restart(QStringLiteral("unreadable Content-Range"));
    if (first != requested)
        return restart(QStringLiteral("a range from %1, not %2").arg(first).arg(requested));
    if (file.bytesTotal != SizeUnknown && entity != -1 && entity != file.bytesTotal)
        return restart(QStringLiteral("the size changed"));
    if (!file.etag.isEmpty() && !etag.isEmpty() && etag != file.etag)
        return restart(QStringLiteral("the ETag changed"));
    if (file.etag.isEmpty() && etag.isEmpty() && file.lastModified.isValid()
        && lastModified.isValid() && lastModified != file.lastModified)
        return restart(QStringLiteral("the modification time changed"));
    if (entity != -1 && last >= entity) {
        return refused(fileIndex,
                       //: %1 is the Content-Range header as the server sent it
                       Text::tr("The server sent an impossible Content-Range (\"%1\").")
                           .arg(QString::fromLatin1(reply.rawHeader("Content-Range").left(100))));
    }
    if (length >= 0 && length != last - first + 1) {
        return refused(fileIndex,
                       //: %1 and %2 are byte counts
                       Text::tr("The server's Content-Length (%1) is not the length of its "
                                "Content-Range (%2).")
                           .arg(length)
                           .arg(last - first + 1));
    }
    d.from = first;
    d.end = last + 1;
    if (requestedLast >= 0)
        d.end = qMin(d.end, requestedLast + 1);
    d.total = entity != -1 ? entity : file.bytesTotal;
    d.ranges = true;
    // A range without validators says nothing about them: the stored ones stay.
    d.etag = etag.isEmpty() ? file.etag : etag;
    d.lastModified = lastModified.isValid() ? lastModified : file.lastModified;
    return d;
}

} // namespace Ferry
