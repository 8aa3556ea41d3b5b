// ferryctl monitor and wait: the commands that follow the engine's event stream.
#include "ctl.h"
#include "enginechannel.h"
#include "interrupt.h"
#include "jobjson.h"
#include "jobnames.h"
#include "jobprinter.h"
#include "terminaltext.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTime>
#include <QTimer>

#include <limits>
#include <optional>

namespace Ferry {

namespace {

QString now()
{
    return QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
}

// The exit status of `wait` once the job is in state, or nothing while it is still on its way.
std::optional<int> waitOutcome(JobState state)
{
    switch (state) {
    case JobState::Transferred:
    case JobState::Acknowledged:
        return int(Ctl::Ok);
    case JobState::Error:
    case JobState::Cancelled:
        return int(Ctl::WaitFailed);
    default:
        return std::nullopt;
    }
}

} // namespace

int Ctl::monitor(const Args &)
{
    if (!connect())
        return NoEngine;
    JobPrinter printer(m_out, m_json);
    QEventLoop loop;
    int status = Ok;
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &loop, &QEventLoop::quit);
    QObject::connect(m_engine.get(), &IpcChannel::disconnected, &loop, [&]() {
        m_err << "ferryctl: " << tr("the engine stopped") << '\n';
        status = NoEngine;
        loop.quit();
    });
    QObject::connect(
        m_engine.get(), &IpcChannel::eventReceived, &loop, [&](const QJsonObject &event) {
            if (m_json) {
                m_out << QJsonDocument(event).toJson(QJsonDocument::Compact) << '\n';
                m_out.flush();
                return;
            }
            const QString name = event.value(QLatin1String("event")).toString();
            if (name == QLatin1String("jobs")) {
                for (const QJsonValue &v : event.value(QLatin1String("changed")).toArray()) {
                    const QJsonObject o = v.toObject();
                    m_out << now() << "  "
                          << printer.row(JobJson::fromJson(o),
                                         o.value(QLatin1String("bytesPerSecond")).toInteger())
                          << '\n';
                }
            } else if (name == QLatin1String("removed")) {
                const auto state
                    = jobStateFromBitsName(event.value(QLatin1String("state")).toString());
                m_out << now() << "  " << event.value(QLatin1String("id")).toString().left(8)
                      << "  "
                      //: %1 is a job state such as "Completed"
                      << tr("%1, left the queue").arg(state ? JobNames::state(*state) : QString())
                      << '\n';
            }
            m_out.flush();
        });
    if (!m_json) {
        m_out << tr("TIME").leftJustified(8) << "  " << printer.header() << '\n';
        m_out.flush();
    }
    const IpcChannel::Reply reply = m_engine->call(QStringLiteral("subscribe"));
    if (reply.isError())
        return m_engine->isConnected() ? refused(reply.result, reply.message) : NoEngine;
    if (status == Ok && m_engine->isConnected())
        loop.exec();
    return status;
}

int Ctl::wait(const Args &args)
{
    qint64 timeoutMs = -1;
    if (!args.timeout.isEmpty()) {
        bool ok = false;
        const double seconds = args.timeout.toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 1e9)
            return usage(tr("--timeout takes a number of seconds"));
        timeoutMs = qint64(seconds * 1000);
    }
    QJsonObject data;
    if (const int rc = call(QStringLiteral("info"),
                            { { QLatin1String("job"), args.positional.first() } }, &data);
        rc != Ok)
        return rc;
    QJsonObject last = data.value(QLatin1String("job")).toObject();
    const QString id = last.value(QLatin1String("id")).toString();
    std::optional<int> outcome = waitOutcome(JobJson::fromJson(last).state);
    bool removed = false;
    bool gone = false; // left the queue before the subscription: look it up in the history

    QEventLoop loop;
    int status = Ok;
    Interrupt interrupt;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&]() {
        status = WaitTimeout;
        loop.quit();
    });
    QObject::connect(&interrupt, &Interrupt::interrupted, &loop, [&]() {
        status = Interrupted;
        loop.quit();
    });
    QObject::connect(m_engine.get(), &IpcChannel::disconnected, &loop, [&]() {
        status = NoEngine;
        loop.quit();
    });
    QObject::connect(
        m_engine.get(), &IpcChannel::eventReceived, &loop, [&](const QJsonObject &event) {
            const QString name = event.value(QLatin1String("event")).toString();
            if (name == QLatin1String("jobs")) {
                bool present = false;
                for (const QJsonValue &v : event.value(QLatin1String("changed")).toArray()) {
                    if (v.toObject().value(QLatin1String("id")).toString() == id) {
                        present = true;
                        last = v.toObject();
                        outcome = waitOutcome(JobJson::fromJson(last).state);
                    }
                }
                // The reset after subscribing lists every job in the queue: one missing from it
                // left the queue between "info" and "subscribe" (its "removed" came too early).
                if (!present && event.value(QLatin1String("reset")).toBool()) {
                    gone = true;
                    loop.quit();
                    return;
                }
            } else if (name == QLatin1String("removed")
                       && event.value(QLatin1String("id")).toString() == id) {
                removed = true;
                outcome = waitOutcome(
                    jobStateFromBitsName(event.value(QLatin1String("state")).toString())
                        .value_or(JobState::Cancelled));
            }
            if (outcome)
                loop.quit();
        });
    if (!outcome) {
        const IpcChannel::Reply reply = m_engine->call(QStringLiteral("subscribe"));
        if (reply.isError())
            return m_engine->isConnected() ? refused(reply.result, reply.message) : NoEngine;
        if (timeoutMs >= 0)
            timer.start(int(qMin<qint64>(timeoutMs, std::numeric_limits<int>::max())));
        // Events that came with the reply were handled inside call(): the loop only waits for
        // what is still to come.
        if (!outcome && !gone && m_engine->isConnected())
            loop.exec();
    }
    if (gone) {
        const IpcChannel::Reply final
            = m_engine->call(QStringLiteral("info"), { { QLatin1String("job"), id } });
        if (final.isError())
            return refused(final.result, final.message);
        last = final.data.value(QLatin1String("job")).toObject();
        outcome = waitOutcome(JobJson::fromJson(last).state);
    }
    if (!outcome) {
        if (status == NoEngine)
            m_err << "ferryctl: " << tr("the engine stopped") << '\n';
        else if (status == WaitTimeout)
            m_err << "ferryctl: "
                  << tr("%1 is still %2")
                         .arg(id.left(8), JobNames::state(JobJson::fromJson(last).state))
                  << '\n';
        return status == Ok ? NoEngine : status;
    }
    // A job that left the queue: its final form is in the history.
    if (removed) {
        const IpcChannel::Reply final
            = m_engine->call(QStringLiteral("info"), { { QLatin1String("job"), id } });
        if (!final.isError())
            last = final.data.value(QLatin1String("job")).toObject();
    }
    const Job job = JobJson::fromJson(last);
    if (m_json) {
        m_out << QJsonDocument(last).toJson(QJsonDocument::Indented);
    } else {
        m_out << id.left(8) << "  " << JobNames::state(job.state) << '\n';
    }
    if (job.state == JobState::Error)
        m_err << "ferryctl: " << job.error.code.name() << " (" << job.error.code.hex()
              << "): " << printable(job.error.description) << '\n';
    return *outcome;
}

} // namespace Ferry
