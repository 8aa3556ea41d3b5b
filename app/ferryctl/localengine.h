#pragma once

#include "hostedengine.h"

#include <QCoreApplication>

#include <memory>

namespace Ferry {

class Instance;
class IpcMethods;

// `ferryctl transfer` when no Ferry runs: this process runs the user's engine itself, as
// `ferry --daemon` would (the engine lock, the socket that other ferryctl calls reach), and calls
// it without a socket. A window that starts meanwhile asks for the engine: it stops here and
// disconnected() tells the command, which follows its job to the window. When the command is
// done, jobs that still wait to transfer and other clients of the socket are handed to a
// `ferry --daemon`.
class LocalEngine : public HostedEngine
{
    Q_OBJECT
public:
    LocalEngine();
    ~LocalEngine() override;
    Q_DISABLE_COPY_MOVE(LocalEngine)

    // BITS-style error when the engine cannot start here: E_ACCESSDENIED when another engine
    // holds the lock (it started meanwhile).
    Result start() override;
    Reply call(const QString &method, const QJsonObject &params = {}, int timeoutMs = -1) override;
    // Stops the engine of this process (nothing when a window took it over). When other jobs are
    // queued or transferring, or other clients are connected, starts `ferry --daemon` for them;
    // returns why that failed, if it did.
    QString stop() override;

private:
    Reply callHere(const QString &method, const QJsonObject &params, int timeoutMs);
    void onQuitRequested();
    void handOver();
    bool othersWaiting();

    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<IpcMethods> m_methods;
    bool m_subscribed = false;
    int m_calling = 0; // calls waiting for their answer
    bool m_handOverAsked = false; // by a window, while a call was waiting
};

} // namespace Ferry
