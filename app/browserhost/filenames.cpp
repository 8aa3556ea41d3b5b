#include "filenames.h"

#include <QUrl>

namespace Ferry::FileNames {

namespace {

constexpr int MaxBytes = 255;

bool unwanted(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069)
        || u == 0x200e || u == 0x200f || c.category() == QChar::Other_Format;
}

// Cuts a name to MaxBytes of UTF-8 without splitting a character, keeping a short extension.
QString shortened(const QString &name)
{
    if (name.toUtf8().size() <= MaxBytes)
        return name;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString extension = dot > 0 && name.size() - dot <= 16 ? name.mid(dot) : QString();
    QString stem = name.left(name.size() - extension.size());
    while (!stem.isEmpty() && (stem + extension).toUtf8().size() > MaxBytes) {
        stem.chop(1);
        if (!stem.isEmpty() && stem.back().isHighSurrogate())
            stem.chop(1);
    }
    return stem + extension;
}

} // namespace

QString safeName(const QString &suggested)
{
    QString name = suggested;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1);
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        if (!unwanted(c))
            clean.append(c);
    }
    while (!clean.isEmpty() && (clean.front() == QLatin1Char('.') || clean.front().isSpace()))
        clean.remove(0, 1);
    while (!clean.isEmpty() && (clean.back() == QLatin1Char('.') || clean.back().isSpace()))
        clean.chop(1);
    return shortened(clean);
}

QString fromUrl(const QUrl &url)
{
    return safeName(url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1));
}

} // namespace Ferry::FileNames
