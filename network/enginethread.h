#pragma once

#include "engine.h"

#include <QThread>

namespace Ferry {

// Runs an Engine in its own thread, so that a busy or frozen UI never slows a transfer.
class EngineThread
{
public:
    explicit EngineThread(const Engine::Options &options);
    ~EngineThread();
    Q_DISABLE_COPY_MOVE(EngineThread)

    // Starts the thread and the engine in it; returns the engine's start() result.
    Result start();
    void stop();
    Engine *engine() const { return m_engine; }

private:
    QThread m_thread;
    Engine *m_engine;
};

} // namespace Ferry
