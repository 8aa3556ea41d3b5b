// ferry-browser-host as the browser runs it, against a real engine in an isolated XDG home: the
// native messaging framing and its limits, every kind of malformed message answered (and the
// host going on), hand-offs that become jobs with the browser's headers, duplicates reported,
// expired links renewed into the existing job, and URLs reaching the server byte for byte.

#include "ferryhome.h"
#include "hostprocess.h"
#include "ipcclient.h"
#include "testfiles.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

QJsonObject download(const QUrl &url, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("v"), 1);
    extra.insert(QStringLiteral("type"), QStringLiteral("download"));
    extra.insert(QStringLiteral("url"), QString::fromLatin1(url.toEncoded()));
    return extra;
}

QJsonObject hello(int id)
{
    return { { QStringLiteral("v"), 1 },
             { QStringLiteral("type"), QStringLiteral("hello") },
             { QStringLiteral("id"), id } };
}

QString errorName(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("result"))
        .toString();
}

} // namespace

class TestBrowserHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void helloStartsNoEngine();
    void answersInOrder();
    void malformedMessagesAreAnswered_data();
    void malformedMessagesAreAnswered();
    void oversizedFrameIsSkipped();
    void impossibleLengthEndsTheHost();
    void truncatedFrameEndsQuietly();
    void handOffBecomesAJobWithTheBrowsersHeaders();
    void secondHandOffIsReported();
    void expiredLinkIsRenewedIntoTheJob();
    void namesAndFolders();
    void urlsReachTheServerAsGiven();

private:
    QJsonObject job(const QString &id);
    bool waitForState(const QString &id, const QString &state, int timeoutMs = 60000);
    QString dl() const { return m_home->path(QStringLiteral("dl")); }

    std::unique_ptr<FerryHome> m_home;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<IpcClient> m_client;
};

void TestBrowserHost::init()
{
    m_home = std::make_unique<FerryHome>();
    m_server = std::make_unique<TestHttpServer>();
}

void TestBrowserHost::cleanup()
{
    m_client.reset();
    QVERIFY(m_home->stopEngine());
    m_home.reset();
    m_server.reset();
}

QJsonObject TestBrowserHost::job(const QString &id)
{
    if (!m_client) {
        m_client = std::make_unique<IpcClient>();
        if (!m_client->connectToEngine(m_home->socketPath(), 5000))
            return {};
    }
    const IpcChannel::Reply reply
        = m_client->call(QStringLiteral("info"), { { QStringLiteral("job"), id } }, 10000);
    return reply.data.value(QStringLiteral("job")).toObject();
}

bool TestBrowserHost::waitForState(const QString &id, const QString &state, int timeoutMs)
{
    return QTest::qWaitFor(
        [&]() { return job(id).value(QStringLiteral("state")).toString() == state; }, timeoutMs);
}

void TestBrowserHost::helloStartsNoEngine()
{
    HostProcess host(*m_home);
    host.send(hello(7));
    const QJsonObject answer = host.next();
    QCOMPARE(answer.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("v")).toInt(), 1);
    QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("hello"));
    QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 7);
    QCOMPARE(answer.value(QStringLiteral("host")).toString(), QStringLiteral(FERRY_VERSION));
    QCOMPARE(answer.value(QStringLiteral("engine")).toObject().value(QStringLiteral("running")),
             QJsonValue(false));
    QCOMPARE(host.finish(), 0);
    QCOMPARE(m_home->enginePid(), 0);
}

void TestBrowserHost::answersInOrder()
{
    HostProcess host(*m_home);
    // Two frames in one write, and one frame in two writes.
    const QByteArray second = HostProcess::frame(R"({"v":1,"type":"hello","id":"b"})");
    host.sendRaw(HostProcess::frame(R"({"v":1,"type":"hello","id":"a"})") + second.left(3));
    QCOMPARE(host.next().value(QStringLiteral("id")).toString(), QStringLiteral("a"));
    host.sendRaw(second.mid(3));
    QCOMPARE(host.next().value(QStringLiteral("id")).toString(), QStringLiteral("b"));
    QCOMPARE(host.finish(), 0);
}

void TestBrowserHost::malformedMessagesAreAnswered_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("result");
    const QString invalid = QStringLiteral("E_INVALIDARG");
    const QString notImpl = QStringLiteral("E_NOTIMPL");
    QTest::newRow("not json") << QByteArray("{\"v\":1,") << invalid;
    QTest::newRow("empty") << QByteArray() << invalid;
    QTest::newRow("array") << QByteArray("[1,2]") << invalid;
    QTest::newRow("bad utf-8") << QByteArray("{\"v\":1,\"type\":\"\xff\xfe\"}") << invalid;
    QTest::newRow("no version") << QByteArray(R"({"type":"hello"})") << notImpl;
    QTest::newRow("version 2") << QByteArray(R"({"v":2,"type":"hello"})") << notImpl;
    QTest::newRow("version string") << QByteArray(R"({"v":"1","type":"hello"})") << notImpl;
    QTest::newRow("unknown type") << QByteArray(R"({"v":1,"type":"rm -rf"})") << notImpl;
    QTest::newRow("id object") << QByteArray(R"({"v":1,"type":"hello","id":{}})") << invalid;
    QTest::newRow("id too long") << (QByteArray(R"({"v":1,"type":"hello","id":")")
                                     + QByteArray(65, 'x') + "\"}")
                                 << invalid;
    QTest::newRow("no url") << QByteArray(R"({"v":1,"type":"download"})") << invalid;
    QTest::newRow("url number") << QByteArray(R"({"v":1,"type":"download","url":5})") << invalid;
    QTest::newRow("url file") << QByteArray(
        R"({"v":1,"type":"download","url":"file:///etc/passwd"})")
                              << invalid;
    QTest::newRow("url relative") << QByteArray(R"({"v":1,"type":"download","url":"/a"})")
                                  << invalid;
    QTest::newRow("url with space")
        << QByteArray(R"({"v":1,"type":"download","url":"http://h/a b"})") << invalid;
    QTest::newRow("url too long") << (QByteArray(R"({"v":1,"type":"download","url":"http://h/)")
                                      + QByteArray(9000, 'a') + "\"}")
                                  << invalid;
    QTest::newRow("referrer ftp") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","referrer":"ftp://h/"})")
                                  << invalid;
    QTest::newRow("user agent CRLF") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","userAgent":"x\r\nCookie: a=b"})")
                                     << invalid;
    QTest::newRow("cookies object")
        << QByteArray(R"({"v":1,"type":"download","url":"http://h/a","cookies":{}})") << invalid;
    QTest::newRow("cookie semicolon") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","cookies":[{"name":"a","value":"b; c=d"}]})")
                                      << invalid;
    QTest::newRow("cookie name space") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","cookies":[{"name":"a b","value":"c"}]})")
                                       << invalid;
    QTest::newRow("cookie newline") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","cookies":[{"name":"a","value":"\n"}]})")
                                    << invalid;
    QTest::newRow("size fraction")
        << QByteArray(R"({"v":1,"type":"download","url":"http://h/a","size":1.5})") << invalid;
    QTest::newRow("size string") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","size":"10"})")
                                 << invalid;
    QTest::newRow("folder relative")
        << QByteArray(R"({"v":1,"type":"download","url":"http://h/a","folder":"dl"})") << invalid;
    QTest::newRow("renew number") << QByteArray(
        R"({"v":1,"type":"download","url":"http://h/a","renew":3})")
                                  << invalid;
}

void TestBrowserHost::malformedMessagesAreAnswered()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, result);
    HostProcess host(*m_home);
    host.sendRaw(HostProcess::frame(payload));
    const QJsonObject answer = host.next();
    QCOMPARE(answer.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(answer.value(QStringLiteral("v")).toInt(), 1);
    QCOMPARE(errorName(answer), result);
    // A download message with a bad field is answered as a download; anything else as "error".
    const bool download = payload.contains(R"("type":"download")")
        && !payload.startsWith(R"({"v":2)") && !payload.startsWith(R"({"v":"1")");
    QCOMPARE(answer.value(QStringLiteral("type")).toString(),
             download ? QStringLiteral("download") : QStringLiteral("error"));
    QVERIFY(!answer.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    // The host goes on, and nothing reached an engine.
    host.send(hello(2));
    QCOMPARE(host.next().value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(host.finish(), 0);
    QCOMPARE(m_home->enginePid(), 0);
}

void TestBrowserHost::oversizedFrameIsSkipped()
{
    HostProcess host(*m_home);
    QByteArray big = R"({"v":1,"type":"hello","id":")";
    big += QByteArray(1024 * 1024, 'x');
    big += "\"}";
    host.sendRaw(HostProcess::frame(big));
    host.send(hello(3));
    const QJsonObject refused = host.next();
    QCOMPARE(refused.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(errorName(refused), QStringLiteral("BG_E_TOO_LARGE"));
    QVERIFY(refused.value(QStringLiteral("id")).isNull());
    const QJsonObject answer = host.next();
    QCOMPARE(answer.value(QStringLiteral("id")).toInt(), 3);
    QCOMPARE(answer.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(host.finish(), 0);
}

void TestBrowserHost::impossibleLengthEndsTheHost()
{
    HostProcess host(*m_home);
    host.sendRaw(QByteArray(4, '\xff') + "garbage");
    const QJsonObject answer = host.next();
    QCOMPARE(errorName(answer), QStringLiteral("BG_E_TOO_LARGE"));
    QVERIFY(
        QTest::qWaitFor([&]() { return host.process().state() == QProcess::NotRunning; }, 30000));
    QCOMPARE(host.process().exitCode(), 1);
}

void TestBrowserHost::truncatedFrameEndsQuietly()
{
    HostProcess host(*m_home);
    host.sendRaw(HostProcess::frame(R"({"v":1,"type":"hello"})").left(10));
    QCOMPARE(host.finish(), 0);
    QCOMPARE(host.process().readAllStandardOutput(), QByteArray());
}

void TestBrowserHost::handOffBecomesAJobWithTheBrowsersHeaders()
{
    TestHttpServer::Route route;
    route.size = 200000;
    m_server->setRoute("/files/data.bin", route);
    const QUrl url = m_server->url(QStringLiteral("/files/data.bin"));
    const QString referrer = m_server->url(QStringLiteral("/page")).toString();
    HostProcess host(*m_home);
    host.send(download(
        url,
        { { QStringLiteral("id"), QStringLiteral("d1") },
          { QStringLiteral("referrer"), referrer },
          { QStringLiteral("userAgent"), QStringLiteral("Mozilla/5.0 TestBrowser/1") },
          { QStringLiteral("cookies"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("session") },
                                       { QStringLiteral("value"), QStringLiteral("s3cr3t-77") } },
                         QJsonObject { { QStringLiteral("name"), QStringLiteral("theme") },
                                       { QStringLiteral("value"), QStringLiteral("dark") } } } },
          { QStringLiteral("filename"), QStringLiteral("data.bin") },
          { QStringLiteral("size"), 200000 },
          { QStringLiteral("folder"), dl() } }));
    const QJsonObject answer = host.next();
    QCOMPARE(answer.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(answer.value(QStringLiteral("id")).toString(), QStringLiteral("d1"));
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    const QString id = answer.value(QStringLiteral("job")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(m_home->enginePid() > 0); // the host started the engine

    // Browser jobs complete themselves: the file appears, and the job leaves the queue.
    QVERIFY(waitForState(id, QStringLiteral("ACKNOWLEDGED")));
    const QString path = QDir(dl()).filePath(QStringLiteral("data.bin"));
    QCOMPARE(
        sha256Of(path),
        QCryptographicHash::hash(m_server->content("/files/data.bin"), QCryptographicHash::Sha256)
            .toHex());
    const auto requests = m_server->requestsFor("/files/data.bin");
    QVERIFY(!requests.isEmpty());
    for (const auto &r : requests) {
        QCOMPARE(r.headers.value("cookie"), QByteArray("session=s3cr3t-77; theme=dark"));
        QCOMPARE(r.headers.value("referer"), referrer.toUtf8());
        QCOMPARE(r.headers.value("user-agent"), QByteArray("Mozilla/5.0 TestBrowser/1"));
    }
    // Finished: no headers kept (the store test reads the files for the value).
    QCOMPARE(job(id).value(QStringLiteral("customHeaders")).toArray(), QJsonArray());
    QCOMPARE(host.finish(), 0);
}

void TestBrowserHost::secondHandOffIsReported()
{
    TestHttpServer::Route route;
    route.size = 100000;
    TestHttpServer::Fault stall;
    stall.stallAfter = 1000; // the first job stays TRANSFERRING
    route.faults = { stall };
    m_server->setRoute("/slow.bin", route);
    const QUrl url = m_server->url(QStringLiteral("/slow.bin"));
    const QJsonObject cookie {
        { QStringLiteral("cookies"),
          QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("sid") },
                                     { QStringLiteral("value"), QStringLiteral("abc123") } } } },
        { QStringLiteral("folder"), dl() }
    };
    HostProcess host(*m_home);
    host.send(download(url, cookie));
    const QJsonObject first = host.next();
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    const QString id = first.value(QStringLiteral("job")).toString();
    // While it is active the secret is masked wherever the job is shown.
    const QJsonArray headers = job(id).value(QStringLiteral("customHeaders")).toArray();
    QCOMPARE(headers, QJsonArray { QStringLiteral("Cookie: <hidden>") });
    const FerryHome::Run info = m_home->ctl({ QStringLiteral("info"), id });
    QVERIFY2(info.out.contains(QLatin1String("Cookie: <hidden>")), qPrintable(info.out));
    QVERIFY(!info.out.contains(QLatin1String("abc123")));

    host.send(download(url, cookie));
    const QJsonObject second = host.next();
    QCOMPARE(second.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(second.value(QStringLiteral("job")).toString(), id);
    const IpcChannel::Reply list = m_client->call(QStringLiteral("list"), {}, 10000);
    QCOMPARE(list.data.value(QStringLiteral("jobs")).toArray().size(), 1);
    QCOMPARE(host.finish(), 0);
}

void TestBrowserHost::expiredLinkIsRenewedIntoTheJob()
{
    TestHttpServer::Route route;
    route.size = 300000;
    route.seed = 9;
    TestHttpServer::Fault reset;
    reset.closeAfter = 120000; // a short body: transient
    TestHttpServer::Fault expired;
    expired.status = 403; // the signed link expired meanwhile
    route.faults = { reset, expired };
    m_server->setRoute("/old/file.bin", route);
    TestHttpServer::Route fresh = route;
    fresh.faults = {};
    m_server->setRoute("/new/file.bin", fresh);

    HostProcess host(*m_home);
    const QJsonObject extra { { QStringLiteral("folder"), dl() },
                              { QStringLiteral("size"), 300000 } };
    host.send(download(m_server->url(QStringLiteral("/old/file.bin")), extra));
    const QString id = host.next().value(QStringLiteral("job")).toString();
    QVERIFY(waitForState(id, QStringLiteral("TRANSIENT_ERROR")));
    // Retry now instead of after the retry delay: the link has expired.
    QCOMPARE(m_home->ctl({ QStringLiteral("resume"), id }).code, 0);
    QVERIFY2(waitForState(id, QStringLiteral("ERROR")),
             QJsonDocument(job(id)).toJson().constData());
    const QJsonObject failed = job(id);
    const qint64 kept = failed.value(QStringLiteral("progress"))
                            .toObject()
                            .value(QStringLiteral("bytesTransferred"))
                            .toInteger();
    QVERIFY(kept > 0);

    // The new link: the host offers to continue the job (name and size match) …
    const QUrl renewed = m_server->url(QStringLiteral("/new/file.bin"));
    host.send(download(renewed, extra));
    const QJsonObject offer = host.next();
    QCOMPARE(offer.value(QStringLiteral("status")).toString(), QStringLiteral("renewable"));
    QCOMPARE(offer.value(QStringLiteral("job")).toString(), id);
    QCOMPARE(offer.value(QStringLiteral("httpStatus")).toInt(), 403);
    QCOMPARE(offer.value(QStringLiteral("name")).toString(), QStringLiteral("file.bin"));
    // … a file of another size is not the same file (its job stays active until cancelled) …
    TestHttpServer::Route stalled = fresh;
    TestHttpServer::Fault stall;
    stall.stallAfter = 1000;
    stalled.faults = { stall };
    m_server->setRoute("/other/file.bin", stalled);
    QJsonObject otherSize = extra;
    otherSize.insert(QStringLiteral("size"), 12345);
    host.send(download(m_server->url(QStringLiteral("/other/file.bin")), otherSize));
    const QJsonObject other = host.next();
    QCOMPARE(other.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    // The failed job still owns dl/file.bin: the new one gets a name of its own.
    QCOMPARE(other.value(QStringLiteral("name")).toString(), QStringLiteral("file (2).bin"));
    QCOMPARE(
        m_home->ctl({ QStringLiteral("cancel"), other.value(QStringLiteral("job")).toString() })
            .code,
        0);

    // … and continuing keeps the bytes on disk.
    QJsonObject renew = extra;
    renew.insert(QStringLiteral("renew"), id);
    host.send(download(renewed, renew));
    const QJsonObject done = host.next();
    QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("renewed"));
    QVERIFY(waitForState(id, QStringLiteral("ACKNOWLEDGED")));
    const auto requests = m_server->requestsFor("/new/file.bin");
    const QByteArray resumed = "bytes=" + QByteArray::number(kept) + '-';
    QVERIFY(std::any_of(requests.cbegin(), requests.cend(),
                        [&](const auto &r) { return r.headers.value("range") == resumed; }));
    QCOMPARE(
        sha256Of(QDir(dl()).filePath(QStringLiteral("file.bin"))),
        QCryptographicHash::hash(m_server->content("/new/file.bin"), QCryptographicHash::Sha256)
            .toHex());
    // A renewal of a job that no longer waits for one is refused.
    host.send(download(renewed, renew));
    QCOMPARE(host.next().value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(host.finish(), 0);
}

void TestBrowserHost::namesAndFolders()
{
    TestHttpServer::Route route;
    route.size = 1000;
    m_server->setRoute("/n", route);
    HostProcess host(*m_home);
    // A hostile suggested name stays inside the folder.
    host.send(download(
        m_server->url(QStringLiteral("/n")),
        { { QStringLiteral("folder"), dl() },
          { QStringLiteral("filename"), QStringLiteral("../../.\u202Etxt.exe/..\u0001passwd") } }));
    const QJsonObject answer = host.next();
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    QCOMPARE(answer.value(QStringLiteral("name")).toString(), QStringLiteral("passwd"));
    const QString id = answer.value(QStringLiteral("job")).toString();
    QCOMPARE(job(id)
                 .value(QStringLiteral("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("localPath"))
                 .toString(),
             QDir(dl()).filePath(QStringLiteral("passwd")));
    // A folder that is not there is refused; nothing is created.
    host.send(download(m_server->url(QStringLiteral("/elsewhere")),
                       { { QStringLiteral("folder"), m_home->path(QStringLiteral("nowhere")) } }));
    const QJsonObject refused = host.next();
    QCOMPARE(refused.value(QStringLiteral("ok")), QJsonValue(false));
    QVERIFY(refused.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("nowhere")));
    // Without a folder the window's default download folder from ferry.conf is used.
    m_home->writeConfig("[newJob]\ndestination=" + m_home->path(QStringLiteral("data")).toUtf8()
                        + "\n");
    m_server->setRoute("/m", route);
    host.send(download(m_server->url(QStringLiteral("/m"))));
    const QJsonObject byDefault = host.next();
    QCOMPARE(byDefault.value(QStringLiteral("name")).toString(), QStringLiteral("m"));
    QCOMPARE(job(byDefault.value(QStringLiteral("job")).toString())
                 .value(QStringLiteral("files"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("localPath"))
                 .toString(),
             m_home->path(QStringLiteral("data/m")));
    QCOMPARE(host.finish(), 0);
}

void TestBrowserHost::urlsReachTheServerAsGiven()
{
    TestHttpServer::Route route;
    route.size = 500;
    const QByteArray path = "/dir%20x/a%2Fb+c%C3%A9.bin";
    m_server->setRoute(path, route);
    const QByteArray url
        = "http://127.0.0.1:" + QByteArray::number(m_server->port()) + path + "?q=%2B%26x#frag";
    HostProcess host(*m_home);
    host.sendRaw(HostProcess::frame(R"({"v":1,"type":"download","url":")" + url + R"(","folder":")"
                                    + dl().toUtf8() + "\"}"));
    const QJsonObject answer = host.next();
    QCOMPARE(answer.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
    QVERIFY(waitForState(answer.value(QStringLiteral("job")).toString(),
                         QStringLiteral("ACKNOWLEDGED")));
    const auto requests = m_server->requestsFor(path);
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.first().path, path + "?q=%2B%26x"); // the fragment is never sent
    QCOMPARE(host.finish(), 0);
}

QTEST_GUILESS_MAIN(TestBrowserHost)
#include "tst_browserhost.moc"
