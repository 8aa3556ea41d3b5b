#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Ferry::Test {

// An isolated Ferry user for the app tests: its own XDG folders in a temporary directory, in
// which `ferryctl` and `ferry` run as real processes. The engine they start (`ferry --daemon`)
// is stopped when the home goes away.
class FerryHome
{
public:
    FerryHome();
    ~FerryHome();
    Q_DISABLE_COPY_MOVE(FerryHome)

    struct Run
    {
        int code = -1; // -1: crashed or did not finish
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &relative = {}) const;
    QProcessEnvironment environment() const;
    QString socketPath() const { return path(QStringLiteral("run/ferry/ferry.socket")); }
    QString lockPath() const { return path(QStringLiteral("run/ferry/engine.lock")); }
    // $XDG_CONFIG_HOME/ferry/ferry.conf, read by the engine when it starts.
    void writeConfig(const QByteArray &ini);

    // Runs ferryctl (or ferry) to the end, with the event loop running (test servers live in
    // the test's process).
    Run ctl(const QStringList &args, int timeoutMs = 60000) const;
    Run ferry(const QStringList &args, int timeoutMs = 60000) const;
    Run run(const QString &program, const QStringList &args, int timeoutMs = 60000) const;
    Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
            int timeoutMs = 60000) const;
    // Starts a ferryctl that keeps running (monitor, wait); the caller owns it.
    std::unique_ptr<QProcess> start(const QString &program, const QStringList &args) const;

    // The engine's answer to "hello" on the home's socket (pid, window, clients…); empty when
    // nothing answers.
    QJsonObject hello() const;
    // The process that holds the engine lock (0: none).
    qint64 enginePid() const;
    // SIGTERM to the engine and wait until its lock is free; false if it did not stop.
    bool stopEngine(int signal = 15) const;
    bool lockIsFree() const;

private:
    QTemporaryDir m_dir;
};

} // namespace Ferry::Test
