// Metalink documents: the shapes real ones have (RFC 5854 .meta4 as MirrorBrain and download.
// opensuse.org serve it, version 3 .metalink as older mirror systems and aria2 users write it),
// and hostile ones (names that leave the folder, entities, oversized documents, bad hashes).
#include "metalink.h"

#include <QtTest>

using namespace Ferry;

namespace {
const QByteArray Sha256Hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const QByteArray Sha1Hex = "a9993e364706816aba3e25717850c26c9cd0d89d";
const QByteArray Md5Hex = "900150983cd24fb0d6963f7d28e17f72";

QByteArray meta4(const QByteArray &files)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
           "  <generator>MirrorBrain/2.19.0</generator>\n"
           "  <origin dynamic=\"true\">http://example.com/example.ext.meta4</origin>\n"
           "  <published>2010-05-01T12:15:02Z</published>\n"
        + files + "</metalink>\n";
}

QByteArray v4File(const QByteArray &name, const QByteArray &inner)
{
    return "  <file name=\"" + name + "\">\n" + inner + "  </file>\n";
}

const QByteArray OneUrl = "<url>http://example.com/x</url>";
} // namespace

class TestMetalink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc5854Example();
    void version3();
    void severalFiles();
    void hostileNames_data();
    void hostileNames();
    void refusesDocuments_data();
    void refusesDocuments();
    void badHashesAreDropped();
    void piecesMustCoverTheSize();
    void strongestPieces();
    void mirrorsOnlyHttp();
    void extensionsAreSkipped();
    void mediaTypes();
};

void TestMetalink::rfc5854Example()
{
    // RFC 5854 §1.1, with piece hashes and a torrent metaurl as real documents carry them.
    const QByteArray doc = meta4(v4File(
        "example.ext",
        "    <identity>Example</identity><version>1.0</version>\n"
        "    <description>A description of the example file for download.</description>\n"
        "    <size>14471447</size>\n"
        "    <hash type=\"md5\">"
            + Md5Hex + "</hash>\n    <hash type=\"sha-256\">" + Sha256Hex
            + "</hash>\n"
              "    <hash type=\"sha-1\">"
            + Sha1Hex
            + "</hash>\n"
              "    <pieces length=\"7340032\" type=\"sha-1\">\n      <hash>"
            + Sha1Hex + "</hash>\n      <hash>" + Sha1Hex
            + "</hash>\n    </pieces>\n"
              "    <url location=\"DE\" priority=\"2\">ftp://ftp.example.com/example.ext</url>\n"
              "    <url location=\"fr\" priority=\"1\">http://example.com/example.ext</url>\n"
              "    <url location=\"us\">https://mirror.example.net/example.ext</url>\n"
              "    <url priority=\"1\">http://second.example.org/example.ext</url>\n"
              "    <metaurl mediatype=\"torrent\" priority=\"2\">"
              "http://example.com/example.ext.torrent</metaurl>\n"));
    const Metalink m = Metalink::parse(doc);
    QVERIFY2(m.error().isEmpty(), qPrintable(m.error()));
    QCOMPARE(m.version(), Metalink::Version::V4);
    QCOMPARE(m.files().size(), 1);
    const Metalink::File &f = m.files().first();
    QCOMPARE(f.name, QStringLiteral("example.ext"));
    QCOMPARE(f.size, 14471447);
    QCOMPARE(f.hashes.size(), 3);
    QCOMPARE(f.hashes[0].algorithm, HashAlgorithm::Sha256); // strongest first
    QCOMPARE(f.hashes[0].digest.toHex(), Sha256Hex);
    QCOMPARE(f.hashes[1].algorithm, HashAlgorithm::Sha1);
    QCOMPARE(f.hashes[2].algorithm, HashAlgorithm::Md5);
    QVERIFY(f.pieces);
    QCOMPARE(f.pieces->algorithm, HashAlgorithm::Sha1);
    QCOMPARE(f.pieces->length, 7340032);
    QCOMPARE(f.pieces->hashes.size(), 2);
    QCOMPARE(f.pieces->hashes[1].toHex(), Sha1Hex);
    // The ftp mirror is skipped (and noted); priority 1 first in document order, then none.
    QCOMPARE(f.urls.size(), 3);
    QCOMPARE(f.urls[0].url, QUrl(QStringLiteral("http://example.com/example.ext")));
    QCOMPARE(f.urls[0].priority, 1);
    QCOMPARE(f.urls[0].location, QStringLiteral("fr"));
    QCOMPARE(f.urls[1].url, QUrl(QStringLiteral("http://second.example.org/example.ext")));
    QCOMPARE(f.urls[2].priority, Metalink::LowestPriority);
    QCOMPARE(f.urls[2].location, QStringLiteral("us"));
    QCOMPARE(m.warnings().size(), 1);
    QVERIFY(m.warnings().first().contains(u"ftp://"));
}

void TestMetalink::version3()
{
    const QByteArray doc
        = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
          "<metalink version=\"3.0\" xmlns=\"http://www.metalinker.org/\" "
          "generator=\"Metalink Editor\" type=\"static\" pubdate=\"Sat, 07 Jun 2008 12:00:00 "
          "GMT\">\r\n"
          "  <publisher><name>Example</name><url>http://www.example.com</url></publisher>\r\n"
          "  <files>\r\n"
          "    <file name=\"ubuntu-8.04-desktop-i386.iso\">\r\n"
          "      <size>733079552</size>\r\n"
          "      <verification>\r\n"
          "        <hash type=\"md5\">"
        + Md5Hex + "</hash>\r\n        <hash type=\"sha256\">" + Sha256Hex.toUpper()
        + "</hash>\r\n"
          "        <pieces length=\"524288000\" type=\"sha1\">\r\n"
          "          <hash piece=\"0\">"
        + Sha1Hex + "</hash>\r\n          <hash piece=\"1\">" + Sha1Hex
        + "</hash>\r\n        </pieces>\r\n"
          "        <signature type=\"pgp\" file=\"x.sig\">-----BEGIN PGP SIGNATURE-----"
          "</signature>\r\n"
          "      </verification>\r\n"
          "      <resources maxconnections=\"1\">\r\n"
          "        <url type=\"bittorrent\" "
          "preference=\"100\">http://t.example.com/x.torrent</url>\r\n"
          "        <url type=\"http\" location=\"us\" preference=\"90\">"
          "http://us.example.com/ubuntu.iso</url>\r\n"
          "        <url type=\"http\" location=\"jp\" preference=\"99\" maxconnections=\"1\">"
          "http://jp.example.com/ubuntu.iso</url>\r\n"
          "        <url type=\"ftp\" location=\"de\" preference=\"95\">"
          "ftp://de.example.com/ubuntu.iso</url>\r\n"
          "      </resources>\r\n"
          "    </file>\r\n"
          "  </files>\r\n"
          "</metalink>\r\n";
    const Metalink m = Metalink::parse(doc);
    QVERIFY2(m.error().isEmpty(), qPrintable(m.error()));
    QCOMPARE(m.version(), Metalink::Version::V3);
    QCOMPARE(m.files().size(), 1);
    const Metalink::File &f = m.files().first();
    QCOMPARE(f.name, QStringLiteral("ubuntu-8.04-desktop-i386.iso"));
    QCOMPARE(f.size, 733079552);
    QCOMPARE(f.hashes.size(), 2);
    QCOMPARE(f.hashes[0].algorithm, HashAlgorithm::Sha256);
    QCOMPARE(f.hashes[0].digest.toHex(), Sha256Hex);
    QVERIFY(f.pieces);
    QCOMPARE(f.pieces->hashes.size(), 2);
    // The torrent (an http URL, but to a .torrent) is no mirror, nor is ftp; the two http
    // mirrors are ordered by preference (99 before 90).
    QCOMPARE(f.urls.size(), 2);
    QCOMPARE(f.urls[0].url.host(), QStringLiteral("jp.example.com"));
    QCOMPARE(f.urls[0].priority, 2);
    QCOMPARE(f.urls[0].location, QStringLiteral("jp"));
    QCOMPARE(f.urls[1].url.host(), QStringLiteral("us.example.com"));
    QCOMPARE(f.urls[1].priority, 11);
    QCOMPARE(m.warnings().size(), 1); // the ftp mirror
}

void TestMetalink::severalFiles()
{
    const QByteArray doc
        = meta4(v4File("a.iso", "<size>10</size>" + OneUrl) + v4File("sub/dir/b.iso", OneUrl)
                + v4File("a.iso", OneUrl) // a second a.iso: skipped
                + v4File(".hidden", OneUrl));
    const Metalink m = Metalink::parse(doc);
    QVERIFY(m.error().isEmpty());
    QCOMPARE(m.files().size(), 3);
    QCOMPARE(m.files()[0].name, QStringLiteral("a.iso"));
    QCOMPARE(m.files()[1].name, QStringLiteral("sub/dir/b.iso"));
    QCOMPARE(m.files()[1].size, -1);
    QCOMPARE(m.files()[2].name, QStringLiteral("hidden")); // sanitised as a server's name is
    QCOMPARE(m.warnings().size(), 1);
}

void TestMetalink::hostileNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("parent") << QByteArray("../../.bashrc");
    QTest::newRow("parent inside") << QByteArray("a/../../b");
    QTest::newRow("absolute") << QByteArray("/etc/passwd");
    QTest::newRow("backslash parent") << QByteArray("..\\..\\x.exe");
    QTest::newRow("dot") << QByteArray(".");
    QTest::newRow("dot dot") << QByteArray("..");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("double slash") << QByteArray("a//b");
    QTest::newRow("trailing slash") << QByteArray("dir/");
    QTest::newRow("only hidden characters") << QByteArray("&#x202E;&#x2066;\t");
}

void TestMetalink::hostileNames()
{
    QFETCH(QByteArray, name);
    const Metalink m = Metalink::parse(meta4(v4File(name, OneUrl) + v4File("ok.bin", OneUrl)));
    QVERIFY2(m.error().isEmpty(), qPrintable(m.error()));
    QCOMPARE(m.files().size(), 1);
    QCOMPARE(m.files().first().name, QStringLiteral("ok.bin"));
    QCOMPARE(m.warnings().size(), 1);
    // Alone, it leaves a document with nothing to download.
    const Metalink alone = Metalink::parse(meta4(v4File(name, OneUrl)));
    QVERIFY(!alone.error().isEmpty());
    QVERIFY(alone.files().isEmpty());
}

void TestMetalink::refusesDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>404</body></html>");
    QTest::newRow("metalink without namespace")
        << QByteArray("<metalink><file name=\"a\"><url>http://x/a</url></file></metalink>");
    QTest::newRow("other namespace") << QByteArray(
        "<metalink xmlns=\"urn:example\"><file name=\"a\"><url>http://x/a</url></file></metalink>");
    QTest::newRow("no file") << meta4("");
    QTest::newRow("not well-formed") << meta4(v4File("a", OneUrl)).replace("</file>", "</fil>");
    QTest::newRow("truncated") << meta4(v4File("a", OneUrl)).left(200);
    QTest::newRow("billion laughs") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n"
        "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\"><file name=\"&lol3;\">"
        "<url>http://x/a</url></file></metalink>");
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE m [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n"
        "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\"><file name=\"a\">"
        "<description>&x;</description><url>http://x/a</url></file></metalink>");
    QTest::newRow("undeclared entity")
        << meta4(v4File("a", "<description>&x;</description>" + OneUrl));
    QTest::newRow("too large") << meta4(QByteArray(Metalink::MaxBytes, ' '));
    QByteArray many;
    for (int i = 0; i <= Metalink::MaxFiles; ++i)
        many += "<file name=\"f" + QByteArray::number(i) + "\"/>";
    QTest::newRow("too many files") << meta4(many);
}

void TestMetalink::refusesDocuments()
{
    QFETCH(QByteArray, document);
    const Metalink m = Metalink::parse(document);
    QVERIFY(!m.error().isEmpty());
    QVERIFY(m.files().isEmpty());
}

void TestMetalink::badHashesAreDropped()
{
    const QByteArray doc = meta4(v4File(
        "a",
        "<hash type=\"sha-256\">" + Sha256Hex.left(60) + "</hash>" + "<hash type=\"sha-1\">"
            + Sha1Hex + "</hash>" + "<hash type=\"sha-256\">zz" + Sha256Hex.mid(2) + "</hash>"
            + "<hash type=\"sha-384\">abcd</hash>" // unknown to Ferry: silently ignored
            + "<hash type=\"md5\">" + Md5Hex + "</hash><hash type=\"md5\">" + Sha1Hex + "</hash>"
            + OneUrl));
    const Metalink m = Metalink::parse(doc);
    QVERIFY(m.error().isEmpty());
    const Metalink::File &f = m.files().first();
    QCOMPARE(f.hashes.size(), 2);
    QCOMPARE(f.hashes[0].algorithm, HashAlgorithm::Sha1);
    QCOMPARE(f.hashes[1].algorithm, HashAlgorithm::Md5);
    QCOMPARE(f.hashes[1].digest.toHex(), Md5Hex);
    QCOMPARE(m.warnings().size(), 3);
}

void TestMetalink::piecesMustCoverTheSize()
{
    const QByteArray pieces = "<pieces length=\"1000\" type=\"sha-1\"><hash>" + Sha1Hex
        + "</hash><hash>" + Sha1Hex + "</hash></pieces>";
    // 2 pieces of 1000 cover 1001…2000 bytes.
    for (const int size : { 1001, 2000 }) {
        const Metalink m = Metalink::parse(
            meta4(v4File("a", "<size>" + QByteArray::number(size) + "</size>" + pieces + OneUrl)));
        QVERIFY(m.files().first().pieces);
        QVERIFY(m.warnings().isEmpty());
    }
    for (const int size : { 1000, 2001 }) {
        const Metalink m = Metalink::parse(
            meta4(v4File("a", "<size>" + QByteArray::number(size) + "</size>" + pieces + OneUrl)));
        QVERIFY(!m.files().first().pieces);
        QCOMPARE(m.warnings().size(), 1);
    }
    // Malformed: zero length, a bad hash, version 3 pieces out of order.
    for (const QByteArray &bad :
         { QByteArray("<pieces length=\"0\" type=\"sha-1\"><hash>" + Sha1Hex + "</hash></pieces>"),
           QByteArray("<pieces length=\"10\" type=\"sha-1\"><hash>xyz</hash></pieces>"),
           QByteArray("<pieces length=\"10\" type=\"sha-1\"><hash piece=\"1\">" + Sha1Hex
                      + "</hash></pieces>") }) {
        const Metalink m = Metalink::parse(meta4(v4File("a", bad + OneUrl)));
        QVERIFY(!m.files().first().pieces);
        QCOMPARE(m.warnings().size(), 1);
    }
}

void TestMetalink::strongestPieces()
{
    const QByteArray doc
        = meta4(v4File("a",
                       "<size>5</size><pieces length=\"10\" type=\"sha-1\"><hash>" + Sha1Hex
                           + "</hash></pieces><pieces length=\"10\" type=\"sha-256\"><hash>"
                           + Sha256Hex + "</hash></pieces><pieces length=\"10\" type=\"md5\"><hash>"
                           + Md5Hex + "</hash></pieces>" + OneUrl));
    const Metalink m = Metalink::parse(doc);
    QVERIFY(m.files().first().pieces);
    QCOMPARE(m.files().first().pieces->algorithm, HashAlgorithm::Sha256);
}

void TestMetalink::mirrorsOnlyHttp()
{
    const QByteArray doc = meta4(
        v4File("a",
               "<url>file:///etc/passwd</url><url>javascript:alert(1)</url>"
               "<url>http://</url><url>not a url</url><url priority=\"0\">https://a.example/a</url>"
               "<url priority=\"5000000\">http://b.example/a</url>"));
    const Metalink m = Metalink::parse(doc);
    QVERIFY(m.error().isEmpty());
    const Metalink::File &f = m.files().first();
    QCOMPARE(f.urls.size(), 2);
    QCOMPARE(f.urls[0].priority, 1); // clamped into 1…999999
    QCOMPARE(f.urls[1].priority, Metalink::LowestPriority);
    QCOMPARE(m.warnings().size(), 4);
}

void TestMetalink::extensionsAreSkipped()
{
    // Elements of other namespaces, even ones named like Metalink's, are not read.
    const QByteArray doc
        = "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\" xmlns:x=\"urn:example:ext\">"
          "<x:file name=\"evil\"><url>http://x/evil</url></x:file>"
          "<file name=\"a\"><x:size>99</x:size><size>7</size><x:url>http://x/b</x:url>"
          "<url>http://x/a</url></file></metalink>";
    const Metalink m = Metalink::parse(doc);
    QVERIFY2(m.error().isEmpty(), qPrintable(m.error()));
    QCOMPARE(m.files().size(), 1);
    QCOMPARE(m.files().first().size, 7);
    QCOMPARE(m.files().first().urls.size(), 1);
}

void TestMetalink::mediaTypes()
{
    QVERIFY(Metalink::isMetalinkMediaType("application/metalink4+xml"));
    QVERIFY(Metalink::isMetalinkMediaType("Application/Metalink+XML; charset=utf-8"));
    QVERIFY(!Metalink::isMetalinkMediaType("application/xml"));
    QVERIFY(Metalink::isMetalinkFileName(QStringLiteral("debian.iso.meta4")));
    QVERIFY(Metalink::isMetalinkFileName(QStringLiteral("x.METALINK")));
    QVERIFY(!Metalink::isMetalinkFileName(QStringLiteral("x.iso")));
}

QTEST_GUILESS_MAIN(TestMetalink)
#include "tst_metalink.moc"
