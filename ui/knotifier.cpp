#include "knotifier.h"

#include <KNotification>

namespace Ferry {

void KNotifier::notify(const Notification &n)
{
    auto *notification = new KNotification(n.event, KNotification::CloseOnTimeout);
    notification->setComponentName(QStringLiteral("ferry"));
    notification->setTitle(n.title);
    notification->setText(n.text);
    notification->setIconName(QStringLiteral(FERRY_APP_ID));
    const JobId job = n.job;
    for (const auto &[id, label] : n.actions) {
        KNotificationAction *action = notification->addAction(label);
        connect(action, &KNotificationAction::activated, this,
                [this, job, id = id]() { Q_EMIT actionInvoked(job, id); });
    }
    // KNotification deletes itself once closed.
    notification->sendEvent();
}

} // namespace Ferry
