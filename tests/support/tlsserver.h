#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

namespace Ferry::Test {

// A loopback HTTPS server with a throw-away self-signed certificate (made with the openssl
// command) that answers every request with one scripted response. Tests that use it add the
// certificate to the default TLS configuration, so Ferry trusts it like a real site's.
class TlsServer : public QTcpServer
{
    Q_OBJECT
public:
    TlsServer();

    // False when the openssl command or Qt's TLS backend is missing.
    bool start();
    QUrl url(const QString &path) const;
    const QSslCertificate &certificate() const { return m_certificate; }
    void setResponse(const QByteArray &response) { m_response = response; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_response;
};

} // namespace Ferry::Test
