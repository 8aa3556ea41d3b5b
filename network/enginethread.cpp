#include "enginethread.h"

namespace Ferry {

EngineThread::EngineThread(const Engine::Options &options)
    : m_engine(new Engine(options))
{
    m_thread.setObjectName(QStringLiteral("ferry-engine"));
    m_engine->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
}

EngineThread::~EngineThread()
{
    stop();
}

Result EngineThread::start()
{
    m_thread.start();
    Result result;
    QMetaObject::invokeMethod(
        m_engine, [this, &result]() { result = m_engine->start(); }, Qt::BlockingQueuedConnection);
    return result;
}

void EngineThread::stop()
{
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
}

} // namespace Ferry
