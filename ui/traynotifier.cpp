#include "traynotifier.h"

namespace Ferry {

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this]() {
        if (!m_last.actions.isEmpty())
            Q_EMIT actionInvoked(m_last.job, m_last.actions.first().first);
    });
}

void TrayNotifier::notify(const Notification &n)
{
    m_last = n;
    if (m_tray)
        m_tray->showMessage(n.title, n.text,
                            n.event == QLatin1String("jobFailed") ? QSystemTrayIcon::Warning
                                                                  : QSystemTrayIcon::Information);
}

} // namespace Ferry
