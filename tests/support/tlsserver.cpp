#include "tlsserver.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>

namespace Ferry::Test {

TlsServer::TlsServer() = default;

bool TlsServer::start()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !QSslSocket::supportsSsl())
        return false;
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess p;
    p.start(openssl,
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
              QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
              QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return false;
    QFile keyFile(key);
    QFile certFile(cert);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
        return false;
    m_key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    m_certificate = QSslCertificate(certFile.readAll());
    return !m_key.isNull() && !m_certificate.isNull() && listen(QHostAddress::LocalHost);
}

QUrl TlsServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(serverPort()).arg(path));
}

void TlsServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    connect(socket, &QSslSocket::readyRead, socket, [this, socket]() {
        if (socket->readAll().contains("\r\n\r\n")) {
            socket->write(m_response);
            socket->disconnectFromHost();
        }
    });
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

} // namespace Ferry::Test
