#pragma once

#include "jobsnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ferry::Ipc {

// The events of the protocol (docs/ipc.md), built in one place for the socket's subscribers and
// for the engine that `ferryctl transfer` runs in its own process.

// A job as events carry it: JobJson's object and "bytesPerSecond".
QJsonObject jobJson(const Job &job, qint64 bytesPerSecond);
// {"event": "jobs", "reset": ..., "changed": [jobs]}
QJsonObject jobsEvent(const QJsonArray &changed, bool reset);
QJsonObject jobsEvent(const SnapshotBatch &batch);
// {"event": "removed", "id": ..., "state": "ACKNOWLEDGED" | "CANCELLED"}
QJsonObject removedEvent(const JobId &id, JobState state);

} // namespace Ferry::Ipc
