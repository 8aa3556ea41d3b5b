#include "jobjson.h"

#include "jobsecrets.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace Ferry::JobJson {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue size(qint64 bytes)
{
    return bytes == SizeUnknown ? QJsonValue() : QJsonValue(bytes);
}

} // namespace

QString urlToJson(const QUrl &url)
{
    return QString::fromLatin1(url.toEncoded());
}

QUrl urlFromJson(const QString &text)
{
    return QUrl(text, QUrl::StrictMode);
}

QJsonObject toJson(const Result &result)
{
    return { { QLatin1String("result"), result.name() },
             { QLatin1String("code"), result.hex() },
             { QLatin1String("message"), result.message() } };
}

QJsonObject toJson(const Job &job)
{
    const JobProgress p = job.progress();
    QJsonArray files;
    for (const JobFile &f : job.files) {
        files.append(QJsonObject {
            { QLatin1String("remoteUrl"),
              // A password in the URL never comes back (docs/ipc.md).
              QString::fromLatin1(f.remoteUrl.toEncoded(QUrl::RemovePassword)) },
            { QLatin1String("localPath"), f.localPath },
            { QLatin1String("bytesTotal"), size(f.bytesTotal) },
            { QLatin1String("bytesTransferred"), f.bytesTransferred },
            { QLatin1String("completed"), f.completed },
            { QLatin1String("checksum"),
              f.integrity.expected ? QJsonValue(f.integrity.expected->toString()) : QJsonValue() },
            { QLatin1String("checksumSource"),
              f.integrity.expected ? QJsonValue(checksumSourceName(f.integrity.source))
                                   : QJsonValue() },
            { QLatin1String("validation"), validationName(f.integrity.validation) } });
    }
    QJsonValue error;
    if (!job.error.isNull()) {
        error = QJsonObject { { QLatin1String("context"), bitsName(job.error.context) },
                              { QLatin1String("name"), job.error.code.name() },
                              { QLatin1String("code"), job.error.code.hex() },
                              { QLatin1String("description"),
                                job.error.description.isEmpty() ? job.error.code.message()
                                                                : job.error.description },
                              { QLatin1String("file"),
                                job.error.fileIndex >= 0 && job.error.fileIndex < job.files.size()
                                    ? QJsonValue(job.files.at(job.error.fileIndex).localPath)
                                    : QJsonValue() } };
    }
    QJsonArray cmd;
    for (const QString &arg : job.notifyCmdLine)
        cmd.append(arg);
    QJsonObject o {
        { QLatin1String("id"), job.id.toString() },
        { QLatin1String("displayName"), job.displayName },
        { QLatin1String("description"), job.description },
        { QLatin1String("type"), bitsName(job.type) },
        { QLatin1String("state"), bitsName(job.state) },
        { QLatin1String("priority"), bitsName(job.priority) },
        { QLatin1String("progress"),
          QJsonObject { { QLatin1String("bytesTotal"), size(p.bytesTotal) },
                        { QLatin1String("bytesTransferred"), p.bytesTransferred },
                        { QLatin1String("filesTotal"), p.filesTotal },
                        { QLatin1String("filesTransferred"), p.filesTransferred } } },
        { QLatin1String("times"),
          QJsonObject {
              { QLatin1String("creation"), time(job.times.creation) },
              { QLatin1String("modification"), time(job.times.modification) },
              { QLatin1String("transferCompletion"), time(job.times.transferCompletion) } } },
        { QLatin1String("error"), error },
        { QLatin1String("errorCount"), qint64(job.errorCount) },
        { QLatin1String("noProgressTimeout"), qint64(job.noProgressTimeout) },
        { QLatin1String("minimumRetryDelay"), qint64(job.minimumRetryDelay) },
        { QLatin1String("notifyFlags"), qint64(job.notifyFlags.toInt()) },
        { QLatin1String("notifyCmdLine"), cmd },
        { QLatin1String("autoComplete"), job.autoComplete },
        // Secret values (the browser's cookies, Authorization) never leave the engine.
        { QLatin1String("customHeaders"),
          QJsonArray::fromStringList(JobSecrets::maskedHeaders(job.customHeaders)) },
        { QLatin1String("files"), files },
    };
    if (job.type == JobType::UploadReply) {
        o.insert(QLatin1String("replyFileName"), job.replyFileName);
        o.insert(QLatin1String("replyProgress"),
                 QJsonObject {
                     { QLatin1String("bytesTotal"), size(job.replyProgress.bytesTotal) },
                     { QLatin1String("bytesTransferred"), job.replyProgress.bytesTransferred } });
    }
    return o;
}

namespace {

QDateTime timeFrom(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

qint64 sizeFrom(const QJsonValue &v)
{
    return v.isDouble() ? v.toInteger() : SizeUnknown;
}

} // namespace

Job fromJson(const QJsonObject &o)
{
    Job job;
    job.id = JobId::fromString(o.value(QLatin1String("id")).toString());
    job.displayName = o.value(QLatin1String("displayName")).toString();
    job.description = o.value(QLatin1String("description")).toString();
    job.type = jobTypeFromBitsName(o.value(QLatin1String("type")).toString()).value_or(job.type);
    job.state
        = jobStateFromBitsName(o.value(QLatin1String("state")).toString()).value_or(job.state);
    job.priority = jobPriorityFromBitsName(o.value(QLatin1String("priority")).toString())
                       .value_or(job.priority);
    const QJsonObject times = o.value(QLatin1String("times")).toObject();
    job.times.creation = timeFrom(times.value(QLatin1String("creation")));
    job.times.modification = timeFrom(times.value(QLatin1String("modification")));
    job.times.transferCompletion = timeFrom(times.value(QLatin1String("transferCompletion")));
    job.errorCount = quint32(o.value(QLatin1String("errorCount")).toInteger());
    job.noProgressTimeout
        = quint32(o.value(QLatin1String("noProgressTimeout")).toInteger(job.noProgressTimeout));
    job.minimumRetryDelay
        = quint32(o.value(QLatin1String("minimumRetryDelay")).toInteger(job.minimumRetryDelay));
    job.notifyFlags = NotifyFlags::fromInt(
        int(o.value(QLatin1String("notifyFlags")).toInteger(job.notifyFlags.toInt())));
    for (const QJsonValue &arg : o.value(QLatin1String("notifyCmdLine")).toArray())
        job.notifyCmdLine.append(arg.toString());
    job.autoComplete = o.value(QLatin1String("autoComplete")).toBool();
    job.replyFileName = o.value(QLatin1String("replyFileName")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("files")).toArray()) {
        const QJsonObject f = v.toObject();
        JobFile file;
        file.remoteUrl = urlFromJson(f.value(QLatin1String("remoteUrl")).toString());
        file.localPath = f.value(QLatin1String("localPath")).toString();
        file.bytesTotal = sizeFrom(f.value(QLatin1String("bytesTotal")));
        file.bytesTransferred = f.value(QLatin1String("bytesTransferred")).toInteger();
        file.completed = f.value(QLatin1String("completed")).toBool();
        file.integrity = FileIntegrity::fromStoreText(
            f.value(QLatin1String("checksumSource")).toString() + QLatin1Char(' ')
            + f.value(QLatin1String("validation")).toString() + QLatin1Char(' ')
            + f.value(QLatin1String("checksum")).toString());
        job.files.append(file);
    }
    const QJsonObject error = o.value(QLatin1String("error")).toObject();
    if (!error.isEmpty()) {
        bool ok = false;
        const quint32 code = error.value(QLatin1String("code")).toString().toUInt(&ok, 16);
        const auto context = QMetaEnum::fromType<ErrorContext>();
        job.error.code = Result::fromCode(ok ? code : quint32(Result::E_FAIL));
        job.error.description = error.value(QLatin1String("description")).toString();
        job.error.context = ErrorContext::Unknown;
        for (int i = 0; i < context.keyCount(); ++i) {
            if (bitsName(ErrorContext(context.value(i)))
                == error.value(QLatin1String("context")).toString())
                job.error.context = ErrorContext(context.value(i));
        }
        const QString file = error.value(QLatin1String("file")).toString();
        for (int i = 0; i < job.files.size() && !file.isEmpty(); ++i) {
            if (job.files.at(i).localPath == file) {
                job.error.fileIndex = i;
                break;
            }
        }
    }
    return job;
}

} // namespace Ferry::JobJson
