// The IPC socket under load, on a real daemon: idle connections never lock other clients out,
// and clients that flood the engine with large requests cannot make another client wait behind
// all of them. Assertions are on the order of replies, never on time.
#include "ferryhome.h"
#include "ipcprotocol.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocalSocket>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

// A raw client of the socket that counts the replies it has received.
struct Client
{
    std::unique_ptr<QLocalSocket> socket = std::make_unique<QLocalSocket>();
    QByteArray in;
    QList<QJsonObject> replies;

    bool connectTo(const QString &path)
    {
        socket->connectToServer(path);
        return socket->waitForConnected(10000);
    }
    void send(const QByteArray &line) { socket->write(line); }
    void read()
    {
        in += socket->readAll();
        qsizetype nl;
        while ((nl = in.indexOf('\n')) >= 0) {
            replies.append(QJsonDocument::fromJson(in.left(nl)).object());
            in.remove(0, nl + 1);
        }
    }
    bool hasReply(qint64 id) const
    {
        return std::any_of(replies.cbegin(), replies.cend(), [id](const QJsonObject &r) {
            return r.value(QLatin1String("id")).toInteger() == id;
        });
    }
};

} // namespace

class TestIpcLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void idleConnectionsDoNotLockOthersOut();
    void floodingClientsDoNotStarveAnother();

private:
    std::unique_ptr<FerryHome> m_home;
};

void TestIpcLoad::initTestCase()
{
    m_home = std::make_unique<FerryHome>();
    QCOMPARE(m_home->ctl({ QStringLiteral("list") }).code, 0); // starts the daemon
    // 300 jobs: every `list` reply is a few hundred KB.
    Client c;
    QVERIFY(c.connectTo(m_home->socketPath()));
    for (int i = 0; i < 300; ++i) {
        const QJsonObject params {
            { QLatin1String("name"),
              QStringLiteral("job %1 %2").arg(i).arg(QString(200, QLatin1Char('x'))) }
        };
        c.send(Ipc::encode(Ipc::request(i, QStringLiteral("create"), params)));
    }
    QVERIFY(QTest::qWaitFor(
        [&]() {
            c.read();
            return c.replies.size() == 300 || c.socket->state() != QLocalSocket::ConnectedState;
        },
        60000));
    QCOMPARE(c.replies.size(), 300);
}

void TestIpcLoad::cleanupTestCase()
{
    QVERIFY(m_home->stopEngine());
}

void TestIpcLoad::idleConnectionsDoNotLockOthersOut()
{
    std::vector<Client> idle(Ipc::MaxClients);
    for (Client &c : idle)
        QVERIFY(c.connectTo(m_home->socketPath()));
    // Each connected and said hello once, then went quiet; the first one subscribed.
    for (size_t i = 0; i < idle.size(); ++i) {
        idle[i].send(Ipc::encode(Ipc::request(
            qint64(i), i == 0 ? QStringLiteral("subscribe") : QStringLiteral("hello"))));
    }
    QVERIFY(QTest::qWaitFor(
        [&]() {
            for (Client &c : idle)
                c.read();
            return std::all_of(idle.begin(), idle.end(),
                               [](const Client &c) { return !c.replies.isEmpty(); });
        },
        30000));

    // A real client still gets its answer; the connection idle the longest that only asked
    // went, the subscribed one stays.
    const FerryHome::Run list = m_home->ctl({ QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().array().size(), 300);
    QTRY_COMPARE(idle[1].socket->state(), QLocalSocket::UnconnectedState);
    QCOMPARE(idle[0].socket->state(), QLocalSocket::ConnectedState);
    QCOMPARE(idle[2].socket->state(), QLocalSocket::ConnectedState);
}

void TestIpcLoad::floodingClientsDoNotStarveAnother()
{
    constexpr int flooders = 8;
    constexpr int each = Ipc::MaxPendingRequests;
    std::vector<Client> flood(flooders);
    for (Client &c : flood) {
        QVERIFY(c.connectTo(m_home->socketPath()));
        QByteArray lines;
        for (int i = 0; i < each; ++i)
            lines += Ipc::encode(Ipc::request(i, QStringLiteral("list")));
        c.send(lines);
        c.socket->flush();
    }
    // The flood is under way before the newcomer asks.
    QVERIFY(QTest::qWaitFor(
        [&]() {
            for (Client &c : flood)
                c.read();
            return flood.front().replies.size() >= 1;
        },
        60000));
    Client newcomer;
    QVERIFY(newcomer.connectTo(m_home->socketPath()));
    newcomer.send(Ipc::encode(Ipc::request(7, QStringLiteral("list"))));
    int served = 0;
    QVERIFY(QTest::qWaitFor(
        [&]() {
            newcomer.read();
            if (newcomer.hasReply(7))
                return true;
            for (Client &c : flood)
                c.read();
            return false;
        },
        120000));
    for (Client &c : flood) {
        c.read();
        served += int(c.replies.size());
    }
    // Served first-come first-served, the newcomer would wait for every list before its own
    // (8 × 32). It waits for the requests that were in the engine and, at most, one of each
    // flooder's that was sent before it, whatever arrived in the sockets meanwhile.
    qInfo("%d flood replies before the newcomer's", served);
    QVERIFY2(served < flooders * each / 2, qPrintable(QString::number(served)));
    QCOMPARE(newcomer.replies.first()
                 .value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("jobs"))
                 .toArray()
                 .size(),
             300);
    // And the flooders all get their answers.
    QVERIFY(QTest::qWaitFor(
        [&]() {
            for (Client &c : flood)
                c.read();
            return std::all_of(flood.begin(), flood.end(),
                               [](const Client &c) { return c.replies.size() == each; });
        },
        120000));
}

QTEST_GUILESS_MAIN(TestIpcLoad)
#include "tst_ipcload.moc"
