#pragma once

#include "checksum.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Ferry {

// A Metalink document: RFC 5854 (".meta4", namespace urn:ietf:params:xml:ns:metalink) or the
// older version 3 (".metalink", namespace http://www.metalinker.org/). Its files with their
// sizes, whole-file hashes, piece hashes and the mirrors that serve them.
//
// The document comes from a server, so it is hostile input: it is limited in size, a DTD (and so
// any entity, internal or external) is refused, and a file whose name is absolute or has a "."
// or ".." component is skipped; each component of the other names goes through
// JobFiles::sanitizeFileName. Only http and https mirrors are kept. What was skipped is noted in
// warnings(); only a document that cannot be used at all has an error().
class Metalink
{
    Q_DECLARE_TR_FUNCTIONS(Metalink)
public:
    enum class Version { Unknown, V3, V4 };

    struct Url
    {
        QUrl url;
        // RFC 5854: 1 is the most preferred, 999999 the least and the default. A version 3
        // preference (100 best … 1 worst) becomes 101 - preference.
        int priority = LowestPriority;
        QString location; // ISO 3166-1 country code, lower case, when given
    };
    struct Pieces
    {
        HashAlgorithm algorithm = HashAlgorithm::Sha256;
        qint64 length = 0; // bytes per piece; the last piece may be shorter
        QList<QByteArray> hashes; // raw digests, in file order
    };
    struct File
    {
        // A relative path inside the destination folder: sanitised components joined with '/'.
        QString name;
        qint64 size = -1; // -1 when the document does not say
        QList<Checksum> hashes; // the strongest first
        std::optional<Pieces> pieces; // those of the strongest algorithm given
        QList<Url> urls; // the most preferred first; equal priorities keep document order
    };

    static constexpr int LowestPriority = 999999;
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxFiles = 10000;
    static constexpr int MaxUrlsPerFile = 1000;

    static Metalink parse(const QByteArray &document);
    // A media type ("application/metalink4+xml", "application/metalink+xml") or a file name
    // (".meta4", ".metalink") that says a response or a local file is a Metalink document.
    static bool isMetalinkMediaType(const QByteArray &contentType);
    static bool isMetalinkFileName(const QString &name);

    Version version() const { return m_version; }
    const QString &error() const { return m_error; } // translated; empty when usable
    const QStringList &warnings() const { return m_warnings; } // translated
    const QList<File> &files() const { return m_files; }

private:
    friend class MetalinkReader;
    Version m_version = Version::Unknown;
    QString m_error;
    QStringList m_warnings;
    QList<File> m_files;
};

} // namespace Ferry
