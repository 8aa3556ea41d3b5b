// The OpenSSL hasher: known vectors for each algorithm, incremental use, reading the state of a
// half-written file back from disk, and refusing what is not a regular file without blocking.
#include "hasher.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Ferry;

Q_DECLARE_METATYPE(HashAlgorithm)

namespace {
QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(i % 256);
    return data;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return QString();
    return path;
}
} // namespace

class TestHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data();
    void vectors();
    void incrementalEqualsWhole();
    void resultKeepsState();
    void matches();
    void fileRange();
    void fileRangeEndsEarly();
    void hashFileRefusesSpecialFiles();
    void moves();
};

void TestHasher::vectors_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("md5 empty") << HashAlgorithm::Md5 << QByteArray()
                               << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("md5 abc") << HashAlgorithm::Md5 << QByteArray("abc")
                             << QByteArray("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("sha1 empty") << HashAlgorithm::Sha1 << QByteArray()
                                << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    QTest::newRow("sha1 abc") << HashAlgorithm::Sha1 << QByteArray("abc")
                              << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
    QTest::newRow("sha256 empty")
        << HashAlgorithm::Sha256 << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("sha256 abc")
        << HashAlgorithm::Sha256 << QByteArray("abc")
        << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("sha512 empty")
        << HashAlgorithm::Sha512 << QByteArray()
        << QByteArray("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d8"
                      "5f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    QTest::newRow("sha512 abc")
        << HashAlgorithm::Sha512 << QByteArray("abc")
        << QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274"
                      "fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
}

void TestHasher::vectors()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    const QByteArray digest = Hasher::hash(algorithm, input);
    QCOMPARE(digest.toHex(), hex);
    QCOMPARE(digest.size(), Checksum::digestSize(algorithm));
    // QCryptographicHash agrees (the reference the hasher replaces for speed).
    const auto qt = algorithm == HashAlgorithm::Md5 ? QCryptographicHash::Md5
        : algorithm == HashAlgorithm::Sha1          ? QCryptographicHash::Sha1
        : algorithm == HashAlgorithm::Sha256        ? QCryptographicHash::Sha256
                                                    : QCryptographicHash::Sha512;
    QCOMPARE(Hasher::hash(algorithm, pattern(100000)),
             QCryptographicHash::hash(pattern(100000), qt));
}

void TestHasher::incrementalEqualsWhole()
{
    const QByteArray data = pattern(1 << 20);
    const QByteArray whole = Hasher::hash(HashAlgorithm::Sha256, data);
    // Pieces of every awkward size: 1 byte, odd sizes, block boundaries.
    Hasher hasher(HashAlgorithm::Sha256);
    qsizetype at = 0;
    for (qsizetype size = 1; at < data.size(); size = size * 3 + 1) {
        const qsizetype n = qMin(size, data.size() - at);
        hasher.addData(QByteArrayView(data.constData() + at, n));
        at += n;
    }
    QCOMPARE(hasher.bytes(), qint64(data.size()));
    QCOMPARE(hasher.result(), whole);
    hasher.reset();
    QCOMPARE(hasher.bytes(), 0);
    QCOMPARE(hasher.result(), Hasher::hash(HashAlgorithm::Sha256, QByteArray()));
}

void TestHasher::resultKeepsState()
{
    Hasher hasher(HashAlgorithm::Sha512);
    hasher.addData("ab");
    const QByteArray ab = hasher.result();
    QCOMPARE(hasher.result(), ab); // asking twice changes nothing
    hasher.addData("c");
    QCOMPARE(hasher.result(), Hasher::hash(HashAlgorithm::Sha512, "abc"));
    QCOMPARE(ab, Hasher::hash(HashAlgorithm::Sha512, "ab"));
}

void TestHasher::matches()
{
    Hasher hasher(HashAlgorithm::Sha256);
    hasher.addData("abc");
    const Checksum right { HashAlgorithm::Sha256, Hasher::hash(HashAlgorithm::Sha256, "abc") };
    QVERIFY(hasher.matches(right));
    Checksum wrong = right;
    wrong.digest[0] = char(wrong.digest[0] ^ 1);
    QVERIFY(!hasher.matches(wrong));
    // The same bytes under another algorithm's name are no match.
    QVERIFY(!hasher.matches(Checksum { HashAlgorithm::Sha512, right.digest }));
}

void TestHasher::fileRange()
{
    QTemporaryDir dir;
    const QByteArray data = pattern(3 * 256 * 1024 + 12345); // more than one read chunk
    const QString path = writeFile(dir, QStringLiteral("part"), data);
    QVERIFY(!path.isEmpty());
    // A resumed download: the first bytes come back from disk, the rest arrive later.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    QVERIFY(fd >= 0);
    const qint64 onDisk = 500000;
    Hasher resumed(HashAlgorithm::Sha256);
    QVERIFY(resumed.addFileRange(fd, 0, onDisk));
    QCOMPARE(::lseek(fd, 0, SEEK_CUR), off_t(0)); // positional: the descriptor did not move
    resumed.addData(QByteArrayView(data.constData() + onDisk, data.size() - onDisk));
    QCOMPARE(resumed.result(), Hasher::hash(HashAlgorithm::Sha256, data));
    // A range in the middle, and an empty one.
    Hasher middle(HashAlgorithm::Sha1);
    QVERIFY(middle.addFileRange(fd, 1000, 500000));
    QCOMPARE(middle.result(), Hasher::hash(HashAlgorithm::Sha1, data.mid(1000, 500000)));
    Hasher none(HashAlgorithm::Md5);
    QVERIFY(none.addFileRange(fd, 10, 0));
    QCOMPARE(none.bytes(), 0);
    ::close(fd);

    QCOMPARE(Hasher::hashFile(HashAlgorithm::Sha256, path),
             Hasher::hash(HashAlgorithm::Sha256, data));
    QCOMPARE(Hasher::hashFile(HashAlgorithm::Sha256, path, 1000, 500000),
             Hasher::hash(HashAlgorithm::Sha256, data.mid(1000, 500000)));
    QCOMPARE(Hasher::hashFile(HashAlgorithm::Sha256, path, 700000),
             Hasher::hash(HashAlgorithm::Sha256, data.mid(700000)));
}

void TestHasher::fileRangeEndsEarly()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("short"), pattern(1000));
    QString error;
    QVERIFY(Hasher::hashFile(HashAlgorithm::Sha256, path, 0, 5000, &error).isEmpty());
    QVERIFY2(error.contains(u"4000"), qPrintable(error));
    error.clear();
    QVERIFY(Hasher::hashFile(HashAlgorithm::Sha256, dir.filePath(QStringLiteral("missing")), 0, -1,
                             &error)
                .isEmpty());
    QVERIFY(error.contains(u"missing"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY); // not readable
    Hasher hasher(HashAlgorithm::Sha256);
    error.clear();
    QVERIFY(!hasher.addFileRange(fd, 0, 10, &error));
    QVERIFY(!error.isEmpty());
    ::close(fd);
}

void TestHasher::hashFileRefusesSpecialFiles()
{
    QTemporaryDir dir;
    const QString target = writeFile(dir, QStringLiteral("target"), "abc");
    const QString link = dir.filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY(Hasher::hashFile(HashAlgorithm::Sha256, link, 0, -1, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    // A FIFO nobody writes to: refused at once, never waited on.
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    error.clear();
    QVERIFY(Hasher::hashFile(HashAlgorithm::Sha256, fifo, 0, -1, &error).isEmpty());
    QVERIFY(error.contains(u"regular"));
    error.clear();
    QVERIFY(Hasher::hashFile(HashAlgorithm::Sha256, dir.path(), 0, -1, &error).isEmpty());
    QVERIFY(error.contains(u"regular"));
}

void TestHasher::moves()
{
    Hasher a(HashAlgorithm::Sha256);
    a.addData("ab");
    Hasher b(std::move(a));
    b.addData("c");
    QCOMPARE(b.result(), Hasher::hash(HashAlgorithm::Sha256, "abc"));
    Hasher c(HashAlgorithm::Md5);
    c = std::move(b);
    QCOMPARE(c.algorithm(), HashAlgorithm::Sha256);
    QCOMPARE(c.bytes(), 3);
    QCOMPARE(c.result(), Hasher::hash(HashAlgorithm::Sha256, "abc"));
}

QTEST_GUILESS_MAIN(TestHasher)
#include "tst_hasher.moc"
