#include "jobvalidation.h"

#include "jobfiles.h"
#include "joblimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Ferry::JobValidation {

namespace {
// The translation context of these messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobValidation)
};
} // namespace

Result remoteUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Result(Result::E_INVALIDARG, Text::tr("the URL is not valid"));
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Result(Result::E_INVALIDARG, Text::tr("only http and https URLs are supported"));
    if (url.toEncoded().size() > StringLimits::RemoteUrl)
        return Result(Result::E_INVALIDARG, Text::tr("the URL is longer than 2,200 characters"));
    return Result::S_OK;
}

Result localPath(JobType type, const QString &path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return Result(Result::E_INVALIDARG, Text::tr("the local path must be absolute"));
    if (path.size() > StringLimits::LocalPath)
        return Result(Result::E_INVALIDARG, Text::tr("the local path is too long"));
    if (path.contains(QLatin1Char('*')) || path.contains(QLatin1Char('?')))
        return Result(Result::E_INVALIDARG, Text::tr("the local path must not contain wildcards"));
    const QFileInfo info(path);
    if (type == JobType::Download) {
        // The destination may be a file name in an existing directory, or an existing directory
        // (the server then names the file).
        const QFileInfo dir(info.isDir() ? path : info.absolutePath());
        if (!info.isDir() && info.fileName().toUtf8().size() > JobFiles::MaxFileNameBytes)
            return Result(Result::E_INVALIDARG,
                          //: %1 is a number of bytes
                          Text::tr("the file name is longer than %1 bytes (its temporary file "
                                   "adds 14 to the 255 a name may have)")
                              .arg(JobFiles::MaxFileNameBytes));
        if (!dir.isDir())
            return Result(Result::E_INVALIDARG, Text::tr("the destination folder does not exist"));
        if (!dir.isWritable())
            return Result(Result::E_ACCESSDENIED,
                          Text::tr("the destination folder is not writable"));
        return Result::S_OK;
    }
    if (!info.isFile())
        return Result(Result::E_INVALIDARG, Text::tr("the file to upload does not exist"));
    if (!info.isReadable())
        return Result(Result::E_ACCESSDENIED, Text::tr("the file to upload is not readable"));
    return Result::S_OK;
}

Result replyFileName(const QString &path)
{
    if (path.isEmpty())
        return Result::S_OK; // back to the default name beside the uploaded file
    if (!QDir::isAbsolutePath(path) || path.size() > StringLimits::LocalPath)
        return Result(Result::E_INVALIDARG, Text::tr("the reply file path must be absolute"));
    const QFileInfo dir(QFileInfo(path).absolutePath());
    if (!dir.isDir())
        return Result(Result::E_INVALIDARG, Text::tr("the reply file's folder does not exist"));
    if (!dir.isWritable())
        return Result(Result::E_ACCESSDENIED, Text::tr("the reply file's folder is not writable"));
    return Result::S_OK;
}

Result displayName(const QString &name)
{
    if (name.size() > StringLimits::DisplayName)
        return Result(Result::BG_E_STRING_TOO_LONG,
                      Text::tr("the display name is longer than 256 characters"));
    return Result::S_OK;
}

Result description(const QString &text)
{
    if (text.size() > StringLimits::Description)
        return Result(Result::BG_E_STRING_TOO_LONG,
                      Text::tr("the description is longer than 1,024 characters"));
    return Result::S_OK;
}

Result customHeaders(const QString &headers)
{
    if (headers.size() > StringLimits::CustomHeaders)
        return Result(Result::BG_E_STRING_TOO_LONG,
                      Text::tr("the custom headers are longer than 16 KB"));
    // RFC 9110 field-name token, then a value without control characters.
    static const QRegularExpression line(
        QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\\x00-\\x08\\x0a-\\x1f\\x7f]*$"));
    const QStringList lines = headers.split(QLatin1String("\r\n"), Qt::SkipEmptyParts);
    for (const QString &l : lines) {
        if (!line.match(l).hasMatch())
            return Result(Result::E_INVALIDARG,
                          Text::tr("a custom header is not of the form \"Name: value\""));
    }
    return Result::S_OK;
}

Result notifyCmdLine(const QStringList &programAndArguments)
{
    if (programAndArguments.isEmpty())
        return Result::S_OK; // removes the command line
    const QString &program = programAndArguments.first();
    if (program.size() > StringLimits::LocalPath)
        return Result(Result::BG_E_STRING_TOO_LONG, Text::tr("the program path is too long"));
    if (!QDir::isAbsolutePath(program))
        return Result(Result::E_INVALIDARG,
                      Text::tr("the program must be given by its absolute path"));
    if (programAndArguments.mid(1).join(QLatin1Char(' ')).size() > StringLimits::CmdLineParameters)
        return Result(Result::BG_E_STRING_TOO_LONG,
                      Text::tr("the arguments are longer than 4,000 characters"));
    return Result::S_OK;
}

Result credentials(const Credentials &c)
{
    if (c.target != AuthTarget::Server && c.target != AuthTarget::Proxy)
        return Result::BG_E_INVALID_AUTH_TARGET;
    if (c.scheme != AuthScheme::Basic && c.scheme != AuthScheme::Digest)
        return Result::BG_E_INVALID_AUTH_SCHEME;
    if (c.user.size() > StringLimits::UserName)
        return Result::BG_E_USERNAME_TOO_LARGE;
    if (c.password.size() > StringLimits::Password)
        return Result::BG_E_PASSWORD_TOO_LARGE;
    if (c.user.isEmpty())
        return Result(Result::E_INVALIDARG,
                      Text::tr("Basic and Digest credentials need a user name"));
    return Result::S_OK;
}

Result proxy(const ProxySettings &p)
{
    switch (p.usage) {
    case ProxyUsage::System:
    case ProxyUsage::NoProxy:
        if (!p.proxyList.isEmpty() || !p.bypassList.isEmpty())
            return Result(Result::E_INVALIDARG,
                          Text::tr("proxy lists are only allowed with an explicit proxy"));
        return Result::S_OK;
    case ProxyUsage::Override:
        if (p.proxyList.trimmed().isEmpty())
            return Result(Result::E_INVALIDARG, Text::tr("an explicit proxy needs a proxy list"));
        if (p.proxyList.size() > StringLimits::ProxyList
            || p.bypassList.size() > StringLimits::ProxyList)
            return Result::BG_E_STRING_TOO_LONG;
        return Result::S_OK;
    }
    return Result::E_NOTIMPL;
}

} // namespace Ferry::JobValidation
