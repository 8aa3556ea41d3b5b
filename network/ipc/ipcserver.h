#pragma once

#include "ipcmethods.h"
#include "jobsnapshot.h"

#include <QList>
#include <QLocalServer>
#include <QObject>

namespace Ferry {

class EngineClient;
class IpcConnection;
class TransferEngine;

// The local socket of the process that holds the engine (the window or `ferry --daemon`):
// serves the protocol of docs/ipc.md to its owner only. Lives in the application's main thread
// and reaches the engine through EngineClient, so nothing a client does can stall a transfer.
class IpcServer : public QObject
{
    Q_OBJECT
public:
    IpcServer(EngineClient *client, TransferEngine *transfers, QObject *parent = nullptr);
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

Q_SIGNALS:
    // A second `ferry` start: URLs to add (maybe none) and whether to show the window.
    void commandForwarded(const QStringList &urls, bool show);
    // A window wants to take over the engine from this daemon.
    void quitRequested();

private:
    void onNewConnection();
    void broadcast(const QByteArray &line);
    void onBatch(const Ferry::SnapshotBatch &batch);
    void onRemoved(const Ferry::JobId &id, Ferry::JobState state);
    void subscribe(IpcConnection *connection, quint64 seq, const QJsonValue &id);

    QLocalServer m_server;
    EngineClient *m_client;
    IpcMethods m_methods;
    QList<IpcConnection *> m_connections;
    bool m_hasWindow = false;
};

} // namespace Ferry
