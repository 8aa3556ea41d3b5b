#include "nginxserver.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace Ferry::Test {

NginxServer::NginxServer()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("root"));
    QDir(m_dir.path()).mkpath(QStringLiteral("temp"));
}

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::executable()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                              { QStringLiteral("/usr/sbin") });
    return path;
}

QString NginxServer::putLocation(const QString &prefix, const QString &maxBodySize)
{
    return QStringLiteral("location %1 { dav_methods PUT; create_full_put_path on; "
                          "dav_access user:rw; client_max_body_size %2; }\n")
        .arg(prefix, maxBodySize);
}

bool NginxServer::start(const QString &extraLocations)
{
    // The free port is found by binding port 0 and letting it go, so another test running beside
    // this one may take it before nginx binds it; nginx then exits, and a new port is tried.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startOnFreePort(extraLocations))
            return true;
        stop();
    }
    qWarning().noquote() << "nginx did not start:" << errorLog();
    return false;
}

bool NginxServer::startOnFreePort(const QString &extraLocations)
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
    }
    const QString d = m_dir.path();
    const QString conf = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 256; }
http {
    types { application/octet-stream bin; text/plain txt; }
    default_type application/octet-stream;
    log_format ranges '$status $http_range';
    access_log %1/access.log ranges;
    client_body_temp_path %1/temp/body;
    proxy_temp_path %1/temp/proxy;
    fastcgi_temp_path %1/temp/fastcgi;
    uwsgi_temp_path %1/temp/uwsgi;
    scgi_temp_path %1/temp/scgi;
    sendfile on;
    server {
        listen 127.0.0.1:%2;
        root %1/root;
        location /limited/ { limit_rate 512k; }
        %3
    }
}
)")
                             .arg(d)
                             .arg(m_port)
                             .arg(extraLocations);
    QFile file(QDir(d).filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(conf.toUtf8());
    file.close();
    m_process.setProgram(executable());
    m_process.setArguments({ QStringLiteral("-p"), d, QStringLiteral("-c"), file.fileName() });
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    // Ready when it accepts connections.
    for (int i = 0; i < 300; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return true;
        if (m_process.state() != QProcess::Running)
            return false;
        QTest::qWait(20);
    }
    return false;
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl NginxServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QStringList NginxServer::accessLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("access.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString NginxServer::errorLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("error.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace Ferry::Test
