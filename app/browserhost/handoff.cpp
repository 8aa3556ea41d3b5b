#include "handoff.h"

#include "filenames.h"
#include "jobjson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace Ferry {

namespace {

QString urlKey(const QUrl &url)
{
    return QString::fromLatin1(url.adjusted(QUrl::RemoveFragment).toEncoded());
}

QUrl jsonUrl(const QJsonValue &v)
{
    return JobJson::urlFromJson(v.toString());
}

QJsonArray filesOf(const QJsonObject &job)
{
    return job.value(QLatin1String("files")).toArray();
}

QString stateOf(const QJsonObject &job)
{
    return job.value(QLatin1String("state")).toString();
}

} // namespace

Handoff::Handoff(IpcChannel *engine, QString defaultFolder)
    : m_engine(engine)
    , m_defaultFolder(std::move(defaultFolder))
{ }

QString Handoff::fileNameFor(const HostRequest &request)
{
    return request.fileName.isEmpty() ? FileNames::fromUrl(request.url) : request.fileName;
}

int Handoff::expiredLinkStatus(const QJsonObject &job)
{
    static const QRegularExpression http(QStringLiteral("^BG_E_HTTP_ERROR_(\\d{3})$"));
    const QJsonObject error = job.value(QLatin1String("error")).toObject();
    const auto match = http.match(error.value(QLatin1String("name")).toString());
    if (!match.hasMatch())
        return 0;
    const int status = match.captured(1).toInt();
    const QString state = stateOf(job);
    if (state == QLatin1String("ERROR") && (status == 403 || status == 404 || status == 410))
        return status;
    if (state == QLatin1String("TRANSIENT_ERROR") && status == 401)
        return status;
    return 0;
}

bool Handoff::matchesForRenewal(const HostRequest &request, const QJsonObject &job) const
{
    const QJsonArray files = filesOf(job);
    if (files.size() != 1 || expiredLinkStatus(job) == 0 || request.size <= 0)
        return false;
    const QJsonObject file = files.first().toObject();
    const QJsonValue total = file.value(QLatin1String("bytesTotal"));
    const QString name = fileNameFor(request);
    return !name.isEmpty()
        && QFileInfo(file.value(QLatin1String("localPath")).toString()).fileName() == name
        && total.isDouble() && total.toInteger() == request.size;
}

Result Handoff::call(const QString &method, const QJsonObject &params, QJsonObject *data)
{
    const IpcChannel::Reply reply = m_engine->call(method, params);
    if (reply.isError())
        return Result::fromCode(reply.result.code(), reply.message);
    if (data)
        *data = reply.data;
    return Result::S_OK;
}

Result Handoff::run(const HostRequest &request, QJsonObject *answer)
{
    QJsonObject data;
    if (const Result r = call(QStringLiteral("list"), {}, &data); r.isError())
        return r;
    const QJsonArray jobs = data.value(QLatin1String("jobs")).toArray();
    const QString key = urlKey(request.url);
    QJsonObject renewable;
    QJsonObject duplicate;
    QSet<QString> claimed; // the files jobs in the queue write
    for (const QJsonValue &v : jobs) {
        const QJsonObject job = v.toObject();
        for (const QJsonValue &f : filesOf(job))
            claimed.insert(f.toObject().value(QLatin1String("localPath")).toString());
        if (request.renewGiven && !request.renewJob.isEmpty()
            && job.value(QLatin1String("id")).toString() == request.renewJob) {
            if (!matchesForRenewal(request, job))
                return Result(Result::BG_E_INVALID_STATE,
                              tr("the job no longer waits for a new link, or its file differs"));
            return renew(request, job, answer);
        }
        if (renewable.isEmpty() && matchesForRenewal(request, job))
            renewable = job;
        for (const QJsonValue &f : filesOf(job)) {
            if (duplicate.isEmpty()
                && urlKey(jsonUrl(f.toObject().value(QLatin1String("remoteUrl")))) == key)
                duplicate = job;
        }
    }
    if (request.renewGiven && !request.renewJob.isEmpty())
        return Result(Result::BG_E_NOT_FOUND, tr("the job to continue is not in the queue"));
    if (!renewable.isEmpty() && !request.renewGiven) {
        const QJsonObject file = filesOf(renewable).first().toObject();
        *answer = { { QLatin1String("status"), QStringLiteral("renewable") },
                    { QLatin1String("job"), renewable.value(QLatin1String("id")) },
                    { QLatin1String("name"), fileNameFor(request) },
                    { QLatin1String("size"), request.size },
                    { QLatin1String("bytesTransferred"),
                      file.value(QLatin1String("bytesTransferred")) },
                    { QLatin1String("httpStatus"), expiredLinkStatus(renewable) } };
        return Result::S_OK;
    }
    if (!duplicate.isEmpty() && expiredLinkStatus(duplicate) == 0) {
        *answer = { { QLatin1String("status"), QStringLiteral("duplicate") },
                    { QLatin1String("job"), duplicate.value(QLatin1String("id")) },
                    { QLatin1String("state"), stateOf(duplicate) } };
        return Result::S_OK;
    }
    return create(request, claimed, answer);
}

QString Handoff::freePath(const QString &folder, const QString &name, const QSet<QString> &claimed)
{
    const QDir dir(folder);
    QString path = dir.filePath(name);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2; claimed.contains(path) && n < 1000; ++n)
        path = dir.filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(extension));
    return path;
}

Result Handoff::create(const HostRequest &request, const QSet<QString> &claimed,
                       QJsonObject *answer)
{
    const QString folder = request.folder.isEmpty() ? m_defaultFolder : request.folder;
    if (!QFileInfo(folder).isDir())
        return Result(Result::ERROR_PATH_NOT_FOUND,
                      tr("the download folder %1 does not exist").arg(folder));
    // A folder alone lets the server's Content-Disposition name the file.
    const QString localPath
        = fileNameFor(request).isEmpty() ? folder : freePath(folder, fileNameFor(request), claimed);
    const QString name = localPath == folder ? QString() : QFileInfo(localPath).fileName();
    const QJsonObject file { { QLatin1String("remoteUrl"), JobJson::urlToJson(request.url) },
                             { QLatin1String("localPath"), localPath } };
    const QJsonObject params {
        { QLatin1String("name"), name.isEmpty() ? request.url.host() : name },
        { QLatin1String("autoComplete"), true },
        { QLatin1String("resume"), false },
        { QLatin1String("files"), QJsonArray { file } },
    };
    QJsonObject data;
    if (const Result r = call(QStringLiteral("create"), params, &data); r.isError())
        return r;
    const QString id = data.value(QLatin1String("id")).toString();
    const QJsonObject job { { QLatin1String("job"), id } };
    QJsonObject headers = job;
    headers.insert(QLatin1String("headers"), QJsonArray::fromStringList(request.headers()));
    Result r = call(QStringLiteral("setcustomheaders"), headers);
    if (r.isSuccess())
        r = call(QStringLiteral("resume"), job);
    if (r.isError()) {
        // Not a half-made job: the browser keeps the download.
        call(QStringLiteral("cancel"), job);
        return r;
    }
    *answer = { { QLatin1String("status"), QStringLiteral("created") },
                { QLatin1String("job"), id },
                { QLatin1String("name"), name } };
    return Result::S_OK;
}

Result Handoff::renew(const HostRequest &request, const QJsonObject &job, QJsonObject *answer)
{
    const QString id = job.value(QLatin1String("id")).toString();
    Result r = call(QStringLiteral("setremotename"),
                    { { QLatin1String("job"), id },
                      { QLatin1String("index"), 0 },
                      { QLatin1String("remoteUrl"), JobJson::urlToJson(request.url) } });
    if (r.isSuccess())
        r = call(QStringLiteral("setcustomheaders"),
                 { { QLatin1String("job"), id },
                   { QLatin1String("headers"), QJsonArray::fromStringList(request.headers()) } });
    if (r.isSuccess())
        r = call(QStringLiteral("resume"), { { QLatin1String("job"), id } });
    if (r.isError())
        return r;
    *answer = { { QLatin1String("status"), QStringLiteral("renewed") },
                { QLatin1String("job"), id },
                { QLatin1String("name"), fileNameFor(request) } };
    return Result::S_OK;
}

} // namespace Ferry
