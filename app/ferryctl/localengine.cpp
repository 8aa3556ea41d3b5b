#include "localengine.h"

#include "enginelink.h"
#include "instance.h"
#include "ipcclient.h"
#include "ipcevents.h"
#include "ipcmethods.h"
#include "jobqueue.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace Ferry {

namespace {
bool waitsToTransfer(JobState state)
{
    return state == JobState::Queued || state == JobState::Connecting
        || state == JobState::Transferring || state == JobState::TransientError;
}
} // namespace

LocalEngine::LocalEngine() = default;

// The methods go before the instance whose client they call (reverse order of the members).
LocalEngine::~LocalEngine() = default;

Result LocalEngine::start()
{
    auto instance = std::make_unique<Instance>(Instance::Options {});
    if (const Result r = instance->start(); r.isError())
        return r;
    m_instance = std::move(instance);
    EngineClient *client = m_instance->client();
    m_methods = std::make_unique<IpcMethods>(client);
    connect(client, &EngineClient::batchReceived, this, [this](const SnapshotBatch &batch) {
        if (m_subscribed && !batch.changed.isEmpty())
            Q_EMIT eventReceived(Ipc::jobsEvent(batch));
    });
    connect(client, &EngineClient::jobRemoved, this, [this](const JobId &id, JobState state) {
        if (m_subscribed)
            Q_EMIT eventReceived(Ipc::removedEvent(id, state));
    });
    connect(m_instance->server(), &IpcServer::quitRequested, this, &LocalEngine::onQuitRequested,
            Qt::QueuedConnection);
    return Result::S_OK;
}

IpcChannel::Reply LocalEngine::call(const QString &method, const QJsonObject &params, int timeoutMs)
{
    ++m_calling;
    const Reply reply = callHere(method, params, timeoutMs);
    if (--m_calling == 0 && m_handOverAsked)
        QTimer::singleShot(0, this, &LocalEngine::handOver);
    return reply;
}

IpcChannel::Reply LocalEngine::callHere(const QString &method, const QJsonObject &params,
                                        int timeoutMs)
{
    if (!m_instance)
        return Reply::notConnected();
    if (method == QLatin1String("subscribe")) {
        // Events from now on; the caller has no jobs of its own to catch up on.
        m_subscribed = true;
        return { Result(Result::S_OK), {}, {} };
    }
    if (!IpcMethods::has(method)) {
        const Result notImplemented(Result::E_NOTIMPL);
        return { notImplemented, notImplemented.message(), {} };
    }
    // The answer comes back here through the event loop, maybe after a timed-out wait.
    struct Answer
    {
        Reply reply;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    m_methods->run(
        method, params,
        [answer, loop = QPointer<QEventLoop>(&loop)](const Result &r, const QJsonObject &data) {
            answer->reply.result = r;
            answer->reply.message = r.message();
            answer->reply.data = data;
            answer->done = true;
            if (loop)
                loop->quit();
        });
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        timer.start(timeoutMs);
    if (!answer->done)
        loop.exec();
    return answer->done ? answer->reply : Reply::timedOut();
}

void LocalEngine::onQuitRequested()
{
    // A window asked for the engine. A call that waits for its answer finishes first.
    if (m_calling > 0)
        m_handOverAsked = true;
    else
        handOver();
}

void LocalEngine::handOver()
{
    m_handOverAsked = false;
    if (!m_instance)
        return;
    // Stopping the engine checkpoints every transfer and frees the lock for the window.
    m_methods.reset();
    m_instance.reset();
    Q_EMIT disconnected();
}

bool LocalEngine::othersWaiting()
{
    bool waiting = false;
    QEventLoop loop;
    m_instance->client()->jobs(false, [&](const Result &, const QList<Job> &queue) {
        for (const Job &job : queue)
            waiting = waiting || waitsToTransfer(job.state);
        loop.quit();
    });
    loop.exec();
    return waiting;
}

QString LocalEngine::stop()
{
    if (!m_instance)
        return {};
    // Jobs that wait to transfer, and clients of the socket (another `ferryctl transfer` whose
    // job is in, but not yet completed), go on with a daemon.
    const bool waiting = othersWaiting() || m_instance->server()->clientCount() > 0;
    m_methods.reset();
    m_instance.reset();
    if (!waiting)
        return {};
    // Jobs of other commands go on in the background, as if a daemon had run all along.
    IpcClient daemon;
    QString error;
    return EngineLink::startDaemon(&daemon, &error) ? QString() : error;
}

} // namespace Ferry
