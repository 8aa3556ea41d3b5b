#include "digestheaders.h"

#include <cstring>
#include <optional>

namespace Ferry {

namespace {

// RFC 8941 §4.2: the members of a Dictionary whose values are Byte Sequences, the others
// recorded as such. None when the field does not parse: then, as the RFC says, it is ignored
// as a whole.
struct Member
{
    QByteArray key;
    bool isBytes = false;
    bool bytesValid = false; // base64 that decodes
    QByteArray bytes;
};

class Dictionary
{
public:
    explicit Dictionary(const QByteArray &input)
        : m_in(input)
    { }

    std::optional<QList<Member>> parse()
    {
        QList<Member> members;
        skip(" ");
        if (atEnd())
            return members;
        while (true) {
            Member m;
            if (!key(&m.key))
                return std::nullopt;
            if (peek() == '=') {
                ++m_pos;
                if (peek() == '(') {
                    if (!innerList())
                        return std::nullopt;
                } else if (!bareItem(&m))
                    return std::nullopt;
            }
            if (!parameters())
                return std::nullopt;
            // A later member of the same name replaces an earlier one.
            members.removeIf([&](const Member &o) { return o.key == m.key; });
            members.append(m);
            skip(" \t");
            if (atEnd())
                return members;
            if (peek() != ',')
                return std::nullopt;
            ++m_pos;
            skip(" \t");
            if (atEnd())
                return std::nullopt; // a trailing comma
        }
    }

private:
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return atEnd() ? '\0' : m_in[m_pos]; }
    void skip(const char *chars)
    {
        while (!atEnd() && std::strchr(chars, peek()))
            ++m_pos;
    }
    static bool isLcAlpha(char c) { return c >= 'a' && c <= 'z'; }
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isAlpha(char c) { return isLcAlpha(c) || (c >= 'A' && c <= 'Z'); }

    bool key(QByteArray *out)
    {
        const qsizetype start = m_pos;
        if (!isLcAlpha(peek()) && peek() != '*')
            return false;
        while (!atEnd() && (isLcAlpha(peek()) || isDigit(peek()) || std::strchr("_-.*", peek())))
            ++m_pos;
        *out = m_in.mid(start, m_pos - start);
        return true;
    }

    bool bareItem(Member *m)
    {
        const char c = peek();
        if (c == ':') {
            ++m_pos;
            const qsizetype end = m_in.indexOf(':', m_pos);
            if (end < 0)
                return false;
            const QByteArray text = m_in.mid(m_pos, end - m_pos);
            for (const char b : text) {
                if (!isAlpha(b) && !isDigit(b) && !std::strchr("+/=", b))
                    return false;
            }
            m_pos = end + 1;
            const auto decoded
                = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
            m->isBytes = true;
            m->bytesValid = bool(decoded);
            m->bytes = decoded.decoded;
            return true;
        }
        if (c == '"') {
            for (++m_pos; !atEnd(); ++m_pos) {
                if (peek() == '\\') {
                    ++m_pos;
                    if (peek() != '"' && peek() != '\\')
                        return false;
                } else if (peek() == '"') {
                    ++m_pos;
                    return true;
                } else if (peek() < 0x20 || peek() == 0x7f) {
                    return false;
                }
            }
            return false;
        }
        if (c == '?') {
            ++m_pos;
            if (peek() != '0' && peek() != '1')
                return false;
            ++m_pos;
            return true;
        }
        if (c == '-' || isDigit(c)) {
            ++m_pos;
            const qsizetype start = m_pos;
            while (!atEnd() && (isDigit(peek()) || peek() == '.'))
                ++m_pos;
            return m_pos > start || isDigit(c);
        }
        if (isAlpha(c) || c == '*') {
            // token: tchar / ":" / "/"
            while (
                !atEnd()
                && (isAlpha(peek()) || isDigit(peek()) || std::strchr("!#$%&'*+-.^_`|~:/", peek())))
                ++m_pos;
            return true;
        }
        return false;
    }

    bool parameters()
    {
        while (peek() == ';') {
            ++m_pos;
            skip(" ");
            QByteArray name;
            if (!key(&name))
                return false;
            if (peek() == '=') {
                ++m_pos;
                Member ignored;
                if (!bareItem(&ignored))
                    return false;
            }
        }
        return true;
    }

    bool innerList()
    {
        ++m_pos; // '('
        while (true) {
            skip(" ");
            if (peek() == ')') {
                ++m_pos;
                return true;
            }
            Member ignored;
            if (!bareItem(&ignored) || !parameters())
                return false;
            if (peek() != ' ' && peek() != ')')
                return false;
        }
    }

    const QByteArray &m_in;
    qsizetype m_pos = 0;
};

// The RFC 9530 names of the algorithms Ferry reads; RFC 3230 writes them in upper case.
std::optional<HashAlgorithm> algorithmForKey(const QByteArray &key)
{
    const QByteArray lower = key.trimmed().toLower();
    if (lower == "sha-256")
        return HashAlgorithm::Sha256;
    if (lower == "sha-512")
        return HashAlgorithm::Sha512;
    return std::nullopt;
}

bool isIdentity(const QByteArray &contentEncoding)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    return coding.isEmpty() || coding == "identity";
}

} // namespace

DigestHeaders DigestHeaders::parse(const Response &response)
{
    DigestHeaders out;
    const bool identity = isIdentity(response.contentEncoding);
    if (!identity
        && !(response.reprDigest.isEmpty() && response.contentDigest.isEmpty()
             && response.digest.isEmpty())) {
        //: %1 is a content coding such as gzip
        out.m_notes.append(tr("The server's digests describe the %1-encoded bytes, not the file: "
                              "they are not used to verify it.")
                               .arg(QString::fromLatin1(response.contentEncoding.trimmed())));
    }
    if (!response.reprDigest.isEmpty())
        out.readStructured(response.reprDigest, Source::ReprDigest, identity, "Repr-Digest");
    if (!response.contentDigest.isEmpty()) {
        if (identity && response.partial) {
            out.m_notes.append(tr("The Content-Digest of a partial response covers only its "
                                  "range: it is not used to verify the file."));
        }
        out.readStructured(response.contentDigest, Source::ContentDigest,
                           identity && !response.partial, "Content-Digest");
    }
    if (!response.digest.isEmpty())
        out.readLegacy(response.digest, identity);
    return out;
}

void DigestHeaders::add(HashAlgorithm algorithm, const QByteArray &digest, Source source,
                        bool whole, const char *header)
{
    if (digest.size() != Checksum::digestSize(algorithm)) {
        //: %1 is an algorithm (sha256), %2 a header name (Repr-Digest)
        m_notes.append(tr("Ignored the %1 digest of the %2 header: it has the wrong length.")
                           .arg(Checksum::algorithmName(algorithm), QString::fromLatin1(header)));
        return;
    }
    m_digests.append(Digest { Checksum { algorithm, digest }, source, whole });
}

void DigestHeaders::readStructured(const QByteArray &value, Source source, bool whole,
                                   const char *header)
{
    const std::optional<QList<Member>> members = Dictionary(value).parse();
    if (!members) {
        //: %1 is a header name (Repr-Digest)
        m_notes.append(tr("Ignored a malformed %1 header.").arg(QString::fromLatin1(header)));
        return;
    }
    for (const Member &m : *members) {
        const std::optional<HashAlgorithm> algorithm = algorithmForKey(m.key);
        if (!algorithm)
            continue; // md5, sha, crc32c …: deprecated or not a digest Ferry verifies with
        if (!m.isBytes || !m.bytesValid) {
            m_notes.append(
                tr("Ignored the %1 digest of the %2 header: it is not a byte sequence.")
                    .arg(Checksum::algorithmName(*algorithm), QString::fromLatin1(header)));
            continue;
        }
        add(*algorithm, m.bytes, source, whole, header);
    }
}

void DigestHeaders::readLegacy(const QByteArray &value, bool whole)
{
    // RFC 3230: instance-digest = digest-algorithm "=" <base64 of the digest>, comma separated.
    for (const QByteArray &item : value.split(',')) {
        const qsizetype eq = item.indexOf('=');
        const std::optional<HashAlgorithm> algorithm
            = eq > 0 ? algorithmForKey(item.left(eq)) : std::nullopt;
        if (!algorithm)
            continue;
        const auto decoded = QByteArray::fromBase64Encoding(
            item.mid(eq + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            m_notes.append(tr("Ignored the %1 digest of the %2 header: it is not valid base64.")
                               .arg(Checksum::algorithmName(*algorithm), QStringLiteral("Digest")));
            continue;
        }
        add(*algorithm, decoded.decoded, Source::LegacyDigest, whole, "Digest");
    }
}

std::optional<DigestHeaders::Digest> DigestHeaders::best() const
{
    std::optional<Digest> best;
    for (const Digest &d : m_digests) {
        if (!d.wholeIdentityFile)
            continue;
        // SHA-512 over SHA-256; for one algorithm the first source (Repr-Digest) wins.
        if (!best
            || (d.checksum.algorithm == HashAlgorithm::Sha512
                && best->checksum.algorithm != HashAlgorithm::Sha512))
            best = d;
    }
    return best;
}

} // namespace Ferry
