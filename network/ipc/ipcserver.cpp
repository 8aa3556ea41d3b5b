#include "ipcserver.h"

#include "ipcconnection.h"
#include "ipcevents.h"
#include "ipcprotocol.h"
#include "jobengine.h"
#include "runtimepaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocalSocket>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcIpcServer, "ferry.network.ipc.server")

namespace Ferry {

IpcServer::IpcServer(JobEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_methods(engine)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &IpcServer::onNewConnection);
    connect(engine, &JobEngine::batchReceived, this, &IpcServer::onBatch);
    connect(engine, &JobEngine::jobRemoved, this, &IpcServer::onRemoved);
}

IpcServer::~IpcServer()
{
    // Hand what was answered to the kernel before the sockets go.
    for (IpcConnection *c : std::as_const(m_connections)) {
        c->disconnect(this);
        c->flush();
    }
    m_server.close();
}

Result IpcServer::listen(const QString &path)
{
    const QString socket = path.isEmpty() ? RuntimePaths::socketPath() : path;
    if (const Result r = RuntimePaths::ensurePrivateDirectory(QFileInfo(socket).absolutePath());
        r.isError())
        return r;
    // The caller holds the engine lock: any socket file here belongs to an engine that died.
    QLocalServer::removeServer(socket);
    if (!m_server.listen(socket))
        return Result(Result::E_ACCESSDENIED,
                      //: %1 is a file path, %2 the system's reason
                      tr("cannot listen on %1: %2").arg(socket, m_server.errorString()));
    return Result::S_OK;
}

void IpcServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() >= Ipc::MaxClients && !dropIdleConnection()) {
            socket->write(Ipc::encode(
                Ipc::reply(QJsonValue(), Result(Result::E_ACCESSDENIED, tr("too many clients")))));
            socket->disconnectFromServer();
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *connection = new IpcConnection(socket, this);
        m_connections.prepend(connection);
        m_lastActive.insert(connection, ++m_requests);
        connect(connection, &IpcConnection::closed, this, &IpcServer::onClosed);
    }
}

void IpcServer::onClosed(IpcConnection *connection)
{
    m_connections.removeOne(connection);
    m_waiting.remove(connection);
    m_lastActive.remove(connection);
}

bool IpcServer::dropIdleConnection()
{
    IpcConnection *oldest = nullptr;
    for (IpcConnection *c : std::as_const(m_connections)) {
        if (c->hasPendingRequests())
            continue;
        const auto older = [this](IpcConnection *a, IpcConnection *b) {
            if (a->isSubscribed() != b->isSubscribed())
                return !a->isSubscribed(); // one that only waits for events goes last
            return m_lastActive.value(a) < m_lastActive.value(b);
        };
        if (!oldest || older(c, oldest))
            oldest = c;
    }
    if (!oldest)
        return false;
    qCInfo(lcIpcServer) << "closing the connection idle the longest for a new client";
    oldest->close();
    return true;
}

void IpcServer::handle(IpcConnection *connection, quint64 seq, const QJsonObject &request)
{
    const QJsonValue id = request.value(QLatin1String("id"));
    const QPointer<IpcConnection> guard(connection);
    const auto respond = [guard, seq, id](const Result &result, const QJsonObject &data) {
        if (guard)
            guard->finishRequest(seq, Ipc::encode(Ipc::reply(id, result, data)));
    };
    if (request.value(QLatin1String("v")) != QJsonValue(Ipc::Version)) {
        respond(Result(Result::E_INVALIDARG,
                       tr("unsupported protocol version (this engine speaks version %1)")
                           .arg(Ipc::Version)),
                {});
        return;
    }
    const QJsonValue methodValue = request.value(QLatin1String("method"));
    const QJsonValue paramsValue = request.value(QLatin1String("params"));
    if (!methodValue.isString()) {
        respond(Result(Result::E_INVALIDARG, tr("\"method\" must be a string")), {});
        return;
    }
    if (!paramsValue.isUndefined() && !paramsValue.isObject()) {
        respond(Result(Result::E_INVALIDARG, tr("\"params\" must be an object")), {});
        return;
    }
    const QString method = methodValue.toString();
    const QJsonObject params = paramsValue.toObject();

    if (method == QLatin1String("hello")) {
        respond(Result::S_OK,
                { { QLatin1String("protocol"), Ipc::Version },
                  { QLatin1String("version"), QStringLiteral(FERRY_VERSION) },
                  { QLatin1String("pid"), QCoreApplication::applicationPid() },
                  { QLatin1String("window"), m_hasWindow },
                  { QLatin1String("clients"), clientCount() } });
    } else if (method == QLatin1String("subscribe") || IpcMethods::has(method)) {
        // The engine's turn is shared: the request waits until its connection's turn comes.
        m_lastActive.insert(connection, ++m_requests);
        m_waiting[connection].append({ seq, id, method, params });
        dispatch();
    } else if (method == QLatin1String("forward")) {
        if (!m_hasWindow) {
            respond(Result(Result::E_NOTIMPL, tr("this engine runs without a window")), {});
            return;
        }
        QStringList urls;
        for (const QJsonValue &url : params.value(QLatin1String("urls")).toArray()) {
            if (url.isString())
                urls.append(url.toString());
        }
        respond(Result::S_OK, {});
        Q_EMIT commandForwarded(urls, params.value(QLatin1String("show")).toBool(true));
    } else if (method == QLatin1String("quit")) {
        // A window quits only when asked for by name (`ferry --quit`), never for a client that
        // meant a daemon.
        const bool window = params.value(QLatin1String("window")).toBool(false);
        if (m_hasWindow && !window) {
            respond(Result(Result::E_NOTIMPL,
                           tr("the window quits only when its user says so (ferry --quit)")),
                    {});
            return;
        }
        respond(Result::S_OK, {});
        if (guard)
            guard->flush();
        Q_EMIT quitRequested();
    } else {
        respond(Result(Result::E_NOTIMPL, tr("unknown method \"%1\"").arg(method)), {});
    }
}

void IpcServer::dispatch()
{
    while (m_inEngine < MaxInEngine) {
        const auto next
            = std::find_if(m_connections.begin(), m_connections.end(),
                           [this](IpcConnection *c) { return !m_waiting.value(c).isEmpty(); });
        if (next == m_connections.end())
            return;
        IpcConnection *connection = *next;
        // Served now: to the back of the line.
        m_connections.erase(next);
        m_connections.append(connection);
        QList<Waiting> &queue = m_waiting[connection];
        const Waiting request = queue.takeFirst();
        if (queue.isEmpty())
            m_waiting.remove(connection);
        runInEngine(connection, request);
    }
}

void IpcServer::runInEngine(IpcConnection *connection, const Waiting &request)
{
    ++m_inEngine;
    const QPointer<IpcConnection> guard(connection);
    const QPointer<IpcServer> self(this);
    const quint64 seq = request.seq;
    const QJsonValue id = request.id;
    // Called once the engine answered (or at once, for bad parameters).
    const auto finished = [self]() {
        if (!self)
            return;
        --self->m_inEngine;
        // From the event loop: an answer given at once must not nest the next request in it.
        QMetaObject::invokeMethod(self, &IpcServer::dispatch, Qt::QueuedConnection);
    };
    if (request.method == QLatin1String("subscribe")) {
        // Events from now on; the reset that follows the reply replaces whatever came before.
        connection->setSubscribed(true);
        m_engine->jobs(false, [guard, seq, id, finished](const Result &r, const QList<Job> &queue) {
            if (guard) {
                QJsonArray jobs;
                for (const Job &job : queue)
                    jobs.append(Ipc::jobJson(job, 0));
                guard->finishRequest(
                    seq, Ipc::encode(Ipc::reply(id, r)) + Ipc::encode(Ipc::jobsEvent(jobs, true)));
            }
            finished();
        });
        return;
    }
    m_methods.run(request.method, request.params,
                  [guard, seq, id, finished](const Result &result, const QJsonObject &data) {
                      if (guard)
                          guard->finishRequest(seq, Ipc::encode(Ipc::reply(id, result, data)));
                      finished();
                  });
}

void IpcServer::broadcast(const QByteArray &line)
{
    // send() may drop a client, which leaves the list: iterate over a copy.
    const QList<IpcConnection *> connections = m_connections;
    for (IpcConnection *c : connections) {
        if (c->isSubscribed())
            c->send(line);
    }
}

void IpcServer::onBatch(const SnapshotBatch &batch)
{
    const bool any = std::any_of(m_connections.cbegin(), m_connections.cend(),
                                 [](const IpcConnection *c) { return c->isSubscribed(); });
    if (!any || batch.changed.isEmpty())
        return;
    broadcast(Ipc::encode(Ipc::jobsEvent(batch)));
}

void IpcServer::onRemoved(const JobId &id, JobState state)
{
    broadcast(Ipc::encode(Ipc::removedEvent(id, state)));
}

} // namespace Ferry
