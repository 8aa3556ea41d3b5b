#pragma once

#include "joblimits.h"
#include "result.h"
#include "transferengine.h"

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Ferry {
class NetworkStatus;
class NotifyCommand;
} // namespace Ferry

namespace Ferry {

class Clock;
class JobQueue;
class QueueLedger;
class JobStore;
class SnapshotPublisher;

// The engine of one user: the job store, the queue and (as the engine grows) the transfer
// machinery, living together in one thread. Exactly one engine may run per user; the lock file
// in $XDG_RUNTIME_DIR says which process holds it.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath; // default: JobStore::defaultPath()
        QString lockPath; // default: RuntimePaths::lockPath()
        int lockWaitMs = 0; // how long start() waits for another engine to let go of the lock
        int publishIntervalMs = 250;
        const Clock *clock = nullptr; // default: the system clock
        TransferEngine::Settings transfers;
        bool followNetworkStatus = true; // wait for the network when the system says it is gone
        JobLimits limits; // the BITS policy limits (ferry.conf [Limits] in the apps)
    };

    explicit Engine(const Options &options, QObject *parent = nullptr);
    ~Engine() override;
    Q_DISABLE_COPY_MOVE(Engine)

    static QString defaultLockPath();

    // Takes the per-user lock, opens the store and loads the queue. Must run in the thread the
    // engine lives in. E_ACCESSDENIED when another engine holds the lock.
    Result start();

    JobQueue *queue() const { return m_queue.get(); }
    SnapshotPublisher *publisher() const { return m_publisher.get(); }
    JobStore *store() const { return m_store.get(); }
    TransferEngine *transfers() const { return m_transfers.get(); }

private:
    bool takeFromZombie(qint64 pid);

    Options m_options;
    QLockFile m_lock;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<SnapshotPublisher> m_publisher;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QueueLedger> m_ledger;
    std::unique_ptr<TransferEngine> m_transfers;
    std::unique_ptr<NotifyCommand> m_notify;
    std::unique_ptr<NetworkStatus> m_networkStatus;
    QTimer *m_housekeeping = nullptr; // made in start(), so it lives in the engine's thread
};

} // namespace Ferry
