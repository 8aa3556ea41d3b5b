#include "enginelink.h"

#include "ipcclient.h"
#include "runtimepaths.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace Ferry {

namespace {
constexpr int StartTimeoutMs = 20000;
// How long an engine that took over may take to serve its socket.
constexpr int FollowTimeoutMs = 10000;

bool processAlive(qint64 pid)
{
    return RuntimePaths::processRunning(pid);
}
} // namespace

QString EngineLink::daemonProgram()
{
    const QString sibling = QCoreApplication::applicationDirPath() + QLatin1String("/ferry");
    const QFileInfo info(sibling);
    if (info.isFile() && info.isExecutable())
        return sibling;
    return QStandardPaths::findExecutable(QStringLiteral("ferry"));
}

bool EngineLink::lockHeldByLiveProcess()
{
    QLockFile lock(RuntimePaths::lockPath());
    qint64 pid = 0;
    QString host;
    QString app;
    return lock.getLockInfo(&pid, &host, &app) && processAlive(pid);
}

EngineLink::Found EngineLink::connectRunning(IpcClient *client, QString *error)
{
    if (client->connectToEngine({}, 2000))
        return Found::Engine;
    if (client->error() == QLocalSocket::SocketAccessError) {
        // The socket is there but is not ours (another user's, or a folder we may not enter).
        *error
            = tr("cannot connect to %1: %2").arg(RuntimePaths::socketPath(), client->errorString());
        return Found::Refused;
    }
    return Found::None;
}

bool EngineLink::follow(IpcClient *client)
{
    const QDeadlineTimer deadline(FollowTimeoutMs);
    while (!deadline.hasExpired()) {
        if (client->connectToEngine({}, 500))
            return true;
        QThread::msleep(20);
    }
    return false;
}

bool EngineLink::startDaemon(IpcClient *client, QString *error)
{
    const QString program = daemonProgram();
    if (program.isEmpty()) {
        *error = tr("no Ferry engine runs, and \"ferry\" was found neither next to %1 nor in "
                    "PATH to start one")
                     .arg(QFileInfo(QCoreApplication::applicationFilePath()).fileName());
        return false;
    }
    // The daemon outlives its client: its output must not hold the client's pipes open.
    QProcess daemon;
    daemon.setProgram(program);
    daemon.setArguments({ QStringLiteral("--daemon") });
    daemon.setStandardInputFile(QProcess::nullDevice());
    daemon.setStandardOutputFile(QProcess::nullDevice());
    const QString log = RuntimePaths::directory() + QLatin1String("/daemon.log");
    const bool logged = RuntimePaths::ensurePrivateDirectory(RuntimePaths::directory()).isSuccess();
    daemon.setStandardErrorFile(logged ? log : QProcess::nullDevice(), QIODevice::Truncate);
    qint64 pid = 0;
    if (!daemon.startDetached(&pid)) {
        *error = tr("cannot start %1: %2").arg(program, daemon.errorString());
        return false;
    }
    // Wait for its socket. Another daemon may win the lock meanwhile (two clients at once):
    // then that one's socket is the one to wait for.
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (client->connectToEngine({}, 500))
            return true;
        if (!processAlive(pid) && !lockHeldByLiveProcess())
            break;
        QThread::msleep(10);
    }
    QString why;
    QFile file(log);
    if (logged && file.open(QIODevice::ReadOnly))
        why = QString::fromUtf8(file.readAll()).trimmed().section(QLatin1Char('\n'), -1);
    *error = why.isEmpty() ? tr("the Ferry engine did not start (%1)").arg(program)
                           : tr("the Ferry engine did not start: %1").arg(why);
    return false;
}

} // namespace Ferry
