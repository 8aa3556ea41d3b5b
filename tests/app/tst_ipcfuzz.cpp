// The IPC socket against hostile and careless clients, on a real daemon: thousands of random,
// truncated and ill-typed messages, an oversized line, a client that never reads. Each bad line
// gets an error reply, the engine keeps answering, and no job changes.
#include "ferryhome.h"
#include "ipcclient.h"
#include "ipcprotocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestIpcFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void randomAndTruncatedMessages();
    void oversizedLine();
    void malformedRequests_data();
    void malformedRequests();
    void clientThatDoesNotReadIsDropped();

private:
    // Sends lines on a raw socket and collects the replies until one has the id wanted.
    QList<QJsonObject> exchange(QLocalSocket &socket, const QByteArray &lines, qint64 lastId);
    QString jobsNow();

    std::unique_ptr<FerryHome> m_home;
    QString m_before;
};

void TestIpcFuzz::initTestCase()
{
    m_home = std::make_unique<FerryHome>();
    for (const char *name : { "one", "two" })
        QCOMPARE(m_home->ctl({ QStringLiteral("create"), QLatin1String(name) }).code, 0);
    m_before = jobsNow();
    QVERIFY(m_before.contains(QLatin1String("\"one\"")));
}

void TestIpcFuzz::cleanupTestCase()
{
    QVERIFY(m_home->stopEngine());
}

QString TestIpcFuzz::jobsNow()
{
    return m_home
        ->ctl({ QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") })
        .out;
}

QList<QJsonObject> TestIpcFuzz::exchange(QLocalSocket &socket, const QByteArray &lines,
                                         qint64 lastId)
{
    QList<QJsonObject> replies;
    socket.write(lines);
    socket.write(Ipc::encode(Ipc::request(lastId, QStringLiteral("hello"))));
    QByteArray in;
    bool done = false;
    const bool finished = QTest::qWaitFor(
        [&]() {
            in += socket.readAll();
            qsizetype nl;
            while ((nl = in.indexOf('\n')) >= 0) {
                const QJsonObject reply = QJsonDocument::fromJson(in.left(nl)).object();
                in.remove(0, nl + 1);
                replies.append(reply);
                if (reply.value(QLatin1String("id")).toInteger() == lastId)
                    done = true;
            }
            return done || socket.state() != QLocalSocket::ConnectedState;
        },
        120000);
    if (!finished || !done)
        return {};
    return replies;
}

void TestIpcFuzz::randomAndTruncatedMessages()
{
    QRandomGenerator rng(20240611);
    // Valid requests that change nothing (unknown jobs, reads), to be cut and mangled.
    const QList<QByteArray> seeds = {
        Ipc::encode(Ipc::request(1, QStringLiteral("hello"))),
        Ipc::encode(Ipc::request(2, QStringLiteral("list"), { { QLatin1String("all"), true } })),
        Ipc::encode(Ipc::request(3, QStringLiteral("info"),
                                 { { QLatin1String("job"), QStringLiteral("zzzzzzzz") } })),
        Ipc::encode(Ipc::request(4, QStringLiteral("resume"),
                                 { { QLatin1String("job"), QStringLiteral("zzzzzzzz") } })),
        Ipc::encode(Ipc::request(5, QStringLiteral("setdescription"),
                                 { { QLatin1String("job"), QStringLiteral("zzzzzzzz") },
                                   { QLatin1String("text"), QStringLiteral("x") } })),
        Ipc::encode(Ipc::request(6, QStringLiteral("addfile"),
                                 { { QLatin1String("job"), QStringLiteral("zzzzzzzz") },
                                   { QLatin1String("remoteUrl"), 7 } })),
    };
    QByteArray lines;
    int expected = 0;
    for (int i = 0; i < 5000; ++i) {
        QByteArray line;
        switch (i % 5) {
        case 0: { // random bytes
            line.resize(1 + rng.bounded(300));
            for (char &c : line)
                c = char(rng.bounded(256));
            break;
        }
        case 1: { // a valid request cut short
            const QByteArray seed = seeds.at(rng.bounded(int(seeds.size()))).trimmed();
            line = seed.left(1 + rng.bounded(int(seed.size()) - 1));
            break;
        }
        case 2: { // a valid request with bytes flipped
            line = seeds.at(rng.bounded(int(seeds.size()))).trimmed();
            for (int n = 0; n < 3; ++n)
                line[rng.bounded(int(line.size()))] = char(rng.bounded(256));
            break;
        }
        case 3: { // well-formed JSON of the wrong shape
            static const QList<QByteArray> shapes = {
                "[]",
                "null",
                "42",
                "\"hello\"",
                "{}",
                "{\"v\":2,\"method\":\"hello\"}",
                "{\"v\":1,\"method\":7}",
                "{\"v\":1,\"method\":\"hello\",\"params\":[]}",
                "{\"v\":1,\"method\":\"resume\",\"params\":{\"job\":[1,2]}}",
                "{\"v\":1,\"method\":\"setnoprogresstimeout\",\"params\":{\"job\":\"zz\","
                "\"seconds\":-1}}",
                "{\"v\":1,\"method\":\"setnoprogresstimeout\",\"params\":{\"job\":\"zz\","
                "\"seconds\":1e300}}",
                "{\"v\":1,\"method\":\"create\",\"params\":{\"name\":5}}",
                "{\"v\":1,\"method\":\"create\",\"params\":{\"name\":\"x\",\"files\":\"no\"}}",
                "{\"v\":1,\"method\":\"no such method\"}",
                "{\"v\":1,\"id\":{\"deep\":[1]},\"method\":\"hello\"}",
            };
            line = shapes.at(rng.bounded(int(shapes.size())));
            break;
        }
        case 4: // deep nesting
            line = QByteArray(1 + rng.bounded(5000), '[');
            break;
        }
        line.replace('\n', ' ');
        if (line.trimmed().isEmpty())
            line = "?";
        lines += line + '\n';
        ++expected;
    }
    QLocalSocket socket;
    socket.connectToServer(m_home->socketPath());
    QVERIFY(socket.waitForConnected(10000));
    const QList<QJsonObject> replies = exchange(socket, lines, 999999);
    QVERIFY2(!replies.isEmpty(), "the engine stopped answering");
    // One reply per line, plus the final hello.
    QCOMPARE(replies.size(), expected + 1);
    for (const QJsonObject &reply : replies) {
        QCOMPARE(reply.value(QLatin1String("v")).toInt(), 1);
        QVERIFY(reply.value(QLatin1String("status")).toObject().contains(QLatin1String("result")));
    }
    QCOMPARE(replies.last()
                 .value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("result"))
                 .toString(),
             QStringLiteral("S_OK"));
    // Still answering everyone, and nothing changed.
    QCOMPARE(jobsNow(), m_before);
}

void TestIpcFuzz::oversizedLine()
{
    QLocalSocket socket;
    socket.connectToServer(m_home->socketPath());
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray huge = "{\"v\":1,\"method\":\"create\",\"params\":{\"name\":\""
        + QByteArray(3 << 20, 'x') + "\"}}\n";
    const QList<QJsonObject> replies = exchange(socket, huge, 77);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.first()
                 .value(QLatin1String("status"))
                 .toObject()
                 .value(QLatin1String("result"))
                 .toString(),
             QStringLiteral("BG_E_TOO_LARGE"));
    QVERIFY(replies.first().value(QLatin1String("id")).isNull());
    QCOMPARE(replies.last().value(QLatin1String("id")).toInt(), 77);
    QCOMPARE(jobsNow(), m_before);
}

void TestIpcFuzz::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("result");
    QTest::newRow("not json") << QByteArray("hello there") << QStringLiteral("E_INVALIDARG");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("E_INVALIDARG");
    QTest::newRow("no version") << QByteArray("{\"id\":1,\"method\":\"hello\"}")
                                << QStringLiteral("E_INVALIDARG");
    QTest::newRow("version 2") << QByteArray("{\"v\":2,\"id\":1,\"method\":\"hello\"}")
                               << QStringLiteral("E_INVALIDARG");
    QTest::newRow("unknown method") << QByteArray("{\"v\":1,\"id\":1,\"method\":\"format-disk\"}")
                                    << QStringLiteral("E_NOTIMPL");
    QTest::newRow("params array") << QByteArray(
        "{\"v\":1,\"id\":1,\"method\":\"list\",\"params\":[]}")
                                  << QStringLiteral("E_INVALIDARG");
    QTest::newRow("missing job") << QByteArray(
        "{\"v\":1,\"id\":1,\"method\":\"resume\",\"params\":{}}")
                                 << QStringLiteral("E_INVALIDARG");
    QTest::newRow("wrong type") << QByteArray("{\"v\":1,\"id\":1,\"method\":\"setminretrydelay\","
                                              "\"params\":{\"job\":\"zz\",\"seconds\":\"10\"}}")
                                << QStringLiteral("E_INVALIDARG");
    QTest::newRow("unknown job") << QByteArray(
        "{\"v\":1,\"id\":1,\"method\":\"cancel\",\"params\":{\"job\":\"zz\"}}")
                                 << QStringLiteral("BG_E_NOT_FOUND");
    QTest::newRow("forward to a daemon")
        << QByteArray("{\"v\":1,\"id\":1,\"method\":\"forward\",\"params\":{\"urls\":[]}}")
        << QStringLiteral("E_NOTIMPL");
}

void TestIpcFuzz::malformedRequests()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, result);
    QLocalSocket socket;
    socket.connectToServer(m_home->socketPath());
    QVERIFY(socket.waitForConnected(10000));
    const QList<QJsonObject> replies = exchange(socket, line + '\n', 5);
    QCOMPARE(replies.size(), 2);
    const QJsonObject status = replies.first().value(QLatin1String("status")).toObject();
    QCOMPARE(status.value(QLatin1String("result")).toString(), result);
    QVERIFY(status.value(QLatin1String("code")).toString().startsWith(QLatin1String("0x8")));
    QVERIFY(!status.value(QLatin1String("message")).toString().isEmpty());
}

void TestIpcFuzz::clientThatDoesNotReadIsDropped()
{
    // Jobs whose list is larger than what the engine keeps for a client (16 MiB).
    QDir().mkpath(m_home->path(QStringLiteral("dl/many")));
    IpcClient maker;
    QVERIFY(maker.connectToEngine(m_home->socketPath()));
    const QString longPath = QStringLiteral("/") + QString(1900, QLatin1Char('p'));
    QStringList created;
    for (int j = 0; j < 12; ++j) {
        QJsonArray files;
        for (int f = 0; f < 400; ++f)
            files.append(QJsonObject {
                { QLatin1String("remoteUrl"),
                  QStringLiteral("http://127.0.0.1:9%1/%2-%3").arg(longPath).arg(j).arg(f) },
                { QLatin1String("localPath"),
                  m_home->path(QStringLiteral("dl/many/%1-%2").arg(j).arg(f)) } });
        const IpcClient::Reply r
            = maker.call(QStringLiteral("create"),
                         { { QLatin1String("name"), QStringLiteral("big %1").arg(j) },
                           { QLatin1String("files"), files } });
        QVERIFY2(!r.isError(), qPrintable(r.message));
        created.append(r.data.value(QLatin1String("id")).toString());
    }
    QLocalSocket slow;
    slow.setReadBufferSize(4096);
    slow.connectToServer(m_home->socketPath());
    QVERIFY(slow.waitForConnected(10000));
    for (int i = 0; i < 4; ++i)
        slow.write(Ipc::encode(Ipc::request(i + 1, QStringLiteral("list"))));
    QVERIFY(slow.waitForBytesWritten(10000));
    // The engine answers others meanwhile, and drops the client that does not read.
    QVERIFY(QTest::qWaitFor(
        [&]() {
            const IpcClient::Reply hello = maker.call(QStringLiteral("hello"), {}, 10000);
            return !hello.isError() && hello.data.value(QLatin1String("clients")).toInt() == 1;
        },
        60000));
    slow.setReadBufferSize(0);
    QVERIFY(QTest::qWaitFor(
        [&]() {
            slow.readAll();
            return slow.state() == QLocalSocket::UnconnectedState;
        },
        60000));
    for (const QString &id : std::as_const(created))
        QVERIFY(!maker.call(QStringLiteral("cancel"), { { QLatin1String("job"), id } }).isError());
    QCOMPARE(m_home->ctl({ QStringLiteral("list"), QStringLiteral("--json") }).out,
             m_home->ctl({ QStringLiteral("list"), QStringLiteral("--json") }).out);
}

QTEST_GUILESS_MAIN(TestIpcFuzz)
#include "tst_ipcfuzz.moc"
