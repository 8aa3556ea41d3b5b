#include "engine.h"

#include "clock.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "networkstatus.h"
#include "notifycommand.h"
#include "queueledger.h"
#include "runtimepaths.h"
#include "snapshotpublisher.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace Ferry {

Engine::Engine(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_lock(options.lockPath.isEmpty() ? defaultLockPath() : options.lockPath)
{
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

Engine::~Engine()
{
    m_notify.reset();
    if (m_transfers)
        m_transfers->setNetworkStatus(nullptr);
    m_networkStatus.reset();
    if (m_publisher)
        m_publisher->setConnectionCount({});
    m_transfers.reset();
    m_ledger.reset();
    m_network.reset();
    m_publisher.reset();
    m_queue.reset();
    m_store.reset();
}

QString Engine::defaultLockPath()
{
    return RuntimePaths::lockPath();
}

bool Engine::takeFromZombie(qint64 pid)
{
    // QLockFile takes a zombie for a live process, but a killed engine that nobody reaped yet
    // (a container's init) is gone. One process at a time looks, under a second lock, and only
    // removes the lock file while it still names that dead process.
    if (RuntimePaths::processRunning(pid))
        return false;
    QLockFile guard(m_lock.fileName() + QLatin1String(".recover"));
    guard.setStaleLockTime(5000);
    if (!guard.tryLock(5000))
        return false;
    qint64 now = 0;
    QString host;
    QString app;
    const bool same = m_lock.getLockInfo(&now, &host, &app) && now == pid;
    const bool taken = same && m_lock.removeStaleLockFile() && m_lock.tryLock(0);
    guard.unlock();
    return taken;
}

Result Engine::start()
{
    const QString lockPath = m_lock.fileName();
    if (const Result r = RuntimePaths::ensurePrivateDirectory(QFileInfo(lockPath).absolutePath());
        r.isError())
        return r;
    if (!m_lock.tryLock(m_options.lockWaitMs)) {
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock.getLockInfo(&pid, &host, &app);
        if (!takeFromZombie(pid))
            return Result(Result::E_ACCESSDENIED,
                          tr("another Ferry engine is running (process %1)").arg(pid));
    }
    m_store = std::make_unique<JobStore>(m_options.databasePath.isEmpty() ? JobStore::defaultPath()
                                                                          : m_options.databasePath);
    if (const Result r = m_store->open(); r.isError())
        return r;
    const Clock *clock = m_options.clock ? m_options.clock : Clock::system();
    m_queue = std::make_unique<JobQueue>(m_store.get(), clock, m_options.limits);
    if (const Result r = m_queue->load(); r.isError())
        return r;
    m_publisher = std::make_unique<SnapshotPublisher>(m_queue.get(), m_options.publishIntervalMs);

    // JobInactivityTimeout: look for abandoned jobs at start and then every hour.
    m_queue->expireInactive();
    m_housekeeping = new QTimer(this);
    m_housekeeping->setInterval(3600 * 1000);
    connect(m_housekeeping, &QTimer::timeout, m_queue.get(), &JobQueue::expireInactive);
    m_housekeeping->start();

    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setAutoDeleteReplies(true);
    m_ledger = std::make_unique<QueueLedger>(m_queue.get());
    m_transfers = std::make_unique<TransferEngine>(m_queue.get(), m_ledger.get(), m_network.get(),
                                                   clock, m_options.transfers);
    m_publisher->setConnectionCount(
        [transfers = m_transfers.get()](const JobId &id) { return transfers->connectionsOf(id); });
    m_notify = std::make_unique<NotifyCommand>(m_queue.get(), clock);
    m_networkStatus = std::make_unique<NetworkStatus>();
    if (m_options.followNetworkStatus && m_networkStatus->followSystem())
        m_transfers->setNetworkStatus(m_networkStatus.get());
    return Result::S_OK;
}

} // namespace Ferry
