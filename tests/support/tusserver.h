#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Ferry::Test {

// A real tus 1.0 server (@tus/server with @tus/file-store from npm, versions pinned in
// tests/support/tus/package-lock.json) run with node on a free loopback port. ctest's
// tus_setup fixture installs it into the build directory (tus/setup.sh). It can be killed
// with SIGKILL and started again on the same port and directory, as a server restart.
class TusServer
{
public:
    TusServer();
    ~TusServer();
    Q_DISABLE_COPY_MOVE(TusServer)

    // Empty when node and the installed server are there; else what is missing. Tests skip
    // then, or fail when FERRY_REQUIRE_SERVERS is set.
    static QString missing();

    bool start();
    void kill(); // SIGKILL: no chance to finish anything
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QUrl url() const; // the creation endpoint, http://127.0.0.1:PORT/files
    // Where the server keeps uploads: <id> (the bytes) and <id>.json.
    QString directory() const { return m_dir.filePath(QStringLiteral("uploads")); }
    // The server's request log (see tus/server.js), one entry per line.
    QStringList log() const;
    // The log's lines for one method ("PATCH id offset stored"), split in fields.
    QList<QStringList> requests(const QString &method) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Ferry::Test
