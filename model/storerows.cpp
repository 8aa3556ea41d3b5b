#include "storerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ferry {

bool isNewFile(const JobFile &f)
{
    return f.bytesTotal == SizeUnknown && f.bytesTransferred == 0 && !f.completed
        && f.etag.isEmpty() && !f.lastModified.isValid() && f.part.isNull()
        && f.committing.isEmpty() && f.integrity.isNull();
}

bool isNewJob(const Job &job)
{
    return job.description.isEmpty() && job.error.isNull() && job.errorCount == 0
        && job.noProgressTimeout == DefaultNoProgressTimeout
        && job.minimumRetryDelay == DefaultMinimumRetryDelay
        && job.notifyFlags == DefaultNotifyFlags && job.replyFileName.isEmpty()
        && job.replyProgress.bytesTotal == SizeUnknown && job.replyProgress.bytesTransferred == 0
        && !job.times.transferCompletion.isValid() && job.notifyCmdLine.isEmpty()
        && job.customHeaders.isEmpty() && job.credentials.isEmpty()
        && job.proxy.usage == ProxyUsage::System && job.speedLimit == 0 && job.segments == 0
        && job.upload == UploadOptions() && job.replyPart.isNull() && job.replyCommitting.isEmpty();
}

// The rarely set properties travel as one JSON object; an empty string means all defaults.
QString settingsJson(const Job &job)
{
    QJsonObject o;
    if (!job.notifyCmdLine.isEmpty())
        o.insert(QLatin1String("notifyCmdLine"), QJsonArray::fromStringList(job.notifyCmdLine));
    if (!job.customHeaders.isEmpty())
        o.insert(QLatin1String("customHeaders"), job.customHeaders);
    if (!job.credentials.isEmpty()) {
        QJsonArray creds;
        for (const Credentials &c : job.credentials) {
            creds.append(QJsonObject { { QLatin1String("target"), int(c.target) },
                                       { QLatin1String("scheme"), int(c.scheme) },
                                       { QLatin1String("user"), c.user },
                                       { QLatin1String("password"), c.password } });
        }
        o.insert(QLatin1String("credentials"), creds);
    }
    if (job.proxy.usage != ProxyUsage::System) {
        o.insert(QLatin1String("proxy"),
                 QJsonObject { { QLatin1String("usage"), int(job.proxy.usage) },
                               { QLatin1String("list"), job.proxy.proxyList },
                               { QLatin1String("bypass"), job.proxy.bypassList } });
    }
    if (job.speedLimit > 0)
        o.insert(QLatin1String("speedLimit"), job.speedLimit);
    if (job.segments > 0)
        o.insert(QLatin1String("segments"), job.segments);
    if (job.upload.protocol != UploadProtocol::Default)
        o.insert(QLatin1String("uploadProtocol"), int(job.upload.protocol));
    if (!job.upload.formField.isEmpty())
        o.insert(QLatin1String("formField"), job.upload.formField);
    if (!job.upload.sessionUrl.isEmpty())
        o.insert(QLatin1String("uploadSession"),
                 QString::fromLatin1(job.upload.sessionUrl.toEncoded()));
    if (!job.replyPart.isNull())
        o.insert(QLatin1String("replyPart"),
                 QStringLiteral("%1:%2:%3")
                     .arg(job.replyPart.device)
                     .arg(job.replyPart.inode)
                     .arg(job.replyPart.born));
    if (!job.replyCommitting.isEmpty())
        o.insert(QLatin1String("replyCommitting"), job.replyCommitting);
    if (o.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void applySettings(Job &job, const QString &json)
{
    if (json.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonArray cmd = o.value(QLatin1String("notifyCmdLine")).toArray();
    for (const QJsonValue &v : cmd)
        job.notifyCmdLine.append(v.toString());
    job.customHeaders = o.value(QLatin1String("customHeaders")).toString();
    const QJsonArray creds = o.value(QLatin1String("credentials")).toArray();
    for (const QJsonValue &v : creds) {
        const QJsonObject c = v.toObject();
        job.credentials.append({ AuthTarget(c.value(QLatin1String("target")).toInt()),
                                 AuthScheme(c.value(QLatin1String("scheme")).toInt()),
                                 c.value(QLatin1String("user")).toString(),
                                 c.value(QLatin1String("password")).toString() });
    }
    job.speedLimit = qMax<qint64>(0, o.value(QLatin1String("speedLimit")).toInteger());
    job.segments = qBound(0, o.value(QLatin1String("segments")).toInt(), MaxSegments);
    const QJsonObject proxy = o.value(QLatin1String("proxy")).toObject();
    if (!proxy.isEmpty()) {
        job.proxy.usage = ProxyUsage(proxy.value(QLatin1String("usage")).toInt());
        job.proxy.proxyList = proxy.value(QLatin1String("list")).toString();
        job.proxy.bypassList = proxy.value(QLatin1String("bypass")).toString();
    }
    const int protocol = o.value(QLatin1String("uploadProtocol")).toInt();
    if (protocol > 0 && protocol <= int(UploadProtocol::Tus))
        job.upload.protocol = UploadProtocol(protocol);
    job.upload.formField = o.value(QLatin1String("formField")).toString();
    job.upload.sessionUrl
        = QUrl::fromEncoded(o.value(QLatin1String("uploadSession")).toString().toLatin1());
    const QStringList part = o.value(QLatin1String("replyPart")).toString().split(QLatin1Char(':'));
    if (part.size() == 3)
        job.replyPart
            = { part.at(0).toULongLong(), part.at(1).toULongLong(), part.at(2).toLongLong() };
    job.replyCommitting = o.value(QLatin1String("replyCommitting")).toString();
}

} // namespace Ferry
