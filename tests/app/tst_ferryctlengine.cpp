// `ferryctl transfer` when no Ferry runs: ferryctl runs the engine in its own process and serves
// the socket meanwhile, a window that starts takes the engine over, jobs left waiting go on in a
// daemon, and two transfers started at once share one engine. Real processes in an isolated XDG
// home against the loopback test server.
#include "ferryhome.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestFerryctlEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void transferRunsTheEngineItself();
    void windowTakesTheTransferOver();
    void jobsLeftWaitingGoOnInADaemon();
    void waitFollowsTheJobToTheDaemon();
    void twoTransfersAtOnce();

private:
    // A file whose first answers (stalls of them) stop after 64 KiB and then send nothing (the
    // stall timeout is a minute): the transfer is under way for as long as the test needs it.
    QString stalledFile(const QByteArray &path, qint64 size, int stalls = 1);
    // The jobs the engine has, through its socket, as `ferryctl list --all --json` prints them.
    QJsonArray jobs() const;
    // Waits until the one job transferred some bytes of its stalled first answer.
    bool waitForProgress() const;
    // Waits for a process of the test to end, while the test server keeps serving.
    static bool finished(QProcess *process);
    bool sameContent(const QString &local, const QByteArray &remotePath) const;

    std::unique_ptr<FerryHome> m_home;
    std::unique_ptr<TestHttpServer> m_server;
};

void TestFerryctlEngine::init()
{
    m_home = std::make_unique<FerryHome>();
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(QDir().mkpath(m_home->path(QStringLiteral("dl"))));
}

void TestFerryctlEngine::cleanup()
{
    QVERIFY(m_home->stopEngine());
    m_home.reset();
    m_server.reset();
}

QString TestFerryctlEngine::stalledFile(const QByteArray &path, qint64 size, int stalls)
{
    TestHttpServer::Route route;
    route.size = size;
    TestHttpServer::Fault stall;
    stall.stallAfter = 64 * 1024;
    route.faults = QList<TestHttpServer::Fault>(stalls, stall);
    m_server->setRoute(path, route);
    return m_server->url(QString::fromLatin1(path)).toString();
}

QJsonArray TestFerryctlEngine::jobs() const
{
    const FerryHome::Run list = m_home->ctl(
        { QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--json") });
    return list.code == 0 ? list.json().array() : QJsonArray();
}

bool TestFerryctlEngine::waitForProgress() const
{
    return QTest::qWaitFor(
        [this]() {
            const QJsonObject job = jobs().first().toObject();
            return job.value(QLatin1String("state")).toString() == QLatin1String("TRANSFERRING")
                && job.value(QLatin1String("progress"))
                       .toObject()
                       .value(QLatin1String("bytesTransferred"))
                       .toInteger()
                > 0;
        },
        30000);
}

bool TestFerryctlEngine::finished(QProcess *process)
{
    return QTest::qWaitFor([process]() { return process->state() == QProcess::NotRunning; }, 60000);
}

bool TestFerryctlEngine::sameContent(const QString &local, const QByteArray &remotePath) const
{
    QFile file(local);
    return file.open(QIODevice::ReadOnly) && file.readAll() == m_server->content(remotePath);
}

void TestFerryctlEngine::transferRunsTheEngineItself()
{
    const QString url = stalledFile("/held.bin", 1024 * 1024);
    auto transfer = m_home->start(QStringLiteral(FERRYCTL),
                                  { QStringLiteral("transfer"), QStringLiteral("--segments"),
                                    QStringLiteral("1"), url, m_home->path(QStringLiteral("dl")) });
    // ferryctl holds the engine lock and serves the socket: another ferryctl reaches the job
    // there, and no daemon is started for it.
    QVERIFY(QTest::qWaitFor([&]() { return m_home->enginePid() == transfer->processId(); }, 30000));
    QVERIFY(waitForProgress());
    const QJsonObject h = m_home->hello();
    QCOMPARE(h.value(QLatin1String("pid")).toInteger(), transfer->processId());
    QCOMPARE(h.value(QLatin1String("window")).toBool(), false);
    QCOMPARE(m_home->enginePid(), transfer->processId());

    // Suspend and resume through that socket: a new request, which the server answers whole.
    const QString id = jobs().first().toObject().value(QLatin1String("id")).toString();
    QCOMPARE(m_home->ctl({ QStringLiteral("suspend"), id }).code, 0);
    QCOMPARE(m_home->ctl({ QStringLiteral("resume"), id }).code, 0);
    QVERIFY(finished(transfer.get()));
    QCOMPARE(transfer->exitCode(), 0);
    const QString path = m_home->path(QStringLiteral("dl/held.bin"));
    QCOMPARE(QString::fromUtf8(transfer->readAllStandardOutput()).trimmed(), path);
    QVERIFY(sameContent(path, "/held.bin"));
    QCOMPARE(m_server->requestsFor("/held.bin").size(), 2);

    // Nothing is left running, and the job is in the history of the store.
    QVERIFY(m_home->lockIsFree());
    QVERIFY(!QFile::exists(m_home->socketPath()));
    const QJsonArray history = jobs(); // starts a daemon to answer
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ACKNOWLEDGED"));
}

void TestFerryctlEngine::windowTakesTheTransferOver()
{
    const QString url = stalledFile("/big.bin", 2 * 1024 * 1024);
    auto transfer = m_home->start(QStringLiteral(FERRYCTL),
                                  { QStringLiteral("transfer"), QStringLiteral("--segments"),
                                    QStringLiteral("1"), url, m_home->path(QStringLiteral("dl")) });
    QVERIFY(QTest::qWaitFor([&]() { return m_home->enginePid() == transfer->processId(); }, 30000));
    QVERIFY(waitForProgress());

    // The window asks ferryctl for the engine; ferryctl lets go and follows its job there. The
    // window's engine asks for the file again and gets all of it.
    auto window = m_home->start(QStringLiteral(FERRY), {});
    QVERIFY(QTest::qWaitFor([&]() { return m_home->enginePid() == window->processId(); }, 30000));
    QVERIFY(finished(transfer.get()));
    QVERIFY2(transfer->exitCode() == 0, transfer->readAllStandardError().constData());
    QVERIFY(sameContent(m_home->path(QStringLiteral("dl/big.bin")), "/big.bin"));
    // ferryctl's engine stored what it had written when it let go: the window went on from there.
    const QList<TestHttpServer::Request> requests = m_server->requestsFor("/big.bin");
    QCOMPARE(requests.size(), 2);
    const QByteArray range = requests.at(1).headers.value("range");
    QVERIFY2(range.startsWith("bytes=") && !range.startsWith("bytes=0-"), range.constData());
    // The window still runs the engine; the job was completed by ferryctl through it.
    QCOMPARE(window->state(), QProcess::Running);
    QCOMPARE(m_home->enginePid(), window->processId());
    QCOMPARE(jobs().first().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("ACKNOWLEDGED"));
    window->terminate();
    QVERIFY(finished(window.get()));
}

void TestFerryctlEngine::jobsLeftWaitingGoOnInADaemon()
{
    // A job queued earlier, whose engine was stopped before it was done. Every engine that
    // takes it up finds its server stalled.
    const QString id
        = m_home->ctl({ QStringLiteral("create"), QStringLiteral("waiting") }).out.trimmed();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_home
                 ->ctl({ QStringLiteral("addfile"), id, stalledFile("/later.bin", 1024 * 1024, 100),
                         m_home->path(QStringLiteral("dl/later.bin")) })
                 .code,
             0);
    QCOMPARE(m_home->ctl({ QStringLiteral("resume"), id }).code, 0);
    QVERIFY(m_home->stopEngine());

    // ferryctl transfer runs the engine (and so that job too) while it works; when it is done,
    // the waiting job goes on in a daemon.
    TestHttpServer::Route small;
    small.size = 10000;
    m_server->setRoute("/small.bin", small);
    const FerryHome::Run r = m_home->ctl({ QStringLiteral("transfer"),
                                           m_server->url(QStringLiteral("/small.bin")).toString(),
                                           m_home->path(QStringLiteral("dl")) });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(sameContent(m_home->path(QStringLiteral("dl/small.bin")), "/small.bin"));
    // The daemon runs already: nothing since has asked for an engine.
    QVERIFY(m_home->enginePid() > 0);
    const QJsonObject daemon = m_home->hello();
    QVERIFY(!daemon.isEmpty());
    QCOMPARE(daemon.value(QLatin1String("window")).toBool(), false);
    QCOMPARE(daemon.value(QLatin1String("pid")).toInteger(), m_home->enginePid());
    const FerryHome::Run info
        = m_home->ctl({ QStringLiteral("info"), id, QStringLiteral("--json") });
    QCOMPARE(info.code, 0);
    const QString state = info.json().object().value(QLatin1String("state")).toString();
    QVERIFY2(QStringList({ QStringLiteral("QUEUED"), QStringLiteral("CONNECTING"),
                           QStringLiteral("TRANSFERRING") })
                 .contains(state),
             qPrintable(state));

    // With nothing waiting, a transfer leaves no engine behind.
    QVERIFY(m_home->stopEngine());
    QCOMPARE(m_home->ctl({ QStringLiteral("cancel"), id }).code, 0);
    QVERIFY(m_home->stopEngine());
    const FerryHome::Run again = m_home->ctl(
        { QStringLiteral("transfer"), m_server->url(QStringLiteral("/small.bin")).toString(),
          m_home->path(QStringLiteral("dl/again.bin")) });
    QCOMPARE(again.code, 0);
    QVERIFY(m_home->lockIsFree());
}

void TestFerryctlEngine::waitFollowsTheJobToTheDaemon()
{
    auto transfer = m_home->start(QStringLiteral(FERRYCTL),
                                  { QStringLiteral("transfer"), QStringLiteral("--segments"),
                                    QStringLiteral("1"), stalledFile("/held.bin", 1024 * 1024),
                                    m_home->path(QStringLiteral("dl")) });
    QVERIFY(QTest::qWaitFor([&]() { return m_home->enginePid() == transfer->processId(); }, 30000));
    const QString held = jobs().first().toObject().value(QLatin1String("id")).toString();
    // A second job in the engine of `ferryctl transfer`, stalled there, and a `ferryctl wait`
    // for it on that engine's socket.
    const QString id = m_home->ctl({ QStringLiteral("create"), QStringLiteral("x") }).out.trimmed();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_home
                 ->ctl({ QStringLiteral("addfile"), id, stalledFile("/x.bin", 512 * 1024),
                         m_home->path(QStringLiteral("dl/x.bin")) })
                 .code,
             0);
    QCOMPARE(m_home->ctl({ QStringLiteral("resume"), id }).code, 0);
    QVERIFY(QTest::qWaitFor([&]() { return m_server->requestsFor("/x.bin").size() == 1; }, 30000));
    auto wait = m_home->start(QStringLiteral(FERRYCTL), { QStringLiteral("wait"), id });
    QVERIFY(QTest::qWaitFor(
        [&]() { return m_home->hello().value(QLatin1String("clients")).toInteger() == 2; }, 30000));

    // The transfer ends; the waiting job goes on in a daemon, and `wait` follows it there.
    QCOMPARE(m_home->ctl({ QStringLiteral("suspend"), held }).code, 0);
    QCOMPARE(m_home->ctl({ QStringLiteral("resume"), held }).code, 0);
    QVERIFY(finished(transfer.get()));
    QCOMPARE(transfer->exitCode(), 0);
    QVERIFY(finished(wait.get()));
    QVERIFY2(wait->exitCode() == 0, wait->readAllStandardError().constData());
    const FerryHome::Run info
        = m_home->ctl({ QStringLiteral("info"), id, QStringLiteral("--json") });
    QCOMPARE(info.json().object().value(QLatin1String("state")).toString(),
             QStringLiteral("TRANSFERRED"));
    // The daemon asked for the file again, and it came whole.
    QCOMPARE(m_server->requestsFor("/x.bin").size(), 2);
    QCOMPARE(m_home->hello().value(QLatin1String("pid")).toInteger(), m_home->enginePid());
}

void TestFerryctlEngine::twoTransfersAtOnce()
{
    // Both look for an engine at once; one runs it, the other goes through its socket (or
    // both through a daemon that one of them started). Either way both files arrive whole.
    TestHttpServer::Route route;
    route.size = 3 * 1024 * 1024;
    m_server->setRoute("/a.bin", route);
    route.seed = 2;
    m_server->setRoute("/b.bin", route);
    auto a = m_home->start(QStringLiteral(FERRYCTL),
                           { QStringLiteral("transfer"),
                             m_server->url(QStringLiteral("/a.bin")).toString(),
                             m_home->path(QStringLiteral("dl")) });
    auto b = m_home->start(QStringLiteral(FERRYCTL),
                           { QStringLiteral("transfer"),
                             m_server->url(QStringLiteral("/b.bin")).toString(),
                             m_home->path(QStringLiteral("dl")) });
    QVERIFY(finished(a.get()));
    QVERIFY(finished(b.get()));
    QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
    QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
    QVERIFY(sameContent(m_home->path(QStringLiteral("dl/a.bin")), "/a.bin"));
    QVERIFY(sameContent(m_home->path(QStringLiteral("dl/b.bin")), "/b.bin"));
}

QTEST_GUILESS_MAIN(TestFerryctlEngine)
#include "tst_ferryctlengine.moc"
