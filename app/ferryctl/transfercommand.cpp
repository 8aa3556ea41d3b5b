#include "transfercommand.h"

#include "engine.h"
#include "jobnames.h"
#include "jobqueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace Ferry {

namespace {
int g_signalPipe[2] = { -1, -1 };
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

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

int TransferCommand::run(Engine &engine, const Options &options)
{
    JobQueue *queue = engine.queue();
    const QFileInfo dest(options.destination);
    const bool intoFolder = dest.isDir();
    if (!options.upload && !intoFolder && options.urls.size() > 1) {
        m_err << "ferryctl: " << tr("several URLs need an existing destination folder") << '\n';
        return 1;
    }
    NewJob spec;
    spec.displayName = options.urls.size() == 1 ? options.urls.first().fileName() : tr("Transfer");
    if (spec.displayName.isEmpty())
        spec.displayName = options.urls.first().host();
    spec.priority = options.priority;
    spec.resume = true;
    if (options.upload) {
        spec.displayName = dest.fileName();
        spec.type = JobType::Upload;
        spec.upload.protocol = options.protocol;
    }
    for (const QUrl &url : options.urls)
        spec.files.append({ url, dest.absoluteFilePath() });
    QList<JobId> ids;
    if (const Result r = queue->createJobs({ spec }, &ids); r.isError()) {
        m_err << "ferryctl: " << r.name() << " (" << r.hex() << "): " << r.message() << '\n';
        return 3;
    }
    const JobId id = ids.first();
    if (options.limit > 0)
        engine.transfers()->setJobLimit(id, options.limit);
    if (options.segments > 0) {
        TransferEngine::Settings settings = engine.transfers()->settings();
        settings.segments = options.segments;
        engine.transfers()->setSettings(settings);
    }

    // Ctrl+C leaves the job suspended: `ferryctl resume` continues where it stopped.
    if (::pipe(g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QSocketNotifier interrupted(g_signalPipe[0], QSocketNotifier::Read);

    QEventLoop loop;
    int status = 0;
    QElapsedTimer clock;
    clock.start();
    QTimer ticker;
    ticker.setInterval(m_bar ? 200 : 1000);
    const auto tick = [&]() {
        const Job *job = queue->job(id);
        if (!job)
            return;
        const JobProgress p = job->progress();
        const qint64 elapsed = qMax<qint64>(1, clock.elapsed());
        showProgress(p.bytesTransferred, p.bytesTotal, p.bytesTransferred * 1000 / elapsed, false);
    };
    QObject::connect(&ticker, &QTimer::timeout, &loop, tick);
    ticker.start();
    QObject::connect(queue, &JobQueue::jobChanged, &loop, [&](const JobId &changed) {
        if (changed != id)
            return;
        const Job *job = queue->job(id);
        if (job->state == JobState::Transferred) {
            const JobProgress p = job->progress();
            showProgress(p.bytesTransferred, p.bytesTotal, 0, true);
            const Job done = *job;
            const Result r = queue->complete(id);
            if (r.isError()) {
                m_err << "ferryctl: " << r.name() << " (" << r.hex() << "): " << r.message()
                      << '\n';
                status = 3;
            } else {
                QList<Job> history;
                queue->history(&history, 50);
                for (const Job &h : std::as_const(history)) {
                    if (h.id == id) {
                        for (const JobFile &f : h.files) {
                            m_out << (h.type == JobType::Download
                                          ? f.localPath
                                          : f.remoteUrl.toString(QUrl::FullyEncoded))
                                  << '\n';
                        }
                    }
                }
            }
            loop.quit();
        } else if (job->state == JobState::Error) {
            if (m_bar)
                m_err << '\n';
            m_err << "ferryctl: " << job->error.code.name() << " (" << job->error.code.hex()
                  << "): " << job->error.description << '\n';
            status = 4;
            loop.quit();
        } else if (job->state == JobState::TransientError && !m_bar) {
            m_err << tr("retrying: %1").arg(job->error.description) << '\n';
        }
    });
    QObject::connect(&interrupted, &QSocketNotifier::activated, &loop, [&]() {
        queue->suspend(id);
        if (m_bar)
            m_err << '\n';
        m_err << tr("interrupted; the job is suspended: ferryctl resume %1").arg(id.toString())
              << '\n';
        status = 130;
        loop.quit();
    });
    loop.exec();
    m_out.flush();
    m_err.flush();
    return status;
}

} // namespace Ferry
