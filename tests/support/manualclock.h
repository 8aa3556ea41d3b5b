#pragma once

#include "clock.h"

#include <QTimeZone>

namespace Ferry::Test {

// A clock that moves only when the test says so.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start
                         = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc()))
        : m_now(start)
    { }
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime &t) { m_now = t; }

private:
    QDateTime m_now;
};

} // namespace Ferry::Test
