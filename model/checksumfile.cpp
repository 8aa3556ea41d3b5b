#include "checksumfile.h"

#include <QStringDecoder>

namespace Ferry {

namespace {

QString lastComponent(const QString &path)
{
    const qsizetype slash
        = qMax(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    return path.mid(slash + 1);
}

} // namespace

ChecksumFile ChecksumFile::parse(const QByteArray &data, std::optional<HashAlgorithm> expected)
{
    ChecksumFile file;
    if (data.size() > MaxBytes) {
        file.m_error = tr("The checksum file is larger than %1 MiB.").arg(MaxBytes / (1024 * 1024));
        return file;
    }
    if (data.contains('\0')) {
        file.m_error = tr("This is not a checksum file: it holds binary data.");
        return file;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(data);
    if (utf8.hasError())
        text = QString::fromLatin1(data); // names in a legacy 8-bit encoding; the hex is ASCII
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    enum class Pgp { None, ArmorHeaders, Signature };
    Pgp pgp = Pgp::None;
    const QList<QStringView> lines = QStringView(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringView line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = int(i + 1);
        if (line.startsWith(QLatin1String("-----BEGIN PGP SIGNED MESSAGE-----"))) {
            pgp = Pgp::ArmorHeaders;
            continue;
        }
        if (line.startsWith(QLatin1String("-----BEGIN PGP SIGNATURE-----"))) {
            pgp = Pgp::Signature;
            continue;
        }
        if (pgp == Pgp::Signature) {
            if (line.startsWith(QLatin1String("-----END PGP SIGNATURE-----")))
                pgp = Pgp::None;
            continue;
        }
        if (pgp == Pgp::ArmorHeaders) {
            // "Hash: SHA256" and the like, up to the blank line that starts the text.
            if (line.trimmed().isEmpty())
                pgp = Pgp::None;
            continue;
        }
        if (line.startsWith(QLatin1String("- "))) // dash-escaped line of a clear-signed text
            line = line.mid(2);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const ChecksumParser::Parsed parsed = ChecksumParser::parseLine(line, expected);
        if (!parsed.line) {
            file.m_lineErrors.append({ number, parsed.error });
            continue;
        }
        file.m_entries.append(
            { parsed.line->fileName, parsed.line->checksum, parsed.line->binary, number });
    }
    if (file.m_entries.isEmpty())
        file.m_error = tr("The checksum file holds no checksum.");
    return file;
}

std::optional<HashAlgorithm> ChecksumFile::algorithmForFileName(const QString &name)
{
    QString key = lastComponent(name).toLower();
    // "sha256sums", "sha256sums.txt", "sha256sum.txt", "md5sums"
    for (const QString &prefix : { QStringLiteral("sha256sum"), QStringLiteral("sha512sum"),
                                   QStringLiteral("sha1sum"), QStringLiteral("md5sum") }) {
        if (key.startsWith(prefix))
            return Checksum::algorithmFromName(prefix.chopped(3));
    }
    // "x.iso.sha256", "x.iso.sha256sum", "x.iso.md5"
    const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return std::nullopt;
    QString suffix = key.mid(dot + 1);
    if (suffix.endsWith(QLatin1String("sum")))
        suffix.chop(3);
    return Checksum::algorithmFromName(suffix);
}

std::optional<ChecksumFile::Entry> ChecksumFile::find(const QString &fileName) const
{
    if (m_entries.size() == 1 && m_entries.first().fileName.isEmpty())
        return m_entries.first();
    for (const Entry &e : m_entries) {
        if (e.fileName == fileName)
            return e;
    }
    std::optional<Entry> found;
    for (const Entry &e : m_entries) {
        if (lastComponent(e.fileName) != fileName)
            continue;
        if (found && found->checksum != e.checksum)
            return std::nullopt; // "a/x" and "b/x" differ: which one is meant cannot be told
        found = e;
    }
    return found;
}

} // namespace Ferry
