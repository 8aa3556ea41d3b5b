#include "ipcchannel.h"

#include <QCoreApplication>

namespace Ferry {

IpcChannel::Reply IpcChannel::Reply::notConnected()
{
    return { Result(Result::E_FAIL),
             QCoreApplication::translate("Ferry::IpcClient", "not connected to the engine"),
             {} };
}

IpcChannel::Reply IpcChannel::Reply::timedOut()
{
    return { Result(Result::ERROR_WINHTTP_TIMEOUT),
             QCoreApplication::translate("Ferry::IpcClient", "the engine did not answer in time"),
             {} };
}

} // namespace Ferry
