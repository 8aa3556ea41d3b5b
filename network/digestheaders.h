#pragma once

#include "checksum.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Ferry {

// The digests a server sends with a response:
// - RFC 9530 Repr-Digest: of the selected representation, whole, whatever part a 206 carries;
// - RFC 9530 Content-Digest: of the content of this very message (for a 206, only its range);
// - RFC 3230 Digest (obsoleted by RFC 9530): of the whole instance.
// All three are taken after content coding, so they describe the bytes Ferry writes (it asks
// for Accept-Encoding: identity) only when the response has no Content-Encoding. Only SHA-256
// and SHA-512 are read: RFC 9530 deprecates the others as insecure. A malformed header, or a
// malformed member of one, is ignored and noted.
class DigestHeaders
{
    Q_DECLARE_TR_FUNCTIONS(DigestHeaders)
public:
    enum class Source { ReprDigest, ContentDigest, LegacyDigest };

    struct Digest
    {
        Checksum checksum;
        Source source = Source::ReprDigest;
        // true when the digest is of the whole file as written to disk (identity bytes, the whole
        // representation); false when it describes a content-coded form or only one range.
        bool wholeIdentityFile = false;
    };

    struct Response
    {
        QByteArray reprDigest; // Repr-Digest
        QByteArray contentDigest; // Content-Digest
        QByteArray digest; // Digest
        QByteArray contentEncoding; // Content-Encoding
        bool partial = false; // a 206
    };

    static DigestHeaders parse(const Response &response);

    const QList<Digest> &digests() const { return m_digests; }
    // What was ignored and why (translated), for the job's log.
    const QStringList &notes() const { return m_notes; }
    // The strongest digest of the whole identity file, if any: what a download may verify with.
    std::optional<Digest> best() const;

private:
    void readStructured(const QByteArray &value, Source source, bool whole, const char *header);
    void readLegacy(const QByteArray &value, bool whole);
    void add(HashAlgorithm algorithm, const QByteArray &digest, Source source, bool whole,
             const char *header);

    QList<Digest> m_digests;
    QStringList m_notes;
};

} // namespace Ferry
