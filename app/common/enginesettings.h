#pragma once

#include "enginepreferences.h"
#include "transferengine.h"

namespace Ferry {

class Engine;

// The engine's part of the user's settings: concurrent transfers, the global download limit and
// the connections per large file.
TransferEngine::Settings transferSettings(const EnginePreferences &preferences,
                                          TransferEngine::Settings base = {});

// Applies them to a running engine, in the engine's thread.
void applyTransferSettings(Engine *engine, const EnginePreferences &preferences);

} // namespace Ferry
