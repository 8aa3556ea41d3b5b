#include "ipcprotocol.h"

#include "jobjson.h"

#include <QJsonDocument>

namespace Ferry::Ipc {

QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject request(qint64 id, const QString &method, const QJsonObject &params)
{
    return { { QLatin1String("v"), Version },
             { QLatin1String("id"), id },
             { QLatin1String("method"), method },
             { QLatin1String("params"), params } };
}

QJsonObject reply(const QJsonValue &id, const Result &status, const QJsonObject &data)
{
    QJsonObject o { { QLatin1String("v"), Version },
                    { QLatin1String("id"), id },
                    { QLatin1String("status"), statusJson(status) } };
    if (!data.isEmpty())
        o.insert(QLatin1String("data"), data);
    return o;
}

QJsonObject event(const QString &name, const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(QLatin1String("v"), Version);
    o.insert(QLatin1String("event"), name);
    return o;
}

QJsonObject statusJson(const Result &result)
{
    return JobJson::toJson(result);
}

Result statusFromJson(const QJsonValue &status, QString *message)
{
    const QJsonObject o = status.toObject();
    bool ok = false;
    const quint32 code = o.value(QLatin1String("code")).toString().toUInt(&ok, 16);
    if (!ok) {
        const Result malformed(Result::E_FAIL, QStringLiteral("malformed reply from the engine"));
        *message = malformed.message();
        return malformed;
    }
    const Result result = Result::fromCode(code);
    *message = o.value(QLatin1String("message")).toString(result.message());
    return result;
}

} // namespace Ferry::Ipc
