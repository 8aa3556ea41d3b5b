// The digests a server sends (RFC 9530 Repr-Digest and Content-Digest, RFC 3230 Digest): which
// describe the identity bytes written to disk, and what is ignored (content codings, ranges,
// malformed fields, insecure algorithms), as real servers send them.
#include "digestheaders.h"

#include <QtTest>

using namespace Ferry;

Q_DECLARE_METATYPE(DigestHeaders::Response)

namespace {
const QByteArray Sha256Abc = "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=";
const QByteArray Sha512Abc
    = "3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==";
const QByteArray Sha256Hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

DigestHeaders::Response repr(const QByteArray &value)
{
    DigestHeaders::Response r;
    r.reprDigest = value;
    return r;
}
} // namespace

class TestDigestHeaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void malformed_data();
    void malformed();
    void contentCoding();
    void partialResponses();
    void bestPrefersSha512();
    void nothingSent();
};

void TestDigestHeaders::wellFormed_data()
{
    QTest::addColumn<DigestHeaders::Response>("response");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("source");
    DigestHeaders::Response r;
    QTest::newRow("repr sha-256") << repr("sha-256=:" + Sha256Abc + ":")
                                  << int(HashAlgorithm::Sha256)
                                  << int(DigestHeaders::Source::ReprDigest);
    QTest::newRow("repr with parameters and spaces")
        << repr("  sha-256=:" + Sha256Abc + ":;x=1;y=\"z\" ,  unixsum=30637")
        << int(HashAlgorithm::Sha256) << int(DigestHeaders::Source::ReprDigest);
    QTest::newRow("repr two algorithms, insecure ones skipped")
        << repr("md5=:kAFQmDzST7DWlj99KOF/cg==:, sha-512=:" + Sha512Abc
                + ":, sha=:qZk+NkcGgWq6PiVxeFDCbJzQ2J0=:")
        << int(HashAlgorithm::Sha512) << int(DigestHeaders::Source::ReprDigest);
    QTest::newRow("repr, other members of every type")
        << repr("a=1, b=2.5, c=?1, d=tok/en, e=\"s\\\"tr\", f=(1 2);p, g, sha-256=:" + Sha256Abc
                + ":")
        << int(HashAlgorithm::Sha256) << int(DigestHeaders::Source::ReprDigest);
    r = {};
    r.contentDigest = "sha-256=:" + Sha256Abc + ":";
    QTest::newRow("content digest")
        << r << int(HashAlgorithm::Sha256) << int(DigestHeaders::Source::ContentDigest);
    r = {};
    r.digest = "SHA-256=" + Sha256Abc;
    QTest::newRow("legacy") << r << int(HashAlgorithm::Sha256)
                            << int(DigestHeaders::Source::LegacyDigest);
    r.digest = "MD5=kAFQmDzST7DWlj99KOF/cg==, sha-512=" + Sha512Abc + ",UNIXsum=30637";
    QTest::newRow("legacy several")
        << r << int(HashAlgorithm::Sha512) << int(DigestHeaders::Source::LegacyDigest);
    r = {};
    r.reprDigest = "sha-256=:" + Sha256Abc + ":";
    r.contentEncoding = "identity";
    QTest::newRow("identity coding")
        << r << int(HashAlgorithm::Sha256) << int(DigestHeaders::Source::ReprDigest);
}

void TestDigestHeaders::wellFormed()
{
    QFETCH(DigestHeaders::Response, response);
    QFETCH(int, algorithm);
    QFETCH(int, source);
    const DigestHeaders d = DigestHeaders::parse(response);
    QVERIFY2(d.notes().isEmpty(), qPrintable(d.notes().join(u'\n')));
    const std::optional<DigestHeaders::Digest> best = d.best();
    QVERIFY(best);
    QCOMPARE(int(best->checksum.algorithm), algorithm);
    QCOMPARE(int(best->source), source);
    QVERIFY(best->wholeIdentityFile);
    QVERIFY(best->checksum.isValid());
    if (best->checksum.algorithm == HashAlgorithm::Sha256)
        QCOMPARE(best->checksum.digest.toHex(), Sha256Hex);
}

void TestDigestHeaders::malformed_data()
{
    QTest::addColumn<DigestHeaders::Response>("response");
    QTest::newRow("hex, not base64") << repr("sha-256=" + Sha256Hex);
    QTest::newRow("unterminated bytes") << repr("sha-256=:" + Sha256Abc);
    QTest::newRow("bad base64 char") << repr("sha-256=:" + Sha256Abc.left(10) + "!" + ":");
    QTest::newRow("trailing comma") << repr("sha-256=:" + Sha256Abc + ":,");
    QTest::newRow("upper-case key") << repr("SHA-256=:" + Sha256Abc + ":");
    QTest::newRow("string value") << repr("sha-256=\"" + Sha256Abc + "\"");
    QTest::newRow("token value") << repr("sha-256=abc");
    QTest::newRow("wrong length") << repr("sha-256=:" + Sha512Abc + ":");
    QTest::newRow("garbage") << repr("{\"sha256\": 1}");
    DigestHeaders::Response r;
    r.digest = "SHA-256=" + Sha256Hex; // hex where base64 belongs: 48 bytes
    QTest::newRow("legacy hex") << r;
    r.digest = "SHA-256=***";
    QTest::newRow("legacy not base64") << r;
    r = {};
    r.contentDigest = "sha-512=:" + Sha256Abc + ":";
    QTest::newRow("content wrong length") << r;
}

void TestDigestHeaders::malformed()
{
    QFETCH(DigestHeaders::Response, response);
    const DigestHeaders d = DigestHeaders::parse(response);
    QVERIFY(!d.best());
    QVERIFY(d.digests().isEmpty());
    QCOMPARE(d.notes().size(), 1);
}

void TestDigestHeaders::contentCoding()
{
    // The digest of the gzip representation is never applied to the identity bytes.
    DigestHeaders::Response r;
    r.reprDigest = "sha-256=:" + Sha256Abc + ":";
    r.contentDigest = "sha-256=:" + Sha256Abc + ":";
    r.digest = "SHA-256=" + Sha256Abc;
    r.contentEncoding = "gzip";
    const DigestHeaders d = DigestHeaders::parse(r);
    QCOMPARE(d.digests().size(), 3);
    for (const DigestHeaders::Digest &digest : d.digests())
        QVERIFY(!digest.wholeIdentityFile);
    QVERIFY(!d.best());
    QCOMPARE(d.notes().size(), 1);
    QVERIFY(d.notes().first().contains(u"gzip"));
}

void TestDigestHeaders::partialResponses()
{
    // A 206: Repr-Digest and Digest still describe the whole file, Content-Digest only the range.
    DigestHeaders::Response r;
    r.partial = true;
    r.contentDigest = "sha-512=:" + Sha512Abc + ":";
    r.reprDigest = "sha-256=:" + Sha256Abc + ":";
    const DigestHeaders d = DigestHeaders::parse(r);
    QCOMPARE(d.digests().size(), 2);
    QCOMPARE(d.best()->source, DigestHeaders::Source::ReprDigest);
    QCOMPARE(d.best()->checksum.algorithm, HashAlgorithm::Sha256);
    QCOMPARE(d.notes().size(), 1);
    r.reprDigest.clear();
    r.digest = "sha-256=" + Sha256Abc;
    QCOMPARE(DigestHeaders::parse(r).best()->source, DigestHeaders::Source::LegacyDigest);
    r.digest.clear();
    QVERIFY(!DigestHeaders::parse(r).best());
}

void TestDigestHeaders::bestPrefersSha512()
{
    DigestHeaders::Response r;
    r.digest = "SHA-512=" + Sha512Abc;
    r.reprDigest = "sha-256=:" + Sha256Abc + ":";
    const DigestHeaders d = DigestHeaders::parse(r);
    QCOMPARE(d.best()->checksum.algorithm, HashAlgorithm::Sha512);
    // The same algorithm twice: Repr-Digest, read first, wins.
    r.digest = "SHA-256=" + Sha256Abc;
    QCOMPARE(DigestHeaders::parse(r).best()->source, DigestHeaders::Source::ReprDigest);
}

void TestDigestHeaders::nothingSent()
{
    DigestHeaders::Response r;
    r.contentEncoding = "br";
    const DigestHeaders d = DigestHeaders::parse(r);
    QVERIFY(d.digests().isEmpty());
    QVERIFY(d.notes().isEmpty());
    QVERIFY(!DigestHeaders::parse(repr("")).best());
}

QTEST_GUILESS_MAIN(TestDigestHeaders)
#include "tst_digestheaders.moc"
