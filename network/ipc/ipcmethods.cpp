#include "ipcmethods.h"

#include "engineclient.h"
#include "jobjson.h"
#include "jobqueue.h"
#include "transferengine.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

namespace Ferry {

namespace {

QString ipcText(const char *text)
{
    return QCoreApplication::translate("Ferry::IpcMethods", text);
}

// Runs in the engine thread; fills data for the reply.
using Operation = std::function<Result(JobQueue &, TransferEngine *, QJsonObject *data)>;

// Reads one request's parameters; the first problem is kept in error.
class Params
{
public:
    explicit Params(const QJsonObject &o)
        : m_o(o)
    { }
    const Result &error() const { return m_error; }
    bool ok() const { return m_error.isSuccess(); }

    QString string(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            fail(key, ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "a string")));
        return {};
    }
    QStringList strings(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        QStringList out;
        if (!v.isArray()) {
            fail(key, ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "an array of strings")));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(key, ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "an array of strings")));
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }
    quint32 number(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 4294967295.0 || d != double(quint64(d))) {
            fail(key,
                 ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods",
                                           "a whole number from 0 to 4294967295")));
            return 0;
        }
        return quint32(d);
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isBool())
            fail(key, ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "true or false")));
        return v.toBool();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(key, ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "an array")));
        return v.toArray();
    }
    JobPriority priority(const char *key, bool required)
    {
        const QString name = string(key, required);
        if (name.isEmpty() && !required)
            return JobPriority::Normal;
        const auto p = jobPriorityFromBitsName(name);
        if (!p && ok())
            fail(
                key,
                ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "foreground, high, normal or low")));
        return p.value_or(JobPriority::Normal);
    }

private:
    void fail(const char *key, const QString &what)
    {
        if (ok()) {
            //: %1 is a parameter name of the IPC protocol, %2 what it must be
            m_error = Result(Result::E_INVALIDARG,
                             ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "params.%1 must be %2"))
                                 .arg(QLatin1String(key), what));
        }
    }

    const QJsonObject &m_o;
    Result m_error;
};

// JOB: a job id or a unique prefix of one, among the jobs in the queue.
Result resolve(const JobQueue &queue, const QString &prefix, JobId *id)
{
    if (prefix.isEmpty())
        return Result(Result::E_INVALIDARG,
                      ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "no job given")));
    const JobId exact = JobId::fromString(prefix);
    if (!exact.isNull()) {
        // A full id goes to the queue as is: it knows finished jobs (BG_E_INVALID_STATE).
        *id = exact;
        return Result::S_OK;
    }
    int matches = 0;
    for (const JobId &candidate : queue.jobIds()) {
        if (candidate.toString().startsWith(prefix, Qt::CaseInsensitive)) {
            *id = candidate;
            ++matches;
        }
    }
    if (matches == 1)
        return Result::S_OK;
    if (matches == 0)
        return Result(Result::BG_E_NOT_FOUND, prefix);
    return Result(
        Result::E_INVALIDARG,
        QCoreApplication::translate("Ferry::IpcMethods", "\"%1\" matches %n job(s)", "", matches)
            .arg(prefix));
}

// The calls that take a job: resolve it, then run call on it.
using JobCall = std::function<Result(JobQueue &, TransferEngine *, const JobId &)>;
Operation onJob(const QString &prefix, JobCall call)
{
    return [prefix, call = std::move(call)](JobQueue &q, TransferEngine *t, QJsonObject *) {
        JobId id;
        if (const Result r = resolve(q, prefix, &id); r.isError())
            return r;
        return call(q, t, id);
    };
}

Operation create(Params &p)
{
    NewJob spec;
    spec.displayName = p.string("name");
    const QString type = p.string("type", false);
    if (!type.isEmpty()) {
        const auto t
            = jobTypeFromBitsName(QString(type).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!t)
            return [type](JobQueue &, TransferEngine *, QJsonObject *) {
                return Result(
                    Result::E_INVALIDARG,
                    ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "unknown job type \"%1\""))
                        .arg(type));
            };
        spec.type = *t;
    }
    spec.priority = p.priority("priority", false);
    const QString protocol = p.string("protocol", false);
    if (!protocol.isEmpty()) {
        const auto u = uploadProtocolFromName(protocol);
        if (!u)
            return [protocol](JobQueue &, TransferEngine *, QJsonObject *) {
                return Result(Result::E_INVALIDARG,
                              ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods",
                                                        "unknown upload protocol \"%1\""))
                                  .arg(protocol));
            };
        spec.upload.protocol = *u;
    }
    spec.upload.formField = p.string("formField", false);
    spec.autoComplete = p.boolean("autoComplete");
    spec.resume = p.boolean("resume");
    for (const QJsonValue &f : p.array("files")) {
        const QJsonObject file = f.toObject();
        spec.files.append({ JobJson::urlFromJson(file.value(QLatin1String("remoteUrl")).toString()),
                            file.value(QLatin1String("localPath")).toString() });
    }
    return [spec](JobQueue &q, TransferEngine *, QJsonObject *data) {
        QList<JobId> ids;
        const Result r = q.createJobs({ spec }, &ids);
        if (r.isSuccess())
            data->insert(QLatin1String("id"), ids.first().toString());
        return r;
    };
}

Operation list(Params &p)
{
    const bool all = p.boolean("all");
    return [all](JobQueue &q, TransferEngine *, QJsonObject *data) {
        QJsonArray jobs;
        for (const JobId &id : q.jobIds())
            jobs.append(JobJson::toJson(*q.job(id)));
        if (all) {
            QList<Job> history;
            if (const Result r = q.history(&history); r.isError())
                return r;
            // Oldest first, like the queue.
            for (auto it = history.crbegin(); it != history.crend(); ++it)
                jobs.append(JobJson::toJson(*it));
        }
        data->insert(QLatin1String("jobs"), jobs);
        return Result(Result::S_OK);
    };
}

Operation info(Params &p)
{
    const QString prefix = p.string("job");
    return [prefix](JobQueue &q, TransferEngine *, QJsonObject *data) {
        if (prefix.isEmpty())
            return Result(Result::E_INVALIDARG,
                          ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "no job given")));
        // The queue first, then the history of finished jobs.
        QList<Job> matches;
        for (const JobId &id : q.jobIds()) {
            if (id.toString().startsWith(prefix, Qt::CaseInsensitive))
                matches.append(*q.job(id));
        }
        QList<Job> history;
        if (const Result r = q.history(&history); r.isError())
            return r;
        for (const Job &job : std::as_const(history)) {
            if (job.id.toString().startsWith(prefix, Qt::CaseInsensitive))
                matches.append(job);
        }
        if (matches.isEmpty())
            return Result(Result::BG_E_NOT_FOUND, prefix);
        if (matches.size() > 1)
            return Result(Result::E_INVALIDARG,
                          QCoreApplication::translate("Ferry::IpcMethods",
                                                      "\"%1\" matches %n job(s)", "",
                                                      int(matches.size()))
                              .arg(prefix));
        data->insert(QLatin1String("job"), JobJson::toJson(matches.first()));
        return Result(Result::S_OK);
    };
}

using Builder = std::function<Operation(Params &)>;

// Method name → the operation for its parameters.
const QHash<QString, Builder> &table()
{
    using Q = JobQueue;
    using T = TransferEngine;
    static const QHash<QString, Builder> methods = {
        { QStringLiteral("create"), create },
        { QStringLiteral("list"), list },
        { QStringLiteral("info"), info },
        { QStringLiteral("addfile"),
          [](Params &p) {
              const QUrl url = JobJson::urlFromJson(p.string("remoteUrl"));
              const QString local = p.string("localPath");
              return onJob(p.string("job"), [url, local](Q &q, T *, const JobId &id) {
                  return q.addFile(id, url, local);
              });
          } },
        { QStringLiteral("resume"),
          [](Params &p) {
              return onJob(p.string("job"),
                           [](Q &q, T *, const JobId &id) { return q.resume(id); });
          } },
        { QStringLiteral("suspend"),
          [](Params &p) {
              return onJob(p.string("job"),
                           [](Q &q, T *, const JobId &id) { return q.suspend(id); });
          } },
        { QStringLiteral("cancel"),
          [](Params &p) {
              return onJob(p.string("job"),
                           [](Q &q, T *, const JobId &id) { return q.cancel(id); });
          } },
        { QStringLiteral("complete"),
          [](Params &p) {
              return onJob(p.string("job"),
                           [](Q &q, T *, const JobId &id) { return q.complete(id); });
          } },
        { QStringLiteral("setpriority"),
          [](Params &p) {
              const JobPriority priority = p.priority("priority", true);
              return onJob(p.string("job"), [priority](Q &q, T *, const JobId &id) {
                  return q.setPriority(id, priority);
              });
          } },
        { QStringLiteral("setnoprogresstimeout"),
          [](Params &p) {
              const quint32 s = p.number("seconds");
              return onJob(p.string("job"), [s](Q &q, T *, const JobId &id) {
                  return q.setNoProgressTimeout(id, s);
              });
          } },
        { QStringLiteral("setminretrydelay"),
          [](Params &p) {
              const quint32 s = p.number("seconds");
              return onJob(p.string("job"), [s](Q &q, T *, const JobId &id) {
                  return q.setMinimumRetryDelay(id, s);
              });
          } },
        { QStringLiteral("setnotifyflags"),
          [](Params &p) {
              const quint32 f = p.number("flags");
              return onJob(p.string("job"),
                           [f](Q &q, T *, const JobId &id) { return q.setNotifyFlags(id, f); });
          } },
        { QStringLiteral("setnotifycmdline"),
          [](Params &p) {
              const QStringList cmd = p.strings("cmdline");
              return onJob(p.string("job"), [cmd](Q &q, T *, const JobId &id) {
                  return q.setNotifyCmdLine(id, cmd);
              });
          } },
        { QStringLiteral("setdisplayname"),
          [](Params &p) {
              const QString name = p.string("name");
              return onJob(p.string("job"), [name](Q &q, T *, const JobId &id) {
                  return q.setDisplayName(id, name);
              });
          } },
        { QStringLiteral("setdescription"),
          [](Params &p) {
              const QString text = p.string("text");
              return onJob(p.string("job"), [text](Q &q, T *, const JobId &id) {
                  return q.setDescription(id, text);
              });
          } },
        { QStringLiteral("setreplyfilename"),
          [](Params &p) {
              const QString path = p.string("path");
              return onJob(p.string("job"), [path](Q &q, T *, const JobId &id) {
                  return q.setReplyFileName(id, path);
              });
          } },
        { QStringLiteral("setcustomheaders"),
          [](Params &p) {
              const QString headers = p.strings("headers").join(QLatin1String("\r\n"));
              return onJob(p.string("job"), [headers](Q &q, T *, const JobId &id) {
                  return q.setCustomHeaders(id, headers);
              });
          } },
        { QStringLiteral("setcredentials"),
          [](Params &p) {
              const QString target = p.string("target").toLower();
              const QString scheme = p.string("scheme").toLower();
              Credentials c;
              c.user = p.string("user");
              c.password = p.string("password");
              c.target = target == QLatin1String("proxy") ? AuthTarget::Proxy : AuthTarget::Server;
              c.scheme = scheme == QLatin1String("digest") ? AuthScheme::Digest : AuthScheme::Basic;
              return onJob(p.string("job"), [target, scheme, c](Q &q, T *, const JobId &id) {
                  if (target != QLatin1String("server") && target != QLatin1String("proxy"))
                      return Result(Result::BG_E_INVALID_AUTH_TARGET, target);
                  if (scheme != QLatin1String("basic") && scheme != QLatin1String("digest"))
                      return Result(Result::BG_E_INVALID_AUTH_SCHEME, scheme);
                  return q.setCredentials(id, c);
              });
          } },
        { QStringLiteral("setremotename"),
          [](Params &p) {
              const quint32 index = p.number("index");
              const QUrl url = JobJson::urlFromJson(p.string("remoteUrl"));
              return onJob(p.string("job"), [index, url](Q &q, T *, const JobId &id) {
                  return q.setRemoteName(id, int(qMin<quint32>(index, 0x7fffffff)), url);
              });
          } },
        // Ferry's per-job transfer options, stored with the job (ferryctl transfer --limit,
        // --segments).
        { QStringLiteral("setlimit"),
          [](Params &p) {
              const quint32 rate = p.number("bytesPerSecond");
              return onJob(p.string("job"), [rate](Q &q, T *, const JobId &id) {
                  return q.setSpeedLimit(id, rate);
              });
          } },
        { QStringLiteral("setsegments"),
          [](Params &p) {
              const quint32 n = p.number("segments");
              return onJob(p.string("job"), [n](Q &q, T *, const JobId &id) {
                  if (n < 1 || n > quint32(MaxSegments))
                      return Result(Result::E_INVALIDARG,
                                    ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods",
                                                              "segments must be from 1 to 16")));
                  return q.setSegments(id, int(n));
              });
          } },
    };
    return methods;
}

} // namespace

IpcMethods::IpcMethods(EngineClient *client, TransferEngine *transfers)
    : m_client(client)
    , m_transfers(transfers)
{ }

bool IpcMethods::has(const QString &method)
{
    return table().contains(method);
}

QStringList IpcMethods::names()
{
    QStringList out = table().keys();
    out.sort();
    return out;
}

void IpcMethods::run(const QString &method, const QJsonObject &params, Done done)
{
    const auto builder = table().constFind(method);
    if (builder == table().cend()) {
        done(Result(Result::E_NOTIMPL, method), {});
        return;
    }
    Params p(params);
    Operation op = (*builder)(p);
    if (!p.ok()) {
        done(p.error(), {});
        return;
    }
    if (!m_client) {
        done(Result(Result::E_FAIL,
                    ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "the engine is not running"))),
             {});
        return;
    }
    auto data = std::make_shared<QJsonObject>();
    TransferEngine *transfers = m_transfers;
    m_client->call(
        [op = std::move(op), data, transfers](JobQueue &q) { return op(q, transfers, data.get()); },
        [data, done = std::move(done)](const Result &r) { done(r, *data); });
}

} // namespace Ferry
