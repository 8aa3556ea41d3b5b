#pragma once

#include "ipcchannel.h"

namespace Ferry {

// An engine that runs in the calling process itself (ferryctl's LocalEngine for `transfer`):
// EngineChannel falls back to one when no Ferry runs and its caller handed one over.
class HostedEngine : public IpcChannel
{
    Q_OBJECT
public:
    using IpcChannel::IpcChannel;

    // E_ACCESSDENIED when another engine took the lock meanwhile (go through its socket then).
    virtual Result start() = 0;
    // Stops the engine; returns what went wrong, if anything.
    virtual QString stop() = 0;
};

} // namespace Ferry
