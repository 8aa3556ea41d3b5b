#include "notifier.h"

#include "dbusnotifier.h"
#include "traynotifier.h"
#ifdef FERRY_HAVE_KNOTIFICATIONS
#include "knotifier.h"
#endif

namespace Ferry {

std::unique_ptr<Notifier> Notifier::create(QSystemTrayIcon *tray, QObject *parent)
{
#ifdef FERRY_HAVE_KNOTIFICATIONS
    Q_UNUSED(tray)
    return std::make_unique<KNotifier>(parent);
#else
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (DBusNotifier::serviceAvailable(bus))
        return std::make_unique<DBusNotifier>(bus, parent);
    if (tray)
        return std::make_unique<TrayNotifier>(tray, parent);
    return std::make_unique<NullNotifier>(parent);
#endif
}

} // namespace Ferry
