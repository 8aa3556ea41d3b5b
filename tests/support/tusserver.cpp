#include "tusserver.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>

namespace Ferry::Test {

namespace {
QString installDir()
{
    return QStringLiteral(FERRY_TUS_DIR);
}
} // namespace

TusServer::TusServer()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("uploads"));
}

TusServer::~TusServer()
{
    kill();
}

QString TusServer::missing()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed (scripts/install-deps.sh --test installs it)");
    if (!QFile::exists(installDir() + QStringLiteral("/node_modules/@tus/server/package.json")))
        return QStringLiteral("@tus/server is not installed in %1 (the tus_setup test runs npm ci)")
            .arg(installDir());
    return {};
}

bool TusServer::start()
{
    if (m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
    }
    m_process.setProgram(QStandardPaths::findExecutable(QStringLiteral("node")));
    m_process.setArguments({ installDir() + QStringLiteral("/server.js"), QString::number(m_port),
                             directory(), m_dir.filePath(QStringLiteral("requests.log")) });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    // server.js prints "listening" once the port is open.
    QByteArray out;
    while (!out.contains("listening")) {
        if (!m_process.waitForReadyRead(20000)) {
            qWarning().noquote() << "tus server did not start:" << m_process.readAllStandardError();
            return false;
        }
        out += m_process.readAllStandardOutput();
    }
    return true;
}

void TusServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

QUrl TusServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/files").arg(m_port));
}

QStringList TusServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("requests.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<QStringList> TusServer::requests(const QString &method) const
{
    QList<QStringList> out;
    for (const QString &line : log()) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.value(0) == method)
            out.append(fields);
    }
    return out;
}

} // namespace Ferry::Test
