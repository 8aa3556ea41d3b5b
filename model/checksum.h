#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Ferry {

// The digest algorithms Ferry verifies files with (OpenSSL computes them, see Hasher).
enum class HashAlgorithm { Md5, Sha1, Sha256, Sha512 };

// A file's expected digest: an algorithm and its raw bytes. Checksums come from the user (the
// text parsed by parse()), from checksum files (ChecksumFile), from the server's digest headers
// (network/digestheaders.h) and from Metalink documents (Metalink).
struct Checksum
{
    HashAlgorithm algorithm = HashAlgorithm::Sha256;
    QByteArray digest; // raw bytes, digestSize(algorithm) of them

    bool isValid() const { return digest.size() == digestSize(algorithm); }
    // "sha256:9f86d0…": the form parse() reads back and ferryctl shows.
    QString toString() const;

    // The checksum whose digest these hex digits (either case) spell; none when they are not
    // exactly digestSize(algorithm) * 2 hex digits.
    static std::optional<Checksum> fromHex(HashAlgorithm algorithm, QStringView hex);
    // 16, 20, 32, 64
    static int digestSize(HashAlgorithm algorithm);
    // "md5", "sha1", "sha256", "sha512"
    static QString algorithmName(HashAlgorithm algorithm);
    // The algorithm of a name as users, checksum tools and Metalink write it: "sha256",
    // "SHA-256", "sha-256", "SHA256" (case and one dash ignored); "sha" is not SHA-1 here.
    static std::optional<HashAlgorithm> algorithmFromName(QStringView name);
    // The algorithm a bare hex string of this many digits means: 32 → MD5, 40 → SHA-1,
    // 64 → SHA-256, 128 → SHA-512. (128 digits could also be BLAKE2b-512; Ferry has no BLAKE2.)
    static std::optional<HashAlgorithm> algorithmForHexLength(qsizetype digits);

    friend bool operator==(const Checksum &a, const Checksum &b)
    {
        return a.algorithm == b.algorithm && a.digest == b.digest;
    }
    friend bool operator!=(const Checksum &a, const Checksum &b) { return !(a == b); }
};

// One line that names a checksum, as a user types or pastes it, or as a line of a checksum file
// reads: the checksum, and the file name when the line has one.
struct ChecksumLine
{
    Checksum checksum;
    QString fileName; // empty for "sha256:HEX" or bare hex
    bool binary = false; // the "*" marker of `sha256sum -b` ("HEX *name")
};

// Reads user text and checksum file lines. Every form:
//   sha256:HEX  sha512:HEX  sha1:HEX  md5:HEX      (also "SHA-256:", "sha256=" )
//   HEX                                            (the length says the algorithm)
//   HEX  name   HEX *name                          (GNU coreutils: sha256sum, md5sum …)
//   SHA256 (name) = HEX                            (BSD, `sha256sum --tag`, OpenSSL)
// Hex digits may be upper or lower case; surrounding white space is ignored.
class ChecksumParser
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumParser)
public:
    struct Parsed
    {
        std::optional<ChecksumLine> line;
        QString error; // translated, when line is empty
    };
    // `expected` is the algorithm a checksum file's name implies (SHA512SUMS, FILE.sha1): a line
    // of another length or a prefix naming another algorithm is then an error.
    static Parsed parseLine(QStringView text, std::optional<HashAlgorithm> expected = std::nullopt);
    // User text (one line; a trailing newline of a paste is fine).
    static Parsed parse(const QString &text) { return parseLine(QStringView(text).trimmed()); }
};

} // namespace Ferry
