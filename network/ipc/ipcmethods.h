#pragma once

#include "result.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Ferry {

class EngineClient;
class TransferEngine;

// The job calls of the IPC protocol (docs/ipc.md): each method checks its parameters here, then
// runs as one EngineClient call in the engine thread, where JOB prefixes are resolved against the
// queue. The answer comes back in the caller's thread.
class IpcMethods
{
public:
    using Done = std::function<void(const Result &, const QJsonObject &data)>;

    // transfers lives in the engine thread; only operations running there touch it.
    IpcMethods(EngineClient *client, TransferEngine *transfers);

    static bool has(const QString &method);
    static QStringList names();
    // done is called exactly once, right away for bad parameters, later otherwise.
    void run(const QString &method, const QJsonObject &params, Done done);

private:
    QPointer<EngineClient> m_client;
    TransferEngine *m_transfers;
};

} // namespace Ferry
