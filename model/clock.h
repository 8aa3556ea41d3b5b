#pragma once

#include <QDateTime>

namespace Ferry {

// Wall-clock time, injectable so tests can move time (JobInactivityTimeout, retry delays).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide system clock (UTC).
    static const Clock *system();
};

} // namespace Ferry
