// The pure parts of the engine: Content-Disposition names, failure classification, Retry-After,
// and the rate limiter's accounting.
#include "contentdisposition.h"
#include "httprequest.h"
#include "jobfiles.h"
#include "ratelimiter.h"
#include "transferfailure.h"

#include <QTimeZone>
#include <QtTest>

#include <cerrno>

using namespace Ferry;

class TestNetParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contentDisposition_data();
    void contentDisposition();
    void sanitize_data();
    void sanitize();
    void numberedNamesFit_data();
    void numberedNamesFit();
    void httpClassification_data();
    void httpClassification();
    void networkClassification();
    void localErrors();
    void retryAfter();
    void httpDates_data();
    void httpDates();
    void rateLimiterAccounting();
};

void TestNetParts::contentDisposition_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QByteArray("attachment; filename=report.pdf") << "report.pdf";
    QTest::newRow("quoted") << QByteArray("attachment; filename=\"a; b.txt\"") << "a; b.txt";
    QTest::newRow("escaped quote")
        << QByteArray("attachment; filename=\"say \\\"hi\\\".txt\"") << "say \"hi\".txt";
    QTest::newRow("ext wins, either order")
        << QByteArray("attachment; filename*=UTF-8''%E2%82%AC.txt; filename=euro.txt")
        << QString::fromUtf8("€.txt");
    QTest::newRow("latin-1 ext") << QByteArray(
        "attachment; filename*=iso-8859-1'en'%A3%20rates.txt")
                                 << QString::fromUtf8("£ rates.txt");
    QTest::newRow("utf-8 in plain")
        << QByteArray("attachment; filename=\"\xd1\x84.txt\"") << QString::fromUtf8("ф.txt");
    QTest::newRow("inline, none") << QByteArray("inline") << QString();
    QTest::newRow("case") << QByteArray("ATTACHMENT; FILENAME=\"X.BIN\"") << "X.BIN";
}

void TestNetParts::contentDisposition()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, name);
    QCOMPARE(ContentDisposition::fileName(header), name);
}

void TestNetParts::sanitize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("separators") << "../../etc/passwd"
                                << "etcpasswd";
    QTest::newRow("leading dots") << "..hidden"
                                  << "hidden";
    QTest::newRow("backslash") << "a\\b"
                               << "ab";
    QTest::newRow("nul") << QString::fromUtf8("a\0b", 3) << "ab";
    QTest::newRow("rlo") << QString::fromUtf8("x\u202Etxt.exe") << "xtxt.exe";
    QTest::newRow("blank") << "   "
                           << "";
    // C1 controls: U+009B is a terminal's CSI, U+0085 a line break.
    QTest::newRow("C1 controls") << QString::fromUtf8("a\u009B31mb\u0085c\u0080d\u009Fe")
                                 << "a31mbcde";
    QTest::newRow("line separator") << QString::fromUtf8("a\u2028b\u2029c") << "abc";
    const QString long240 = QString(120, QChar(0x00e9)); // 240 bytes of UTF-8
    QTest::newRow("a 240-byte name stays") << long240 << long240;
    QTest::newRow("longer names shortened on a character boundary")
        << QString(130, QChar(0x00e9)) << QString(120, QChar(0x00e9));
}

void TestNetParts::numberedNamesFit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << QStringLiteral("report.pdf") << QStringLiteral("report (3).pdf");
    QTest::newRow("double suffix")
        << QStringLiteral("archive.tar.gz") << QStringLiteral("archive (3).tar.gz");
    const QString base = QString(236, QLatin1Char('b'));
    QTest::newRow("240 bytes: the base gives way") << base
            + QStringLiteral(".bin") << QString(233, QLatin1Char('b')) + QStringLiteral(" (3).bin");
}

void TestNetParts::numberedNamesFit()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString numbered = JobFiles::numberedName(QStringLiteral("/d/") + name, 3);
    QCOMPARE(numbered, QStringLiteral("/d/") + expected);
    QVERIFY(QFileInfo(numbered).fileName().toUtf8().size() <= JobFiles::MaxFileNameBytes);
}

void TestNetParts::sanitize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    const QString clean = JobFiles::sanitizeFileName(in);
    QCOMPARE(clean, out);
    QVERIFY(!clean.contains(QLatin1Char('/')));
    QVERIFY(!clean.startsWith(QLatin1Char('.')));
}

void TestNetParts::httpClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    for (const int s : { 408, 409, 429, 500, 502, 503, 504, 599 })
        QTest::newRow(QByteArray::number(s).constData()) << s << true;
    for (const int s : { 300, 301, 400, 401, 403, 404, 405, 410, 413, 451, 501, 505 })
        QTest::newRow(QByteArray::number(s).constData()) << s << false;
}

void TestNetParts::httpClassification()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    const TransferFailure f = TransferFailure::fromHttpStatus(status, 2, 7);
    QCOMPARE(f.transient, transient);
    QCOMPARE(f.error.code.httpStatus(), status);
    QCOMPARE(f.error.context, ErrorContext::RemoteFile);
    QCOMPARE(f.error.fileIndex, 2);
    QCOMPARE(f.retryAfterSeconds, 7);
}

void TestNetParts::networkClassification()
{
    using E = QNetworkReply::NetworkError;
    QVERIFY(TransferFailure::fromNetworkError(E::ConnectionRefusedError, {}, 0).transient);
    QVERIFY(TransferFailure::fromNetworkError(E::RemoteHostClosedError, {}, 0).transient);
    QVERIFY(TransferFailure::fromNetworkError(E::HostNotFoundError, {}, 0).transient);
    QVERIFY(!TransferFailure::fromNetworkError(E::SslHandshakeFailedError, {}, 0).transient);
    QVERIFY(!TransferFailure::fromNetworkError(E::InsecureRedirectError, {}, 0).transient);
    QCOMPARE(TransferFailure::fromNetworkError(E::HostNotFoundError, {}, 0).error.code.name(),
             QStringLiteral("ERROR_WINHTTP_NAME_NOT_RESOLVED"));
}

void TestNetParts::localErrors()
{
    const TransferFailure full = TransferFailure::fromLocalError(ENOSPC, QStringLiteral("/x"), 1);
    QCOMPARE(full.error.code.name(), QStringLiteral("ERROR_DISK_FULL"));
    QCOMPARE(full.error.context, ErrorContext::LocalFile);
    QVERIFY(!full.transient);
    QCOMPARE(TransferFailure::fromLocalError(EACCES, QStringLiteral("/x"), 1).error.code.name(),
             QStringLiteral("E_ACCESSDENIED"));
    QCOMPARE(TransferFailure::fromLocalError(EROFS, QStringLiteral("/x"), 1).error.code.name(),
             QStringLiteral("E_ACCESSDENIED"));
}

void TestNetParts::retryAfter()
{
    const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(parseRetryAfter("120", now), 120);
    QCOMPARE(parseRetryAfter(" 0 ", now), 0);
    QCOMPARE(parseRetryAfter("Sun, 22 Nov 2026 10:01:30 GMT", now), 90);
    QCOMPARE(parseRetryAfter("Sun, 22 Nov 2026 09:00:00 GMT", now), 0);
    QCOMPARE(parseRetryAfter("soon", now), -1);
    QCOMPARE(parseRetryAfter("", now), -1);
}

void TestNetParts::httpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused
    const QDateTime t(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << t;
    QTest::newRow("surrounding space") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT ") << t;
    QTest::newRow("leap year") << QByteArray("Thu, 29 Feb 2024 23:59:59 GMT")
                               << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59),
                                            QTimeZone::utc());
    QTest::newRow("no such day") << QByteArray("Thu, 29 Feb 2023 00:00:00 GMT") << QDateTime();
    QTest::newRow("no such month") << QByteArray("Sun, 06 Nox 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("month name across")
        << QByteArray("Sun, 06 anF 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("no such weekday") << QByteArray("Sux, 06 Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:49:37 GMT") << QDateTime();
    QTest::newRow("year not digits") << QByteArray("Sun, 06 Nov 19x4 08:49:37 GMT") << QDateTime();
    QTest::newRow("day not digits") << QByteArray("Sun, 0x Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("minute not digits")
        << QByteArray("Sun, 06 Nov 1994 08:4x:37 GMT") << QDateTime();
    QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC") << QDateTime();
    QTest::newRow("RFC 850 form") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << QDateTime();
    QTest::newRow("asctime form") << QByteArray("Sun Nov  6 08:49:37 1994") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestNetParts::httpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = HttpRequest::parseDate(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.offsetFromUtc(), 0);
    QCOMPARE(HttpRequest::parseDate(HttpRequest::formatDate(parsed)), parsed); // If-Range
}

void TestNetParts::rateLimiterAccounting()
{
    RateLimiter unlimited;
    QCOMPARE(unlimited.acquire(1 << 30), 1 << 30);
    QCOMPARE(unlimited.msUntilAvailable(), 0);

    // A fresh bucket is empty; it never hands out more than a quarter second of rate at once.
    RateLimiter global(400 * 1024);
    RateLimiter job(0, &global);
    QCOMPARE(job.acquire(1 << 20), 0);
    QVERIFY(job.msUntilAvailable() > 0);
    QTRY_VERIFY(job.msUntilAvailable() == 0);
    const qint64 got = job.acquire(1 << 20);
    QVERIFY(got > 0);
    QVERIFY(got <= 100 * 1024);
    // The parent's bucket was charged too.
    QCOMPARE(global.acquire(1 << 20) + got <= 100 * 1024 + 4096, true);
}

QTEST_GUILESS_MAIN(TestNetParts)
#include "tst_netparts.moc"
