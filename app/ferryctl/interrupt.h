#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace Ferry {

// SIGINT/SIGTERM as a Qt signal, for the commands that wait (transfer, monitor, wait).
class Interrupt : public QObject
{
    Q_OBJECT
public:
    Interrupt();
    ~Interrupt() override;
    Q_DISABLE_COPY_MOVE(Interrupt)

Q_SIGNALS:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Ferry
