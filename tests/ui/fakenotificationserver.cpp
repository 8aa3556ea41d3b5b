#include "fakenotificationserver.h"

namespace Ferry::Test {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotificationServer::FakeNotificationServer()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QStringLiteral("fake-notification-server")))
{ }

FakeNotificationServer::~FakeNotificationServer()
{
    stop();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
}

bool FakeNotificationServer::start()
{
    if (!m_bus.isConnected())
        return false;
    return m_bus.registerObject(kPath, this,
                                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
        && m_bus.registerService(kService);
}

void FakeNotificationServer::stop()
{
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath);
}

uint FakeNotificationServer::Notify(const QString &appName, uint replacesId, const QString &appIcon,
                                    const QString &summary, const QString &body,
                                    const QStringList &actions, const QVariantMap &hints,
                                    int expireTimeout)
{
    Q_UNUSED(appIcon)
    Q_UNUSED(expireTimeout)
    const uint id = replacesId ? replacesId : m_nextId++;
    calls.append({ id, appName, summary, body, actions, hints });
    return id;
}

QStringList FakeNotificationServer::GetCapabilities()
{
    return { QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup") };
}

void FakeNotificationServer::CloseNotification(uint id)
{
    Q_EMIT NotificationClosed(id, 3);
}

QString FakeNotificationServer::GetServerInformation(QString &vendor, QString &version,
                                                     QString &specVersion)
{
    vendor = QStringLiteral("Ferry tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("fake");
}

} // namespace Ferry::Test
