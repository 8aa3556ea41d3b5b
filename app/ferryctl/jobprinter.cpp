#include "jobprinter.h"

#include "jobjson.h"
#include "jobnames.h"
#include "terminaltext.h"

#include <QJsonDocument>
#include <QLocale>

namespace Ferry {

namespace {
constexpr int IdWidth = 8;
constexpr int ProgressWidth = 6;
constexpr int SpeedWidth = 12;

QString sizeText(const QLocale &locale, qint64 bytes)
{
    return bytes == SizeUnknown ? JobPrinter::tr("unknown", "size")
                                : locale.formattedDataSize(bytes);
}
} // namespace

JobPrinter::JobPrinter(QTextStream &out, bool json)
    : m_out(out)
    , m_json(json)
{
    // Columns as wide as the longest translated name, so that every row lines up.
    for (int s = 0; s < JobStateCount; ++s)
        m_stateWidth = qMax(m_stateWidth, int(JobNames::state(JobState(s)).size()));
    for (int p = 0; p < JobPriorityCount; ++p)
        m_priorityWidth = qMax(m_priorityWidth, int(JobNames::priority(JobPriority(p)).size()));
    m_stateWidth = qMax(m_stateWidth, int(tr("STATE").size()));
    m_priorityWidth = qMax(m_priorityWidth, int(tr("PRIORITY").size()));
}

QString JobPrinter::header() const
{
    return tr("ID").leftJustified(IdWidth) + QLatin1String("  ")
        + tr("STATE").leftJustified(m_stateWidth) + QLatin1String("  ")
        + tr("PRIORITY").leftJustified(m_priorityWidth) + QLatin1String("  ")
        + tr("DONE").rightJustified(ProgressWidth) + QLatin1String("  ")
        + tr("SPEED").rightJustified(SpeedWidth) + QLatin1String("  ") + tr("NAME");
}

QString JobPrinter::row(const Job &job, qint64 bytesPerSecond) const
{
    const QLocale locale;
    const JobProgress p = job.progress();
    const QString progress = p.bytesTotal > 0
        ? locale.toString(100.0 * double(p.bytesTransferred) / double(p.bytesTotal), 'f', 0)
            + locale.percent()
        : QStringLiteral("-");
    const QString speed
        = bytesPerSecond > 0 ? JobNames::speed(bytesPerSecond) : QStringLiteral("-");
    return job.id.toString().left(IdWidth) + QLatin1String("  ")
        + JobNames::state(job.state).leftJustified(m_stateWidth) + QLatin1String("  ")
        + JobNames::priority(job.priority).leftJustified(m_priorityWidth) + QLatin1String("  ")
        + progress.rightJustified(ProgressWidth) + QLatin1String("  ")
        + speed.rightJustified(SpeedWidth) + QLatin1String("  ") + printable(job.displayName);
}

void JobPrinter::printList(const QJsonArray &jobs)
{
    if (m_json) {
        m_out << QJsonDocument(jobs).toJson(QJsonDocument::Indented);
        return;
    }
    m_out << header() << '\n';
    for (const QJsonValue &job : jobs)
        m_out << row(JobJson::fromJson(job.toObject())) << '\n';
    m_out << tr("%n job(s)", "", int(jobs.size())) << '\n';
}

void JobPrinter::printJob(const QJsonObject &json)
{
    if (m_json) {
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return;
    }
    const Job job = JobJson::fromJson(json);
    const QLocale locale;
    const JobProgress p = job.progress();
    const auto when = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat)
                           : QStringLiteral("-");
    };
    QList<QPair<QString, QString>> rows = {
        { tr("Id"), job.id.toString() },
        { tr("Name"), job.displayName },
        { tr("Description"), job.description },
        { tr("Type"), JobNames::type(job.type) },
        { tr("State"), JobNames::state(job.state) },
        { tr("Priority"), JobNames::priority(job.priority) },
        //: %1 and %2 are sizes, %3 and %4 file counts
        { tr("Progress"),
          tr("%1 of %2, %3 of %4 files")
              .arg(sizeText(locale, p.bytesTransferred), sizeText(locale, p.bytesTotal),
                   locale.toString(p.filesTransferred), locale.toString(p.filesTotal)) },
        { tr("Created"), when(job.times.creation) },
        { tr("Modified"), when(job.times.modification) },
        { tr("Transferred at"), when(job.times.transferCompletion) },
        { tr("Errors"), locale.toString(qint64(job.errorCount)) },
        { tr("No-progress timeout"), tr("%n second(s)", "", int(job.noProgressTimeout)) },
        { tr("Minimum retry delay"), tr("%n second(s)", "", int(job.minimumRetryDelay)) },
        { tr("Notify flags"), QStringLiteral("0x%1").arg(job.notifyFlags.toInt(), 0, 16) },
        { tr("Notify command"), job.notifyCmdLine.join(QLatin1Char(' ')) },
        { tr("Auto-complete"), job.autoComplete ? tr("yes") : tr("no") },
    };
    if (job.type == JobType::UploadReply)
        rows.append({ tr("Reply file"), job.replyFileName });
    // The engine sends the headers with secret values already masked.
    const QStringList headers
        = json.value(QLatin1String("customHeaders")).toVariant().toStringList();
    for (const QString &header : headers)
        rows.append({ tr("Custom header"), header });
    if (!job.error.isNull()) {
        rows.append(
            { tr("Error"),
              QStringLiteral("%1 (%2): %3")
                  .arg(job.error.code.name(), job.error.code.hex(), job.error.description) });
        rows.append({ tr("Error context"), JobNames::context(job.error.context) });
    }
    int width = 0;
    for (const auto &r : std::as_const(rows))
        width = qMax(width, int(r.first.size()));
    for (const auto &r : std::as_const(rows))
        m_out << r.first.leftJustified(width + 2) << printable(r.second) << '\n';
    for (int i = 0; i < job.files.size(); ++i) {
        const JobFile &f = job.files.at(i);
        //: %1 is a file's number in the job
        m_out << tr("File %1").arg(locale.toString(i)) << ": " << printable(f.remoteUrl.toString())
              << " -> " << printable(f.localPath) << "  (" << sizeText(locale, f.bytesTransferred)
              << " / " << sizeText(locale, f.bytesTotal) << ")\n";
    }
}

} // namespace Ferry
