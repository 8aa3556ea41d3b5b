#include "notifycommand.h"

#include "clock.h"
#include "jobqueue.h"

#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcNotify, "ferry.network.notify")

namespace Ferry {

namespace {

// The notify flag that asks for the event of this state, or 0 when the state is no event.
quint32 flagFor(JobState state)
{
    switch (state) {
    case JobState::Transferred:
        return quint32(NotifyFlag::JobTransferred);
    case JobState::Error:
        return quint32(NotifyFlag::JobError);
    default:
        return 0;
    }
}

} // namespace

NotifyCommand::NotifyCommand(JobQueue *queue, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_clock(clock)
{
    connect(queue, &JobQueue::jobChanged, this, &NotifyCommand::consider);
    connect(queue, &JobQueue::jobRemoved, this, [this](const JobId &id) {
        m_retries.remove(id);
        m_delivered.remove(id);
    });
    const QList<JobId> ids = queue->jobIds();
    QMetaObject::invokeMethod(
        this,
        [this, ids]() {
            for (const JobId &id : ids)
                consider(id);
        },
        Qt::QueuedConnection);
}

NotifyCommand::~NotifyCommand()
{
    m_retries.clear();
    for (QProcess *p : std::as_const(m_running)) {
        p->disconnect(this);
        p->kill();
        p->waitForFinished(1000);
        delete p;
    }
}

void NotifyCommand::consider(const JobId &id)
{
    const Job *job = m_queue->job(id);
    if (!job)
        return;
    const quint32 flag = flagFor(job->state);
    if (!flag) {
        m_delivered.remove(id); // the next TRANSFERRED or ERROR is a new event
        m_retries.remove(id);
        return;
    }
    const bool wanted = !job->notifyCmdLine.isEmpty() && (job->notifyFlags.toInt() & flag)
        && !(job->notifyFlags.toInt() & quint32(NotifyFlag::Disable));
    if (!wanted || m_delivered.value(id, JobState::Queued) == job->state || m_running.contains(id)
        || m_retries.contains(id))
        return;
    run(id);
}

void NotifyCommand::run(const JobId &id)
{
    const Job *job = m_queue->job(id);
    if (!job || job->notifyCmdLine.isEmpty())
        return;
    const JobState event = job->state;
    auto *process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_JOB_ID"), id.toString());
    env.insert(QStringLiteral("FERRY_JOB_STATE"), bitsName(event));
    process->setProcessEnvironment(env);
    process->setProgram(job->notifyCmdLine.first());
    process->setArguments(job->notifyCmdLine.mid(1));
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    process->setStandardErrorFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this,
            [this, id, event, process](int code, QProcess::ExitStatus status) {
                m_running.remove(id);
                process->deleteLater();
                onExited(id, event, code, status == QProcess::CrashExit);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, id, event, process](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                m_running.remove(id);
                process->deleteLater();
                onExited(id, event, -1, true);
            });
    m_running.insert(id, process);
    qCInfo(lcNotify) << "running" << job->notifyCmdLine << "for" << id.toString()
                     << bitsName(event);
    process->start();
}

void NotifyCommand::onExited(const JobId &id, JobState event, int exitCode, bool crashed)
{
    Q_EMIT finished(id, crashed ? -1 : exitCode);
    const Job *job = m_queue->job(id);
    if (!job || job->state != event)
        return; // the program completed, cancelled or resumed the job: done
    if (!crashed && exitCode == 0) {
        m_delivered.insert(id, event);
        return;
    }
    // Not handled: try again after MinimumRetryDelay (spec §7.3).
    std::shared_ptr<ClockTimer> timer = m_clock->timer(
        this,
        [this, id]() {
            // This timer is the one firing: it goes once the event loop is back.
            const std::shared_ptr<ClockTimer> firing = m_retries.take(id);
            QMetaObject::invokeMethod(
                this, [firing]() {}, Qt::QueuedConnection);
            consider(id);
        },
        "retry");
    timer->start(qint64(job->minimumRetryDelay) * 1000);
    m_retries.insert(id, timer);
}

} // namespace Ferry
