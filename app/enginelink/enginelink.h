#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ferry {

class IpcClient;

// The ways to an engine's socket that EngineChannel tries: the Ferry that runs (window or daemon),
// a `ferry --daemon` started for it (next to the calling program first, then from PATH), or the
// engine that takes over from one that went away.
class EngineLink
{
    Q_DECLARE_TR_FUNCTIONS(EngineLink)
public:
    enum class Found {
        Engine, // connected to the Ferry that runs
        None, // no Ferry runs
        Refused, // a socket is there but may not be used; the reason is in *error
    };
    static Found connectRunning(IpcClient *client, QString *error);
    // Starts `ferry --daemon` and connects to it, or to whichever engine took the lock meanwhile.
    static bool startDaemon(IpcClient *client, QString *error);
    // After the engine went away: waits a while for the one that takes over (a window that asked
    // for it, a daemon started for waiting jobs) and connects to it. Starts none itself.
    static bool follow(IpcClient *client);

private:
    static QString daemonProgram();
    static bool lockHeldByLiveProcess();
};

} // namespace Ferry
