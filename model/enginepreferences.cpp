#include "enginepreferences.h"

#include <QSettings>

namespace Ferry {

namespace {
const QString kConcurrent = QStringLiteral("engine/maxConcurrentTransfers");
const QString kLimit = QStringLiteral("engine/downloadLimit");
const QString kLimitOn = QStringLiteral("engine/downloadLimitOn");
const QString kSegments = QStringLiteral("engine/segments");
} // namespace

EnginePreferences EnginePreferences::load(const QSettings &settings)
{
    EnginePreferences e;
    e.maxConcurrentTransfers
        = qBound(1, settings.value(kConcurrent, e.maxConcurrentTransfers).toInt(), 100);
    e.downloadLimit = qMax<qint64>(0, settings.value(kLimit, e.downloadLimit).toLongLong());
    e.limitOn = settings.value(kLimitOn, e.limitOn).toBool();
    e.segments = qBound(1, settings.value(kSegments, e.segments).toInt(), 16);
    return e;
}

void EnginePreferences::save(QSettings &settings) const
{
    settings.setValue(kConcurrent, maxConcurrentTransfers);
    settings.setValue(kLimit, downloadLimit);
    settings.setValue(kLimitOn, limitOn);
    settings.setValue(kSegments, segments);
}

} // namespace Ferry
