#pragma once

#include "result.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Ferry {

class JobEngine;

// The job calls of the IPC protocol (docs/ipc.md): each method reads its parameters into the
// engine's typed commands (NewJob, JobPatch, Transition, queries) — the same the window sends —
// and makes one JobEngine call; JOB prefixes are resolved by the engine. The answer comes back in
// the caller's thread.
class IpcMethods
{
public:
    using Done = std::function<void(const Result &, const QJsonObject &data)>;

    explicit IpcMethods(JobEngine *engine);

    static bool has(const QString &method);
    static QStringList names();
    // done is called exactly once, right away for bad parameters, later otherwise.
    void run(const QString &method, const QJsonObject &params, Done done);

private:
    QPointer<JobEngine> m_engine;
};

} // namespace Ferry
