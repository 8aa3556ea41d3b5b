#include "ipcevents.h"

#include "ipcprotocol.h"
#include "jobjson.h"

namespace Ferry::Ipc {

QJsonObject jobJson(const Job &job, qint64 bytesPerSecond)
{
    QJsonObject o = JobJson::toJson(job);
    o.insert(QLatin1String("bytesPerSecond"), bytesPerSecond);
    return o;
}

QJsonObject jobsEvent(const QJsonArray &changed, bool reset)
{
    return event(QStringLiteral("jobs"),
                 { { QLatin1String("reset"), reset }, { QLatin1String("changed"), changed } });
}

QJsonObject jobsEvent(const SnapshotBatch &batch)
{
    QJsonArray changed;
    for (const JobSnapshot &s : batch.changed)
        changed.append(jobJson(s.job, s.bytesPerSecond));
    return jobsEvent(changed, batch.reset);
}

QJsonObject removedEvent(const JobId &id, JobState state)
{
    return event(
        QStringLiteral("removed"),
        { { QLatin1String("id"), id.toString() }, { QLatin1String("state"), bitsName(state) } });
}

} // namespace Ferry::Ipc
