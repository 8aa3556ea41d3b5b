#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>

class QLocalSocket;

namespace Ferry {

class IpcServer;

// One client of the IPC server: reads request lines with a size limit, hands them to the server,
// writes replies and (once subscribed) events. Never blocks: a client that stops reading is
// dropped when its unsent output passes Ipc::MaxClientBacklogBytes, and a client that sends
// faster than the engine answers waits in its socket (at most MaxPendingRequests in flight).
class IpcConnection : public QObject
{
    Q_OBJECT
public:
    IpcConnection(QLocalSocket *socket, IpcServer *server);
    ~IpcConnection() override;
    Q_DISABLE_COPY_MOVE(IpcConnection)

    bool isSubscribed() const { return m_subscribed; }
    // A request of this client is waiting or in the engine.
    bool hasPendingRequests() const { return m_pending > 0; }
    void setSubscribed(bool on) { m_subscribed = on; }
    // Queues one encoded line; drops the client when it has not read what it was sent.
    void send(const QByteArray &line);
    // The answer to request number seq (what it sends, encoded): replies leave in the order of
    // their requests, whichever the engine finished first; the next waiting line may be read.
    void finishRequest(quint64 seq, const QByteArray &lines);
    // Writes what is queued as far as the kernel takes it now (before the process quits).
    void flush();
    void close();

Q_SIGNALS:
    void closed(Ferry::IpcConnection *connection);

private:
    void pump();
    void handleLine(const QByteArray &line);

    QLocalSocket *m_socket;
    IpcServer *m_server;
    QByteArray m_in;
    bool m_discarding = false; // skipping the rest of an oversized line
    bool m_subscribed = false;
    bool m_closed = false;
    bool m_pumpQueued = false;
    int m_pending = 0;
    quint64 m_nextSeq = 0; // the number the next request gets
    quint64 m_sendSeq = 0; // the request whose reply goes out next
    QMap<quint64, QByteArray> m_held; // replies finished before an earlier one
};

} // namespace Ferry
