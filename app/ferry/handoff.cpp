#include "handoff.h"

#include "ipcclient.h"

#include <QJsonArray>

namespace Ferry {

Handoff handOffToRunningInstance(const QStringList &urls, bool show)
{
    IpcClient client;
    if (!client.connectToEngine({}, 1000))
        return Handoff::NoneRunning;
    const IpcClient::Reply hello = client.call(QStringLiteral("hello"), {}, 5000);
    if (hello.isError())
        return Handoff::NoneRunning;
    if (hello.data.value(QLatin1String("window")).toBool()) {
        const IpcClient::Reply forwarded
            = client.call(QStringLiteral("forward"),
                          { { QLatin1String("urls"), QJsonArray::fromStringList(urls) },
                            { QLatin1String("show"), show || urls.isEmpty() } },
                          5000);
        return forwarded.isError() ? Handoff::NoneRunning : Handoff::Forwarded;
    }
    client.call(QStringLiteral("quit"), {}, 5000);
    client.waitForDisconnected(5000);
    return Handoff::DaemonStopped;
}

bool quitRunningInstance()
{
    IpcClient client;
    if (!client.connectToEngine({}, 1000))
        return false;
    const IpcClient::Reply quit
        = client.call(QStringLiteral("quit"), { { QLatin1String("window"), true } }, 5000);
    if (quit.isError())
        return false;
    client.waitForDisconnected(30000);
    return true;
}

} // namespace Ferry
