#pragma once

#include "result.h"

#include <QJsonObject>
#include <QObject>

namespace Ferry {

// What a command talks to: the engine of another process through its socket (IpcClient), or the
// engine `ferryctl transfer` runs itself when no Ferry runs. Calls, replies and events are those
// of the protocol in docs/ipc.md either way.
class IpcChannel : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        Result result; // the engine's answer; E_FAIL-like codes when the connection broke
        QString message; // the engine's text for it
        QJsonObject data;
        bool isError() const { return result.isError(); }

        // The replies of a call that reached no engine, and of one the engine left unanswered.
        static Reply notConnected();
        static Reply timedOut();
    };

    using QObject::QObject;

    // Sends a request and waits for its reply (timeoutMs < 0: no limit); events that arrive
    // meanwhile are still delivered.
    virtual Reply call(const QString &method, const QJsonObject &params = {}, int timeoutMs = -1)
        = 0;

Q_SIGNALS:
    // An event (after "subscribe"): {"event": "jobs" | "removed", ...}.
    void eventReceived(const QJsonObject &event);
    // The engine is gone for good.
    void disconnected();
};

} // namespace Ferry
