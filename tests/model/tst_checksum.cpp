// Checksums as users type or paste them, and the checksum files publishers put beside their
// downloads (a corpus of the shapes found in the wild: coreutils, BSD tags, Fedora's signed
// CHECKSUM, CRLF files from Windows tools).
// Plain QString concatenation keeps the data rows QString (a QStringBuilder is not a row type).
#undef QT_USE_QSTRINGBUILDER

#include "checksum.h"
#include "checksumfile.h"

#include <QtTest>

using namespace Ferry;

Q_DECLARE_METATYPE(HashAlgorithm)

namespace {
const QString Sha256Abc
    = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString Sha512Abc = QStringLiteral(
    "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feeb"
    "bd454d4423643ce80e2a9ac94fa54ca49f");
const QString Sha1Abc = QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d");
const QString Md5Abc = QStringLiteral("900150983cd24fb0d6963f7d28e17f72");
} // namespace

class TestChecksum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesUserText_data();
    void parsesUserText();
    void refusesBadText_data();
    void refusesBadText();
    void expectedAlgorithm();
    void roundTrip();
    void algorithmNames();
    void fileCorpus_data();
    void fileCorpus();
    void fileErrors();
    void findsEntries();
    void algorithmForFileName_data();
    void algorithmForFileName();
};

void TestChecksum::parsesUserText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("binary");
    const auto S256 = HashAlgorithm::Sha256;
    QTest::newRow("sha256 prefix")
        << QStringLiteral("sha256:") + Sha256Abc << S256 << Sha256Abc << "" << false;
    QTest::newRow("upper case") << QStringLiteral("SHA256:") + Sha256Abc.toUpper() << S256
                                << Sha256Abc << "" << false;
    QTest::newRow("dash, equals") << QStringLiteral("SHA-256=") + Sha256Abc << S256 << Sha256Abc
                                  << "" << false;
    QTest::newRow("space after colon")
        << QStringLiteral("sha256: ") + Sha256Abc << S256 << Sha256Abc << "" << false;
    QTest::newRow("sha512 prefix") << QStringLiteral("sha512:") + Sha512Abc << HashAlgorithm::Sha512
                                   << Sha512Abc << "" << false;
    QTest::newRow("sha1 prefix") << QStringLiteral("sha1:") + Sha1Abc << HashAlgorithm::Sha1
                                 << Sha1Abc << "" << false;
    QTest::newRow("md5 prefix") << QStringLiteral("md5:") + Md5Abc << HashAlgorithm::Md5 << Md5Abc
                                << "" << false;
    QTest::newRow("bare 64") << Sha256Abc << S256 << Sha256Abc << "" << false;
    QTest::newRow("bare 128") << Sha512Abc << HashAlgorithm::Sha512 << Sha512Abc << "" << false;
    QTest::newRow("bare 40") << Sha1Abc << HashAlgorithm::Sha1 << Sha1Abc << "" << false;
    QTest::newRow("bare 32") << Md5Abc.toUpper() << HashAlgorithm::Md5 << Md5Abc << "" << false;
    QTest::newRow("pasted with newline") << QStringLiteral("  ") + Sha256Abc + QStringLiteral("\n")
                                         << S256 << Sha256Abc << "" << false;
    QTest::newRow("sums line text mode")
        << Sha256Abc + QStringLiteral("  debian-13.0.0-amd64-netinst.iso") << S256 << Sha256Abc
        << "debian-13.0.0-amd64-netinst.iso" << false;
    QTest::newRow("sums line binary mode")
        << Sha256Abc + QStringLiteral(" *ubuntu-24.04-desktop-amd64.iso") << S256 << Sha256Abc
        << "ubuntu-24.04-desktop-amd64.iso" << true;
    QTest::newRow("sums line with CR") << Sha256Abc + QStringLiteral("  file.tar.xz\r") << S256
                                       << Sha256Abc << "file.tar.xz" << false;
    QTest::newRow("one space, tab")
        << Sha256Abc + QStringLiteral("\tfile.zip") << S256 << Sha256Abc << "file.zip" << false;
    QTest::newRow("name with spaces") << Sha256Abc + QStringLiteral("  My Holiday (2).mkv") << S256
                                      << Sha256Abc << "My Holiday (2).mkv" << false;
    QTest::newRow("escaped name") << QStringLiteral("\\") + Sha256Abc
            + QStringLiteral("  back\\\\slash\\nnewline")
                                  << S256 << Sha256Abc << "back\\slash\nnewline" << false;
    QTest::newRow("bsd tag") << QStringLiteral("SHA256 (openssl-3.0.13.tar.gz) = ") + Sha256Abc
                             << S256 << Sha256Abc << "openssl-3.0.13.tar.gz" << false;
    QTest::newRow("bsd tag, parentheses in name")
        << QStringLiteral("SHA512 (a (1).iso) = ") + Sha512Abc << HashAlgorithm::Sha512 << Sha512Abc
        << "a (1).iso" << false;
    QTest::newRow("bsd md5") << QStringLiteral("MD5 (x) = ") + Md5Abc << HashAlgorithm::Md5
                             << Md5Abc << "x" << false;
    QTest::newRow("bsd, sha2- name")
        << QStringLiteral("SHA2-256 (x) = ") + Sha256Abc << S256 << Sha256Abc << "x" << false;
    QTest::newRow("openssl 3 dgst")
        << QStringLiteral("SHA2-256(x.iso)= ") + Sha256Abc << S256 << Sha256Abc << "x.iso" << false;
}

void TestChecksum::parsesUserText()
{
    QFETCH(QString, text);
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QString, hex);
    QFETCH(QString, fileName);
    QFETCH(bool, binary);
    const ChecksumParser::Parsed parsed = ChecksumParser::parse(text);
    QVERIFY2(parsed.line, qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    QCOMPARE(parsed.line->checksum.algorithm, algorithm);
    QCOMPARE(QString::fromLatin1(parsed.line->checksum.digest.toHex()), hex);
    QVERIFY(parsed.line->checksum.isValid());
    QCOMPARE(parsed.line->fileName, fileName);
    QCOMPARE(parsed.line->binary, binary);
}

void TestChecksum::refusesBadText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("empty") << ""
                           << "No checksum";
    QTest::newRow("blank") << "  \t "
                           << "No checksum";
    QTest::newRow("unknown algorithm") << QStringLiteral("sha384:") + Sha256Abc << "sha384";
    QTest::newRow("blake2") << QStringLiteral("BLAKE2b (x) = ") + Sha512Abc << "BLAKE2b";
    QTest::newRow("wrong length for prefix") << QStringLiteral("sha256:") + Sha1Abc << "64";
    QTest::newRow("not hex after prefix")
        << QStringLiteral("sha256:") + Sha256Abc.left(63) + QStringLiteral("g") << "not a hex";
    QTest::newRow("bare, unknown length") << Sha256Abc.left(60) << "60";
    QTest::newRow("odd length") << Sha256Abc.left(63) << "63";
    QTest::newRow("not hex") << "hello world"
                             << "not a hex";
    QTest::newRow("hex glued to name") << Sha256Abc + QStringLiteral("file") << "not a hex";
    QTest::newRow("two lines") << Sha256Abc + QStringLiteral("  a\n") + Sha256Abc
            + QStringLiteral("  b")
                               << "one line";
    QTest::newRow("url") << "https://example.org/file.iso"
                         << "https";
}

void TestChecksum::refusesBadText()
{
    QFETCH(QString, text);
    QFETCH(QString, errorContains);
    const ChecksumParser::Parsed parsed = ChecksumParser::parse(text);
    QVERIFY(!parsed.line);
    QVERIFY2(parsed.error.contains(errorContains), qPrintable(parsed.error));
}

void TestChecksum::expectedAlgorithm()
{
    // A SHA512SUMS file with a SHA-256 line in it: the line is refused, not misread.
    const auto parsed
        = ChecksumParser::parseLine(Sha256Abc + QStringLiteral("  x"), HashAlgorithm::Sha512);
    QVERIFY(!parsed.line);
    QVERIFY2(parsed.error.contains(u"sha512"), qPrintable(parsed.error));
    QVERIFY(
        ChecksumParser::parseLine(Sha512Abc + QStringLiteral("  x"), HashAlgorithm::Sha512).line);
}

void TestChecksum::roundTrip()
{
    const auto parsed = ChecksumParser::parse(QStringLiteral("SHA-512:") + Sha512Abc.toUpper());
    QVERIFY(parsed.line);
    QCOMPARE(parsed.line->checksum.toString(), QStringLiteral("sha512:") + Sha512Abc);
    const auto again = ChecksumParser::parse(parsed.line->checksum.toString());
    QVERIFY(again.line);
    QCOMPARE(again.line->checksum, parsed.line->checksum);
    QVERIFY(!Checksum().isValid());
    QVERIFY(!Checksum::fromHex(HashAlgorithm::Md5, Sha1Abc));
    QCOMPARE(Checksum::fromHex(HashAlgorithm::Md5, Md5Abc)->digest.size(), 16);
}

void TestChecksum::algorithmNames()
{
    QCOMPARE(Checksum::algorithmFromName(u"SHA-1"), HashAlgorithm::Sha1);
    QCOMPARE(Checksum::algorithmFromName(u"sha-512"), HashAlgorithm::Sha512);
    QCOMPARE(Checksum::algorithmFromName(u"MD5"), HashAlgorithm::Md5);
    QVERIFY(!Checksum::algorithmFromName(u"sha")); // RFC 3230's name for SHA-1: not guessed
    QVERIFY(!Checksum::algorithmFromName(u"sha-384"));
    QVERIFY(!Checksum::algorithmFromName(u""));
}

void TestChecksum::fileCorpus_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("lineErrors");
    const QByteArray h = Sha256Abc.toLatin1();
    const QByteArray other(64, 'e');
    QTest::newRow("debian SHA256SUMS") << QByteArray(other + "  debian-13.0.0-amd64-DVD-1.iso\n" + h
                                                     + "  debian-13.0.0-amd64-netinst.iso\n" + other
                                                     + "  debian-edu-13.0.0-amd64-netinst.iso\n")
                                       << "debian-13.0.0-amd64-netinst.iso" << Sha256Abc << 3 << 0;
    QTest::newRow("ubuntu binary marker")
        << QByteArray(h + " *ubuntu-24.04.1-desktop-amd64.iso\n" + other
                      + " *ubuntu-24.04.1-live-server-amd64.iso\n")
        << "ubuntu-24.04.1-desktop-amd64.iso" << Sha256Abc << 2 << 0;
    QTest::newRow("windows CRLF, BOM")
        << QByteArray("\xEF\xBB\xBF" + h + " *setup.exe\r\n" + other + " *readme.txt\r\n")
        << "setup.exe" << Sha256Abc << 2 << 0;
    QTest::newRow("comments and blank lines") << QByteArray(
        "# SHA256 checksums for release 2.4\n\n   \n" + h + "  tool-2.4.tar.gz\n" + "# end\n")
                                              << "tool-2.4.tar.gz" << Sha256Abc << 1 << 0;
    QTest::newRow("bsd tags (sha256sum --tag)")
        << QByteArray("SHA256 (a.tar.gz) = " + other + "\nSHA256 (b.tar.gz) = " + h + "\n")
        << "b.tar.gz" << Sha256Abc << 2 << 0;
    QTest::newRow("fedora signed CHECKSUM")
        << QByteArray("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n"
                      "# Fedora-Workstation-Live-x86_64-41-1.4.iso: 2398523392 bytes\n"
                      "SHA256 (Fedora-Workstation-Live-x86_64-41-1.4.iso) = "
                      + h
                      + "\n-----BEGIN PGP SIGNATURE-----\n\niQIzBAEBCAAdFiEE\n=abcd\n"
                        "-----END PGP SIGNATURE-----\n")
        << "Fedora-Workstation-Live-x86_64-41-1.4.iso" << Sha256Abc << 1 << 0;
    QTest::newRow("dash-escaped signed line")
        << QByteArray("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n- " + h
                      + "  -dash.iso\n-----BEGIN PGP SIGNATURE-----\nxx\n"
                        "-----END PGP SIGNATURE-----\n")
        << "-dash.iso" << Sha256Abc << 1 << 0;
    QTest::newRow("only the hex (FILE.sha256)")
        << QByteArray(h + "\n") << "whatever.iso" << Sha256Abc << 1 << 0;
    QTest::newRow("hex and name, no newline at end")
        << QByteArray(h + "  file.bin") << "file.bin" << Sha256Abc << 1 << 0;
    QTest::newRow("paths and ./") << QByteArray(other + "  ./docs/readme.txt\n" + h
                                                + "  ./pool/main/f/ferry.deb\n")
                                  << "ferry.deb" << Sha256Abc << 2 << 0;
    QTest::newRow("exact beats path")
        << QByteArray(other + "  x/app.AppImage\n" + h + "  app.AppImage\n") << "app.AppImage"
        << Sha256Abc << 2 << 0;
    QTest::newRow("a broken line among good ones")
        << QByteArray("garbage here\n" + h + "  good.iso\n" + h.left(50) + "  cut.iso\n")
        << "good.iso" << Sha256Abc << 1 << 2;
    QTest::newRow("mixed formats")
        << QByteArray(other + "  one\nSHA256 (two) = " + h + "\n") << "two" << Sha256Abc << 2 << 0;
}

void TestChecksum::fileCorpus()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, name);
    QFETCH(QString, hex);
    QFETCH(int, entries);
    QFETCH(int, lineErrors);
    const ChecksumFile file = ChecksumFile::parse(document);
    QVERIFY2(file.error().isEmpty(), qPrintable(file.error()));
    QCOMPARE(file.entries().size(), entries);
    QCOMPARE(file.lineErrors().size(), lineErrors);
    for (const ChecksumFile::LineError &e : file.lineErrors()) {
        QVERIFY(e.line > 0);
        QVERIFY(!e.error.isEmpty());
    }
    const std::optional<ChecksumFile::Entry> entry = file.find(name);
    QVERIFY(entry);
    QCOMPARE(QString::fromLatin1(entry->checksum.digest.toHex()), hex);
    QCOMPARE(entry->checksum.algorithm, HashAlgorithm::Sha256);
}

void TestChecksum::fileErrors()
{
    QVERIFY(!ChecksumFile::parse(QByteArray("\x7f"
                                            "ELF\0\0\0",
                                            7))
                 .error()
                 .isEmpty());
    QVERIFY(!ChecksumFile::parse("<html><body>Not Found</body></html>\n").error().isEmpty());
    QVERIFY(!ChecksumFile::parse("").error().isEmpty());
    QVERIFY(!ChecksumFile::parse("# only a comment\n").error().isEmpty());
    const QByteArray huge(ChecksumFile::MaxBytes + 1, '#');
    const ChecksumFile tooLarge = ChecksumFile::parse(huge);
    QVERIFY(tooLarge.error().contains(u"MiB"));
    QVERIFY(tooLarge.entries().isEmpty());
    // SHA512SUMS holding a SHA-256 line: that line is an error, not a SHA-256 entry.
    const ChecksumFile wrong
        = ChecksumFile::parse(Sha256Abc.toLatin1() + "  x\n", HashAlgorithm::Sha512);
    QCOMPARE(wrong.entries().size(), 0);
    QCOMPARE(wrong.lineErrors().size(), 1);
    QCOMPARE(wrong.lineErrors().first().line, 1);
}

void TestChecksum::findsEntries()
{
    const QByteArray a(64, 'a');
    const QByteArray b(64, 'b');
    // Two different "x" in two folders: which is meant cannot be told.
    const ChecksumFile ambiguous = ChecksumFile::parse(a + "  one/x\n" + b + "  two/x\n");
    QVERIFY(!ambiguous.find(QStringLiteral("x")));
    QVERIFY(ambiguous.find(QStringLiteral("one/x")));
    QVERIFY(!ambiguous.find(QStringLiteral("y")));
    // Names are case sensitive, as on the server.
    const ChecksumFile named = ChecksumFile::parse(a + "  File.iso\n");
    QVERIFY(!named.find(QStringLiteral("file.iso")));
    QCOMPARE(named.find(QStringLiteral("File.iso"))->line, 1);
}

void TestChecksum::algorithmForFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("algorithm"); // -1: none
    QTest::newRow("SHA256SUMS") << "SHA256SUMS" << int(HashAlgorithm::Sha256);
    QTest::newRow("SHA512SUMS") << "SHA512SUMS" << int(HashAlgorithm::Sha512);
    QTest::newRow("MD5SUMS") << "MD5SUMS" << int(HashAlgorithm::Md5);
    QTest::newRow("SHA1SUMS") << "SHA1SUMS" << int(HashAlgorithm::Sha1);
    QTest::newRow("sha256sum.txt") << "sha256sum.txt" << int(HashAlgorithm::Sha256);
    QTest::newRow("file.sha256") << "ubuntu.iso.sha256" << int(HashAlgorithm::Sha256);
    QTest::newRow("file.SHA512") << "x.tar.gz.SHA512" << int(HashAlgorithm::Sha512);
    QTest::newRow("file.md5sum") << "x.md5sum" << int(HashAlgorithm::Md5);
    QTest::newRow("path") << "/srv/mirror/SHA256SUMS" << int(HashAlgorithm::Sha256);
    QTest::newRow("CHECKSUM") << "CHECKSUM" << -1;
    QTest::newRow("b2sums") << "B2SUMS" << -1;
    QTest::newRow("iso") << "debian.iso" << -1;
}

void TestChecksum::algorithmForFileName()
{
    QFETCH(QString, name);
    QFETCH(int, algorithm);
    const std::optional<HashAlgorithm> found = ChecksumFile::algorithmForFileName(name);
    QCOMPARE(found ? int(*found) : -1, algorithm);
}

QTEST_GUILESS_MAIN(TestChecksum)
#include "tst_checksum.moc"
