#pragma once

#include "notifier.h"

#include <QPointer>
#include <QSystemTrayIcon>

namespace Ferry {

// Notifications as the tray icon's message balloon: the last resort when the session has no
// notification service. A click on the balloon is the notification's default action.
class TrayNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TrayNotifier)

    void notify(const Notification &notification) override;
    QString backend() const override { return QStringLiteral("tray"); }
    // The last balloon shown (title and text), for the tests.
    const Notification &lastShown() const { return m_last; }

private:
    QPointer<QSystemTrayIcon> m_tray;
    Notification m_last;
};

} // namespace Ferry
