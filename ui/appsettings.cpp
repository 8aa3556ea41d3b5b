#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Ferry {

namespace {
const QString kDirectory = QStringLiteral("newJob/destination");
const QString kAutoComplete = QStringLiteral("jobs/autoComplete");
const QString kNotifications = QStringLiteral("ui/notifications");
const QString kCloseToTray = QStringLiteral("ui/closeToTray");
const QString kAutostart = QStringLiteral("ui/startWithSession");
const QString kDropWithoutAsking = QStringLiteral("ui/addDroppedWithoutAsking");
const QString kLanguage = QStringLiteral("ui/language");
} // namespace

AppSettings AppSettings::load()
{
    QSettings s;
    AppSettings a;
    a.downloadDirectory
        = s.value(kDirectory, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
              .toString();
    a.autoComplete = s.value(kAutoComplete, a.autoComplete).toBool();
    const EnginePreferences engine = EnginePreferences::load(s);
    a.maxConcurrentTransfers = engine.maxConcurrentTransfers;
    a.downloadLimit = engine.downloadLimit;
    a.limitOn = engine.limitOn;
    a.segments = engine.segments;
    a.notifications = s.value(kNotifications, a.notifications).toBool();
    a.closeToTray = s.value(kCloseToTray, a.closeToTray).toBool();
    a.startWithSession = s.value(kAutostart, a.startWithSession).toBool();
    a.addDroppedWithoutAsking = s.value(kDropWithoutAsking, a.addDroppedWithoutAsking).toBool();
    a.language = s.value(kLanguage).toString();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(kDirectory, downloadDirectory);
    s.setValue(kAutoComplete, autoComplete);
    enginePreferences().save(s);
    s.setValue(kNotifications, notifications);
    s.setValue(kCloseToTray, closeToTray);
    s.setValue(kAutostart, startWithSession);
    s.setValue(kDropWithoutAsking, addDroppedWithoutAsking);
    s.setValue(kLanguage, language);
}

EnginePreferences AppSettings::enginePreferences() const
{
    EnginePreferences e;
    e.maxConcurrentTransfers = maxConcurrentTransfers;
    e.downloadLimit = downloadLimit;
    e.limitOn = limitOn;
    e.segments = segments;
    return e;
}

QString AppSettings::autostartPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/" FERRY_APP_ID ".desktop");
}

bool AppSettings::applyAutostart(bool enabled)
{
    const QString path = autostartPath();
    if (!enabled)
        return !QFile::exists(path) || QFile::remove(path);
    QFile source(QStringLiteral(":/autostart/" FERRY_APP_ID ".desktop"));
    if (!source.open(QIODevice::ReadOnly))
        return false;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly))
        return false;
    target.write(source.readAll());
    return target.commit();
}

} // namespace Ferry
