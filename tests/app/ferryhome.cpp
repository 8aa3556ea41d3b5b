#include "ferryhome.h"

#include "ipcclient.h"
#include "runtimepaths.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QtTest>

#include <csignal>

namespace Ferry::Test {

FerryHome::FerryHome()
{
    QDir dir(m_dir.path());
    for (const char *sub : { "run", "data", "config/ferry", "dl" })
        dir.mkpath(QLatin1String(sub));
    QFile::setPermissions(path(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

FerryHome::~FerryHome()
{
    stopEngine();
}

QString FerryHome::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
}

QProcessEnvironment FerryHome::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    return env;
}

void FerryHome::writeConfig(const QByteArray &ini)
{
    QFile file(path(QStringLiteral("config/ferry/ferry.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(ini);
}

FerryHome::Run FerryHome::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    return run(program, args, environment(), timeoutMs);
}

FerryHome::Run FerryHome::run(const QString &program, const QStringList &args,
                              const QProcessEnvironment &env, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(path());
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p]() { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}

FerryHome::Run FerryHome::ctl(const QStringList &args, int timeoutMs) const
{
    return run(QStringLiteral(FERRYCTL), args, timeoutMs);
}

FerryHome::Run FerryHome::ferry(const QStringList &args, int timeoutMs) const
{
    return run(QStringLiteral(FERRY), args, timeoutMs);
}

std::unique_ptr<QProcess> FerryHome::start(const QString &program, const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(environment());
    p->setWorkingDirectory(path());
    p->start(program, args);
    p->waitForStarted();
    return p;
}

QJsonObject FerryHome::hello() const
{
    IpcClient client;
    if (!client.connectToEngine(socketPath(), 5000))
        return {};
    const IpcClient::Reply reply = client.call(QStringLiteral("hello"), {}, 10000);
    return reply.isError() ? QJsonObject() : reply.data;
}

qint64 FerryHome::enginePid() const
{
    QLockFile lock(lockPath());
    qint64 pid = 0;
    QString host;
    QString app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return 0;
    return RuntimePaths::processRunning(pid) ? pid : 0;
}

bool FerryHome::lockIsFree() const
{
    QLockFile lock(lockPath());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

bool FerryHome::stopEngine(int signal) const
{
    const qint64 pid = enginePid();
    if (pid <= 0)
        return true;
    ::kill(pid_t(pid), signal);
    return QTest::qWaitFor([this]() { return lockIsFree(); }, 30000);
}

} // namespace Ferry::Test
