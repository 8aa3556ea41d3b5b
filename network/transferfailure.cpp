#include "transferfailure.h"

#include "httprequest.h"
#include "partfile.h"

namespace Ferry {

TransferFailure TransferFailure::make(Result code, ErrorContext context, bool transient,
                                      int fileIndex, const QString &description)
{
    TransferFailure f;
    f.error.code = code;
    f.error.context = context;
    f.error.fileIndex = fileIndex;
    f.error.description = description.isEmpty() ? code.message() : description;
    f.transient = transient;
    return f;
}

TransferFailure TransferFailure::fromHttpStatus(int status, int fileIndex, qint64 retryAfter)
{
    // spec §5.3 (the BITS server-application table) applied to downloads, with RELIABILITY.md's
    // additions: 404/410 fatal, 408/409/429 and 5xx (but 501/505) transient.
    bool transient;
    if (status >= 500)
        transient = status != 501 && status != 505;
    else if (status >= 400)
        transient = status == 408 || status == 409 || status == 429;
    else if (status >= 300)
        transient = false; // a redirect Qt did not follow: loop, too many, or not allowed
    else
        transient = true; // 1xx or an unexpected 2xx
    TransferFailure f
        = make(Result::httpError(status), ErrorContext::RemoteFile, transient, fileIndex);
    f.retryAfterSeconds = retryAfter;
    return f;
}

TransferFailure TransferFailure::fromUploadStatus(int status, int fileIndex, ErrorContext context,
                                                  qint64 retryAfter)
{
    bool transient = true;
    if (status >= 500 && status < 600)
        transient = status != 501 && status != 505;
    else if (status >= 400 && status < 500)
        transient = status == 408 || status == 409 || status == 429;
    else if (status >= 300 && status < 400)
        transient = !((status >= 300 && status <= 305) || status == 307);
    TransferFailure f = make(Result::httpError(status), context, transient, fileIndex);
    f.retryAfterSeconds = retryAfter;
    return f;
}

TransferFailure TransferFailure::localFileChanged(const QString &path, int fileIndex)
{
    return make(Result::BG_E_LOCAL_FILE_CHANGED, ErrorContext::LocalFile, false, fileIndex,
                Result(Result::BG_E_LOCAL_FILE_CHANGED, path).message());
}

TransferFailure TransferFailure::fromNetworkError(QNetworkReply::NetworkError error,
                                                  const QString &text, int fileIndex)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::ConnectionRefusedError:
        return make(Result::ERROR_WINHTTP_CANNOT_CONNECT, ErrorContext::GeneralTransport, true,
                    fileIndex, text);
    case E::RemoteHostClosedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError:
    case E::ProxyConnectionClosedError:
        return make(Result::ERROR_WINHTTP_CONNECTION_ERROR, ErrorContext::GeneralTransport, true,
                    fileIndex, text);
    case E::HostNotFoundError:
    case E::ProxyNotFoundError:
        return make(Result::ERROR_WINHTTP_NAME_NOT_RESOLVED, ErrorContext::GeneralTransport, true,
                    fileIndex, text);
    case E::TimeoutError:
    case E::ProxyTimeoutError:
    case E::OperationCanceledError: // Ferry cancels a request only when it stalls
        return make(Result::ERROR_WINHTTP_TIMEOUT, ErrorContext::GeneralTransport, true, fileIndex,
                    text);
    case E::SslHandshakeFailedError:
        return make(Result::ERROR_WINHTTP_SECURE_FAILURE, ErrorContext::RemoteFile, false,
                    fileIndex, text);
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return make(Result::ERROR_WINHTTP_REDIRECT_FAILED, ErrorContext::RemoteFile, false,
                    fileIndex, text);
    case E::ProtocolInvalidOperationError:
    case E::ProtocolFailure:
        return make(Result::ERROR_WINHTTP_INVALID_SERVER_RESPONSE, ErrorContext::RemoteFile, true,
                    fileIndex, text);
    case E::ProtocolUnknownError:
        return make(Result::E_INVALIDARG, ErrorContext::RemoteFile, false, fileIndex, text);
    case E::AuthenticationRequiredError:
        return make(Result::httpError(401), ErrorContext::RemoteFile, false, fileIndex, text);
    case E::ProxyAuthenticationRequiredError:
        return make(Result::httpError(407), ErrorContext::RemoteFile, false, fileIndex, text);
    default:
        return make(Result::ERROR_WINHTTP_CONNECTION_ERROR, ErrorContext::GeneralTransport, true,
                    fileIndex, text);
    }
}

TransferFailure TransferFailure::fromLocalError(int errnoValue, const QString &path, int fileIndex)
{
    return fromLocalResult(localFileError(errnoValue, path), fileIndex);
}

TransferFailure TransferFailure::fromLocalResult(const Result &result, int fileIndex)
{
    return make(result, ErrorContext::LocalFile, false, fileIndex, result.detail());
}

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // An HTTP date (IMF-fixdate), read as every other HTTP date of Ferry.
    const QDateTime when = HttpRequest::parseDate(v);
    if (!when.isValid())
        return -1;
    return qMax<qint64>(0, now.secsTo(when));
}

} // namespace Ferry
