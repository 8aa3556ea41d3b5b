#pragma once

#include "enginepreferences.h"
#include "transferengine.h"

namespace Ferry {

// The engine's part of the user's settings: concurrent transfers, the global download limit and
// the connections per large file.
TransferEngine::Settings transferSettings(const EnginePreferences &preferences,
                                          TransferEngine::Settings base = {});

} // namespace Ferry
