#include "transfercommand.h"

#include "interrupt.h"
#include "jobjson.h"
#include "jobnames.h"
#include "terminaltext.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace Ferry {

TransferCommand::TransferCommand(QTextStream &out, QTextStream &err, bool progressBar)
    : m_out(out)
    , m_err(err)
    , m_bar(progressBar)
{ }

qint64 TransferCommand::parseRate(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([kKmMgG]?)(i?)[bB]?(?:/s)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const double base = m.captured(3).isEmpty() && !unit.isEmpty() ? 1000.0 : 1024.0;
    double factor = 1;
    if (unit == QLatin1String("K"))
        factor = base;
    else if (unit == QLatin1String("M"))
        factor = base * base;
    else if (unit == QLatin1String("G"))
        factor = base * base * base;
    return qint64(value * factor);
}

void TransferCommand::showProgress(qint64 done, qint64 total, qint64 speed, bool final)
{
    const QLocale locale;
    const int percent = total > 0 ? int(done * 100 / total) : -1;
    const QString amount = total >= 0
        //: %1 bytes transferred of %2 in total
        ? tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total))
        : locale.formattedDataSize(done);
    const QString rate = speed > 0 ? JobNames::speed(speed) : QString();
    if (m_bar) {
        const int width = 30;
        const int filled = percent < 0 ? 0 : percent * width / 100;
        m_err << '\r' << '[' << QString(filled, QLatin1Char('#'))
              << QString(width - filled, QLatin1Char('.')) << "] "
              << (percent < 0 ? QStringLiteral("  ?%") : QStringLiteral("%1%").arg(percent, 3))
              << "  " << amount << "  " << rate << "\x1b[K";
        if (final)
            m_err << '\n';
        m_err.flush();
        return;
    }
    // Plain lines for logs and pipes: one every 10%.
    const int step = percent < 0 ? -1 : percent / 10;
    if (final || step > m_lastPercentPrinted) {
        m_lastPercentPrinted = step;
        m_err << amount << (percent >= 0 ? QStringLiteral(" (%1%)").arg(percent) : QString())
              << '\n';
        m_err.flush();
    }
}

QJsonObject TransferCommand::jobSpec(const Options &options) const
{
    const QFileInfo dest(options.destination);
    QString displayName
        = options.urls.size() == 1 ? options.urls.first().fileName() : tr("Transfer");
    if (displayName.isEmpty())
        displayName = options.urls.first().host();
    QJsonArray files;
    for (const QUrl &url : options.urls)
        files.append(QJsonObject { { QLatin1String("remoteUrl"), JobJson::urlToJson(url) },
                                   { QLatin1String("localPath"), dest.absoluteFilePath() } });
    QJsonObject spec { { QLatin1String("name"), displayName },
                       { QLatin1String("priority"), bitsName(options.priority) },
                       { QLatin1String("files"), files } };
    if (options.upload) {
        spec.insert(QLatin1String("name"), dest.fileName());
        spec.insert(QLatin1String("type"), bitsName(JobType::Upload));
        if (options.protocol != UploadProtocol::Default)
            spec.insert(QLatin1String("protocol"), protocolName(options.protocol));
    }
    return spec;
}

int TransferCommand::refused(const IpcChannel::Reply &reply)
{
    if (m_bar)
        m_err << '\n';
    m_err << "ferryctl: " << reply.result.name() << " (" << reply.result.hex()
          << "): " << printable(reply.message) << '\n';
    m_err.flush();
    return 3;
}

void TransferCommand::finish(int status)
{
    m_status = status;
    m_finishing = true;
    m_loop->quit();
}

void TransferCommand::onEvent(const QJsonObject &event)
{
    if (m_finishing)
        return;
    const QString name = event.value(QLatin1String("event")).toString();
    if (name == QLatin1String("removed") && event.value(QLatin1String("id")).toString() == m_id) {
        m_err << "ferryctl: "
              << tr("the job was %1 elsewhere")
                     .arg(JobNames::state(
                         jobStateFromBitsName(event.value(QLatin1String("state")).toString())
                             .value_or(JobState::Cancelled)))
              << '\n';
        finish(4);
        return;
    }
    for (const QJsonValue &v : event.value(QLatin1String("changed")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("id")).toString() != m_id)
            continue;
        const Job j = JobJson::fromJson(o);
        const JobProgress p = j.progress();
        const JobState previous = m_state;
        m_state = j.state;
        if (m_state == JobState::Transferred) {
            showProgress(p.bytesTransferred, p.bytesTotal, 0, true);
            finish(0);
        } else if (m_state == JobState::Error) {
            if (m_bar)
                m_err << '\n';
            m_err << "ferryctl: " << j.error.code.name() << " (" << j.error.code.hex()
                  << "): " << printable(j.error.description) << '\n';
            finish(4);
        } else if (m_state == JobState::TransientError && previous != m_state && !m_bar) {
            m_err << tr("retrying: %1").arg(printable(j.error.description)) << '\n';
        } else {
            showProgress(p.bytesTransferred, p.bytesTotal,
                         o.value(QLatin1String("bytesPerSecond")).toInteger(), false);
        }
    }
}

int TransferCommand::run(IpcChannel &channel, const Options &options)
{
    const QFileInfo dest(options.destination);
    if (!options.upload && !dest.isDir() && options.urls.size() > 1) {
        m_err << "ferryctl: " << tr("several URLs need an existing destination folder") << '\n';
        return 1;
    }
    QEventLoop loop;
    m_loop = &loop;
    QObject::connect(&channel, &IpcChannel::eventReceived, &loop,
                     [this](const QJsonObject &event) { onEvent(event); });
    QObject::connect(&channel, &IpcChannel::disconnected, &loop, [this]() {
        m_err << "ferryctl: " << tr("the engine stopped; the job stays in its queue") << '\n';
        finish(2);
    });
    const IpcChannel::Reply created = channel.call(QStringLiteral("create"), jobSpec(options));
    if (created.isError())
        return refused(created);
    m_id = created.data.value(QLatin1String("id")).toString();
    const QJsonObject job { { QLatin1String("job"), m_id } };
    Interrupt interrupt;
    QObject::connect(&interrupt, &Interrupt::interrupted, &loop, [&]() {
        channel.call(QStringLiteral("suspend"), job, 5000);
        if (m_bar)
            m_err << '\n';
        m_err << tr("interrupted; the job is suspended: ferryctl resume %1").arg(m_id) << '\n';
        finish(130);
    });
    // Follow the job from before it starts, so that no change is missed: the handlers are
    // connected before "subscribe", so events that arrive with a reply are seen too.
    for (const auto &[method, params] :
         { std::pair { QStringLiteral("setlimit"),
                       QJsonObject { { QLatin1String("job"), m_id },
                                     { QLatin1String("bytesPerSecond"), options.limit } } },
           std::pair { QStringLiteral("setsegments"),
                       QJsonObject { { QLatin1String("job"), m_id },
                                     { QLatin1String("segments"), options.segments } } },
           std::pair { QStringLiteral("subscribe"), QJsonObject() },
           std::pair { QStringLiteral("resume"), job } }) {
        if ((method == QLatin1String("setlimit") && options.limit <= 0)
            || (method == QLatin1String("setsegments") && options.segments <= 0))
            continue;
        const IpcChannel::Reply r = channel.call(method, params);
        if (m_finishing)
            break;
        if (r.isError())
            return refused(r);
    }
    if (!m_finishing)
        loop.exec();
    if (m_status == 0) {
        const IpcChannel::Reply completed = channel.call(QStringLiteral("complete"), job);
        const IpcChannel::Reply done = channel.call(QStringLiteral("info"), job);
        // An engine that stopped right after doing the Complete (the other `ferryctl transfer`
        // that ran it ended) never sent the answer; the call made again on the engine that took
        // over then finds the job ACKNOWLEDGED already: that is the Complete asked for.
        const bool completedBefore = done.data.value(QLatin1String("job"))
                                         .toObject()
                                         .value(QLatin1String("state"))
                                         .toString()
            == QLatin1String("ACKNOWLEDGED");
        if (completed.isError()
            && !(completed.result == Result::BG_E_INVALID_STATE && completedBefore))
            return refused(completed);
        for (const QJsonValue &f : done.data.value(QLatin1String("job"))
                                       .toObject()
                                       .value(QLatin1String("files"))
                                       .toArray())
            // Where the data went: the local files of a download, the URL of an upload.
            m_out << printable(f.toObject()
                                   .value(QLatin1String(options.upload ? "remoteUrl" : "localPath"))
                                   .toString())
                  << '\n';
    }
    m_out.flush();
    m_err.flush();
    return m_status;
}

} // namespace Ferry
