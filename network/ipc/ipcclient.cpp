#include "ipcclient.h"

#include "ipcprotocol.h"
#include "runtimepaths.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace Ferry {

IpcClient::IpcClient(QObject *parent)
    : IpcChannel(parent)
{
    connect(&m_socket, &QLocalSocket::readyRead, this, &IpcClient::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &IpcClient::disconnected);
}

bool IpcClient::connectToEngine(const QString &path, int timeoutMs)
{
    m_socket.connectToServer(path.isEmpty() ? RuntimePaths::socketPath() : path);
    return m_socket.waitForConnected(timeoutMs);
}

void IpcClient::onReadyRead()
{
    m_in.append(m_socket.readAll());
    qsizetype newline;
    while ((newline = m_in.indexOf('\n')) >= 0) {
        const QByteArray line = m_in.left(newline);
        m_in.remove(0, newline + 1);
        const QJsonObject message = QJsonDocument::fromJson(line).object();
        if (message.contains(QLatin1String("event"))) {
            Q_EMIT eventReceived(message);
        } else if (message.value(QLatin1String("id")).toInteger(-1) == m_waitingFor
                   || message.value(QLatin1String("id")).isNull()) {
            // A null id is the engine's answer to a line it could not read: ours.
            m_reply = message;
            m_haveReply = true;
        }
    }
}

IpcClient::Reply IpcClient::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    if (!isConnected())
        return Reply::notConnected();
    m_waitingFor = m_nextId++;
    m_haveReply = false;
    m_socket.write(Ipc::encode(Ipc::request(m_waitingFor, method, params)));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_socket, &QLocalSocket::readyRead, &loop, [&]() {
        if (m_haveReply)
            loop.quit();
    });
    connect(&m_socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        timer.start(timeoutMs);
    // The reply may already be here when a previous call read ahead.
    onReadyRead();
    if (!m_haveReply && isConnected())
        loop.exec();
    m_waitingFor = 0;
    if (!m_haveReply && isConnected())
        return Reply::timedOut();
    Reply reply;
    if (!m_haveReply) {
        reply.result = Result(Result::E_FAIL);
        reply.message
            = QCoreApplication::translate("Ferry::IpcClient", "the engine closed the connection");
        return reply;
    }
    reply.result = Ipc::statusFromJson(m_reply.value(QLatin1String("status")), &reply.message);
    reply.data = m_reply.value(QLatin1String("data")).toObject();
    return reply;
}

bool IpcClient::waitForDisconnected(int timeoutMs)
{
    if (!isConnected())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(&m_socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    loop.exec();
    return !isConnected();
}

} // namespace Ferry
