// The tray menu: its entries, and the "Limit Speed" toggle with the configured rate (which opens
// the settings while no rate is set); the toggle's setting and the limit the engine then applies.
#include "appsettings.h"
#include "joblistmodel.h"
#include "jobnames.h"
#include "trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

class TestTrayIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void menuHasItsEntries();
    void limitSpeedTogglesTheConfiguredRate();
    void toggleIsStoredAndOffMeansNoLimit();

private:
    QTemporaryDir m_settingsDir;
};

void TestTrayIcon::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTrayIcon::menuHasItsEntries()
{
    JobListModel jobs;
    TrayIcon tray(&jobs);
    QStringList names;
    const QList<QAction *> actions = tray.menu()->actions();
    for (const QAction *a : actions) {
        if (!a->isSeparator())
            names.append(a->objectName());
    }
    QCOMPARE(names,
             (QStringList { QStringLiteral("trayShowHide"), QStringLiteral("trayNewJob"),
                            QStringLiteral("trayResumeAll"), QStringLiteral("traySuspendAll"),
                            QStringLiteral("trayLimitSpeed"), QStringLiteral("traySettings"),
                            QStringLiteral("trayQuit") }));
    QSignalSpy settings(&tray, &TrayIcon::settingsRequested);
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("traySettings"))
            a->trigger();
    }
    QCOMPARE(settings.size(), 1);
}

void TestTrayIcon::limitSpeedTogglesTheConfiguredRate()
{
    JobListModel jobs;
    TrayIcon tray(&jobs);
    QAction *limit = tray.limitSpeedAction();
    QSignalSpy toggled(&tray, &TrayIcon::speedLimitToggled);
    QSignalSpy settings(&tray, &TrayIcon::settingsRequested);

    // No rate configured: the entry leads to the settings, where the rate is set.
    tray.setSpeedLimit(0, true);
    QVERIFY(!limit->isCheckable());
    QVERIFY(limit->text().endsWith(QStringLiteral("…")));
    limit->trigger();
    QCOMPARE(settings.size(), 1);
    QVERIFY(toggled.isEmpty());

    // A rate: the entry names it and switches it off and on.
    tray.setSpeedLimit(512 * 1024, true);
    QVERIFY(limit->isCheckable());
    QVERIFY(limit->isChecked());
    QVERIFY2(limit->text().contains(JobNames::speed(512 * 1024)), qPrintable(limit->text()));
    limit->trigger();
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled.last().first().toBool(), false);
    tray.setSpeedLimit(512 * 1024, false);
    QVERIFY(!limit->isChecked());
    limit->trigger();
    QCOMPARE(toggled.last().first().toBool(), true);
    QCOMPARE(settings.size(), 1);
}

void TestTrayIcon::toggleIsStoredAndOffMeansNoLimit()
{
    AppSettings s = AppSettings::load();
    QVERIFY(s.limitOn); // on by default: a configured rate applies
    s.downloadLimit = 256 * 1024;
    s.limitOn = false;
    s.save();
    const AppSettings loaded = AppSettings::load();
    QCOMPARE(loaded.downloadLimit, qint64(256 * 1024));
    QVERIFY(!loaded.limitOn);
    // The engine transfers at full speed while the toggle is off, and keeps the rate for later.
    QCOMPARE(loaded.enginePreferences().effectiveDownloadLimit(), qint64(0));
    AppSettings on = loaded;
    on.limitOn = true;
    QCOMPARE(on.enginePreferences().effectiveDownloadLimit(), qint64(256 * 1024));
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
