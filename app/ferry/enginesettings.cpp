#include "enginesettings.h"

#include "engine.h"

namespace Ferry {

TransferEngine::Settings transferSettings(const AppSettings &settings,
                                          TransferEngine::Settings base)
{
    base.maxBackgroundTransfers = settings.maxConcurrentTransfers;
    base.downloadLimit = settings.downloadLimit;
    base.segments = settings.segments;
    return base;
}

void applyTransferSettings(Engine *engine, const AppSettings &settings)
{
    TransferEngine *transfers = engine->transfers();
    QMetaObject::invokeMethod(
        transfers,
        [transfers, settings]() {
            transfers->setSettings(transferSettings(settings, transfers->settings()));
        },
        Qt::QueuedConnection);
}

} // namespace Ferry
