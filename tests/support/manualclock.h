#pragma once

#include "clock.h"

#include <QTimeZone>

#include <memory>

namespace Ferry::Test {

// A clock that moves only when the test says so: its timers (retry delays, stalls, slices) fire
// inside advance(), in the order they are due, with the clock at their due time. Timers may
// outlive it (objects deleted later): they then never fire.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start
                         = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()));
    ~ManualClock() override;

    QDateTime now() const override;
    qint64 elapsedMs() const override;
    std::unique_ptr<ClockTimer> timer(QObject *context, std::function<void()> callback,
                                      const char *purpose) const override;

    void advance(qint64 seconds) { advanceMs(seconds * 1000); }
    // Moves the clock on, firing every timer that falls due on the way.
    void advanceMs(qint64 ms);
    void set(const QDateTime &t);
    // Moves the clock to the earliest running timer of this purpose and fires it (and whatever
    // else falls due before it); false when none runs.
    bool fireNext(const char *purpose);
    // How many timers of this purpose run now.
    int running(const char *purpose) const;

private:
    class Timer;
    struct State;
    std::shared_ptr<State> m_state; // shared with the timers
};

} // namespace Ferry::Test
