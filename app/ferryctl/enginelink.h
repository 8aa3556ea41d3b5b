#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ferry {

class IpcClient;

// ferryctl's way to the engine: the socket of the Ferry that runs (window or daemon), or else a
// `ferry --daemon` it starts (next to ferryctl first, then from PATH) and waits for.
class EngineLink
{
    Q_DECLARE_TR_FUNCTIONS(EngineLink)
public:
    // false, with the reason in *error, when no engine answers and none can be started.
    static bool open(IpcClient *client, QString *error);

private:
    static QString daemonProgram();
    static bool lockHeldByLiveProcess();
};

} // namespace Ferry
