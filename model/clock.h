#pragma once

#include <QDateTime>

#include <functional>
#include <memory>

class QObject;

namespace Ferry {

// A single-shot timer on a Clock. Destroying it stops it.
class ClockTimer
{
public:
    virtual ~ClockTimer() = default;
    // (Re)starts it: it fires once, `ms` from now on its clock.
    virtual void start(qint64 ms) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
};

// Time as the engine sees it, injectable so that tests move it instead of waiting: the wall clock
// (job times, JobInactivityTimeout), a steady clock for delays and timeouts, and timers on it
// (retry delays, Retry-After, NoProgressTimeout, stalls, time slices).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Milliseconds on a clock that never goes back (not the time of day).
    virtual qint64 elapsedMs() const = 0;
    // A timer whose `callback` runs in `context`'s thread, from its event loop, and never after
    // the timer or `context` is gone. `purpose` names it for tests ("retry", "stall").
    virtual std::unique_ptr<ClockTimer> timer(QObject *context, std::function<void()> callback,
                                              const char *purpose) const = 0;

    // The process-wide system clock (UTC).
    static const Clock *system();
};

} // namespace Ferry
