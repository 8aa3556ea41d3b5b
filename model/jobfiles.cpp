#include "jobfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Ferry::JobFiles {

namespace {

// Cuts `text` to at most `bytes` bytes of UTF-8, on a character boundary.
QString truncatedUtf8(QString text, int bytes)
{
    while (!text.isEmpty() && text.toUtf8().size() > bytes)
        text.chop(text.size() > 1 && text.at(text.size() - 1).isLowSurrogate() ? 2 : 1);
    return text;
}

bool isHidden(char16_t u)
{
    // C0 and C1 controls (ESC, U+009B CSI: terminal escapes), DEL, the line and paragraph
    // separators, and the bidirectional overrides and isolates (which can disguise an
    // extension).
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029
        || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
}

} // namespace

QString sanitizeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        // Path separators and hidden characters never reach the file system.
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || isHidden(c.unicode()))
            continue;
        out.append(c);
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return truncatedUtf8(out, MaxFileNameBytes);
}

QString fileNameForUrl(const QUrl &url)
{
    QString name = sanitizeFileName(url.fileName(QUrl::FullyDecoded));
    if (name.isEmpty())
        name = sanitizeFileName(url.host());
    return name.isEmpty() ? QStringLiteral("download") : name;
}

QString defaultReplyPath(const QString &sourcePath)
{
    return sourcePath + QLatin1String(".reply");
}

QString tempPath(const JobId &id, const QString &localPath)
{
    return localPath + QLatin1Char('.') + id.toString().left(8) + QLatin1String(".part");
}

QString numberedName(const QString &path, int n)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // The suffix is everything after the first dot that is not the leading character, so that
    // "archive.tar.gz" keeps ".tar.gz" and ".bashrc" stays a name without suffix.
    const int dot = name.indexOf(QLatin1Char('.'), 1);
    QString base = dot > 0 ? name.left(dot) : name;
    QString suffix = dot > 0 ? name.mid(dot) : QString();
    const QString number = QStringLiteral(" (%1)").arg(n);
    // The number and the suffix fit; the base gives way (a suffix that alone is too long too).
    suffix = truncatedUtf8(suffix, MaxFileNameBytes / 2);
    base = truncatedUtf8(base,
                         MaxFileNameBytes - int(suffix.toUtf8().size() + number.toUtf8().size()));
    return info.dir().filePath(base + number + suffix);
}

} // namespace Ferry::JobFiles
