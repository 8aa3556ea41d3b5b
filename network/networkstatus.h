#pragma once

#include <QObject>

namespace Ferry {

// Whether the machine has a network. Follows QNetworkInformation when Qt has a backend for this
// system (NetworkManager); without one Ferry assumes it is online and lets failures speak.
// Tests set the state by hand.
class NetworkStatus : public QObject
{
    Q_OBJECT
public:
    explicit NetworkStatus(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NetworkStatus)

    // Starts following the system (QNetworkInformation); false when there is no backend.
    bool followSystem();
    bool isOnline() const { return m_online; }
    void setOnline(bool online);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    bool m_online = true;
};

} // namespace Ferry
