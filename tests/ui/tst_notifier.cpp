// Notifications on a private D-Bus session (the test runs under dbus-run-session) with a small
// org.freedesktop.Notifications service that records Notify calls: which backend is chosen,
// what the finished and failed notifications say and offer, that each job's notify flags are
// honoured, and that the actions picked on a notification reach the engine.
#include "dbusnotifier.h"
#include "engineclient.h"
#include "fakenotificationserver.h"
#include "jobfixture.h"
#include "joblistmodel.h"
#include "jobnotifications.h"
#include "snapshotpublisher.h"
#include "traynotifier.h"
#ifdef FERRY_HAVE_KNOTIFICATIONS
#include "knotifier.h"
#endif

#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

// Records what JobNotifications asks for.
class RecordingNotifier : public Notifier
{
    Q_OBJECT
public:
    using Notifier::Notifier;
    void notify(const Notification &n) override { shown.append(n); }
    QString backend() const override { return QStringLiteral("recording"); }
    void invoke(const JobId &job, const QString &action) { Q_EMIT actionInvoked(job, action); }
    QList<Notification> shown;
};

// A queue, its client, a job list kept with history, and JobNotifications over a recording
// notifier: what the window wires together.
struct Rig
{
    Rig()
        : publisher(f.queue.get(), 1)
        , client(f.queue.get(), &publisher)
        , notifications(&client, &model, &notifier)
    {
        model.setKeepHistory(true);
        QObject::connect(&client, &EngineClient::batchReceived, &model, &JobListModel::applyBatch);
    }
    JobFixture f;
    SnapshotPublisher publisher;
    EngineClient client;
    JobListModel model;
    RecordingNotifier notifier;
    JobNotifications notifications;
};

QStringList events(const QList<Notification> &list)
{
    QStringList out;
    for (const Notification &n : list)
        out.append(n.event);
    return out;
}

} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backendFollowsWhatTheSessionOffers();
    void dbusNotifierSendsNotificationsWithActions();
    void knotifierSendsTheNotifyrcEvents();
    void trayBalloonIsTheLastResort();
    void jobNotificationsHonourTheNotifyFlags();
    void actionsReachTheEngine();
    void allFinishedFollowsTheLastJob();
    void oneJobGetsOneNotification();

private:
    FakeNotificationServer m_server;
};

void TestNotifier::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("ferry")); // finds ferry.notifyrc
    if (!QDBusConnection::sessionBus().isConnected()) {
        if (qEnvironmentVariableIsSet("FERRY_REQUIRE_SERVERS"))
            QFAIL("no D-Bus session bus: run the test under dbus-run-session");
        QSKIP("no D-Bus session bus");
    }
    QVERIFY(m_server.start());
}

void TestNotifier::backendFollowsWhatTheSessionOffers()
{
    QSystemTrayIcon tray;
#ifdef FERRY_HAVE_KNOTIFICATIONS
    QCOMPARE(Notifier::create(&tray)->backend(), QStringLiteral("knotifications"));
#else
    QCOMPARE(Notifier::create(&tray)->backend(), QStringLiteral("dbus"));
    m_server.stop();
    QTRY_VERIFY(!DBusNotifier::serviceAvailable(QDBusConnection::sessionBus()));
    QCOMPARE(Notifier::create(&tray)->backend(), QStringLiteral("tray"));
    QCOMPARE(Notifier::create(nullptr)->backend(), QStringLiteral("none"));
    QVERIFY(m_server.start());
    QTRY_VERIFY(DBusNotifier::serviceAvailable(QDBusConnection::sessionBus()));
#endif
}

void TestNotifier::dbusNotifierSendsNotificationsWithActions()
{
    m_server.calls.clear();
    DBusNotifier notifier(QDBusConnection::sessionBus());
    QSignalSpy picked(&notifier, &Notifier::actionInvoked);
    const JobId job = JobId::create();
    notifier.notify({ QStringLiteral("jobFinished"),
                      job,
                      QStringLiteral("Download finished"),
                      QStringLiteral("debian.iso has been transferred."),
                      { { QStringLiteral("open"), QStringLiteral("Open") },
                        { QStringLiteral("folder"), QStringLiteral("Open Folder") } } });
    QTRY_COMPARE(m_server.calls.size(), 1);
    const FakeNotificationServer::Call call = m_server.calls.first();
    QCOMPARE(call.summary, QStringLiteral("Download finished"));
    QCOMPARE(call.body, QStringLiteral("debian.iso has been transferred."));
    QCOMPARE(call.actions,
             (QStringList { QStringLiteral("open"), QStringLiteral("Open"),
                            QStringLiteral("folder"), QStringLiteral("Open Folder") }));
    QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral(FERRY_APP_ID));
    // The service's answer (the notification's id) comes back before the user can click.
    QTRY_COMPARE(notifier.openNotifications(), 1);
    Q_EMIT m_server.ActionInvoked(call.id, QStringLiteral("folder"));
    QTRY_COMPARE(picked.size(), 1);
    QCOMPARE(picked.first().at(0).value<JobId>(), job);
    QCOMPARE(picked.first().at(1).toString(), QStringLiteral("folder"));
    // Another notification's actions are not ours.
    Q_EMIT m_server.ActionInvoked(call.id + 1000, QStringLiteral("open"));
    Q_EMIT m_server.NotificationClosed(call.id, 2);
    QTRY_COMPARE(notifier.openNotifications(), 0);
    QCOMPARE(picked.size(), 1);
}

void TestNotifier::knotifierSendsTheNotifyrcEvents()
{
#ifndef FERRY_HAVE_KNOTIFICATIONS
    QSKIP("built without KNotifications (KF6)");
#else
    m_server.calls.clear();
    KNotifier notifier;
    QSignalSpy picked(&notifier, &Notifier::actionInvoked);
    const JobId job = JobId::create();
    notifier.notify({ QStringLiteral("jobFailed"),
                      job,
                      QStringLiteral("Transfer failed"),
                      QStringLiteral("debian.iso: the server answered 404"),
                      { { QStringLiteral("retry"), QStringLiteral("Retry") } } });
    QTRY_COMPARE(m_server.calls.size(), 1);
    const FakeNotificationServer::Call call = m_server.calls.first();
    QCOMPARE(call.summary, QStringLiteral("Transfer failed"));
    QVERIFY(call.body.contains(QStringLiteral("404")));
    QVERIFY(call.actions.contains(QStringLiteral("Retry")));
    const QString key = call.actions.at(call.actions.indexOf(QStringLiteral("Retry")) - 1);
    Q_EMIT m_server.ActionInvoked(call.id, key);
    QTRY_COMPARE(picked.size(), 1);
    QCOMPARE(picked.first().at(0).value<JobId>(), job);
    QCOMPARE(picked.first().at(1).toString(), QStringLiteral("retry"));

    // A finished download offers Open and Open Folder.
    m_server.calls.clear();
    notifier.notify({ QStringLiteral("jobFinished"),
                      job,
                      QStringLiteral("Download finished"),
                      QStringLiteral("debian.iso has been transferred."),
                      { { QStringLiteral("open"), QStringLiteral("Open") },
                        { QStringLiteral("folder"), QStringLiteral("Open Folder") } } });
    QTRY_COMPARE(m_server.calls.size(), 1);
    const FakeNotificationServer::Call finished = m_server.calls.first();
    QCOMPARE(finished.summary, QStringLiteral("Download finished"));
    QVERIFY(finished.actions.contains(QStringLiteral("Open")));
    QVERIFY(finished.actions.contains(QStringLiteral("Open Folder")));
    const QString folderKey
        = finished.actions.at(finished.actions.indexOf(QStringLiteral("Open Folder")) - 1);
    Q_EMIT m_server.ActionInvoked(finished.id, folderKey);
    QTRY_COMPARE(picked.size(), 2);
    QCOMPARE(picked.last().at(1).toString(), QStringLiteral("folder"));
#endif
}

void TestNotifier::trayBalloonIsTheLastResort()
{
    m_server.calls.clear();
    QSystemTrayIcon tray;
    TrayNotifier notifier(&tray);
    QSignalSpy picked(&notifier, &Notifier::actionInvoked);
    const JobId job = JobId::create();
    notifier.notify({ QStringLiteral("jobFinished"),
                      job,
                      QStringLiteral("Download finished"),
                      QStringLiteral("a.iso"),
                      { { QStringLiteral("open"), QStringLiteral("Open") } } });
    QCOMPARE(notifier.lastShown().title, QStringLiteral("Download finished"));
    Q_EMIT tray.messageClicked();
    QCOMPARE(picked.size(), 1);
    QCOMPARE(picked.first().at(1).toString(), QStringLiteral("open"));
    // The balloon never goes to the desktop's service.
    QCoreApplication::processEvents();
    QVERIFY(m_server.calls.isEmpty());
}

void TestNotifier::jobNotificationsHonourTheNotifyFlags()
{
    Rig rig;
    EngineClient &client = rig.client;
    RecordingNotifier &notifier = rig.notifier;
    JobNotifications &notifications = rig.notifications;

    Job job;
    job.id = JobId::create();
    job.displayName = QStringLiteral("debian.iso");
    Q_EMIT client.jobTransferred(JobSnapshot::of(job));
    QCOMPARE(events(notifier.shown), QStringList { QStringLiteral("jobFinished") });
    QVERIFY(notifier.shown.first().text.contains(QStringLiteral("debian.iso")));
    QCOMPARE(notifier.shown.first().actions.size(), 2); // Open, Open Folder

    job.error.code = Result::httpError(404);
    job.error.context = ErrorContext::RemoteFile;
    Q_EMIT client.jobFailed(JobSnapshot::of(job));
    QCOMPARE(notifier.shown.last().event, QStringLiteral("jobFailed"));
    QCOMPARE(notifier.shown.last().actions.first().first, QStringLiteral("retry"));

    notifier.shown.clear();
    job.notifyFlags = NotifyFlags(NotifyFlag::JobError); // no "transferred" notification
    Q_EMIT client.jobTransferred(JobSnapshot::of(job));
    QVERIFY(notifier.shown.isEmpty());
    job.notifyFlags
        = NotifyFlags(NotifyFlag::JobTransferred) | NotifyFlag::JobError | NotifyFlag::Disable;
    Q_EMIT client.jobTransferred(JobSnapshot::of(job));
    Q_EMIT client.jobFailed(JobSnapshot::of(job));
    QVERIFY(notifier.shown.isEmpty());
    // The user's "no notifications" setting silences everything.
    job.notifyFlags = DefaultNotifyFlags;
    notifications.setEnabled(false);
    Q_EMIT client.jobFailed(JobSnapshot::of(job));
    QVERIFY(notifier.shown.isEmpty());
}

void TestNotifier::actionsReachTheEngine()
{
    Rig rig;
    JobFixture &f = rig.f;
    EngineClient &client = rig.client;
    JobListModel &model = rig.model;
    RecordingNotifier &notifier = rig.notifier;
    QSignalSpy opened(&rig.notifications, &JobNotifications::openRequested);

    const JobId failed = f.jobIn(JobType::Download, JobState::Error);
    const JobId done = f.jobIn(JobType::Download, JobState::Acknowledged);
    client.requestAll();
    QTRY_VERIFY(model.indexOf(failed).isValid());
    model.addHistory({ *f.find(done) });

    notifier.invoke(failed, QStringLiteral("retry"));
    QTRY_COMPARE(f.queue->job(failed)->state, JobState::Queued);
    const QString path = f.find(done)->files.first().localPath;
    notifier.invoke(done, QStringLiteral("open"));
    notifier.invoke(done, QStringLiteral("folder"));
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(0).first().toString(), path);
    QCOMPARE(opened.at(1).first().toString(), QFileInfo(path).absolutePath());
}

void TestNotifier::allFinishedFollowsTheLastJob()
{
    Rig rig;
    JobFixture &f = rig.f;
    EngineClient &client = rig.client;
    JobListModel &model = rig.model;
    RecordingNotifier &notifier = rig.notifier;

    const JobId a = f.jobIn(JobType::Download, JobState::Transferring);
    const JobId b = f.jobIn(JobType::Download, JobState::Transferring);
    client.requestAll();
    QTRY_VERIFY(model.indexOf(a).isValid() && model.indexOf(b).isValid());
    for (const JobId &id : { a, b }) {
        f.ledger().setFileProgress(id, 0, 5, 5);
        QVERIFY(f.ledger().markTransferred(id)); // emits jobTransferred
    }
    // The second is the last: its notification is the summary, not a second popup on top.
    QTRY_COMPARE(events(notifier.shown),
                 (QStringList { QStringLiteral("jobFinished"), QStringLiteral("allFinished") }));
    QCOMPARE(notifier.shown.last().job, b);
    QVERIFY2(notifier.shown.last().text.startsWith(QLatin1String("2 job")),
             qPrintable(notifier.shown.last().text));
    QCOMPARE(notifier.shown.last().actions.size(), 2); // Open, Open Folder of the last one
}

void TestNotifier::oneJobGetsOneNotification()
{
    Rig rig;
    JobFixture &f = rig.f;
    EngineClient &client = rig.client;
    JobListModel &model = rig.model;
    RecordingNotifier &notifier = rig.notifier;

    const JobId a = f.jobIn(JobType::Download, JobState::Transferring);
    client.requestAll();
    QTRY_VERIFY(model.indexOf(a).isValid());
    f.ledger().setFileProgress(a, 0, 5, 5);
    QVERIFY(f.ledger().markTransferred(a));
    QTRY_COMPARE(events(notifier.shown), QStringList { QStringLiteral("jobFinished") });
    // Still one once the list has caught up and nothing is active any more.
    QTRY_COMPARE(model.activity().activeJobs, 0);
    QCOMPARE(events(notifier.shown), QStringList { QStringLiteral("jobFinished") });

    // A run that ends with a failure counts again from zero: the next lone job is not "all".
    const JobId b = f.jobIn(JobType::Download, JobState::Transferring);
    const JobId c = f.jobIn(JobType::Download, JobState::Transferring);
    client.requestAll();
    QTRY_VERIFY(model.indexOf(b).isValid() && model.indexOf(c).isValid());
    f.ledger().setFileProgress(b, 0, 5, 5);
    QVERIFY(f.ledger().markTransferred(b));
    f.ledger().reportError(c, { ErrorContext::RemoteFile, Result::httpError(404), {}, 0 }, false);
    QTRY_COMPARE(model.activity().activeJobs, 0);
    const JobId d = f.jobIn(JobType::Download, JobState::Transferring);
    client.requestAll();
    QTRY_VERIFY(model.indexOf(d).isValid());
    f.ledger().setFileProgress(d, 0, 5, 5);
    QVERIFY(f.ledger().markTransferred(d));
    QTRY_COMPARE(notifier.shown.size(), 4);
    QCOMPARE(events(notifier.shown),
             (QStringList { QStringLiteral("jobFinished"), QStringLiteral("jobFinished"),
                            QStringLiteral("jobFailed"), QStringLiteral("jobFinished") }));
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
