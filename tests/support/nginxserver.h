#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace Ferry::Test {

// A real nginx, started by a test on a free loopback port with its own configuration, serving a
// folder of the test's. Ranges, ETag and Last-Modified are nginx's own; /limited/ is served with
// limit_rate; the access log records each request's Range and status.
class NginxServer
{
public:
    NginxServer();
    ~NginxServer();
    Q_DISABLE_COPY_MOVE(NginxServer)

    // Where nginx is, or empty. Tests skip without it unless FERRY_REQUIRE_SERVERS is set.
    static QString executable();

    // A location taking WebDAV PUT uploads (dav_methods PUT, folders created as needed) of at
    // most maxBodySize ("300m", "1k"; larger ones get 413), stored under root().
    static QString putLocation(const QString &prefix, const QString &maxBodySize);

    // extraLocations: more nginx configuration inside the server block.
    bool start(const QString &extraLocations = {});
    void stop();

    QString root() const { return m_dir.filePath(QStringLiteral("root")); }
    QUrl url(const QString &path) const;
    // "status range" for every request so far, in order ("206 bytes=1000-").
    QStringList accessLog() const;
    QString errorLog() const;

private:
    bool startOnFreePort(const QString &extraLocations);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Ferry::Test
