#include "checksum.h"

#include <QRegularExpression>

namespace Ferry {

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isHex(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isHexDigit(c))
            return false;
    }
    return true;
}

// The length of the run of hex digits at the start of text.
qsizetype hexPrefix(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && isHexDigit(text[n]))
        ++n;
    return n;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
}

using Parsed = ChecksumParser::Parsed;

Parsed failure(const QString &error)
{
    return Parsed { std::nullopt, error };
}

// The hex digits of a checksum whose algorithm is known (from a prefix or a BSD line).
Parsed digestFor(HashAlgorithm algorithm, QStringView hex)
{
    if (!isHex(hex)) {
        //: %1 is what the user gave as a checksum
        return failure(
            ChecksumParser::tr("“%1” is not a hexadecimal checksum.").arg(hex.left(80).toString()));
    }
    const int digits = Checksum::digestSize(algorithm) * 2;
    if (hex.size() != digits) {
        //: %1 is an algorithm name (sha256), %2 its number of digits; %n the digits given
        return failure(ChecksumParser::tr("A %1 checksum has %2 hexadecimal digits, this one %n.",
                                          nullptr, int(qMin<qsizetype>(hex.size(), 1 << 20)))
                           .arg(Checksum::algorithmName(algorithm))
                           .arg(digits));
    }
    ChecksumLine line;
    line.checksum = *Checksum::fromHex(algorithm, hex);
    return Parsed { line, QString() };
}

Parsed unknownAlgorithm(QStringView name)
{
    //: %1 is the algorithm name the user wrote
    return failure(ChecksumParser::tr("Unknown checksum algorithm “%1”: Ferry checks md5, sha1, "
                                      "sha256 and sha512.")
                       .arg(name.left(40).toString()));
}

// "SHA256 (name) = HEX" (BSD, sha256sum --tag) and "SHA2-256(name)= HEX" (openssl dgst). The
// name may hold parentheses: the greedy match ends it at the last ")".
std::optional<Parsed> parseBsd(QStringView text)
{
    static const QRegularExpression bsd(
        QStringLiteral("^([A-Za-z0-9_-]+) ?\\((.*)\\) ?= ?(\\S*)$"));
    // A QString subject (Qt 6.8 deprecates match(QStringView)); the captured views below point
    // into the match's own copy of it.
    const QString subject = text.toString();
    const QRegularExpressionMatch m = bsd.match(subject);
    if (!m.hasMatch())
        return std::nullopt;
    const auto algorithm = Checksum::algorithmFromName(m.capturedView(1));
    if (!algorithm)
        return unknownAlgorithm(m.capturedView(1));
    Parsed parsed = digestFor(*algorithm, m.capturedView(3));
    if (parsed.line)
        parsed.line->fileName = m.captured(2);
    return parsed;
}

// "sha256:HEX" or "sha256=HEX".
std::optional<Parsed> parsePrefixed(QStringView text)
{
    qsizetype sep = 0;
    while (sep < text.size() && isNameChar(text[sep]))
        ++sep;
    if (sep == 0 || sep == text.size()
        || (text[sep] != QLatin1Char(':') && text[sep] != QLatin1Char('=')))
        return std::nullopt;
    const QStringView name = text.left(sep);
    const auto algorithm = Checksum::algorithmFromName(name);
    if (!algorithm)
        return unknownAlgorithm(name);
    return digestFor(*algorithm, text.mid(sep + 1).trimmed());
}

// coreutils: "HEX  name" (text mode), "HEX *name" (binary mode), bare "HEX"; a line that starts
// with a backslash has its name escaped ("\\" and "\n").
Parsed parseGnu(QStringView text)
{
    bool escaped = false;
    if (text.startsWith(QLatin1Char('\\'))) {
        escaped = true;
        text = text.mid(1);
    }
    const qsizetype digits = hexPrefix(text);
    if (digits == 0 || (digits < text.size() && !text[digits].isSpace()))
        return failure(ChecksumParser::tr("“%1” is not a hexadecimal checksum.")
                           .arg(text.left(80).toString()));
    const auto algorithm = Checksum::algorithmForHexLength(digits);
    if (!algorithm) {
        return failure(ChecksumParser::tr("No checksum algorithm has %n hexadecimal digit(s).",
                                          nullptr, int(qMin<qsizetype>(digits, 1 << 20))));
    }
    Parsed parsed = digestFor(*algorithm, text.left(digits));
    QStringView rest = text.mid(digits);
    if (rest.size() >= 2 && rest[0] == QLatin1Char(' ')
        && (rest[1] == QLatin1Char(' ') || rest[1] == QLatin1Char('*'))) {
        parsed.line->binary = rest[1] == QLatin1Char('*');
        rest = rest.mid(2);
    } else {
        rest = rest.trimmed();
    }
    QString name = rest.toString();
    if (escaped) {
        name.clear();
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest[i] == QLatin1Char('\\') && i + 1 < rest.size()) {
                ++i;
                name += rest[i] == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : rest[i];
            } else {
                name += rest[i];
            }
        }
    }
    parsed.line->fileName = name;
    return parsed;
}

} // namespace

std::optional<Checksum> Checksum::fromHex(HashAlgorithm algorithm, QStringView hex)
{
    if (hex.size() != digestSize(algorithm) * 2 || !isHex(hex))
        return std::nullopt;
    return Checksum { algorithm, QByteArray::fromHex(hex.toLatin1()) };
}

int Checksum::digestSize(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Md5:
        return 16;
    case HashAlgorithm::Sha1:
        return 20;
    case HashAlgorithm::Sha256:
        return 32;
    case HashAlgorithm::Sha512:
        return 64;
    }
    return 0;
}

QString Checksum::algorithmName(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Md5:
        return QStringLiteral("md5");
    case HashAlgorithm::Sha1:
        return QStringLiteral("sha1");
    case HashAlgorithm::Sha256:
        return QStringLiteral("sha256");
    case HashAlgorithm::Sha512:
        return QStringLiteral("sha512");
    }
    return QString();
}

std::optional<HashAlgorithm> Checksum::algorithmFromName(QStringView name)
{
    QString key = name.toString().toLower();
    // "sha-256" (IANA, Metalink), "sha2-256" (OpenSSL 3) → "sha256"
    if (key.startsWith(QLatin1String("sha2-")))
        key.remove(3, 2);
    else if (key.startsWith(QLatin1String("sha-")))
        key.remove(3, 1);
    for (const HashAlgorithm a : { HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256,
                                   HashAlgorithm::Sha512 }) {
        if (key == algorithmName(a))
            return a;
    }
    return std::nullopt;
}

std::optional<HashAlgorithm> Checksum::algorithmForHexLength(qsizetype digits)
{
    switch (digits) {
    case 32:
        return HashAlgorithm::Md5;
    case 40:
        return HashAlgorithm::Sha1;
    case 64:
        return HashAlgorithm::Sha256;
    case 128:
        return HashAlgorithm::Sha512;
    default:
        return std::nullopt;
    }
}

QString Checksum::toString() const
{
    return algorithmName(algorithm) + QLatin1Char(':') + QString::fromLatin1(digest.toHex());
}

ChecksumParser::Parsed ChecksumParser::parseLine(QStringView text,
                                                 std::optional<HashAlgorithm> expected)
{
    text = text.trimmed();
    if (text.isEmpty())
        return failure(tr("No checksum given."));
    if (text.contains(QLatin1Char('\n')))
        return failure(tr("Give one checksum, on one line."));
    std::optional<Parsed> parsed = parseBsd(text);
    if (!parsed)
        parsed = parsePrefixed(text);
    if (!parsed)
        parsed = parseGnu(text);
    if (parsed->line && expected && parsed->line->checksum.algorithm != *expected) {
        //: %1 and %2 are algorithm names (sha256, sha512)
        return failure(tr("Expected a %1 checksum, found a %2 one.")
                           .arg(Checksum::algorithmName(*expected),
                                Checksum::algorithmName(parsed->line->checksum.algorithm)));
    }
    return *parsed;
}

} // namespace Ferry
