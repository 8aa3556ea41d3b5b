#pragma once

#include "hostrequest.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

class QIODevice;

namespace Ferry {

class EngineChannel;

// The native messaging host: reads the extension's messages from stdin, answers each one on
// stdout, and reaches the engine as another IPC client (starting `ferry --daemon` when no Ferry
// runs). A message that cannot be read gets an error answer; only a stream that is no longer
// native messaging (a length no browser sends) ends the host. Nothing the browser sends is ever
// logged: it may hold cookies.
class NativeHost
{
    Q_DECLARE_TR_FUNCTIONS(NativeHost)
public:
    NativeHost(QIODevice *in, QIODevice *out);
    ~NativeHost();
    Q_DISABLE_COPY_MOVE(NativeHost)

    // Until the browser closes the stream; the process's exit status.
    int run();

    // The folder a hand-off goes to when the extension names none: the window's default download
    // folder from ferry.conf, else the user's Downloads folder.
    static QString defaultFolder();

private:
    QJsonObject answer(const QByteArray &payload);
    QJsonObject hello(const HostRequest &request);
    QJsonObject download(const HostRequest &request);
    bool write(const QJsonObject &message);
    bool connectEngine(QString *error);

    QIODevice *m_in;
    QIODevice *m_out;
    std::unique_ptr<EngineChannel> m_engine;
};

// The answers' shape: {"v": 1, "type": …, "id": …, "ok": true, …} or "ok": false with
// "error": {"result", "code", "message"}.
namespace HostAnswer {
QJsonObject success(const HostRequest &request, QJsonObject fields);
QJsonObject failure(const QString &type, const QJsonValue &id, const Result &result);
} // namespace HostAnswer

} // namespace Ferry
