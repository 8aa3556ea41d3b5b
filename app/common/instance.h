#pragma once

#include "engineclient.h"
#include "enginethread.h"
#include "ipcserver.h"

#include <memory>

namespace Ferry {

// The one engine of this user as a process serves it: the engine in its own thread, the
// EngineClient the window talks through, and the IPC server on the local socket. The window
// (`ferry`), `ferry --daemon` and a `ferryctl transfer` that found no Ferry running run exactly
// this.
class Instance
{
public:
    struct Options
    {
        bool hasWindow = false;
        int lockWaitMs = 0; // a daemon asked to hand over may take a moment to let go
    };

    explicit Instance(const Options &options);
    ~Instance();
    Q_DISABLE_COPY_MOVE(Instance)

    // Takes the engine lock, loads the queue and starts serving the socket.
    Result start();
    EngineClient *client() const { return m_client.get(); }
    IpcServer *server() const { return m_server.get(); }
    Engine *engine() const { return m_engine.engine(); }

    // The engine's options: the defaults plus the BITS policy limits from
    // $XDG_CONFIG_HOME/ferry/ferry.conf ([Limits] MaxJobsPerUser, MaxFilesPerJob,
    // JobInactivityTimeout in seconds).
    static Engine::Options engineOptions();

private:
    Options m_options;
    EngineThread m_engine;
    std::unique_ptr<EngineClient> m_client;
    std::unique_ptr<IpcServer> m_server;
};

} // namespace Ferry
