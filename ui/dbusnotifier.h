#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace Ferry {

// Notifications through the desktop's notification service (the freedesktop.org Desktop
// Notifications specification: org.freedesktop.Notifications on the session bus), with actions.
class DBusNotifier : public Notifier
{
    Q_OBJECT
public:
    explicit DBusNotifier(const QDBusConnection &bus, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DBusNotifier)

    // True when a notification service is registered on the bus.
    static bool serviceAvailable(const QDBusConnection &bus);

    void notify(const Notification &notification) override;
    QString backend() const override { return QStringLiteral("dbus"); }
    // Notifications the service took and has not closed yet.
    int openNotifications() const { return int(m_jobOfNotification.size()); }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QHash<uint, JobId> m_jobOfNotification;
};

} // namespace Ferry
