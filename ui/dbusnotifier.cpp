#include "dbusnotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace Ferry {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &bus, QObject *parent)
    : Notifier(parent)
    , m_bus(bus)
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

bool DBusNotifier::serviceAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(kService).value();
}

void DBusNotifier::notify(const Notification &n)
{
    QStringList actions;
    for (const auto &[id, label] : n.actions)
        actions << id << label;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(FERRY_APP_ID));
    hints.insert(QStringLiteral("category"),
                 n.event == QLatin1String("jobFailed") ? QStringLiteral("transfer.error")
                                                       : QStringLiteral("transfer.complete"));
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Ferry") << uint(0) << QStringLiteral(FERRY_APP_ID) << n.title << n.text
         << actions << hints << int(-1);
    // Asynchronous: a slow notification daemon never blocks the window.
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const JobId job = n.job;
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this, job](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isValid())
                m_jobOfNotification.insert(reply.value(), job);
            else
                qWarning("ferry: notification not shown: %s", qPrintable(reply.error().message()));
            w->deleteLater();
        });
}

void DBusNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_jobOfNotification.constFind(id);
    if (it != m_jobOfNotification.cend())
        Q_EMIT actionInvoked(*it, action);
}

void DBusNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_jobOfNotification.remove(id);
}

} // namespace Ferry
