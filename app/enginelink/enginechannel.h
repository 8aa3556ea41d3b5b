#pragma once

#include "hostedengine.h"

#include <memory>

namespace Ferry {

class IpcClient;

// A client's line to the user's engine (ferryctl, the browser host), wherever it runs: the socket
// of the Ferry that runs, else a `ferry --daemon` started for it or, for `ferryctl transfer`, the
// engine of this process (a HostedEngine). When the engine goes away (a window took it over; the
// `ferryctl transfer` that ran it ended and left a daemon), the channel follows to the engine that
// takes over and subscribes again if it was subscribed: the reset event that answers says where
// every job is now. disconnected() only when no engine took over.
class EngineChannel : public IpcChannel
{
    Q_OBJECT
public:
    EngineChannel();
    ~EngineChannel() override;
    Q_DISABLE_COPY_MOVE(EngineChannel)

    // false, with the reason in *error, when no engine answers and none can be started. When no
    // Ferry runs: runs runHere for as long as this process needs it if one is given (ferryctl
    // transfer), else starts `ferry --daemon`.
    bool open(QString *error, std::unique_ptr<HostedEngine> runHere = nullptr);
    bool isConnected() const;
    // A call the engine did not answer because it went away is made again on the one that took
    // over; except "create", which may have been done.
    Reply call(const QString &method, const QJsonObject &params = {}, int timeoutMs = -1) override;
    // Stops an engine that runs here (HostedEngine::stop); returns what went wrong, if anything.
    QString close();

private:
    void attach(IpcChannel *channel);
    void onLost();

    std::unique_ptr<HostedEngine> m_local;
    std::unique_ptr<IpcClient> m_client;
    IpcChannel *m_current = nullptr;
    bool m_subscribed = false;
};

} // namespace Ferry
