#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Ferry {

// A BITS-style HRESULT: the outcome of every call into the job model and every job error.
// Names and numeric values are those of Windows BITS (bitsmsg.h, winerror.h), so a code seen in
// Ferry can be looked up in BITS documentation. HTTP statuses are BG_E_HTTP_ERROR_nnn.
class Result
{
public:
    enum Code : quint32 {
        S_OK = 0x00000000,
        S_FALSE = 0x00000001,
        BG_S_PARTIAL_COMPLETE = 0x00200017,
        BG_S_UNABLE_TO_DELETE_FILES = 0x0020001A,

        BG_E_NOT_FOUND = 0x80200001,
        BG_E_INVALID_STATE = 0x80200002,
        BG_E_EMPTY = 0x80200003,
        BG_E_FILE_NOT_AVAILABLE = 0x80200004,
        BG_E_ERROR_INFORMATION_UNAVAILABLE = 0x8020000F,
        BG_E_NETWORK_DISCONNECTED = 0x80200010,
        BG_E_MISSING_FILE_SIZE = 0x80200011,
        BG_E_INSUFFICIENT_HTTP_SUPPORT = 0x80200012,
        BG_E_INSUFFICIENT_RANGE_SUPPORT = 0x80200013,
        BG_E_INVALID_SERVER_RESPONSE = 0x8020001B,
        BG_E_TOO_MANY_FILES = 0x8020001C,
        BG_E_LOCAL_FILE_CHANGED = 0x8020001D,
        BG_E_SESSION_NOT_FOUND = 0x8020001F,
        BG_E_TOO_LARGE = 0x80200020,
        BG_E_STRING_TOO_LONG = 0x80200021,
        BG_E_NO_PROGRESS = 0x80200024,
        BG_E_USERNAME_TOO_LARGE = 0x80200025,
        BG_E_PASSWORD_TOO_LARGE = 0x80200026,
        BG_E_INVALID_AUTH_TARGET = 0x80200027,
        BG_E_INVALID_AUTH_SCHEME = 0x80200028,
        BG_E_INVALID_RANGE = 0x8020002B,
        BG_E_CONNECT_FAILURE = 0x8020002D,
        BG_E_CONNECTION_CLOSED = 0x8020002E,
        BG_E_INVALID_PROXY_INFO = 0x8020003F,
        BG_E_INVALID_CREDENTIALS = 0x80200040,
        BG_E_TOO_MANY_JOBS_PER_USER = 0x80200049,
        BG_E_TOO_MANY_JOBS_PER_MACHINE = 0x80200050,
        BG_E_TOO_MANY_FILES_IN_JOB = 0x80200051,
        BG_E_VALIDATION_FAILED = 0x80200053,
        BG_E_MAXDOWNLOAD_TIMEOUT = 0x80200054,
        BG_E_PROPERTY_SUPPORTED_FOR_DOWNLOAD_JOBS_ONLY = 0x80200060,
        BG_E_DATABASE_CORRUPT = 0x8020006C,
        BG_E_REMOTE_FILE_CHANGED = 0x80200073,

        E_NOTIMPL = 0x80004001,
        E_FAIL = 0x80004005,
        E_ACCESSDENIED = 0x80070005,
        E_INVALIDARG = 0x80070057,
        // HRESULT_FROM_WIN32 of the file system errors Ferry reports.
        ERROR_FILE_NOT_FOUND = 0x80070002,
        ERROR_PATH_NOT_FOUND = 0x80070003,
        ERROR_FILE_EXISTS = 0x80070050,
        ERROR_DISK_FULL = 0x80070070,
        // WinHTTP transport errors (HRESULT_FROM_WIN32(ERROR_WINHTTP_*)).
        ERROR_WINHTTP_TIMEOUT = 0x80072EE2,
        ERROR_WINHTTP_NAME_NOT_RESOLVED = 0x80072EE7,
        ERROR_WINHTTP_CANNOT_CONNECT = 0x80072EFD,
        ERROR_WINHTTP_CONNECTION_ERROR = 0x80072EFE,
        ERROR_WINHTTP_REDIRECT_FAILED = 0x80072F7C,
        ERROR_WINHTTP_INVALID_SERVER_RESPONSE = 0x80072F78,
        ERROR_WINHTTP_SECURE_FAILURE = 0x80072F8F,
    };

    static constexpr quint32 HttpErrorBase = 0x80190000;

    constexpr Result() = default;
    constexpr Result(Code code) // NOLINT(google-explicit-constructor): codes read like values
        : m_code(code)
    { }
    Result(Code code, const QString &detail)
        : m_code(code)
        , m_detail(detail)
    { }

    static Result fromCode(quint32 code, const QString &detail = {});
    static Result httpError(int status, const QString &detail = {});
    // Parses "BG_E_INVALID_STATE", "BG_E_HTTP_ERROR_404" or a hex code such as "0x80200002".
    static std::optional<Result> fromName(const QString &name);

    quint32 code() const { return m_code; }
    // An HRESULT with the severity bit clear is a success (S_OK, BG_S_PARTIAL_COMPLETE, ...).
    bool isSuccess() const { return (m_code & 0x80000000u) == 0; }
    bool isError() const { return !isSuccess(); }
    explicit operator bool() const { return isSuccess(); }

    // The HTTP status for BG_E_HTTP_ERROR_nnn codes, else 0.
    int httpStatus() const;
    // "BG_E_INVALID_STATE"; "0x8007000E" for codes Ferry has no name for.
    QString name() const;
    // "0x80200002"
    QString hex() const;
    // The translated description of the code, without the detail.
    QString description() const;
    // Extra context given where the result was produced ("display name is 300 characters long").
    const QString &detail() const { return m_detail; }
    // description plus detail: what a user is shown.
    QString message() const;

    friend bool operator==(const Result &a, const Result &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Result &a, const Result &b) { return a.m_code != b.m_code; }

private:
    quint32 m_code = S_OK;
    QString m_detail;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::Result)
