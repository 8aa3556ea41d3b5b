#include "enginechannel.h"

#include "enginelink.h"
#include "hostedengine.h"
#include "ipcclient.h"

namespace Ferry {

EngineChannel::EngineChannel() = default;

EngineChannel::~EngineChannel()
{
    if (m_current)
        QObject::disconnect(m_current, nullptr, this, nullptr);
}

bool EngineChannel::open(QString *error, std::unique_ptr<HostedEngine> runHere)
{
    auto client = std::make_unique<IpcClient>();
    switch (EngineLink::connectRunning(client.get(), error)) {
    case EngineLink::Found::Engine:
        m_client = std::move(client);
        attach(m_client.get());
        return true;
    case EngineLink::Found::Refused:
        return false;
    case EngineLink::Found::None:
        break;
    }
    if (runHere) {
        const Result started = runHere->start();
        if (started.isSuccess()) {
            m_local = std::move(runHere);
            attach(m_local.get());
            return true;
        }
        // E_ACCESSDENIED: another engine took the lock meanwhile; go through it.
        if (started.code() != Result::E_ACCESSDENIED) {
            *error = QStringLiteral("%1 (%2): %3")
                         .arg(started.name(), started.hex(), started.message());
            return false;
        }
    }
    if (!EngineLink::startDaemon(client.get(), error))
        return false;
    m_client = std::move(client);
    attach(m_client.get());
    return true;
}

bool EngineChannel::isConnected() const
{
    if (!m_current)
        return false;
    return m_current != m_client.get() || m_client->isConnected();
}

void EngineChannel::attach(IpcChannel *channel)
{
    m_current = channel;
    connect(channel, &IpcChannel::eventReceived, this, &IpcChannel::eventReceived);
    connect(channel, &IpcChannel::disconnected, this, &EngineChannel::onLost);
}

IpcChannel::Reply EngineChannel::call(const QString &method, const QJsonObject &params,
                                      int timeoutMs)
{
    if (!m_current)
        return Reply::notConnected();
    if (method == QLatin1String("subscribe"))
        m_subscribed = true;
    IpcChannel *before = m_current;
    Reply reply = m_current->call(method, params, timeoutMs);
    if (reply.isError() && m_current && m_current != before && method != QLatin1String("create"))
        reply = m_current->call(method, params, timeoutMs);
    return reply;
}

void EngineChannel::onLost()
{
    IpcChannel *lost = m_current;
    if (!lost)
        return;
    QObject::disconnect(lost, nullptr, this, nullptr);
    m_current = nullptr;
    auto next = std::make_unique<IpcClient>();
    if (!EngineLink::follow(next.get())) {
        Q_EMIT disconnected();
        return;
    }
    // The client that went away is still in its signal: it goes later.
    if (lost == m_client.get())
        m_client.release()->deleteLater();
    m_client = std::move(next);
    attach(m_client.get());
    // Should this one go away too, its disconnected() brings us back here.
    if (m_subscribed)
        m_client->call(QStringLiteral("subscribe"));
}

QString EngineChannel::close()
{
    return m_local ? m_local->stop() : QString();
}

} // namespace Ferry
