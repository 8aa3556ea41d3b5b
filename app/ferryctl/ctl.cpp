#include "ctl.h"

#include "engine.h"
#include "jobjson.h"
#include "jobnames.h"
#include "jobqueue.h"
#include "transfercommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <unistd.h>

namespace Ferry {

namespace {

struct Args
{
    QStringList positional;
    QString type;
    QString priority;
    QString limit;
    QString segments;
    QString protocol; // transfer --upload: put, post or tus
    bool upload = false;
    bool all = false;
    bool autoComplete = false;
};

using Handler = std::function<Result(JobQueue &, const JobId &, const Args &, QTextStream &)>;

bool parseUInt(const QString &text, quint32 *value)
{
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok, 0);
    if (!ok || v > 0xffffffffULL)
        return false;
    *value = quint32(v);
    return true;
}

} // namespace

struct Ctl::Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int minArgs; // positional arguments after the command name, JOB included
    int maxArgs; // -1: unlimited
    bool takesJob;
    Handler handler;
};

Ctl::Ctl(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

const QList<Ctl::Command> &Ctl::commands()
{
    static const QList<Command> all = {
        { "create",
          "create [--type download|upload|upload-reply] [--priority P] [--auto-complete] NAME",
          QT_TR_NOOP("Create a job (SUSPENDED, without files) and print its id."), 1, 1, false,
          nullptr },
        { "addfile", "addfile JOB REMOTE_URL LOCAL_PATH", QT_TR_NOOP("Add a file to a job."), 3, 3,
          true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              return q.addFile(id, QUrl(a.positional.at(1), QUrl::StrictMode), a.positional.at(2));
          } },
        { "resume", "resume JOB", QT_TR_NOOP("Queue a job for transfer."), 1, 1, true,
          [](JobQueue &q, const JobId &id, const Args &, QTextStream &) { return q.resume(id); } },
        { "suspend", "suspend JOB", QT_TR_NOOP("Pause a job."), 1, 1, true,
          [](JobQueue &q, const JobId &id, const Args &, QTextStream &) { return q.suspend(id); } },
        { "cancel", "cancel JOB", QT_TR_NOOP("Cancel a job and delete its temporary files."), 1, 1,
          true,
          [](JobQueue &q, const JobId &id, const Args &, QTextStream &) { return q.cancel(id); } },
        { "complete", "complete JOB",
          QT_TR_NOOP("Make a job's transferred files available and finish it."), 1, 1, true,
          [](JobQueue &q, const JobId &id, const Args &, QTextStream &) {
              return q.complete(id);
          } },
        { "setpriority", "setpriority JOB foreground|high|normal|low",
          QT_TR_NOOP("Change a job's priority."), 2, 2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              const auto p = jobPriorityFromBitsName(a.positional.at(1));
              return p ? q.setPriority(id, *p) : Result(Result::E_INVALIDARG, a.positional.at(1));
          } },
        { "setdisplayname", "setdisplayname JOB NAME", QT_TR_NOOP("Change a job's display name."),
          2, 2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              return q.setDisplayName(id, a.positional.at(1));
          } },
        { "setdescription", "setdescription JOB TEXT", QT_TR_NOOP("Change a job's description."), 2,
          2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              return q.setDescription(id, a.positional.at(1));
          } },
        { "setnoprogresstimeout", "setnoprogresstimeout JOB SECONDS",
          QT_TR_NOOP("Set how long a job may retry without progress before it fails."), 2, 2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              quint32 v = 0;
              return parseUInt(a.positional.at(1), &v)
                  ? q.setNoProgressTimeout(id, v)
                  : Result(Result::E_INVALIDARG, a.positional.at(1));
          } },
        { "setminretrydelay", "setminretrydelay JOB SECONDS",
          QT_TR_NOOP("Set the minimum delay before a failed transfer is retried."), 2, 2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              quint32 v = 0;
              return parseUInt(a.positional.at(1), &v)
                  ? q.setMinimumRetryDelay(id, v)
                  : Result(Result::E_INVALIDARG, a.positional.at(1));
          } },
        { "setnotifyflags", "setnotifyflags JOB FLAGS",
          QT_TR_NOOP("Set the notify flags (1 transferred, 2 error, 4 disable, 8 modification)."),
          2, 2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              quint32 v = 0;
              return parseUInt(a.positional.at(1), &v)
                  ? q.setNotifyFlags(id, v)
                  : Result(Result::E_INVALIDARG, a.positional.at(1));
          } },
        { "setnotifycmdline", "setnotifycmdline JOB PROGRAM [ARG...]",
          QT_TR_NOOP(
              "Run a program when the job is transferred or fails (an empty PROGRAM removes it)."),
          2, -1, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              QStringList cmd = a.positional.mid(1);
              if (cmd.size() == 1 && cmd.first().isEmpty())
                  cmd.clear();
              return q.setNotifyCmdLine(id, cmd);
          } },
        { "setreplyfilename", "setreplyfilename JOB PATH",
          QT_TR_NOOP("Set where an upload-reply job saves the server's reply."), 2, 2, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              return q.setReplyFileName(id, a.positional.at(1));
          } },
        { "setcustomheaders", "setcustomheaders JOB \"Name: value\"...",
          QT_TR_NOOP("Send these HTTP headers with every request of the job."), 1, -1, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              return q.setCustomHeaders(id, a.positional.mid(1).join(QLatin1String("\r\n")));
          } },
        { "setcredentials", "setcredentials JOB server|proxy basic|digest USER PASSWORD",
          QT_TR_NOOP("Set the credentials for the server or the proxy."), 5, 5, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              Credentials c;
              const QString target = a.positional.at(1).toLower();
              const QString scheme = a.positional.at(2).toLower();
              if (target != QLatin1String("server") && target != QLatin1String("proxy"))
                  return Result(Result::BG_E_INVALID_AUTH_TARGET, a.positional.at(1));
              if (scheme != QLatin1String("basic") && scheme != QLatin1String("digest"))
                  return Result(Result::BG_E_INVALID_AUTH_SCHEME, a.positional.at(2));
              c.target = target == QLatin1String("server") ? AuthTarget::Server : AuthTarget::Proxy;
              c.scheme = scheme == QLatin1String("basic") ? AuthScheme::Basic : AuthScheme::Digest;
              c.user = a.positional.at(3);
              c.password = a.positional.at(4);
              return q.setCredentials(id, c);
          } },
        { "setremotename", "setremotename JOB FILE_INDEX URL",
          QT_TR_NOOP("Change the URL of one file of a job."), 3, 3, true,
          [](JobQueue &q, const JobId &id, const Args &a, QTextStream &) {
              quint32 index = 0;
              if (!parseUInt(a.positional.at(1), &index))
                  return Result(Result::E_INVALIDARG, a.positional.at(1));
              return q.setRemoteName(id, int(index), QUrl(a.positional.at(2), QUrl::StrictMode));
          } },
        { "transfer",
          "transfer [--priority P] [--segments N] [--limit RATE] URL... DEST | --upload "
          "[--protocol put|post|tus] FILE URL",
          QT_TR_NOOP("Download the URLs into DEST (a file, or a folder), or upload FILE to URL, "
                     "and wait until the job is complete."),
          2, -1, false, nullptr },
        { "info", "info JOB [--json]", QT_TR_NOOP("Show every property of a job."), 1, 1, true,
          nullptr },
        { "list", "list [--all] [--json]",
          QT_TR_NOOP("List the jobs in the queue (--all adds the history of finished jobs)."), 0, 0,
          false, nullptr },
    };
    return all;
}

int Ctl::usage(const QString &message)
{
    if (!message.isEmpty())
        m_err << "ferryctl: " << message << '\n';
    m_err << tr("Usage: ferryctl COMMAND [ARGUMENTS]") << '\n' << tr("Commands:") << '\n';
    for (const Command &c : commands())
        m_err << "  " << QLatin1String(c.synopsis) << '\n';
    m_err << tr("Run \"ferryctl help COMMAND\" for the description of a command.") << '\n';
    m_err.flush();
    return Usage;
}

int Ctl::help(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name)) {
            m_out << tr("Usage: ferryctl %1").arg(QLatin1String(c.synopsis)) << '\n'
                  << tr(c.summary) << '\n';
            return Ok;
        }
    }
    m_out << tr("ferryctl drives Ferry's transfer jobs from the command line, like bitsadmin.")
          << '\n'
          << tr("Usage: ferryctl COMMAND [ARGUMENTS]") << "\n\n";
    for (const Command &c : commands())
        m_out << "  " << QLatin1String(c.synopsis) << "\n      " << tr(c.summary) << '\n';
    m_out
        << '\n'
        << tr("JOB is a job id or any unique prefix of it. Exit status: 0 success, 1 usage error, "
              "2 no engine, 3 the call was refused.")
        << '\n';
    return name.isEmpty() ? Ok : usage(tr("unknown command \"%1\"").arg(name));
}

int Ctl::refused(const Result &result)
{
    if (m_json) {
        m_out << QJsonDocument(JobJson::toJson(result)).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
    }
    m_err << "ferryctl: " << result.name() << " (" << result.hex() << "): " << result.message()
          << '\n';
    m_err.flush();
    return Refused;
}

int Ctl::succeeded(const Result &result)
{
    // Success codes other than S_OK (BG_S_PARTIAL_COMPLETE, ...) are worth saying.
    if (result.code() != Result::S_OK) {
        if (m_json)
            m_out << QJsonDocument(JobJson::toJson(result)).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << result.name() << ": " << result.message() << '\n';
    }
    return Ok;
}

bool Ctl::resolve(JobQueue &queue, const QString &prefix, JobId *id)
{
    QList<JobId> matches;
    for (const JobId &candidate : queue.jobIds()) {
        if (candidate.toString().startsWith(prefix, Qt::CaseInsensitive))
            matches.append(candidate);
    }
    if (matches.size() == 1 && !prefix.isEmpty()) {
        *id = matches.first();
        return true;
    }
    if (matches.size() > 1)
        refused(Result(Result::E_INVALIDARG,
                       tr("\"%1\" matches %n job(s)", "", int(matches.size())).arg(prefix)));
    else
        refused(Result(Result::BG_E_NOT_FOUND, prefix));
    return false;
}

void Ctl::printJob(const Job &job)
{
    if (m_json) {
        m_out << QJsonDocument(JobJson::toJson(job)).toJson(QJsonDocument::Indented);
        return;
    }
    const QLocale locale;
    const JobProgress p = job.progress();
    const auto size = [&locale](qint64 bytes) {
        return bytes == SizeUnknown ? tr("unknown", "size") : locale.formattedDataSize(bytes);
    };
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
              .arg(size(p.bytesTransferred), size(p.bytesTotal),
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
    if (!job.error.isNull()) {
        rows.append(
            { tr("Error"),
              QStringLiteral("%1 (%2): %3")
                  .arg(job.error.code.name(), job.error.code.hex(), job.error.code.message()) });
        rows.append({ tr("Error context"), JobNames::context(job.error.context) });
    }
    int width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, int(row.first.size()));
    for (const auto &row : std::as_const(rows))
        m_out << row.first.leftJustified(width + 2) << row.second << '\n';
    for (int i = 0; i < job.files.size(); ++i) {
        const JobFile &f = job.files.at(i);
        m_out << tr("File %1").arg(i) << ": " << f.remoteUrl.toString() << " -> " << f.localPath
              << "  (" << size(f.bytesTransferred) << " / " << size(f.bytesTotal) << ")\n";
    }
}

void Ctl::printList(const QList<Job> &jobs)
{
    if (m_json) {
        QJsonArray array;
        for (const Job &job : jobs)
            array.append(JobJson::toJson(job));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    const QLocale locale;
    for (const Job &job : jobs) {
        const JobProgress p = job.progress();
        const QString progress = p.bytesTotal > 0
            ? locale.toString(100.0 * double(p.bytesTransferred) / double(p.bytesTotal), 'f', 0)
                + QLatin1Char('%')
            : QStringLiteral("-");
        m_out << job.id.toString().left(8) << "  " << JobNames::state(job.state).leftJustified(16)
              << "  " << JobNames::priority(job.priority).leftJustified(10) << "  "
              << progress.rightJustified(5) << "  " << job.displayName << '\n';
    }
    m_out << tr("%n job(s)", "", int(jobs.size())) << '\n';
}

int Ctl::transfer(const QStringList &positional, const QString &priority, const QString &limit,
                  const QString &segments, bool upload, const QString &protocol,
                  const std::function<Engine *(Result *)> &openEngine)
{
    TransferCommand::Options options;
    if (!upload && !protocol.isEmpty())
        return usage(tr("--protocol goes with --upload"));
    if (upload) {
        // --upload FILE URL: the one file goes to the URL (PUT unless --protocol says otherwise).
        if (!protocol.isEmpty()) {
            const auto p = uploadProtocolFromName(protocol);
            if (!p || *p == UploadProtocol::Default)
                return usage(tr("unknown upload protocol \"%1\" (put, post or tus)").arg(protocol));
            options.protocol = *p;
        }
        if (positional.size() != 2)
            return usage(tr("--upload takes one FILE and one URL"));
        options.upload = true;
        options.destination = QFileInfo(positional.first()).absoluteFilePath();
        const QUrl url = QUrl::fromUserInput(positional.last());
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usage(tr("not an http(s) URL: \"%1\"").arg(positional.last()));
        options.urls.append(url);
    }
    for (const QString &arg :
         options.upload ? QStringList() : positional.mid(0, positional.size() - 1)) {
        const QUrl url = QUrl::fromUserInput(arg);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usage(tr("not an http(s) URL: \"%1\"").arg(arg));
        options.urls.append(url);
    }
    if (!options.upload)
        options.destination = positional.last();
    if (!priority.isEmpty()) {
        const auto p = jobPriorityFromBitsName(priority);
        if (!p)
            return usage(tr("unknown priority \"%1\"").arg(priority));
        options.priority = *p;
    }
    if (!limit.isEmpty()) {
        options.limit = TransferCommand::parseRate(limit);
        if (options.limit < 0)
            return usage(tr("unreadable rate \"%1\" (examples: 500K, 2M, 1.5MiB)").arg(limit));
    }
    if (!segments.isEmpty()) {
        bool ok = false;
        options.segments = segments.toInt(&ok);
        if (!ok || options.segments < 1 || options.segments > 16)
            return usage(tr("--segments takes a number from 1 to 16"));
    }
    Result opened;
    Engine *engine = openEngine(&opened);
    if (!engine) {
        m_err << "ferryctl: " << opened.name() << " (" << opened.hex() << "): " << opened.message()
              << '\n';
        return NoEngine;
    }
    TransferCommand command(m_out, m_err, ::isatty(STDERR_FILENO));
    return command.run(*engine, options);
}

int Ctl::run(const QStringList &rawArgs, const std::function<Engine *(Result *)> &openEngine)
{
    Args args;
    QString commandName;
    bool wantHelp = false;
    for (int i = 0; i < rawArgs.size(); ++i) {
        const QString &arg = rawArgs.at(i);
        const auto value = [&](QString *into) {
            if (i + 1 >= rawArgs.size())
                return false;
            *into = rawArgs.at(++i);
            return true;
        };
        if (arg == QLatin1String("--json"))
            m_json = true;
        else if (arg == QLatin1String("--all"))
            args.all = true;
        else if (arg == QLatin1String("--auto-complete"))
            args.autoComplete = true;
        else if (arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            wantHelp = true;
        else if (arg == QLatin1String("--type")) {
            if (!value(&args.type))
                return usage(tr("--type needs a value"));
        } else if (arg == QLatin1String("--priority")) {
            if (!value(&args.priority))
                return usage(tr("--priority needs a value"));
        } else if (arg == QLatin1String("--segments")) {
            if (!value(&args.segments))
                return usage(tr("--segments needs a value"));
        } else if (arg == QLatin1String("--upload")) {
            args.upload = true;
        } else if (arg == QLatin1String("--protocol")) {
            if (!value(&args.protocol))
                return usage(tr("--protocol needs a value"));
        } else if (arg == QLatin1String("--limit")) {
            if (!value(&args.limit))
                return usage(tr("--limit needs a value"));
        } else if (arg == QLatin1String("--"))
            args.positional.append(rawArgs.mid(i + 1)), i = int(rawArgs.size());
        else if (arg.startsWith(QLatin1String("--")))
            return usage(tr("unknown option \"%1\"").arg(arg));
        else if (commandName.isEmpty())
            commandName = arg;
        else
            args.positional.append(arg);
    }
    if (commandName == QLatin1String("help"))
        return help(args.positional.value(0));
    if (commandName.isEmpty())
        return wantHelp ? help({}) : usage();
    if (wantHelp)
        return help(commandName);

    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (commandName == QLatin1String(c.name))
            command = &c;
    }
    if (!command)
        return usage(tr("unknown command \"%1\"").arg(commandName));
    const int n = int(args.positional.size());
    if (n < command->minArgs || (command->maxArgs >= 0 && n > command->maxArgs)) {
        m_err << tr("Usage: ferryctl %1").arg(QLatin1String(command->synopsis)) << '\n';
        return Usage;
    }

    JobType type = JobType::Download;
    JobPriority priority = JobPriority::Normal;
    if (!args.type.isEmpty()) {
        const auto t
            = jobTypeFromBitsName(QString(args.type).replace(QLatin1Char('-'), QLatin1Char('_')));
        if (!t)
            return usage(tr("unknown job type \"%1\"").arg(args.type));
        type = *t;
    }
    if (!args.priority.isEmpty()) {
        const auto p = jobPriorityFromBitsName(args.priority);
        if (!p)
            return usage(tr("unknown priority \"%1\"").arg(args.priority));
        priority = *p;
    }

    if (QLatin1String(command->name) == QLatin1String("transfer"))
        return transfer(args.positional, args.priority, args.limit, args.segments, args.upload,
                        args.protocol, openEngine);

    Result opened;
    Engine *engine = openEngine(&opened);
    JobQueue *queue = engine ? engine->queue() : nullptr;
    if (!queue) {
        m_err << "ferryctl: " << opened.name() << " (" << opened.hex() << "): " << opened.message()
              << '\n';
        return NoEngine;
    }

    const QString name = QLatin1String(command->name);
    if (name == QLatin1String("create")) {
        NewJob job;
        job.displayName = args.positional.first();
        job.type = type;
        job.priority = priority;
        job.autoComplete = args.autoComplete;
        QList<JobId> ids;
        if (const Result r = queue->createJobs({ job }, &ids); r.isError())
            return refused(r);
        m_out << ids.first().toString() << '\n';
        return Ok;
    }
    if (name == QLatin1String("list")) {
        QList<Job> jobs;
        for (const JobId &id : queue->jobIds())
            jobs.append(*queue->job(id));
        if (args.all) {
            QList<Job> history;
            if (const Result r = queue->history(&history); r.isError())
                return refused(r);
            jobs.append(history);
        }
        printList(jobs);
        return Ok;
    }
    if (name == QLatin1String("info")) {
        // The queue first, then the history of finished jobs.
        QList<Job> candidates;
        for (const JobId &candidate : queue->jobIds())
            candidates.append(*queue->job(candidate));
        if (const Result r = queue->history(&candidates); r.isError())
            return refused(r);
        const QString prefix = args.positional.first();
        QList<Job> matches;
        for (const Job &job : std::as_const(candidates)) {
            if (!prefix.isEmpty() && job.id.toString().startsWith(prefix, Qt::CaseInsensitive))
                matches.append(job);
        }
        if (matches.size() != 1) {
            return refused(
                matches.isEmpty()
                    ? Result(Result::BG_E_NOT_FOUND, prefix)
                    : Result(Result::E_INVALIDARG,
                             tr("\"%1\" matches %n job(s)", "", int(matches.size())).arg(prefix)));
        }
        printJob(matches.first());
        return Ok;
    }
    JobId id;
    if (!resolve(*queue, args.positional.first(), &id))
        return Refused;
    const Result r = command->handler(*queue, id, args, m_out);
    return r.isError() ? refused(r) : succeeded(r);
}

} // namespace Ferry
