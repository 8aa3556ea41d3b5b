// One engine per user: `ferry --daemon` without a display, two daemons never at once, a stale
// socket and lock from a killed daemon recovered, no engine startable, another user kept out,
// a second `ferry` handing its command line to the window, a window taking over from a daemon.
#include "ferryhome.h"
#include "ipcclient.h"
#include "runtimepaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace Ferry;
using namespace Ferry::Test;

class TestFerryDaemon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void versionAndHelpWithoutDisplay();
    void daemonServesWithoutDisplay();
    void twoDaemonsCannotRun();
    void staleSocketFromKilledDaemon();
    void noEngineStartable();
    void otherUserCannotConnect();
    void secondStartForwardsToWindow();
    void windowTakesOverFromDaemon();
    void quitOptionEndsAWindowWithoutAsking();

private:
    QProcessEnvironment headless() const;

    std::unique_ptr<FerryHome> m_home;
};

void TestFerryDaemon::init()
{
    m_home = std::make_unique<FerryHome>();
}

void TestFerryDaemon::cleanup()
{
    QVERIFY(m_home->stopEngine());
    m_home.reset();
}

QProcessEnvironment TestFerryDaemon::headless() const
{
    QProcessEnvironment env = m_home->environment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));
    return env;
}

void TestFerryDaemon::versionAndHelpWithoutDisplay()
{
    const auto version
        = m_home->run(QStringLiteral(FERRY), { QStringLiteral("--version") }, headless());
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.contains(QLatin1String(FERRY_VERSION)), qPrintable(version.err));
    const auto help = m_home->run(QStringLiteral(FERRY), { QStringLiteral("--help") }, headless());
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--daemon")));
    QVERIFY(help.out.contains(QLatin1String("--show")));
}

void TestFerryDaemon::daemonServesWithoutDisplay()
{
    QProcess daemon;
    daemon.setProcessEnvironment(headless());
    daemon.start(QStringLiteral(FERRY), { QStringLiteral("--daemon") });
    QVERIFY(daemon.waitForStarted());
    QJsonObject h;
    QVERIFY(QTest::qWaitFor([&]() { return !(h = m_home->hello()).isEmpty(); }, 30000));
    QCOMPARE(h.value(QLatin1String("protocol")).toInt(), 1);
    QCOMPARE(h.value(QLatin1String("window")).toBool(), false);
    QCOMPARE(h.value(QLatin1String("pid")).toInteger(), daemon.processId());
    // Owner-only: the socket and its folder.
    QCOMPARE(QFileInfo(m_home->socketPath()).permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QCOMPARE(QFileInfo(m_home->path(QStringLiteral("run/ferry"))).permissions()
                 & (QFile::ExeGroup | QFile::ExeOther | QFile::ReadOther),
             QFile::Permissions());
    // SIGTERM stops it cleanly.
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(30000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QVERIFY(m_home->lockIsFree());
}

void TestFerryDaemon::twoDaemonsCannotRun()
{
    QCOMPARE(m_home->ctl({ QStringLiteral("create"), QStringLiteral("kept") }).code, 0);
    const qint64 first = m_home->enginePid();
    QVERIFY(first > 0);
    const auto second
        = m_home->run(QStringLiteral(FERRY), { QStringLiteral("--daemon") }, headless());
    QCOMPARE(second.code, 2);
    QVERIFY2(second.err.contains(QLatin1String("E_ACCESSDENIED")), qPrintable(second.err));
    QVERIFY2(second.err.contains(QString::number(first)), qPrintable(second.err));
    // Many at once: exactly one engine, and every ferryctl reaches it.
    std::vector<std::unique_ptr<QProcess>> racers;
    for (int i = 0; i < 4; ++i)
        racers.push_back(m_home->start(QStringLiteral(FERRY), { QStringLiteral("--daemon") }));
    for (auto &p : racers) {
        QVERIFY(p->waitForFinished(30000));
        QCOMPARE(p->exitCode(), 2);
    }
    QCOMPARE(m_home->enginePid(), first);
    QCOMPARE(m_home->hello().value(QLatin1String("pid")).toInteger(), first);
}

void TestFerryDaemon::staleSocketFromKilledDaemon()
{
    const QString id
        = m_home->ctl({ QStringLiteral("create"), QStringLiteral("survivor") }).out.trimmed();
    QVERIFY(!id.isEmpty());
    const qint64 pid = m_home->enginePid();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    QVERIFY(QTest::qWaitFor([pid]() { return !RuntimePaths::processRunning(pid); }, 30000));
    // The socket file and the lock are left behind.
    QVERIFY(QFileInfo::exists(m_home->socketPath()));
    QVERIFY(QFileInfo::exists(m_home->lockPath()));
    const auto list = m_home->ctl({ QStringLiteral("list"), QStringLiteral("--json") });
    if (list.code != 0) {
        // What the new daemon said, for a failure seen only under load.
        QFile log(m_home->path(QStringLiteral("run/ferry/daemon.log")));
        const QByteArray said = log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
        QFAIL(qPrintable(list.err + QLatin1String(" / daemon.log: ") + QString::fromUtf8(said)));
    }
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().first().toObject().value(QLatin1String("id")).toString(), id);
    const qint64 next = m_home->enginePid();
    QVERIFY(next > 0 && next != pid);
}

void TestFerryDaemon::noEngineStartable()
{
    // ferryctl alone in a folder, no ferry in PATH.
    const QString bin = m_home->path(QStringLiteral("bin"));
    QDir().mkpath(bin);
    QVERIFY(QFile::copy(QStringLiteral(FERRYCTL), bin + QLatin1String("/ferryctl")));
    QProcessEnvironment env = m_home->environment();
    env.insert(QStringLiteral("PATH"), bin);
    const auto r = m_home->run(bin + QLatin1String("/ferryctl"), { QStringLiteral("list") }, env);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("ferryctl: ")), qPrintable(r.err));
    QCOMPARE(m_home->enginePid(), 0);
}

void TestFerryDaemon::otherUserCannotConnect()
{
    if (::geteuid() != 0) {
        if (qEnvironmentVariableIntValue("FERRY_REQUIRE_SERVERS"))
            QFAIL("FERRY_REQUIRE_SERVERS=1: this test makes a second user and needs root");
        QSKIP("making a second user (useradd) and switching to it (setpriv) needs root");
    }
    QCOMPARE(m_home->ctl({ QStringLiteral("create"), QStringLiteral("private") }).code, 0);
    const QString before = m_home->ctl({ QStringLiteral("list"), QStringLiteral("--json") }).out;
    const QString user = QStringLiteral("ferrytest%1").arg(::getpid());
    QCOMPARE(
        QProcess::execute(QStringLiteral("useradd"),
                          { QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                            QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), user }),
        0);
    const auto removeUser
        = qScopeGuard([&user]() { QProcess::execute(QStringLiteral("userdel"), { user }); });
    QProcess idProcess;
    idProcess.start(QStringLiteral("id"), { QStringLiteral("-u"), user });
    QVERIFY(idProcess.waitForFinished());
    const QString uid = QString::fromUtf8(idProcess.readAllStandardOutput()).trimmed();
    QVERIFY(!uid.isEmpty());
    const auto asOther = [&]() {
        QProcessEnvironment env = m_home->environment();
        env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
        return m_home->run(QStringLiteral("setpriv"),
                           { QStringLiteral("--reuid=") + uid, QStringLiteral("--regid=") + uid,
                             QStringLiteral("--clear-groups"), QStringLiteral(FERRYCTL),
                             QStringLiteral("list"), QStringLiteral("--json") },
                           env);
    };
    // As things are: the other user cannot even reach the folder.
    const auto blocked = asOther();
    QCOMPARE(blocked.code, 2);
    QVERIFY2(blocked.out.isEmpty(), qPrintable(blocked.out));
    // With every folder on the way opened for traversal, the socket itself keeps it out.
    for (const QString &dir : { m_home->path(), m_home->path(QStringLiteral("run")),
                                m_home->path(QStringLiteral("run/ferry")) }) {
        QVERIFY(QFile::setPermissions(dir,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ExeGroup | QFile::ExeOther));
    }
    const auto socketOnly = asOther();
    QCOMPARE(socketOnly.code, 2);
    QVERIFY2(socketOnly.out.isEmpty(), qPrintable(socketOnly.out));
    QVERIFY2(socketOnly.err.contains(QLatin1String("ferry.socket")), qPrintable(socketOnly.err));
    // The owner's engine did not notice.
    QCOMPARE(m_home->ctl({ QStringLiteral("list"), QStringLiteral("--json") }).out, before);
}

void TestFerryDaemon::secondStartForwardsToWindow()
{
    auto window = m_home->start(QStringLiteral(FERRY), {});
    QJsonObject h;
    QVERIFY(QTest::qWaitFor([&]() { return !(h = m_home->hello()).isEmpty(); }, 30000));
    QCOMPARE(h.value(QLatin1String("window")).toBool(), true);
    QCOMPARE(h.value(QLatin1String("pid")).toInteger(), window->processId());
    const auto forwarded = m_home->ferry({ QStringLiteral("http://127.0.0.1:9/file.iso") });
    QVERIFY2(forwarded.code == 0, qPrintable(forwarded.err));
    QCOMPARE(m_home->ferry({ QStringLiteral("--show") }).code, 0);
    // The window still holds the engine, and ferryctl talks to it.
    QCOMPARE(window->state(), QProcess::Running);
    QCOMPARE(m_home->ctl({ QStringLiteral("list") }).code, 0);
    QCOMPARE(m_home->enginePid(), window->processId());
    // A window does not quit for a client.
    IpcClient client;
    QVERIFY(client.connectToEngine(m_home->socketPath()));
    QCOMPARE(client.call(QStringLiteral("quit"), {}, 10000).result.code(),
             quint32(Result::E_NOTIMPL));
    window->terminate();
    QVERIFY(window->waitForFinished(30000));
}

void TestFerryDaemon::windowTakesOverFromDaemon()
{
    const QString id
        = m_home->ctl({ QStringLiteral("create"), QStringLiteral("handed over") }).out.trimmed();
    QVERIFY(!id.isEmpty());
    const qint64 daemon = m_home->enginePid();
    auto window = m_home->start(QStringLiteral(FERRY), {});
    QVERIFY(QTest::qWaitFor([&]() { return m_home->enginePid() == window->processId(); }, 30000));
    QVERIFY(QTest::qWaitFor([daemon]() { return !RuntimePaths::processRunning(daemon); }, 30000));
    QJsonObject h;
    QVERIFY(QTest::qWaitFor([&]() { return !(h = m_home->hello()).isEmpty(); }, 30000));
    QCOMPARE(h.value(QLatin1String("window")).toBool(), true);
    const auto info = m_home->ctl({ QStringLiteral("info"), id, QStringLiteral("--json") });
    QCOMPARE(info.code, 0);
    QCOMPARE(info.json().object().value(QLatin1String("displayName")).toString(),
             QStringLiteral("handed over"));
    window->terminate();
    QVERIFY(window->waitForFinished(30000));
}

void TestFerryDaemon::quitOptionEndsAWindowWithoutAsking()
{
    // Nothing runs: --quit says so and succeeds (the state a script wants is reached).
    const auto nothing = m_home->ferry({ QStringLiteral("--quit") });
    QCOMPARE(nothing.code, 0);
    QVERIFY2(nothing.err.contains(QLatin1String("No Ferry is running")), qPrintable(nothing.err));

    auto window = m_home->start(QStringLiteral(FERRY), {});
    QVERIFY(QTest::qWaitFor([&]() { return !m_home->hello().isEmpty(); }, 30000));
    // A job the engine keeps retrying: the window would ask its user before quitting.
    const QString id
        = m_home->ctl({ QStringLiteral("create"), QStringLiteral("busy") }).out.trimmed();
    QCOMPARE(m_home
                 ->ctl({ QStringLiteral("addfile"), id, QStringLiteral("http://127.0.0.1:9/f"),
                         m_home->path(QStringLiteral("f.bin")) })
                 .code,
             0);
    QCOMPARE(m_home->ctl({ QStringLiteral("resume"), id }).code, 0);
    QVERIFY(QTest::qWaitFor(
        [&]() {
            const QString state
                = m_home->ctl({ QStringLiteral("info"), id, QStringLiteral("--json") })
                      .json()
                      .object()
                      .value(QLatin1String("state"))
                      .toString();
            return state == QLatin1String("TRANSIENT_ERROR") || state == QLatin1String("CONNECTING")
                || state == QLatin1String("QUEUED");
        },
        30000));
    const auto quit = m_home->ferry({ QStringLiteral("--quit") });
    QVERIFY2(quit.code == 0, qPrintable(quit.err));
    // --quit returns once the window let go of the socket: it may be gone already.
    QVERIFY(window->state() == QProcess::NotRunning || window->waitForFinished(30000));
    QCOMPARE(window->exitStatus(), QProcess::NormalExit);
    QCOMPARE(window->exitCode(), 0);
    // The job is still there for the next start, where it stopped.
    const auto info = m_home->ctl({ QStringLiteral("info"), id, QStringLiteral("--json") });
    QCOMPARE(info.code, 0);
    QVERIFY(info.json().object().value(QLatin1String("state")).toString()
            != QLatin1String("CANCELLED"));
}

QTEST_GUILESS_MAIN(TestFerryDaemon)
#include "tst_ferrydaemon.moc"
