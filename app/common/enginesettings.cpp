#include "enginesettings.h"

#include "engine.h"

namespace Ferry {

TransferEngine::Settings transferSettings(const EnginePreferences &preferences,
                                          TransferEngine::Settings base)
{
    base.maxBackgroundTransfers = preferences.maxConcurrentTransfers;
    base.downloadLimit = preferences.downloadLimit;
    base.transfers.download.connections = preferences.segments;
    return base;
}

void applyTransferSettings(Engine *engine, const EnginePreferences &preferences)
{
    TransferEngine *transfers = engine->transfers();
    QMetaObject::invokeMethod(
        transfers,
        [transfers, preferences]() {
            transfers->setSettings(transferSettings(preferences, transfers->settings()));
        },
        Qt::QueuedConnection);
}

} // namespace Ferry
