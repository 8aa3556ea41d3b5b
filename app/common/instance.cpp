#include "instance.h"

#include "enginesettings.h"

#include <QSettings>

#include <csignal>

namespace Ferry {

namespace {
Engine::Options withLockWait(Engine::Options options, int lockWaitMs)
{
    options.lockWaitMs = lockWaitMs;
    return options;
}
} // namespace

Instance::Instance(const Options &options)
    : m_options(options)
    , m_engine(withLockWait(engineOptions(), options.lockWaitMs))
{ }

Instance::~Instance()
{
    // Clients first, then the engine they talk to.
    m_server.reset();
    m_client.reset();
    m_engine.stop();
}

Engine::Options Instance::engineOptions()
{
    Engine::Options options;
    // The window's settings file (NativeFormat is INI in ~/.config/ferry/ferry.conf).
    const QSettings settings(QSettings::UserScope, QStringLiteral("ferry"),
                             QStringLiteral("ferry"));
    const auto positive = [&settings](const char *key, qint64 fallback) {
        bool ok = false;
        const qint64 v = settings.value(QLatin1String(key)).toLongLong(&ok);
        return ok && v > 0 ? v : fallback;
    };
    JobLimits &limits = options.limits;
    limits.maxJobsPerUser
        = int(qMin<qint64>(positive("Limits/MaxJobsPerUser", limits.maxJobsPerUser), 10000000));
    limits.maxFilesPerJob
        = int(qMin<qint64>(positive("Limits/MaxFilesPerJob", limits.maxFilesPerJob), 10000000));
    limits.jobInactivityTimeout
        = positive("Limits/JobInactivityTimeout", limits.jobInactivityTimeout);
    // Concurrent transfers, speed limit and connections from the settings dialog.
    options.transfers = transferSettings(EnginePreferences::load(settings), options.transfers);
    return options;
}

Result Instance::start()
{
    // A client that disconnects while its reply is written must not kill the engine's process.
    std::signal(SIGPIPE, SIG_IGN);
    if (const Result r = m_engine.start(); r.isError())
        return r;
    Engine *engine = m_engine.engine();
    m_client = std::make_unique<EngineClient>(engine->queue(), engine->publisher());
    // Settings go through the same door as everything else, and are applied in the engine.
    TransferEngine *transfers = engine->transfers();
    m_client->setPreferencesHandler([transfers](const EnginePreferences &preferences) {
        transfers->setSettings(transferSettings(preferences, transfers->settings()));
    });
    m_server = std::make_unique<IpcServer>(m_client.get());
    m_server->setHasWindow(m_options.hasWindow);
    return m_server->listen();
}

} // namespace Ferry
