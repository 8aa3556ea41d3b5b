#include "runtimepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

namespace Ferry::RuntimePaths {

QString directory()
{
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty())
        runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    return QDir::cleanPath(runtime + QLatin1String("/ferry"));
}

QString lockPath()
{
    return directory() + QLatin1String("/engine.lock");
}

QString socketPath()
{
    return directory() + QLatin1String("/ferry.socket");
}

Result ensurePrivateDirectory(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    if (!QDir().mkpath(path))
        return Result(
            Result::E_ACCESSDENIED,
            QCoreApplication::translate("Ferry::RuntimePaths", "cannot create %1").arg(path));
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return Result(
            Result::E_ACCESSDENIED,
            QCoreApplication::translate("Ferry::RuntimePaths", "%1 is not a folder of this user")
                .arg(path));
    if ((st.st_mode & 0777) != 0700 && ::chmod(native.constData(), 0700) != 0)
        return Result(
            Result::E_ACCESSDENIED,
            QCoreApplication::translate("Ferry::RuntimePaths", "cannot make %1 private").arg(path));
    return Result::S_OK;
}

bool processRunning(qint64 pid)
{
    if (pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype end = line.lastIndexOf(')');
        if (end >= 0 && line.mid(end + 2, 1) == "Z")
            return false;
    }
    return true;
}

} // namespace Ferry::RuntimePaths
