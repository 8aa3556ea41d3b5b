#include "manualclock.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <cstring>

namespace Ferry::Test {

struct ManualClock::State
{
    QDateTime start;
    qint64 elapsed = 0;
    quint64 starts = 0; // orders timers due at the same time
    bool alive = true;
    QList<Timer *> timers;

    Timer *nextDue(const char *purpose) const;
};

class ManualClock::Timer final : public ClockTimer
{
public:
    Timer(std::shared_ptr<State> state, QObject *context, std::function<void()> callback,
          const char *purpose)
        : m_state(std::move(state))
        , m_context(context)
        , m_callback(std::move(callback))
        , m_purpose(purpose)
    {
        m_state->timers.append(this);
    }
    ~Timer() override { m_state->timers.removeOne(this); }

    void start(qint64 ms) override
    {
        if (!m_state->alive)
            return;
        m_due = m_state->elapsed + qMax<qint64>(0, ms);
        m_order = ++m_state->starts;
        m_active = true;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    void fire()
    {
        m_active = false;
        if (m_context)
            m_callback(); // may delete this timer
    }

    std::shared_ptr<State> m_state;
    QPointer<QObject> m_context;
    std::function<void()> m_callback;
    const char *m_purpose;
    qint64 m_due = 0;
    quint64 m_order = 0;
    bool m_active = false;
};

ManualClock::Timer *ManualClock::State::nextDue(const char *purpose) const
{
    Timer *next = nullptr;
    for (Timer *t : timers) {
        if (!t->m_active || (purpose && std::strcmp(t->m_purpose, purpose) != 0))
            continue;
        if (!next || t->m_due < next->m_due
            || (t->m_due == next->m_due && t->m_order < next->m_order))
            next = t;
    }
    return next;
}

ManualClock::ManualClock(const QDateTime &start)
    : m_state(std::make_shared<State>())
{
    m_state->start = start;
}

ManualClock::~ManualClock()
{
    m_state->alive = false;
    for (Timer *t : std::as_const(m_state->timers))
        t->m_active = false;
}

QDateTime ManualClock::now() const
{
    return m_state->start.addMSecs(m_state->elapsed);
}

qint64 ManualClock::elapsedMs() const
{
    return m_state->elapsed;
}

std::unique_ptr<ClockTimer> ManualClock::timer(QObject *context, std::function<void()> callback,
                                               const char *purpose) const
{
    return std::make_unique<Timer>(m_state, context, std::move(callback), purpose);
}

void ManualClock::advanceMs(qint64 ms)
{
    const qint64 target = m_state->elapsed + qMax<qint64>(0, ms);
    while (Timer *t = m_state->nextDue(nullptr)) {
        if (t->m_due > target)
            break;
        m_state->elapsed = qMax(m_state->elapsed, t->m_due);
        t->fire();
    }
    m_state->elapsed = target;
}

void ManualClock::set(const QDateTime &t)
{
    advanceMs(qMax<qint64>(0, now().msecsTo(t)));
    m_state->start = t.addMSecs(-m_state->elapsed);
}

bool ManualClock::fireNext(const char *purpose)
{
    Timer *t = m_state->nextDue(purpose);
    if (!t)
        return false;
    advanceMs(t->m_due - m_state->elapsed);
    return true;
}

int ManualClock::running(const char *purpose) const
{
    int n = 0;
    for (const Timer *t : std::as_const(m_state->timers))
        n += t->m_active && std::strcmp(t->m_purpose, purpose) == 0;
    return n;
}

} // namespace Ferry::Test
