#include "clock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <limits>

namespace Ferry {

namespace {

class SystemTimer final : public ClockTimer
{
public:
    SystemTimer(QObject *context, std::function<void()> callback)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, context, std::move(callback));
    }
    void start(qint64 ms) override
    {
        m_timer.start(int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max()))));
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 elapsedMs() const override { return m_elapsed.elapsed(); }
    std::unique_ptr<ClockTimer> timer(QObject *context, std::function<void()> callback,
                                      const char *) const override
    {
        return std::make_unique<SystemTimer>(context, std::move(callback));
    }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

const Clock *Clock::system()
{
    static const SystemClock clock;
    return &clock;
}

} // namespace Ferry
