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

// clang-format off
const Entry kEntries[] = {
    { Result::S_OK, "S_OK", QT_TRANSLATE_NOOP("Ferry::Result", "The operation completed successfully.") },
    { Result::S_FALSE, "S_FALSE", QT_TRANSLATE_NOOP("Ferry::Result", "The operation completed; nothing needed to change.") },
    { Result::BG_S_PARTIAL_COMPLETE, "BG_S_PARTIAL_COMPLETE", QT_TRANSLATE_NOOP("Ferry::Result", "Some files of the job were not fully transferred and were not kept.") },
    { Result::BG_S_UNABLE_TO_DELETE_FILES, "BG_S_UNABLE_TO_DELETE_FILES", QT_TRANSLATE_NOOP("Ferry::Result", "The job finished, but some temporary files could not be deleted.") },
    { Result::BG_E_NOT_FOUND, "BG_E_NOT_FOUND", QT_TRANSLATE_NOOP("Ferry::Result", "No job with this identifier exists.") },
    { Result::BG_E_INVALID_STATE, "BG_E_INVALID_STATE", QT_TRANSLATE_NOOP("Ferry::Result", "The requested action is not allowed in the job's current state.") },
    { Result::BG_E_EMPTY, "BG_E_EMPTY", QT_TRANSLATE_NOOP("Ferry::Result", "The job has no files to transfer.") },
    { Result::BG_E_FILE_NOT_AVAILABLE, "BG_E_FILE_NOT_AVAILABLE", QT_TRANSLATE_NOOP("Ferry::Result", "The error is not associated with a file.") },
    { Result::BG_E_ERROR_INFORMATION_UNAVAILABLE, "BG_E_ERROR_INFORMATION_UNAVAILABLE", QT_TRANSLATE_NOOP("Ferry::Result", "No error information is available for the job.") },
    { Result::BG_E_NETWORK_DISCONNECTED, "BG_E_NETWORK_DISCONNECTED", QT_TRANSLATE_NOOP("Ferry::Result", "No network connection is available; the job continues when the network comes back.") },
    { Result::BG_E_MISSING_FILE_SIZE, "BG_E_MISSING_FILE_SIZE", QT_TRANSLATE_NOOP("Ferry::Result", "The server did not report the size of the file.") },
    { Result::BG_E_INSUFFICIENT_HTTP_SUPPORT, "BG_E_INSUFFICIENT_HTTP_SUPPORT", QT_TRANSLATE_NOOP("Ferry::Result", "The server does not support HTTP 1.1.") },
    { Result::BG_E_INSUFFICIENT_RANGE_SUPPORT, "BG_E_INSUFFICIENT_RANGE_SUPPORT", QT_TRANSLATE_NOOP("Ferry::Result", "The server does not support byte ranges, so the transfer cannot be resumed.") },
    { Result::BG_E_INVALID_SERVER_RESPONSE, "BG_E_INVALID_SERVER_RESPONSE", QT_TRANSLATE_NOOP("Ferry::Result", "The server sent a response Ferry cannot use.") },
    { Result::BG_E_TOO_MANY_FILES, "BG_E_TOO_MANY_FILES", QT_TRANSLATE_NOOP("Ferry::Result", "Upload jobs hold exactly one file.") },
    { Result::BG_E_LOCAL_FILE_CHANGED, "BG_E_LOCAL_FILE_CHANGED", QT_TRANSLATE_NOOP("Ferry::Result", "The local file changed while it was being uploaded.") },
    { Result::BG_E_SESSION_NOT_FOUND, "BG_E_SESSION_NOT_FOUND", QT_TRANSLATE_NOOP("Ferry::Result", "The server no longer knows the upload session.") },
    { Result::BG_E_TOO_LARGE, "BG_E_TOO_LARGE", QT_TRANSLATE_NOOP("Ferry::Result", "The file is larger than the server accepts.") },
    { Result::BG_E_STRING_TOO_LONG, "BG_E_STRING_TOO_LONG", QT_TRANSLATE_NOOP("Ferry::Result", "The text is longer than allowed.") },
    { Result::BG_E_NO_PROGRESS, "BG_E_NO_PROGRESS", QT_TRANSLATE_NOOP("Ferry::Result", "The transfer made no progress for too long.") },
    { Result::BG_E_USERNAME_TOO_LARGE, "BG_E_USERNAME_TOO_LARGE", QT_TRANSLATE_NOOP("Ferry::Result", "The user name is longer than 300 characters.") },
    { Result::BG_E_PASSWORD_TOO_LARGE, "BG_E_PASSWORD_TOO_LARGE", QT_TRANSLATE_NOOP("Ferry::Result", "The password is longer than 65,535 characters.") },
    { Result::BG_E_INVALID_AUTH_TARGET, "BG_E_INVALID_AUTH_TARGET", QT_TRANSLATE_NOOP("Ferry::Result", "The credentials target must be the server or the proxy.") },
    { Result::BG_E_INVALID_AUTH_SCHEME, "BG_E_INVALID_AUTH_SCHEME", QT_TRANSLATE_NOOP("Ferry::Result", "The authentication scheme must be Basic or Digest.") },
    { Result::BG_E_INVALID_RANGE, "BG_E_INVALID_RANGE", QT_TRANSLATE_NOOP("Ferry::Result", "The requested byte range lies outside the remote file.") },
    { Result::BG_E_CONNECT_FAILURE, "BG_E_CONNECT_FAILURE", QT_TRANSLATE_NOOP("Ferry::Result", "Ferry could not connect to the server.") },
    { Result::BG_E_CONNECTION_CLOSED, "BG_E_CONNECTION_CLOSED", QT_TRANSLATE_NOOP("Ferry::Result", "The server closed the connection.") },
    { Result::BG_E_INVALID_PROXY_INFO, "BG_E_INVALID_PROXY_INFO", QT_TRANSLATE_NOOP("Ferry::Result", "The proxy settings are not valid.") },
    { Result::BG_E_INVALID_CREDENTIALS, "BG_E_INVALID_CREDENTIALS", QT_TRANSLATE_NOOP("Ferry::Result", "The credentials are not valid.") },
    { Result::BG_E_TOO_MANY_JOBS_PER_USER, "BG_E_TOO_MANY_JOBS_PER_USER", QT_TRANSLATE_NOOP("Ferry::Result", "The maximum number of jobs has been reached.") },
    { Result::BG_E_TOO_MANY_JOBS_PER_MACHINE, "BG_E_TOO_MANY_JOBS_PER_MACHINE", QT_TRANSLATE_NOOP("Ferry::Result", "The maximum number of jobs on this computer has been reached.") },
    { Result::BG_E_TOO_MANY_FILES_IN_JOB, "BG_E_TOO_MANY_FILES_IN_JOB", QT_TRANSLATE_NOOP("Ferry::Result", "The job already holds the maximum number of files.") },
    { Result::BG_E_VALIDATION_FAILED, "BG_E_VALIDATION_FAILED", QT_TRANSLATE_NOOP("Ferry::Result", "The file's bytes do not have the expected checksum.") },
    { Result::BG_E_MAXDOWNLOAD_TIMEOUT, "BG_E_MAXDOWNLOAD_TIMEOUT", QT_TRANSLATE_NOOP("Ferry::Result", "The job took longer than its maximum download time.") },
    { Result::BG_E_PROPERTY_SUPPORTED_FOR_DOWNLOAD_JOBS_ONLY, "BG_E_PROPERTY_SUPPORTED_FOR_DOWNLOAD_JOBS_ONLY", QT_TRANSLATE_NOOP("Ferry::Result", "This property applies to download jobs only.") },
    { Result::BG_E_DATABASE_CORRUPT, "BG_E_DATABASE_CORRUPT", QT_TRANSLATE_NOOP("Ferry::Result", "The job database is damaged or unreadable.") },
    { Result::BG_E_REMOTE_FILE_CHANGED, "BG_E_REMOTE_FILE_CHANGED", QT_TRANSLATE_NOOP("Ferry::Result", "The remote file changed; the file is transferred again from the start.") },
    { Result::E_NOTIMPL, "E_NOTIMPL", QT_TRANSLATE_NOOP("Ferry::Result", "This action is not supported for this kind of job or value.") },
    { Result::E_FAIL, "E_FAIL", QT_TRANSLATE_NOOP("Ferry::Result", "The operation failed.") },
    { Result::E_ACCESSDENIED, "E_ACCESSDENIED", QT_TRANSLATE_NOOP("Ferry::Result", "Access is denied.") },
    { Result::E_INVALIDARG, "E_INVALIDARG", QT_TRANSLATE_NOOP("Ferry::Result", "An argument is not valid.") },
    { Result::ERROR_FILE_NOT_FOUND, "ERROR_FILE_NOT_FOUND", QT_TRANSLATE_NOOP("Ferry::Result", "The file was not found.") },
    { Result::ERROR_PATH_NOT_FOUND, "ERROR_PATH_NOT_FOUND", QT_TRANSLATE_NOOP("Ferry::Result", "The folder was not found.") },
    { Result::ERROR_FILE_EXISTS, "ERROR_FILE_EXISTS", QT_TRANSLATE_NOOP("Ferry::Result", "A file with this name already exists.") },
    { Result::ERROR_DISK_FULL, "ERROR_DISK_FULL", QT_TRANSLATE_NOOP("Ferry::Result", "There is not enough space on the disk.") },
    { Result::ERROR_WINHTTP_TIMEOUT, "ERROR_WINHTTP_TIMEOUT", QT_TRANSLATE_NOOP("Ferry::Result", "The server did not answer in time.") },
    { Result::ERROR_WINHTTP_NAME_NOT_RESOLVED, "ERROR_WINHTTP_NAME_NOT_RESOLVED", QT_TRANSLATE_NOOP("Ferry::Result", "The server name could not be resolved.") },
    { Result::ERROR_WINHTTP_CANNOT_CONNECT, "ERROR_WINHTTP_CANNOT_CONNECT", QT_TRANSLATE_NOOP("Ferry::Result", "The connection to the server was refused.") },
    { Result::ERROR_WINHTTP_CONNECTION_ERROR, "ERROR_WINHTTP_CONNECTION_ERROR", QT_TRANSLATE_NOOP("Ferry::Result", "The connection to the server was reset.") },
    { Result::ERROR_WINHTTP_REDIRECT_FAILED, "ERROR_WINHTTP_REDIRECT_FAILED", QT_TRANSLATE_NOOP("Ferry::Result", "The server redirected the request in a way Ferry does not follow.") },
    { Result::ERROR_WINHTTP_INVALID_SERVER_RESPONSE, "ERROR_WINHTTP_INVALID_SERVER_RESPONSE", QT_TRANSLATE_NOOP("Ferry::Result", "The server response is not valid HTTP.") },
    { Result::ERROR_WINHTTP_SECURE_FAILURE, "ERROR_WINHTTP_SECURE_FAILURE", QT_TRANSLATE_NOOP("Ferry::Result", "The secure connection failed: the server certificate was not accepted.") },
};
// clang-format on

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
