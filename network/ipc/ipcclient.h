#pragma once

#include "ipcchannel.h"

#include <QLocalSocket>

namespace Ferry {

// The client side of the IPC protocol, for ferryctl and a second `ferry` start: connects to the
// engine's socket, makes calls and waits for their replies, and receives events once subscribed.
// Blocking calls run a local event loop, so events that arrive meanwhile are still delivered.
class IpcClient : public IpcChannel
{
    Q_OBJECT
public:
    explicit IpcClient(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(IpcClient)

    // Connects to path (RuntimePaths::socketPath() when empty); false when no engine answers.
    bool connectToEngine(const QString &path = {}, int timeoutMs = 2000);
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    QString errorString() const { return m_socket.errorString(); }
    QLocalSocket::LocalSocketError error() const { return m_socket.error(); }

    Reply call(const QString &method, const QJsonObject &params = {}, int timeoutMs = -1) override;
    // Waits until the engine closes the connection.
    bool waitForDisconnected(int timeoutMs);

private:
    void onReadyRead();

    QLocalSocket m_socket;
    QByteArray m_in;
    qint64 m_nextId = 1;
    qint64 m_waitingFor = 0;
    QJsonObject m_reply;
    bool m_haveReply = false;
};

} // namespace Ferry
