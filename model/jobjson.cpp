#include "jobjson.h"

#include <QJsonArray>

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
        files.append(QJsonObject { { QLatin1String("remoteUrl"), f.remoteUrl.toString() },
                                   { QLatin1String("localPath"), f.localPath },
                                   { QLatin1String("bytesTotal"), size(f.bytesTotal) },
                                   { QLatin1String("bytesTransferred"), f.bytesTransferred },
                                   { QLatin1String("completed"), f.completed } });
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

} // namespace Ferry::JobJson
