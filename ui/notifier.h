#pragma once

#include "jobid.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QSystemTrayIcon;

namespace Ferry {

// One desktop notification about a job. `event` is the id of a [Event/...] group of
// resources/ferry.notifyrc; `actions` are action ids ("open", "folder", "retry") with their
// labels.
struct Notification
{
    QString event; // "jobFinished", "jobFailed" or "allFinished"
    JobId job; // allFinished: the job that finished last
    QString title;
    QString text;
    QList<QPair<QString, QString>> actions; // id, translated label
};

// Shows notifications and reports the action the user picks. Which desktop service carries them
// is hidden behind this interface: KNotifications when Ferry is built with KF6, otherwise the
// desktop's org.freedesktop.Notifications service over D-Bus, and only when the session has
// none, the tray icon's balloon.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(Notifier)

    virtual void notify(const Notification &notification) = 0;
    // "knotifications", "dbus", "tray" or "none": for the log and the tests.
    virtual QString backend() const = 0;

    // The best notifier this session offers; `tray` may be null (no tray in this session).
    static std::unique_ptr<Notifier> create(QSystemTrayIcon *tray, QObject *parent = nullptr);

Q_SIGNALS:
    // The user picked an action of a notification ("default" for a click on its body).
    void actionInvoked(const Ferry::JobId &job, const QString &action);
};

// A notifier that shows nothing (no notification service and no tray).
class NullNotifier : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    void notify(const Notification &) override { }
    QString backend() const override { return QStringLiteral("none"); }
};

} // namespace Ferry
