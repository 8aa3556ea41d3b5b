#pragma once

#include "ipcmethods.h"
#include "jobsnapshot.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QLocalServer>
#include <QObject>

namespace Ferry {

class IpcConnection;
class JobEngine;

// The local socket of the process that holds the engine (the window or `ferry --daemon`):
// serves the protocol of docs/ipc.md to its owner only. Lives in the application's main thread
// and reaches the engine through its JobEngine, so nothing a client does can stall a transfer.
class IpcServer : public QObject
{
    Q_OBJECT
public:
    explicit IpcServer(JobEngine *engine, QObject *parent = nullptr);
    ~IpcServer() override;
    Q_DISABLE_COPY_MOVE(IpcServer)

    // Listens on path (RuntimePaths::socketPath() when empty) with owner-only access, in a 0700
    // folder. The caller holds the engine lock, so a socket file left by a killed engine is
    // stale and is replaced.
    Result listen(const QString &path = {});
    QString path() const { return m_server.fullServerName(); }

    // Whether this process has a window to show (`forward` requests) or is a daemon that may be
    // asked to quit so that a window can take over.
    void setHasWindow(bool on) { m_hasWindow = on; }
    bool hasWindow() const { return m_hasWindow; }
    int clientCount() const { return int(m_connections.size()); }

    // Answers one decoded request of connection (called by IpcConnection).
    void handle(IpcConnection *connection, quint64 seq, const QJsonObject &request);

    // At most this many requests are in the engine at once, whoever sent them; the next one is
    // the waiting request of the client served least recently, so a client that floods the
    // engine delays another client's request by at most this many requests.
    static constexpr int MaxInEngine = 2;

Q_SIGNALS:
    // A second `ferry` start: URLs to add (maybe none) and whether to show the window.
    void commandForwarded(const QStringList &urls, bool show);
    // A window wants to take over the engine from this daemon.
    void quitRequested();

private:
    // A request that runs in the engine, waiting for its turn.
    struct Waiting
    {
        quint64 seq = 0;
        QJsonValue id;
        QString method;
        QJsonObject params;
    };
    void onNewConnection();
    void onClosed(IpcConnection *connection);
    // With MaxClients connected, the one idle the longest (no request waiting or running;
    // one that is not subscribed first) is closed for the newcomer; false if none is idle.
    bool dropIdleConnection();
    void dispatch();
    void runInEngine(IpcConnection *connection, const Waiting &request);
    void broadcast(const QByteArray &line);
    void onBatch(const Ferry::SnapshotBatch &batch);
    void onRemoved(const Ferry::JobId &id, Ferry::JobState state);

    QLocalServer m_server;
    JobEngine *m_engine;
    IpcMethods m_methods;
    // Every connection, the least recently served first (a new one at the front).
    QList<IpcConnection *> m_connections;
    QHash<IpcConnection *, QList<Waiting>> m_waiting;
    QHash<IpcConnection *, quint64> m_lastActive; // a count of requests, not a time
    quint64 m_requests = 0;
    int m_inEngine = 0;
    bool m_hasWindow = false;
};

} // namespace Ferry
