// Where requests and bytes go: redirects (followed, looping, HTTPS to HTTP), names suggested by
// hostile servers, and a destination folder that disappears.
#include "downloadfixture.h"
#include "jobfiles.h"
#include "tlsserver.h"

#include <QScopeGuard>
#include <QSslConfiguration>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {
constexpr int kTimeout = 20000;
using Fault = TestHttpServer::Fault;
} // namespace

class TestDownloadPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redirects();
    void redirectLoopIsFatal();
    void httpsToHttpRedirectIsFatal();
    void destinationDeleted();
    void hostileContentDisposition_data();
    void hostileContentDisposition();
    void longSuggestedNameAlreadyTaken();
};

void TestDownloadPaths::redirects()
{
    DownloadFixture d;
    TestHttpServer::Route target;
    target.size = 50000;
    d.server.setRoute("/final", target);
    const JobId id = d.job("/start", 10);
    Fault hop1;
    hop1.redirectTo = "/middle";
    d.server.addFault("/start", hop1);
    TestHttpServer::Route middle;
    middle.faults.append(Fault());
    middle.faults.first().redirectTo = "/final";
    d.server.setRoute("/middle", middle);
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(d.f.localPath(QStringLiteral("start"))),
             d.server.content("/final"));
}

void TestDownloadPaths::redirectLoopIsFatal()
{
    DownloadFixture d;
    const JobId id = d.job("/loop", 10);
    for (int i = 0; i < 30; ++i) {
        Fault hop;
        hop.redirectTo = "/loop";
        d.server.addFault("/loop", hop);
    }
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(),
             QStringLiteral("ERROR_WINHTTP_REDIRECT_FAILED"));
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::RemoteFile);
}

void TestDownloadPaths::httpsToHttpRedirectIsFatal()
{
    TlsServer tls;
    if (!tls.start()) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QFAIL("the openssl command or Qt's TLS backend is missing");
        QSKIP("the openssl command or Qt's TLS backend is missing");
    }
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    const QSslConfiguration original = trusting;
    trusting.addCaCertificate(tls.certificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore
        = qScopeGuard([&original]() { QSslConfiguration::setDefaultConfiguration(original); });

    DownloadFixture d;
    TestHttpServer::Route plain;
    plain.size = 1000;
    d.server.setRoute("/plain", plain);
    tls.setResponse("HTTP/1.1 302 Found\r\nLocation: "
                    + d.server.url(QStringLiteral("/plain")).toEncoded()
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("tls"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue
                ->addFile(id, tls.url(QStringLiteral("/secure")),
                          d.f.localPath(QStringLiteral("secure")))
                .isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(),
             QStringLiteral("ERROR_WINHTTP_REDIRECT_FAILED"));
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::RemoteFile);
    QCOMPARE(d.server.requestsFor("/plain").size(), 0); // never followed to plain HTTP
}

void TestDownloadPaths::destinationDeleted()
{
    DownloadFixture d;
    const QString folder = d.f.localPath(QStringLiteral("gone"));
    QVERIFY(QDir().mkpath(folder));
    TestHttpServer::Route route;
    route.size = 1024 * 1024;
    route.bytesPerSecond = 1024 * 1024;
    d.server.setRoute("/f", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("gone"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue->addFile(id, d.server.url(QStringLiteral("/f")), folder + QLatin1String("/f"))
                .isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_VERIFY_WITH_TIMEOUT(d.f.queue->job(id)->files.at(0).bytesTransferred > 100 * 1024,
                             kTimeout);
    QVERIFY(d.f.queue->suspend(id).isSuccess());
    QVERIFY(QDir(folder).removeRecursively()); // the user deleted the destination folder
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Error, kTimeout);
    QCOMPARE(d.f.queue->job(id)->error.code.name(), QStringLiteral("ERROR_PATH_NOT_FOUND"));
    QCOMPARE(d.f.queue->job(id)->error.context, ErrorContext::LocalFile);
    // Put back: Resume starts the file again (its bytes went with the folder) and finishes it.
    QVERIFY(QDir().mkpath(folder));
    d.server.route("/f").bytesPerSecond = 0;
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(DownloadFixture::read(folder + QLatin1String("/f")), d.server.content("/f"));
}

void TestDownloadPaths::hostileContentDisposition_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("expected");
    QTest::newRow("parent dirs") << QByteArray("attachment; filename=\"../../evil.sh\"")
                                 << "evil.sh";
    QTest::newRow("absolute") << QByteArray("attachment; filename=\"/etc/passwd\"") << "etcpasswd";
    QTest::newRow("backslashes") << QByteArray("attachment; filename=\"..\\\\x.txt\"") << "x.txt";
    QTest::newRow("dot") << QByteArray("attachment; filename=\".\"") << "page";
    QTest::newRow("dotdot") << QByteArray("attachment; filename=\"..\"") << "page";
    QTest::newRow("control") << QByteArray("attachment; filename=\"a\x01"
                                           "b\x1f"
                                           ".txt\"")
                             << "ab.txt";
    QTest::newRow("rtl override") << QByteArray(
        "attachment; filename*=UTF-8''invoice%E2%80%AEfdp.exe")
                                  << QString::fromUtf8("invoicefdp.exe");
    QTest::newRow("rfc 8187 wins") << QByteArray(
        "attachment; filename=\"plain.txt\"; filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.pdf")
                                   << QString::fromUtf8("отчёт.pdf");
    QTest::newRow("leading dots") << QByteArray("attachment; filename=\"...hidden\"") << "hidden";
    QTest::newRow("C1 controls (a terminal's CSI)")
        << QByteArray("attachment; filename*=UTF-8''a%C2%9B31mb%C2%85.txt") << "a31mb.txt";
    const QByteArray longName = QByteArray("%D0%B6").repeated(150); // 300 bytes of UTF-8
    QTest::newRow("300-byte name")
        << QByteArray("attachment; filename*=UTF-8''") + longName
        << QString::fromUtf8("ж").repeated(120); // 240 bytes: room for the .part suffix
}

void TestDownloadPaths::hostileContentDisposition()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, expected);
    DownloadFixture d;
    const QString folder = d.f.localPath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(folder));
    TestHttpServer::Route route;
    route.size = 1000;
    route.faults.append(Fault());
    route.faults.first().contentDisposition = header;
    d.server.setRoute("/page", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("cd"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue->addFile(id, d.server.url(QStringLiteral("/page")), folder).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    const QString local = d.f.queue->job(id)->files.at(0).localPath;
    QCOMPARE(QFileInfo(local).absolutePath(), QFileInfo(folder).absoluteFilePath());
    // Qt 6.8 drops a header with control characters altogether; the URL then names the file.
    // Either way the name is clean and inside the folder.
    const QString name = QFileInfo(local).fileName();
    if (QTest::currentDataTag() == QByteArray("control") && name == QLatin1String("page"))
        expected = name;
    QCOMPARE(name, expected);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList { expected });
}

void TestDownloadPaths::longSuggestedNameAlreadyTaken()
{
    DownloadFixture d;
    const QString folder = d.f.localPath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(folder));
    const QString name = QString(236, QLatin1Char('a')) + QLatin1String(".bin"); // 240 bytes
    QFile taken(QDir(folder).filePath(name));
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.write("the user's");
    taken.close();
    TestHttpServer::Route route;
    route.size = 1000;
    route.faults.append(Fault());
    route.faults.first().contentDisposition = "attachment; filename=\"" + name.toLatin1() + '"';
    d.server.setRoute("/page", route);
    JobId id;
    QVERIFY(d.f.queue->createJob(QStringLiteral("long"), JobType::Download, &id).isSuccess());
    QVERIFY(d.f.queue->addFile(id, d.server.url(QStringLiteral("/page")), folder).isSuccess());
    QVERIFY(d.f.queue->resume(id).isSuccess());
    // " (1)" and the temporary suffix still fit: the name before the suffix gives way.
    QTRY_COMPARE_WITH_TIMEOUT(d.state(id), JobState::Transferred, kTimeout);
    QVERIFY(d.f.queue->complete(id).isSuccess());
    const QString numbered = QString(233, QLatin1Char('a')) + QLatin1String(" (1).bin");
    QCOMPARE(DownloadFixture::read(QDir(folder).filePath(numbered)), d.server.content("/page"));
    QCOMPARE(DownloadFixture::read(QDir(folder).filePath(name)), QByteArray("the user's"));
}

QTEST_GUILESS_MAIN(TestDownloadPaths)
#include "tst_downloadpaths.moc"
