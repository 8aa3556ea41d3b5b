#include "result.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace Ferry {

namespace {

struct Entry
{
    quint32 code;
    const char *name;
    const char *description;
};

#define FERRY_RESULT(code, text)                                                                   \
    {                                                                                              \
        Result::code, #code, QT_TRANSLATE_NOOP("Ferry::Result", text)                              \
    }

// clang-format off
const Entry kEntries[] = {
    FERRY_RESULT(S_OK, "The operation completed successfully."),
    FERRY_RESULT(S_FALSE, "The operation completed; nothing needed to change."),
    FERRY_RESULT(BG_S_PARTIAL_COMPLETE, "Some files of the job were not fully transferred and were not kept."),
    FERRY_RESULT(BG_S_UNABLE_TO_DELETE_FILES, "The job finished, but some temporary files could not be deleted."),
    FERRY_RESULT(BG_E_NOT_FOUND, "No job with this identifier exists."),
    FERRY_RESULT(BG_E_INVALID_STATE, "The requested action is not allowed in the job's current state."),
    FERRY_RESULT(BG_E_EMPTY, "The job has no files to transfer."),
    FERRY_RESULT(BG_E_FILE_NOT_AVAILABLE, "The error is not associated with a file."),
    FERRY_RESULT(BG_E_ERROR_INFORMATION_UNAVAILABLE, "No error information is available for the job."),
    FERRY_RESULT(BG_E_NETWORK_DISCONNECTED, "No network connection is available; the job continues when the network comes back."),
    FERRY_RESULT(BG_E_MISSING_FILE_SIZE, "The server did not report the size of the file."),
    FERRY_RESULT(BG_E_INSUFFICIENT_HTTP_SUPPORT, "The server does not support HTTP 1.1."),
    FERRY_RESULT(BG_E_INSUFFICIENT_RANGE_SUPPORT, "The server does not support byte ranges, so the transfer cannot be resumed."),
    FERRY_RESULT(BG_E_INVALID_SERVER_RESPONSE, "The server sent a response Ferry cannot use."),
    FERRY_RESULT(BG_E_TOO_MANY_FILES, "Upload jobs hold exactly one file."),
    FERRY_RESULT(BG_E_LOCAL_FILE_CHANGED, "The local file changed while it was being uploaded."),
    FERRY_RESULT(BG_E_SESSION_NOT_FOUND, "The server no longer knows the upload session."),
    FERRY_RESULT(BG_E_TOO_LARGE, "The file is larger than the server accepts."),
    FERRY_RESULT(BG_E_STRING_TOO_LONG, "The text is longer than allowed."),
    FERRY_RESULT(BG_E_NO_PROGRESS, "The transfer made no progress for too long."),
    FERRY_RESULT(BG_E_USERNAME_TOO_LARGE, "The user name is longer than 300 characters."),
    FERRY_RESULT(BG_E_PASSWORD_TOO_LARGE, "The password is longer than 65,535 characters."),
    FERRY_RESULT(BG_E_INVALID_AUTH_TARGET, "The credentials target must be the server or the proxy."),
    FERRY_RESULT(BG_E_INVALID_AUTH_SCHEME, "The authentication scheme must be Basic or Digest."),
    FERRY_RESULT(BG_E_INVALID_RANGE, "The requested byte range lies outside the remote file."),
    FERRY_RESULT(BG_E_CONNECT_FAILURE, "Ferry could not connect to the server."),
    FERRY_RESULT(BG_E_CONNECTION_CLOSED, "The server closed the connection."),
    FERRY_RESULT(BG_E_INVALID_PROXY_INFO, "The proxy settings are not valid."),
    FERRY_RESULT(BG_E_INVALID_CREDENTIALS, "The credentials are not valid."),
    FERRY_RESULT(BG_E_TOO_MANY_JOBS_PER_USER, "The maximum number of jobs has been reached."),
    FERRY_RESULT(BG_E_TOO_MANY_JOBS_PER_MACHINE, "The maximum number of jobs on this computer has been reached."),
    FERRY_RESULT(BG_E_TOO_MANY_FILES_IN_JOB, "The job already holds the maximum number of files."),
    FERRY_RESULT(BG_E_MAXDOWNLOAD_TIMEOUT, "The job took longer than its maximum download time."),
    FERRY_RESULT(BG_E_PROPERTY_SUPPORTED_FOR_DOWNLOAD_JOBS_ONLY, "This property applies to download jobs only."),
    FERRY_RESULT(BG_E_DATABASE_CORRUPT, "The job database is damaged or unreadable."),
    FERRY_RESULT(BG_E_REMOTE_FILE_CHANGED, "The remote file changed; the file is transferred again from the start."),
    FERRY_RESULT(E_NOTIMPL, "This action is not supported for this kind of job or value."),
    FERRY_RESULT(E_FAIL, "The operation failed."),
    FERRY_RESULT(E_ACCESSDENIED, "Access is denied."),
    FERRY_RESULT(E_INVALIDARG, "An argument is not valid."),
    FERRY_RESULT(ERROR_FILE_NOT_FOUND, "The file was not found."),
    FERRY_RESULT(ERROR_PATH_NOT_FOUND, "The folder was not found."),
    FERRY_RESULT(ERROR_FILE_EXISTS, "A file with this name already exists."),
    FERRY_RESULT(ERROR_DISK_FULL, "There is not enough space on the disk."),
    FERRY_RESULT(ERROR_WINHTTP_TIMEOUT, "The server did not answer in time."),
    FERRY_RESULT(ERROR_WINHTTP_NAME_NOT_RESOLVED, "The server name could not be resolved."),
    FERRY_RESULT(ERROR_WINHTTP_CANNOT_CONNECT, "The connection to the server was refused."),
    FERRY_RESULT(ERROR_WINHTTP_CONNECTION_ERROR, "The connection to the server was reset."),
    FERRY_RESULT(ERROR_WINHTTP_REDIRECT_FAILED, "The server redirected the request in a way Ferry does not follow."),
    FERRY_RESULT(ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "The server response is not valid HTTP."),
    FERRY_RESULT(ERROR_WINHTTP_SECURE_FAILURE, "The secure connection failed: the server certificate was not accepted."),
};
// clang-format on
#undef FERRY_RESULT

const Entry *find(quint32 code)
{
    const auto it = std::find_if(std::begin(kEntries), std::end(kEntries),
                                 [code](const Entry &e) { return e.code == code; });
    return it == std::end(kEntries) ? nullptr : &*it;
}

} // namespace

Result Result::fromCode(quint32 code, const QString &detail)
{
    Result r;
    r.m_code = code;
    r.m_detail = detail;
    return r;
}

Result Result::httpError(int status, const QString &detail)
{
    return fromCode(HttpErrorBase + quint32(status), detail);
}

std::optional<Result> Result::fromName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper.startsWith(QLatin1String("0X"))) {
        bool ok = false;
        const quint32 code = upper.mid(2).toUInt(&ok, 16);
        return ok ? std::optional<Result>(fromCode(code)) : std::nullopt;
    }
    static const QLatin1String httpPrefix("BG_E_HTTP_ERROR_");
    if (upper.startsWith(httpPrefix)) {
        bool ok = false;
        const int status = upper.mid(httpPrefix.size()).toInt(&ok);
        if (ok && status >= 100 && status <= 599)
            return httpError(status);
        return std::nullopt;
    }
    for (const Entry &e : kEntries) {
        if (upper == QLatin1String(e.name))
            return fromCode(e.code);
    }
    return std::nullopt;
}

int Result::httpStatus() const
{
    if (m_code >= HttpErrorBase + 100 && m_code <= HttpErrorBase + 599)
        return int(m_code - HttpErrorBase);
    return 0;
}

QString Result::name() const
{
    if (const int status = httpStatus())
        return QStringLiteral("BG_E_HTTP_ERROR_%1").arg(status);
    if (const Entry *e = find(m_code))
        return QLatin1String(e->name);
    return hex();
}

QString Result::hex() const
{
    return QStringLiteral("0x%1")
        .arg(m_code, 8, 16, QLatin1Char('0'))
        .toUpper()
        .replace(QLatin1String("0X"), QLatin1String("0x"));
}

QString Result::description() const
{
    if (const int status = httpStatus()) {
        //: %1 is an HTTP status code such as 404
        return QCoreApplication::translate("Ferry::Result",
                                           "The server answered with HTTP status %1.")
            .arg(status);
    }
    if (const Entry *e = find(m_code))
        return QCoreApplication::translate("Ferry::Result", e->description);
    //: %1 is a hexadecimal error code such as 0x80070070
    return QCoreApplication::translate("Ferry::Result", "Error %1.").arg(hex());
}

QString Result::message() const
{
    if (m_detail.isEmpty())
        return description();
    //: %1 is a general error description, %2 the specific detail
    return QCoreApplication::translate("Ferry::Result", "%1 (%2)").arg(description(), m_detail);
}

} // namespace Ferry
