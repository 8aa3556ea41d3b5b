#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace Ferry::Test {

// A small org.freedesktop.Notifications service on its own connection to the session bus: it
// records every Notify call so tests can check what a notifier sent, and can send ActionInvoked
// as a desktop does when the user clicks an action.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        uint id;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    FakeNotificationServer();
    ~FakeNotificationServer() override;
    Q_DISABLE_COPY_MOVE(FakeNotificationServer)

    // Registers the service; false when the bus is not there or the name is taken.
    bool start();
    void stop();
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    QStringList GetCapabilities();
    void CloseNotification(uint id);
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion);

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    uint m_nextId = 1;
};

} // namespace Ferry::Test
