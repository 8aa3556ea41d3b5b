#include "enginesettings.h"

namespace Ferry {

TransferEngine::Settings transferSettings(const EnginePreferences &preferences,
                                          TransferEngine::Settings base)
{
    base.maxBackgroundTransfers = preferences.maxConcurrentTransfers;
    base.downloadLimit = preferences.effectiveDownloadLimit();
    base.transfers.download.connections = preferences.segments;
    return base;
}

} // namespace Ferry
