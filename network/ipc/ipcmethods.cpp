#include "ipcmethods.h"

#include "jobengine.h"
#include "jobjson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>
#include <memory>

namespace Ferry {

namespace {

QString ipcText(const char *text)
{
    return QCoreApplication::translate("Ferry::IpcMethods", text);
}

// One request as the engine call it makes; `done` gets the reply's result and data.
using Call = std::function<void(JobEngine &, const IpcMethods::Done &done)>;

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

    // A checksum as users write it ("sha256:HEX", bare hex, a SHA256SUMS line); nullopt when
    // the key is absent or the string empty (which setchecksum takes as "none").
    std::optional<Checksum> checksum(const char *key)
    {
        const QString text = string(key, false);
        if (text.isEmpty() || !ok())
            return std::nullopt;
        const ChecksumParser::Parsed parsed = ChecksumParser::parse(text);
        if (!parsed.line) {
            if (ok())
                m_error = Result(Result::E_INVALIDARG, parsed.error);
            return std::nullopt;
        }
        return parsed.line->checksum;
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

// A refusal found while reading the parameters: answered without asking the engine.
Call refuse(const Result &result)
{
    return [result](JobEngine &, const IpcMethods::Done &done) { done(result, {}); };
}

// A patch of the job named by params.job.
Call patchJob(Params &p, const JobPatch &patch)
{
    const JobRef job(p.string("job"));
    return [job, patch](JobEngine &engine, const IpcMethods::Done &done) {
        engine.apply(job, patch, [done](const Result &r) { done(r, {}); });
    };
}

Call transitionJob(Params &p, JobAction action)
{
    const JobRef job(p.string("job"));
    return [job, action](JobEngine &engine, const IpcMethods::Done &done) {
        engine.transition({ { job }, action }, [done](const QList<Result> &results) {
            done(results.value(0, Result(Result::E_FAIL)), {});
        });
    };
}

Call create(Params &p)
{
    NewJob spec;
    spec.displayName = p.string("name");
    const QString type = p.string("type", false);
    if (!type.isEmpty()) {
        const auto t
            = jobTypeFromBitsName(QString(type).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!t)
            return refuse(
                Result(Result::E_INVALIDARG,
                       ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "unknown job type \"%1\""))
                           .arg(type)));
        spec.type = *t;
    }
    spec.priority = p.priority("priority", false);
    const QString protocol = p.string("protocol", false);
    if (!protocol.isEmpty()) {
        const auto u = uploadProtocolFromName(protocol);
        if (!u)
            return refuse(Result(
                Result::E_INVALIDARG,
                ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "unknown upload protocol \"%1\""))
                    .arg(protocol)));
        spec.upload.protocol = *u;
    }
    spec.upload.formField = p.string("formField", false);
    spec.autoComplete = p.boolean("autoComplete");
    spec.resume = p.boolean("resume");
    for (const QJsonValue &f : p.array("files")) {
        const QJsonObject file = f.toObject();
        spec.files.append({ JobJson::urlFromJson(file.value(QLatin1String("remoteUrl")).toString()),
                            file.value(QLatin1String("localPath")).toString() });
        Params fileParams(file);
        if (const auto checksum = fileParams.checksum("checksum"))
            spec.checksums.insert(int(spec.files.size() - 1), *checksum);
        if (!fileParams.ok())
            return refuse(fileParams.error());
    }
    return [spec](JobEngine &engine, const IpcMethods::Done &done) {
        engine.create({ spec }, [done](const Result &r, const QList<JobId> &ids) {
            QJsonObject data;
            if (r.isSuccess() && !ids.isEmpty())
                data.insert(QLatin1String("id"), ids.first().toString());
            done(r, data);
        });
    };
}

Call list(Params &p)
{
    const bool all = p.boolean("all");
    return [all](JobEngine &engine, const IpcMethods::Done &done) {
        engine.jobs(all, [done](const Result &r, const QList<Job> &jobs) {
            QJsonArray out;
            for (const Job &job : jobs)
                out.append(JobJson::toJson(job));
            done(r, { { QLatin1String("jobs"), out } });
        });
    };
}

Call info(Params &p)
{
    const JobRef job(p.string("job"));
    return [job](JobEngine &engine, const IpcMethods::Done &done) {
        engine.job(job, [done](const Result &r, const Job &found) {
            QJsonObject data;
            if (r.isSuccess())
                data.insert(QLatin1String("job"), JobJson::toJson(found));
            done(r, data);
        });
    };
}

Call credentials(Params &p)
{
    const QString target = p.string("target").toLower();
    const QString scheme = p.string("scheme").toLower();
    Credentials c;
    c.user = p.string("user");
    c.password = p.string("password");
    if (!p.ok())
        return refuse(p.error());
    if (target != QLatin1String("server") && target != QLatin1String("proxy"))
        return refuse(Result(Result::BG_E_INVALID_AUTH_TARGET, target));
    if (scheme != QLatin1String("basic") && scheme != QLatin1String("digest"))
        return refuse(Result(Result::BG_E_INVALID_AUTH_SCHEME, scheme));
    c.target = target == QLatin1String("proxy") ? AuthTarget::Proxy : AuthTarget::Server;
    c.scheme = scheme == QLatin1String("digest") ? AuthScheme::Digest : AuthScheme::Basic;
    JobPatch patch;
    patch.credentials = { c };
    return patchJob(p, patch);
}

using Builder = std::function<Call(Params &)>;

// Method name → the engine call for its parameters.
const QHash<QString, Builder> &table()
{
    static const QHash<QString, Builder> methods = {
        { QStringLiteral("create"), create },
        { QStringLiteral("list"), list },
        { QStringLiteral("info"), info },
        { QStringLiteral("addfile"),
          [](Params &p) {
              JobPatch patch;
              patch.newFiles
                  = { { JobJson::urlFromJson(p.string("remoteUrl")), p.string("localPath") } };
              if (const auto checksum = p.checksum("checksum"))
                  patch.newFileChecksums.insert(0, *checksum);
              return patchJob(p, patch);
          } },
        { QStringLiteral("setchecksum"),
          [](Params &p) {
              JobPatch patch;
              const int file
                  = int(qMin<quint32>(p.number("file"), quint32(std::numeric_limits<int>::max())));
              // An empty checksum takes the user's away.
              patch.checksums.insert(file, p.checksum("checksum"));
              return patchJob(p, patch);
          } },
        { QStringLiteral("resume"), [](Params &p) { return transitionJob(p, JobAction::Resume); } },
        { QStringLiteral("suspend"),
          [](Params &p) { return transitionJob(p, JobAction::Suspend); } },
        { QStringLiteral("cancel"), [](Params &p) { return transitionJob(p, JobAction::Cancel); } },
        { QStringLiteral("complete"),
          [](Params &p) { return transitionJob(p, JobAction::Complete); } },
        { QStringLiteral("setpriority"),
          [](Params &p) {
              JobPatch patch;
              patch.priority = p.priority("priority", true);
              return patchJob(p, patch);
          } },
        { QStringLiteral("setnoprogresstimeout"),
          [](Params &p) {
              JobPatch patch;
              patch.noProgressTimeout = p.number("seconds");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setminretrydelay"),
          [](Params &p) {
              JobPatch patch;
              patch.minimumRetryDelay = p.number("seconds");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setnotifyflags"),
          [](Params &p) {
              JobPatch patch;
              patch.notifyFlags = p.number("flags");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setnotifycmdline"),
          [](Params &p) {
              JobPatch patch;
              patch.notifyCmdLine = p.strings("cmdline");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setdisplayname"),
          [](Params &p) {
              JobPatch patch;
              patch.displayName = p.string("name");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setdescription"),
          [](Params &p) {
              JobPatch patch;
              patch.description = p.string("text");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setreplyfilename"),
          [](Params &p) {
              JobPatch patch;
              patch.replyFileName = p.string("path");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setcustomheaders"),
          [](Params &p) {
              JobPatch patch;
              patch.customHeaders = p.strings("headers").join(QLatin1String("\r\n"));
              return patchJob(p, patch);
          } },
        { QStringLiteral("setcredentials"), credentials },
        { QStringLiteral("setremotename"),
          [](Params &p) {
              JobPatch patch;
              const quint32 index = p.number("index");
              patch.remoteNames.insert(int(qMin<quint32>(index, 0x7fffffff)),
                                       JobJson::urlFromJson(p.string("remoteUrl")));
              return patchJob(p, patch);
          } },
        // Ferry's per-job transfer options, stored with the job (ferryctl transfer --limit,
        // --segments).
        { QStringLiteral("setlimit"),
          [](Params &p) {
              JobPatch patch;
              patch.speedLimit = p.number("bytesPerSecond");
              return patchJob(p, patch);
          } },
        { QStringLiteral("setsegments"),
          [](Params &p) {
              const quint32 n = p.number("segments");
              if (p.ok() && (n < 1 || n > quint32(MaxSegments)))
                  return refuse(Result(Result::E_INVALIDARG,
                                       ipcText(QT_TRANSLATE_NOOP(
                                           "Ferry::IpcMethods", "segments must be from 1 to 16"))));
              JobPatch patch;
              patch.segments = int(n);
              return patchJob(p, patch);
          } },
    };
    return methods;
}

} // namespace

IpcMethods::IpcMethods(JobEngine *engine)
    : m_engine(engine)
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
    const Call call = (*builder)(p);
    if (!p.ok()) {
        done(p.error(), {});
        return;
    }
    if (!m_engine) {
        done(Result(Result::E_FAIL,
                    ipcText(QT_TRANSLATE_NOOP("Ferry::IpcMethods", "the engine is not running"))),
             {});
        return;
    }
    call(*m_engine, done);
}

} // namespace Ferry
