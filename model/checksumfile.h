#pragma once

#include "checksum.h"

#include <QList>
#include <QString>

#include <optional>

namespace Ferry {

// A checksum file as publishers put them beside their downloads: SHA256SUMS, SHA512SUMS,
// MD5SUMS, FILE.sha256, Fedora's CHECKSUM … Lines in GNU coreutils form ("HEX  name",
// "HEX *name") and in BSD form ("SHA256 (name) = HEX") may mix; CRLF line ends, a UTF-8 byte
// order mark, "#" comments, blank lines and an OpenPGP clear-signature's framing are skipped
// (the signature itself is not checked). A line that cannot be read is recorded and skipped.
class ChecksumFile
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumFile)
public:
    struct Entry
    {
        QString fileName; // as the line writes it; empty for a file that holds only the hex
        Checksum checksum;
        bool binary = false;
        int line = 0; // 1-based
    };
    struct LineError
    {
        int line = 0;
        QString error; // translated
    };

    // Longer documents are refused: real ones list a few thousand files at most.
    static constexpr qsizetype MaxBytes = 8 * 1024 * 1024;

    // `expected` is the algorithm the file's name implies (algorithmForFileName), if any.
    static ChecksumFile parse(const QByteArray &data,
                              std::optional<HashAlgorithm> expected = std::nullopt);
    // SHA256SUMS, sha256sum.txt, ubuntu.iso.sha256, x.SHA512, MD5SUMS, y.md5sum → the algorithm.
    static std::optional<HashAlgorithm> algorithmForFileName(const QString &name);

    // A translated reason when the document as a whole was refused (too large, binary, nothing
    // in it); empty otherwise.
    const QString &error() const { return m_error; }
    const QList<Entry> &entries() const { return m_entries; }
    const QList<LineError> &lineErrors() const { return m_lineErrors; }

    // The entry for a file: the line naming exactly `fileName`, else one naming it as
    // "./fileName" or as the last component of a path ("dir/fileName"), when only one does;
    // a document that holds a single checksum without a name applies to any file.
    std::optional<Entry> find(const QString &fileName) const;

private:
    QString m_error;
    QList<Entry> m_entries;
    QList<LineError> m_lineErrors;
};

} // namespace Ferry
