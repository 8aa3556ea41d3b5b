// The browser host's pure parts: which job errors a fresh link can cure, and how a suggested
// file name is made safe for the destination folder.

#include "filenames.h"
#include "handoff.h"

#include <QJsonObject>
#include <QUrl>
#include <QtTest>

using namespace Ferry;

namespace {
QJsonObject failed(const char *state, int status)
{
    return { { QStringLiteral("state"), QLatin1String(state) },
             { QStringLiteral("error"),
               QJsonObject { { QStringLiteral("name"),
                               QStringLiteral("BG_E_HTTP_ERROR_%1").arg(status) } } } };
}
} // namespace

class TestBrowserHostParts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiredLinks();
    void safeNames_data();
    void safeNames();
    void namesFromUrls();
    void freePaths();
};

void TestBrowserHostParts::expiredLinks()
{
    QCOMPARE(Handoff::expiredLinkStatus(failed("ERROR", 403)), 403);
    QCOMPARE(Handoff::expiredLinkStatus(failed("ERROR", 404)), 404);
    QCOMPARE(Handoff::expiredLinkStatus(failed("ERROR", 410)), 410);
    QCOMPARE(Handoff::expiredLinkStatus(failed("TRANSIENT_ERROR", 401)), 401);
    // Not a link's expiry: another status, or 401 that has become a fatal error, or 403 retried.
    QCOMPARE(Handoff::expiredLinkStatus(failed("ERROR", 401)), 0);
    QCOMPARE(Handoff::expiredLinkStatus(failed("ERROR", 500)), 0);
    QCOMPARE(Handoff::expiredLinkStatus(failed("TRANSIENT_ERROR", 403)), 0);
    QCOMPARE(Handoff::expiredLinkStatus(failed("SUSPENDED", 403)), 0);
    QCOMPARE(Handoff::expiredLinkStatus({ { QStringLiteral("state"), QStringLiteral("ERROR") } }),
             0);
}

void TestBrowserHostParts::safeNames_data()
{
    QTest::addColumn<QString>("suggested");
    QTest::addColumn<QString>("safe");
    QTest::newRow("plain") << QStringLiteral("report.pdf") << QStringLiteral("report.pdf");
    QTest::newRow("path") << QStringLiteral("/home/me/Downloads/a.iso") << QStringLiteral("a.iso");
    QTest::newRow("windows path") << QStringLiteral("C:\\x\\..\\b.zip") << QStringLiteral("b.zip");
    QTest::newRow("dot-dot") << QStringLiteral("..") << QString();
    QTest::newRow("dot") << QStringLiteral(".") << QString();
    QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("control") << QStringLiteral("a\u0001b\nc.txt") << QStringLiteral("abc.txt");
    QTest::newRow("rtl override") << QStringLiteral("invoice\u202Efdp.exe")
                                  << QStringLiteral("invoicefdp.exe");
    QTest::newRow("trailing dots") << QStringLiteral("name. . ") << QStringLiteral("name");
    QTest::newRow("utf-8") << QStringLiteral("Отчёт.pdf") << QStringLiteral("Отчёт.pdf");
    QTest::newRow("empty") << QString() << QString();
}

void TestBrowserHostParts::safeNames()
{
    QFETCH(QString, suggested);
    QFETCH(QString, safe);
    QCOMPARE(FileNames::safeName(suggested), safe);
}

void TestBrowserHostParts::namesFromUrls()
{
    QCOMPARE(FileNames::fromUrl(QUrl::fromEncoded("https://h/a/f%20x%C3%A9.iso?x=1")),
             QStringLiteral("f xé.iso"));
    QCOMPARE(FileNames::fromUrl(QUrl::fromEncoded("https://h/dir/")), QString());
    QCOMPARE(FileNames::fromUrl(QUrl::fromEncoded("https://h/a%2F..%2Fetc")),
             QStringLiteral("etc"));
    // 300 bytes of UTF-8 become at most 255, without splitting a character, keeping the extension.
    const QString longName = QString(150, QChar(0x0436)) + QStringLiteral(".tar.gz");
    const QString cut = FileNames::safeName(longName);
    QVERIFY(cut.toUtf8().size() <= 255);
    QVERIFY(cut.endsWith(QLatin1String(".gz")));
    QVERIFY(cut.startsWith(QChar(0x0436)));
}

void TestBrowserHostParts::freePaths()
{
    const QString dir = QStringLiteral("/dl");
    QCOMPARE(Handoff::freePath(dir, QStringLiteral("a.iso"), {}), QStringLiteral("/dl/a.iso"));
    QCOMPARE(Handoff::freePath(dir, QStringLiteral("a.iso"),
                               { QStringLiteral("/dl/a.iso"), QStringLiteral("/dl/a (2).iso") }),
             QStringLiteral("/dl/a (3).iso"));
    QCOMPARE(Handoff::freePath(dir, QStringLiteral("README"), { QStringLiteral("/dl/README") }),
             QStringLiteral("/dl/README (2)"));
}

QTEST_GUILESS_MAIN(TestBrowserHostParts)
#include "tst_browserhostparts.moc"
