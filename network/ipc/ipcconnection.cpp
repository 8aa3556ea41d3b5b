#include "ipcconnection.h"

#include "ipcprotocol.h"
#include "ipcserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace Ferry {

Q_LOGGING_CATEGORY(lcIpc, "ferry.network.ipc")

namespace {
constexpr qint64 ReadChunk = 64 * 1024;
}

IpcConnection::IpcConnection(QLocalSocket *socket, IpcServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    // Qt stops reading from the socket when this much waits unread: the client's writes then
    // block in the kernel, not our memory.
    m_socket->setReadBufferSize(Ipc::MaxRequestBytes);
    connect(m_socket, &QLocalSocket::readyRead, this, &IpcConnection::pump);
    connect(m_socket, &QLocalSocket::disconnected, this, &IpcConnection::close);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &IpcConnection::close);
}

IpcConnection::~IpcConnection() = default;

void IpcConnection::send(const QByteArray &line)
{
    if (m_closed)
        return;
    if (m_socket->bytesToWrite() > Ipc::MaxClientBacklogBytes) {
        qCInfo(lcIpc) << "dropping a client that does not read its socket";
        close();
        return;
    }
    m_socket->write(line);
}

void IpcConnection::finishRequest(quint64 seq, const QByteArray &lines)
{
    m_held.insert(seq, lines);
    for (auto it = m_held.begin(); it != m_held.end() && it.key() == m_sendSeq;
         it = m_held.erase(it), ++m_sendSeq)
        send(it.value());
    --m_pending;
    if (m_closed || m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this]() {
            m_pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void IpcConnection::flush()
{
    if (!m_closed)
        m_socket->flush();
}

void IpcConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_subscribed = false;
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT closed(this);
    deleteLater();
}

void IpcConnection::pump()
{
    while (!m_closed && m_pending < Ipc::MaxPendingRequests) {
        const qsizetype newline = m_in.indexOf('\n');
        if (newline >= 0) {
            QByteArray line = m_in.left(newline);
            m_in.remove(0, newline + 1);
            if (m_discarding) {
                // The end of a line that was too long: answered already, skipped.
                m_discarding = false;
                continue;
            }
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                handleLine(line);
            continue;
        }
        if (m_in.size() > Ipc::MaxRequestBytes) {
            if (!m_discarding) {
                // Answered as a request of its own, in its turn.
                ++m_pending;
                finishRequest(
                    m_nextSeq++,
                    Ipc::encode(Ipc::reply(
                        QJsonValue(),
                        Result(Result::BG_E_TOO_LARGE,
                               QCoreApplication::translate("Ferry::IpcConnection",
                                                           "a request line is longer than %1 bytes")
                                   .arg(Ipc::MaxRequestBytes)))));
            }
            m_discarding = true;
            m_in.clear();
        }
        if (m_socket->bytesAvailable() <= 0)
            break;
        m_in.append(m_socket->read(ReadChunk));
    }
}

void IpcConnection::handleLine(const QByteArray &line)
{
    const quint64 seq = m_nextSeq++;
    ++m_pending;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = error.error != QJsonParseError::NoError
            //: %1 is the JSON parser's message, %2 a byte offset
            ? QCoreApplication::translate("Ferry::IpcConnection", "malformed JSON: %1 at byte %2")
                  .arg(error.errorString())
                  .arg(error.offset)
            : QCoreApplication::translate("Ferry::IpcConnection",
                                          "a request must be a JSON object");
        finishRequest(seq,
                      Ipc::encode(Ipc::reply(QJsonValue(), Result(Result::E_INVALIDARG, why))));
        return;
    }
    m_server->handle(this, seq, doc.object());
}

} // namespace Ferry
