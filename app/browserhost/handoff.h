#pragma once

#include "hostrequest.h"
#include "ipcchannel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace Ferry {

// One download hand-off from the browser, made as IPC calls to the engine:
// - an existing job in ERROR with HTTP 403/404/410 (or TRANSIENT_ERROR with 401) whose file has
//   the same name and size is "renewable": the extension asks, and a hand-off that names the job
//   continues it with the new link (SetRemoteName + the new headers + Resume; the bytes on disk
//   stay when the validators say it is the same file);
// - a job in the queue that already fetches the URL is reported ("duplicate"), not made again;
// - otherwise a job is created with the browser's headers as its custom headers, in the folder
//   asked for or the user's default, and resumed ("created").
// The answer holds "status" and "job"; a refusal is a Result with its message.
class Handoff
{
    Q_DECLARE_TR_FUNCTIONS(Handoff)
public:
    Handoff(IpcChannel *engine, QString defaultFolder);

    Result run(const HostRequest &request, QJsonObject *answer);

    // The file a hand-off makes: the browser's name, else the URL's (empty: the server names it).
    static QString fileNameFor(const HostRequest &request);
    // The HTTP status of a job's error when it is one that a fresh link can cure, else 0.
    static int expiredLinkStatus(const QJsonObject &job);
    // name in folder, or "name (2).ext", "name (3).ext"… when a job in the queue already
    // downloads to that path (the engine refuses two jobs writing one file).
    static QString freePath(const QString &folder, const QString &name,
                            const QSet<QString> &claimed);

private:
    Result create(const HostRequest &request, const QSet<QString> &claimed, QJsonObject *answer);
    Result renew(const HostRequest &request, const QJsonObject &job, QJsonObject *answer);
    Result call(const QString &method, const QJsonObject &params, QJsonObject *data = nullptr);
    bool matchesForRenewal(const HostRequest &request, const QJsonObject &job) const;

    IpcChannel *m_engine;
    QString m_defaultFolder;
};

} // namespace Ferry
