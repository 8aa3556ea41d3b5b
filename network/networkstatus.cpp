#include "networkstatus.h"

#include <QNetworkInformation>

namespace Ferry {

NetworkStatus::NetworkStatus(QObject *parent)
    : QObject(parent)
{ }

bool NetworkStatus::followSystem()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability r) {
        // Unknown means the backend cannot tell: do not hold transfers back for it.
        setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    apply(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    return true;
}

void NetworkStatus::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace Ferry
