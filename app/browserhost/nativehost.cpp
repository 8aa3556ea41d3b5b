#include "nativehost.h"

#include "enginechannel.h"
#include "enginelink.h"
#include "handoff.h"
#include "ipcclient.h"
#include "nativeframing.h"

#include <QFileDevice>
#include <QIODevice>
#include <QSettings>
#include <QStandardPaths>

namespace Ferry {

namespace {
// ui/appsettings.cpp keeps the window's default download folder under this key of ferry.conf.
const QString kDefaultFolderKey = QStringLiteral("newJob/destination");
} // namespace

QJsonObject HostAnswer::success(const HostRequest &request, QJsonObject fields)
{
    fields.insert(QLatin1String("v"), HostRequest::Version);
    fields.insert(QLatin1String("type"), HostRequest::typeName(request.type));
    fields.insert(QLatin1String("id"), request.id);
    fields.insert(QLatin1String("ok"), true);
    return fields;
}

QJsonObject HostAnswer::failure(const QString &type, const QJsonValue &id, const Result &result)
{
    // The detail is the message itself when there is one (the engine's text, or what was wrong
    // with the message); the code's description otherwise.
    const QString message = result.detail().isEmpty() ? result.description() : result.detail();
    return { { QLatin1String("v"), HostRequest::Version },
             { QLatin1String("type"), type },
             { QLatin1String("id"), id },
             { QLatin1String("ok"), false },
             { QLatin1String("error"),
               QJsonObject { { QLatin1String("result"), result.name() },
                             { QLatin1String("code"), result.hex() },
                             { QLatin1String("message"), message.left(1000) } } } };
}

NativeHost::NativeHost(QIODevice *in, QIODevice *out)
    : m_in(in)
    , m_out(out)
{ }

NativeHost::~NativeHost() = default;

QString NativeHost::defaultFolder()
{
    const QString folder = QSettings().value(kDefaultFolderKey).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                            : folder;
}

int NativeHost::run()
{
    NativeReader reader(m_in);
    for (;;) {
        QByteArray payload;
        quint32 length = 0;
        switch (reader.next(&payload, &length)) {
        case NativeReader::Status::Message:
            if (!write(answer(payload)))
                return 1;
            break;
        case NativeReader::Status::TooLarge:
            if (!write(HostAnswer::failure(
                    QStringLiteral("error"), QJsonValue(),
                    Result(Result::BG_E_TOO_LARGE,
                           tr("the message is %1 bytes long; the host accepts at most %2")
                               .arg(length)
                               .arg(NativeFraming::MaxIncomingBytes)))))
                return 1;
            break;
        case NativeReader::Status::Broken:
            write(HostAnswer::failure(
                QStringLiteral("error"), QJsonValue(),
                Result(Result::BG_E_TOO_LARGE,
                       tr("a message length of %1 bytes is not native messaging; the host stops")
                           .arg(length))));
            return 1;
        case NativeReader::Status::End:
            return 0;
        }
    }
}

QJsonObject NativeHost::answer(const QByteArray &payload)
{
    HostRequest request;
    if (const Result r = HostRequest::parse(payload, &request); r.isError())
        return HostAnswer::failure(request.typeKnown ? HostRequest::typeName(request.type)
                                                     : QStringLiteral("error"),
                                   request.id, r);
    if (request.type == HostRequest::Type::Hello)
        return hello(request);
    return download(request);
}

QJsonObject NativeHost::hello(const HostRequest &request)
{
    // Says whether an engine runs; does not start one (the first download does).
    QJsonObject engine { { QLatin1String("running"), false } };
    if (m_engine && m_engine->isConnected()) {
        engine.insert(QLatin1String("running"), true);
    } else {
        IpcClient probe;
        QString error;
        if (EngineLink::connectRunning(&probe, &error) == EngineLink::Found::Engine) {
            const IpcChannel::Reply reply = probe.call(QStringLiteral("hello"), {}, 5000);
            if (!reply.isError()) {
                engine = reply.data;
                engine.insert(QLatin1String("running"), true);
            }
        } else if (!error.isEmpty()) {
            engine.insert(QLatin1String("error"), error);
        }
    }
    return HostAnswer::success(request,
                               { { QLatin1String("host"), QStringLiteral(FERRY_VERSION) },
                                 { QLatin1String("engine"), engine },
                                 { QLatin1String("defaultFolder"), defaultFolder() } });
}

bool NativeHost::connectEngine(QString *error)
{
    if (m_engine && m_engine->isConnected())
        return true;
    m_engine = std::make_unique<EngineChannel>();
    if (m_engine->open(error))
        return true;
    m_engine.reset();
    return false;
}

QJsonObject NativeHost::download(const HostRequest &request)
{
    const QString type = HostRequest::typeName(request.type);
    QString error;
    if (!connectEngine(&error))
        return HostAnswer::failure(type, request.id, Result(Result::E_FAIL, error));
    Handoff handoff(m_engine.get(), defaultFolder());
    QJsonObject fields;
    if (const Result r = handoff.run(request, &fields); r.isError())
        return HostAnswer::failure(type, request.id, r);
    return HostAnswer::success(request, fields);
}

bool NativeHost::write(const QJsonObject &message)
{
    QByteArray frame = NativeFraming::encode(message);
    if (frame.isEmpty())
        frame = NativeFraming::encode(HostAnswer::failure(
            message.value(QLatin1String("type")).toString(), message.value(QLatin1String("id")),
            Result(Result::BG_E_TOO_LARGE, tr("the answer would be larger than 1 MiB"))));
    if (m_out->write(frame) != frame.size())
        return false;
    // stdout is a pipe to the browser: nothing may wait in a buffer.
    if (auto *file = qobject_cast<QFileDevice *>(m_out))
        return file->flush();
    return true;
}

} // namespace Ferry
