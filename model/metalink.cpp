#include "metalink.h"

#include "jobfiles.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace Ferry {

namespace {

const QLatin1String V4Namespace("urn:ietf:params:xml:ns:metalink");
const QLatin1String V3Namespace("http://www.metalinker.org/");

// Stronger algorithms first: the one Ferry verifies with is the first a file lists.
int strength(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha512:
        return 4;
    case HashAlgorithm::Sha256:
        return 3;
    case HashAlgorithm::Sha1:
        return 2;
    case HashAlgorithm::Md5:
        return 1;
    }
    return 0;
}

std::optional<QByteArray> hexDigest(HashAlgorithm algorithm, QStringView text)
{
    const std::optional<Checksum> checksum = Checksum::fromHex(algorithm, text.trimmed());
    return checksum ? std::optional<QByteArray>(checksum->digest) : std::nullopt;
}

} // namespace

// Reads one document into a Metalink. Elements of other namespaces (extensions) are skipped.
class MetalinkReader
{
public:
    MetalinkReader(const QByteArray &document, Metalink &out)
        : m_xml(document)
        , m_out(out)
    { }

    void read();

private:
    bool isOurs() const { return m_xml.namespaceUri() == m_namespace; }
    bool nextChild() { return m_xml.readNextStartElement(); }
    QString text() { return m_xml.readElementText(QXmlStreamReader::SkipChildElements); }
    void warn(const QString &warning) { m_out.m_warnings.append(warning); }
    void readFile();
    void readFileChild(Metalink::File &file, const QString &raw);
    void readHash(Metalink::File &file, const QString &raw);
    void readPieces(Metalink::File &file);
    void readUrl(Metalink::File &file);
    bool fail(const QString &error);
    std::optional<QString> safeName(const QString &raw);
    void finish(Metalink::File &file);

    QXmlStreamReader m_xml;
    Metalink &m_out;
    QString m_namespace;
    QSet<QString> m_names;
};

bool MetalinkReader::fail(const QString &error)
{
    m_out.m_error = error;
    m_out.m_files.clear();
    return false;
}

void MetalinkReader::read()
{
    m_xml.setNamespaceProcessing(true);
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            // Entities are what XML bombs and external fetches are made of; Metalink needs none.
            fail(Metalink::tr("The Metalink document declares a DTD or entities, which Ferry does "
                              "not accept."));
            return;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_out.m_version == Metalink::Version::Unknown) {
            if (m_xml.name() != QLatin1String("metalink")) {
                fail(Metalink::tr("This is not a Metalink document."));
                return;
            }
            if (m_xml.namespaceUri() == V4Namespace)
                m_out.m_version = Metalink::Version::V4;
            else if (m_xml.namespaceUri() == V3Namespace)
                m_out.m_version = Metalink::Version::V3;
            else {
                fail(Metalink::tr("This is not a Metalink document."));
                return;
            }
            m_namespace = m_xml.namespaceUri().toString();
            continue;
        }
        if (!isOurs()) {
            m_xml.skipCurrentElement();
        } else if (m_xml.name() == QLatin1String("file")) {
            if (m_out.m_files.size() >= Metalink::MaxFiles) {
                fail(Metalink::tr("The Metalink document lists more than %1 files.")
                         .arg(Metalink::MaxFiles));
                return;
            }
            readFile();
        } else if (m_xml.name() != QLatin1String("files")) {
            // Version 3 keeps its files in <files>; everything else here is about the document.
            m_xml.skipCurrentElement();
        }
    }
    if (m_xml.hasError()) {
        //: %1 is the XML parser's message, %2 a line number
        fail(Metalink::tr("The Metalink document is not well-formed XML: %1 (line %2).")
                 .arg(m_xml.errorString())
                 .arg(m_xml.lineNumber()));
        return;
    }
    if (m_out.m_version == Metalink::Version::Unknown)
        fail(Metalink::tr("This is not a Metalink document."));
    else if (m_out.m_files.isEmpty() && m_out.m_error.isEmpty())
        fail(Metalink::tr("The Metalink document lists no file Ferry can download."));
}

std::optional<QString> MetalinkReader::safeName(const QString &raw)
{
    if (raw.isEmpty())
        return std::nullopt;
    QStringList parts;
    for (const QString &part : raw.split(QRegularExpression(QStringLiteral("[/\\\\]")))) {
        // Absolute names ("/etc/x" starts with an empty component), "." and "..".
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return std::nullopt;
        const QString safe = JobFiles::sanitizeFileName(part);
        if (safe.isEmpty())
            return std::nullopt;
        parts.append(safe);
    }
    return parts.join(QLatin1Char('/'));
}

void MetalinkReader::readFileChild(Metalink::File &file, const QString &raw)
{
    if (!isOurs()) {
        m_xml.skipCurrentElement();
    } else if (m_xml.name() == QLatin1String("size")) {
        bool ok = false;
        const qint64 size = text().trimmed().toLongLong(&ok);
        if (ok && size >= 0)
            file.size = size;
        else
            warn(Metalink::tr("The size given for “%1” is not a number.").arg(raw.left(200)));
    } else if (m_xml.name() == QLatin1String("hash")) {
        readHash(file, raw);
    } else if (m_xml.name() == QLatin1String("pieces")) {
        readPieces(file);
    } else if (m_xml.name() == QLatin1String("url")) {
        readUrl(file);
    } else if (m_xml.name() == QLatin1String("verification")
               || m_xml.name() == QLatin1String("resources")) {
        // Version 3 keeps hashes in <verification> and mirrors in <resources>.
        while (nextChild())
            readFileChild(file, raw);
    } else {
        m_xml.skipCurrentElement();
    }
}

void MetalinkReader::readFile()
{
    const QString raw = m_xml.attributes().value(QLatin1String("name")).toString();
    const std::optional<QString> name = safeName(raw);
    Metalink::File file;
    while (nextChild())
        readFileChild(file, raw);
    if (m_xml.hasError())
        return;
    if (!name) {
        //: %1 is the file name a Metalink document gave
        warn(Metalink::tr("Skipped the file “%1”: its name leads out of the download folder.")
                 .arg(raw.left(200)));
        return;
    }
    if (m_names.contains(*name)) {
        warn(Metalink::tr("Skipped a second file named “%1”.").arg(*name));
        return;
    }
    m_names.insert(*name);
    file.name = *name;
    finish(file);
    m_out.m_files.append(file);
}

void MetalinkReader::readHash(Metalink::File &file, const QString &raw)
{
    const QString type = m_xml.attributes().value(QLatin1String("type")).toString();
    const QString value = text();
    const std::optional<HashAlgorithm> algorithm = Checksum::algorithmFromName(type);
    if (!algorithm)
        return; // an algorithm Ferry does not verify with (sha-384, ed2k …): not an error
    const std::optional<QByteArray> digest = hexDigest(*algorithm, value);
    if (!digest) {
        //: %1 is an algorithm name, %2 a file name
        warn(Metalink::tr("Ignored a malformed %1 hash of “%2”.")
                 .arg(Checksum::algorithmName(*algorithm), raw.left(200)));
        return;
    }
    for (const Checksum &known : std::as_const(file.hashes)) {
        if (known.algorithm == *algorithm)
            return; // the first of each algorithm counts
    }
    file.hashes.append(Checksum { *algorithm, *digest });
}

void MetalinkReader::readPieces(Metalink::File &file)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const std::optional<HashAlgorithm> algorithm
        = Checksum::algorithmFromName(attributes.value(QLatin1String("type")));
    bool lengthOk = false;
    const qint64 length = attributes.value(QLatin1String("length")).toLongLong(&lengthOk);
    Metalink::Pieces pieces;
    bool valid = algorithm && lengthOk && length > 0;
    while (nextChild()) {
        if (!isOurs() || m_xml.name() != QLatin1String("hash")) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes pieceAttributes = m_xml.attributes();
        const QString value = text();
        if (!valid)
            continue;
        // Version 3 numbers its pieces; they must come in order, from 0.
        if (pieceAttributes.hasAttribute(QLatin1String("piece"))
            && pieceAttributes.value(QLatin1String("piece")).toLongLong() != pieces.hashes.size()) {
            valid = false;
            continue;
        }
        const std::optional<QByteArray> digest = hexDigest(*algorithm, value);
        if (!digest)
            valid = false;
        else
            pieces.hashes.append(*digest);
    }
    if (!algorithm)
        return; // pieces of an algorithm Ferry does not verify with
    if (!valid || pieces.hashes.isEmpty()) {
        warn(Metalink::tr("Ignored malformed piece hashes."));
        return;
    }
    if (file.pieces && strength(file.pieces->algorithm) >= strength(*algorithm))
        return;
    pieces.algorithm = *algorithm;
    pieces.length = length;
    file.pieces = pieces;
}

void MetalinkReader::readUrl(Metalink::File &file)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    Metalink::Url url;
    bool ok = false;
    if (m_out.m_version == Metalink::Version::V4) {
        const int priority = attributes.value(QLatin1String("priority")).toInt(&ok);
        if (ok)
            url.priority = qBound(1, priority, Metalink::LowestPriority);
    } else {
        // Version 3 lists torrents among the mirrors (<url type="bittorrent">, often over
        // http): their bytes are not the file's.
        if (attributes.value(QLatin1String("type")) == QLatin1String("bittorrent")) {
            m_xml.skipCurrentElement();
            return;
        }
        const int preference = attributes.value(QLatin1String("preference")).toInt(&ok);
        if (ok)
            url.priority = 101 - qBound(1, preference, 100);
    }
    url.location = attributes.value(QLatin1String("location")).toString().toLower().left(8);
    const QString written = text().trimmed();
    url.url = QUrl(written, QUrl::StrictMode);
    const QString scheme = url.url.scheme();
    if (!url.url.isValid() || url.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        //: %1 is a URL from a Metalink document
        warn(Metalink::tr("Skipped the mirror “%1”: Ferry downloads only from http and https URLs.")
                 .arg(written.left(200)));
        return;
    }
    if (file.urls.size() >= Metalink::MaxUrlsPerFile)
        return;
    file.urls.append(url);
}

void MetalinkReader::finish(Metalink::File &file)
{
    std::stable_sort(file.hashes.begin(), file.hashes.end(),
                     [](const Checksum &a, const Checksum &b) {
                         return strength(a.algorithm) > strength(b.algorithm);
                     });
    std::stable_sort(
        file.urls.begin(), file.urls.end(),
        [](const Metalink::Url &a, const Metalink::Url &b) { return a.priority < b.priority; });
    if (file.pieces && file.size >= 0) {
        const qint64 count = (file.size + file.pieces->length - 1) / file.pieces->length;
        if (count != file.pieces->hashes.size()) {
            //: %1 is a file name
            warn(Metalink::tr("Ignored the piece hashes of “%1”: they do not cover its size.")
                     .arg(file.name));
            file.pieces.reset();
        }
    }
}

Metalink Metalink::parse(const QByteArray &document)
{
    Metalink out;
    if (document.size() > MaxBytes) {
        out.m_error
            = tr("The Metalink document is larger than %1 MiB.").arg(MaxBytes / (1024 * 1024));
        return out;
    }
    MetalinkReader(document, out).read();
    return out;
}

bool Metalink::isMetalinkMediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray type
        = (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
    return type == "application/metalink4+xml" || type == "application/metalink+xml";
}

bool Metalink::isMetalinkFileName(const QString &name)
{
    return name.endsWith(QLatin1String(".meta4"), Qt::CaseInsensitive)
        || name.endsWith(QLatin1String(".metalink"), Qt::CaseInsensitive);
}

} // namespace Ferry
