#pragma once

#include "notifier.h"

namespace Ferry {

// Notifications through KDE Frameworks' KNotifications (built only with KF6): the events and
// their defaults come from resources/ferry.notifyrc, so the user can configure them in the
// desktop's notification settings.
class KNotifier : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    Q_DISABLE_COPY_MOVE(KNotifier)

    void notify(const Notification &notification) override;
    QString backend() const override { return QStringLiteral("knotifications"); }
};

} // namespace Ferry
