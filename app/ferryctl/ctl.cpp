#include "ctl.h"

#include "browsercommand.h"
#include "enginechannel.h"
#include "jobjson.h"
#include "jobprinter.h"
#include "jobtypes.h"
#include "localengine.h"
#include "terminaltext.h"
#include "transfercommand.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

namespace Ferry {

namespace {

// Positional arguments → the request's parameters; a refusal when they cannot be read.
using Build = std::function<Result(const Ctl::Args &, QJsonObject *)>;

bool parseUInt(const QString &text, quint32 *value)
{
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok, 0);
    if (!ok || v > 0xffffffffULL)
        return false;
    *value = quint32(v);
    return true;
}

// The engine runs elsewhere: relative paths are relative to ferryctl's folder.
QString absolute(const QString &path)
{
    return path.isEmpty() || QDir::isAbsolutePath(path) ? path
                                                        : QDir::current().absoluteFilePath(path);
}

// A URL as the user typed it ("My%20File.pdf", a literal space, a non-ASCII path), sent in its
// encoded form: the engine parses that strictly, and the server gets exactly these bytes.
QString remoteUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text);
    return url.isValid() ? JobJson::urlToJson(url) : text;
}

QJsonObject withJob(const Ctl::Args &a, QJsonObject params = {})
{
    params.insert(QLatin1String("job"), a.positional.value(0));
    return params;
}

Build text(const char *key)
{
    return [key](const Ctl::Args &a, QJsonObject *p) {
        *p = withJob(a, { { QLatin1String(key), a.positional.at(1) } });
        return Result(Result::S_OK);
    };
}

Build number(const char *key)
{
    return [key](const Ctl::Args &a, QJsonObject *p) {
        quint32 v = 0;
        if (!parseUInt(a.positional.at(1), &v))
            return Result(Result::E_INVALIDARG, a.positional.at(1));
        *p = withJob(a, { { QLatin1String(key), qint64(v) } });
        return Result(Result::S_OK);
    };
}

Result jobOnly(const Ctl::Args &a, QJsonObject *p)
{
    *p = withJob(a);
    return Result::S_OK;
}

} // namespace

struct Ctl::Command
{
    const char *name;
    const char *synopsis;
    const char *summary;
    int minArgs; // positional arguments after the command name, JOB included
    int maxArgs; // -1: unlimited
    const char *options; // the options it takes besides --json and --help
    Build build; // a plain call: the method of the same name with these parameters
    int (Ctl::*run)(const Args &) = nullptr; // or a command with its own flow
};

Ctl::Ctl(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

Ctl::~Ctl() = default;

const QList<Ctl::Command> &Ctl::commands()
{
    static const QList<Command> all = {
        { "create",
          "create [--type download|upload|upload-reply] [--priority foreground|high|normal|low] "
          "[--auto-complete] NAME",
          QT_TR_NOOP("Create a job (SUSPENDED, without files) and print its id. With "
                     "--auto-complete the job completes itself once its files are in."),
          1, 1, "--type --priority --auto-complete", nullptr, &Ctl::create },
        { "addfile", "addfile [--checksum ALG:HEX] JOB REMOTE_URL LOCAL_PATH",
          QT_TR_NOOP("Add a file to a job. With --checksum the file is transferred only when its "
                     "bytes have that digest (sha256:HEX, sha512:, sha1:, md5: or bare hex)."),
          3, 3, "--checksum",
          [](const Args &a, QJsonObject *p) {
              *p = withJob(a,
                           { { QLatin1String("remoteUrl"), remoteUrl(a.positional.at(1)) },
                             { QLatin1String("localPath"), absolute(a.positional.at(2)) } });
              if (!a.checksum.isEmpty())
                  p->insert(QLatin1String("checksum"), a.checksum);
              return Result(Result::S_OK);
          } },
        { "setchecksum", "setchecksum JOB FILE ALG:HEX",
          QT_TR_NOOP("Set the digest file number FILE (from 0) of a download must have; an empty "
                     "checksum (\"\") removes it. A file already in is checked again."),
          3, 3, "",
          [](const Args &a, QJsonObject *p) {
              bool ok = false;
              const uint file = a.positional.at(1).toUInt(&ok);
              if (!ok)
                  return Result(Result::E_INVALIDARG, tr("FILE must be a file number"));
              *p = withJob(a,
                           { { QLatin1String("file"), qint64(file) },
                             { QLatin1String("checksum"), a.positional.at(2) } });
              return Result(Result::S_OK);
          } },
        { "resume", "resume JOB", QT_TR_NOOP("Queue a job for transfer."), 1, 1, "", jobOnly },
        { "suspend", "suspend JOB", QT_TR_NOOP("Pause a job."), 1, 1, "", jobOnly },
        { "cancel", "cancel JOB", QT_TR_NOOP("Cancel a job and delete its temporary files."), 1, 1,
          "", jobOnly },
        { "complete", "complete JOB",
          QT_TR_NOOP("Make a job's transferred files available and finish it."), 1, 1, "",
          jobOnly },
        { "setpriority", "setpriority JOB foreground|high|normal|low",
          QT_TR_NOOP("Change a job's priority."), 2, 2, "", text("priority") },
        { "setnoprogresstimeout", "setnoprogresstimeout JOB SECONDS",
          QT_TR_NOOP("Set how long a job may retry without progress before it fails."), 2, 2, "",
          number("seconds") },
        { "setminretrydelay", "setminretrydelay JOB SECONDS",
          QT_TR_NOOP("Set the minimum delay before a failed transfer is retried."), 2, 2, "",
          number("seconds") },
        { "setnotifyflags", "setnotifyflags JOB FLAGS",
          QT_TR_NOOP("Set the notify flags (1 transferred, 2 error, 4 disable, 8 modification)."),
          2, 2, "", number("flags") },
        { "setnotifycmdline", "setnotifycmdline JOB PROGRAM [ARG...]",
          QT_TR_NOOP(
              "Run a program when the job is transferred or fails (an empty PROGRAM removes it)."),
          2, -1, "",
          [](const Args &a, QJsonObject *p) {
              QStringList cmd = a.positional.mid(1);
              if (cmd.size() == 1 && cmd.first().isEmpty())
                  cmd.clear();
              *p = withJob(a, { { QLatin1String("cmdline"), QJsonArray::fromStringList(cmd) } });
              return Result(Result::S_OK);
          } },
        { "setdisplayname", "setdisplayname JOB NAME", QT_TR_NOOP("Change a job's display name."),
          2, 2, "", text("name") },
        { "setdescription", "setdescription JOB TEXT", QT_TR_NOOP("Change a job's description."), 2,
          2, "", text("text") },
        { "setreplyfilename", "setreplyfilename JOB PATH",
          QT_TR_NOOP("Set where an upload-reply job saves the server's reply."), 2, 2, "",
          [](const Args &a, QJsonObject *p) {
              *p = withJob(a, { { QLatin1String("path"), absolute(a.positional.at(1)) } });
              return Result(Result::S_OK);
          } },
        { "setcustomheaders", "setcustomheaders JOB \"Name: value\"...",
          QT_TR_NOOP("Send these HTTP headers with every request of the job (none: remove them)."),
          1, -1, "",
          [](const Args &a, QJsonObject *p) {
              *p = withJob(a,
                           { { QLatin1String("headers"),
                               QJsonArray::fromStringList(a.positional.mid(1)) } });
              return Result(Result::S_OK);
          } },
        { "setcredentials", "setcredentials JOB server|proxy basic|digest USER PASSWORD",
          QT_TR_NOOP("Set the credentials for the server or the proxy."), 5, 5, "",
          [](const Args &a, QJsonObject *p) {
              *p = withJob(a,
                           { { QLatin1String("target"), a.positional.at(1) },
                             { QLatin1String("scheme"), a.positional.at(2) },
                             { QLatin1String("user"), a.positional.at(3) },
                             { QLatin1String("password"), a.positional.at(4) } });
              return Result(Result::S_OK);
          } },
        { "setremotename", "setremotename JOB FILE_INDEX URL",
          QT_TR_NOOP("Change the URL of one file of a job (the first file is 0)."), 3, 3, "",
          [](const Args &a, QJsonObject *p) {
              quint32 index = 0;
              if (!parseUInt(a.positional.at(1), &index))
                  return Result(Result::E_INVALIDARG, a.positional.at(1));
              *p = withJob(a,
                           { { QLatin1String("index"), qint64(index) },
                             { QLatin1String("remoteUrl"), remoteUrl(a.positional.at(2)) } });
              return Result(Result::S_OK);
          } },
        { "info", "info JOB [--json]",
          QT_TR_NOOP("Show every property of a job, also of a finished one."), 1, 1, "", nullptr,
          &Ctl::info },
        { "list", "list [--all] [--json]",
          QT_TR_NOOP("List the jobs in the queue (--all adds the history of finished jobs)."), 0, 0,
          "--all", nullptr, &Ctl::list },
        { "monitor", "monitor [--json]",
          QT_TR_NOOP("Show every change of every job as it happens, until interrupted (Ctrl+C)."),
          0, 0, "", nullptr, &Ctl::monitor },
        { "wait", "wait JOB [--timeout SECONDS]",
          QT_TR_NOOP("Wait until a job is transferred, fails or is finished. Exit status 4 when it "
                     "ended in ERROR or CANCELLED, 5 when the timeout passed first."),
          1, 1, "--timeout", nullptr, &Ctl::wait },
        { "transfer",
          "transfer [--priority P] [--segments N] [--limit RATE] URL... DEST | --upload "
          "[--protocol put|post|tus] FILE URL",
          QT_TR_NOOP("Download the URLs into DEST (a file, or a folder), or upload FILE to URL, "
                     "and wait until the job is complete."),
          2, -1, "--priority --segments --limit --upload --protocol", nullptr, &Ctl::transfer },
        { "browser", "browser install|uninstall|status [--browser chromium|chrome|firefox|all]",
          QT_TR_NOOP("Register Ferry's browser extension host for this user, remove that, or show "
                     "what each browser finds (Flatpak and Snap browsers cannot reach it)."),
          1, 1, "--browser", nullptr, &Ctl::browser },
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
    m_err << tr("Run \"ferryctl help COMMAND\" or \"ferryctl COMMAND --help\" for the description "
                "of a command.")
          << '\n';
    m_err.flush();
    return Usage;
}

int Ctl::commandUsage(const Command &command, const QString &message)
{
    if (!message.isEmpty())
        m_err << "ferryctl: " << message << '\n';
    m_err << tr("Usage: ferryctl %1").arg(QLatin1String(command.synopsis)) << '\n';
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
    if (!name.isEmpty())
        return usage(tr("unknown command \"%1\"").arg(name));
    m_out << tr("ferryctl drives Ferry's transfer jobs from the command line, like bitsadmin.")
          << '\n'
          << tr("Usage: ferryctl COMMAND [ARGUMENTS]") << "\n\n";
    for (const Command &c : commands())
        m_out << "  " << QLatin1String(c.synopsis) << "\n      " << tr(c.summary) << '\n';
    m_out << '\n'
          << tr("JOB is a job id or any unique prefix of it. --json prints JSON. Exit status: 0 "
                "success, 1 usage error, 2 no engine, 3 the call was refused, 4 the waited-for "
                "job failed or was cancelled, 5 wait timed out.")
          << '\n';
    return Ok;
}

int Ctl::refused(const Result &result, const QString &message)
{
    if (m_json) {
        m_out << QJsonDocument(QJsonObject { { QLatin1String("result"), result.name() },
                                             { QLatin1String("code"), result.hex() },
                                             { QLatin1String("message"), message } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
    }
    m_err << "ferryctl: " << result.name() << " (" << result.hex() << "): " << printable(message)
          << '\n';
    m_err.flush();
    return Refused;
}

bool Ctl::connect(bool runHere)
{
    if (m_engine)
        return true;
    m_engine = std::make_unique<EngineChannel>();
    QString error;
    if (!m_engine->open(&error, runHere ? std::make_unique<LocalEngine>() : nullptr)) {
        m_err << "ferryctl: " << error << '\n';
        m_engine.reset();
        return false;
    }
    return true;
}

int Ctl::call(const QString &method, const QJsonObject &params, QJsonObject *data)
{
    if (!connect())
        return NoEngine;
    const IpcChannel::Reply reply = m_engine->call(method, params);
    if (!m_engine->isConnected() && reply.isError()) {
        m_err << "ferryctl: " << printable(reply.message) << '\n';
        return NoEngine;
    }
    if (reply.isError())
        return refused(reply.result, reply.message);
    if (data)
        *data = reply.data;
    // Success codes other than S_OK (BG_S_PARTIAL_COMPLETE, ...) are worth saying.
    if (reply.result.code() != Result::S_OK) {
        if (m_json) {
            m_out << QJsonDocument(QJsonObject { { QLatin1String("result"), reply.result.name() },
                                                 { QLatin1String("code"), reply.result.hex() },
                                                 { QLatin1String("message"), reply.message } })
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            m_out << reply.result.name() << ": " << printable(reply.message) << '\n';
        }
    }
    return Ok;
}

int Ctl::create(const Args &args)
{
    QJsonObject params { { QLatin1String("name"), args.positional.first() },
                         { QLatin1String("autoComplete"), args.autoComplete } };
    if (!args.type.isEmpty()) {
        if (!jobTypeFromBitsName(QString(args.type).replace(QLatin1Char('-'), QLatin1Char('_'))))
            return usage(tr("unknown job type \"%1\"").arg(args.type));
        params.insert(QLatin1String("type"), args.type);
    }
    if (!args.priority.isEmpty()) {
        if (!jobPriorityFromBitsName(args.priority))
            return usage(tr("unknown priority \"%1\"").arg(args.priority));
        params.insert(QLatin1String("priority"), args.priority);
    }
    QJsonObject data;
    const int rc = call(QStringLiteral("create"), params, &data);
    if (rc != Ok)
        return rc;
    const QString id = data.value(QLatin1String("id")).toString();
    if (m_json)
        m_out << QJsonDocument(QJsonObject { { QLatin1String("id"), id } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << id << '\n';
    return Ok;
}

int Ctl::info(const Args &args)
{
    QJsonObject data;
    const int rc = call(QStringLiteral("info"), withJob(args), &data);
    if (rc == Ok)
        JobPrinter(m_out, m_json).printJob(data.value(QLatin1String("job")).toObject());
    return rc;
}

int Ctl::list(const Args &args)
{
    QJsonObject data;
    const int rc = call(QStringLiteral("list"), { { QLatin1String("all"), args.all } }, &data);
    if (rc == Ok)
        JobPrinter(m_out, m_json).printList(data.value(QLatin1String("jobs")).toArray());
    return rc;
}

int Ctl::transfer(const Args &args)
{
    TransferCommand::Options options;
    if (!args.upload && !args.protocol.isEmpty())
        return usage(tr("--protocol goes with --upload"));
    if (args.upload) {
        // --upload FILE URL: the one file goes to the URL (the protocol's default unless
        // --protocol says otherwise; see docs/uploads.md).
        if (!args.protocol.isEmpty()) {
            const auto p = uploadProtocolFromName(args.protocol);
            if (!p || *p == UploadProtocol::Default)
                return usage(
                    tr("unknown upload protocol \"%1\" (put, post or tus)").arg(args.protocol));
            options.protocol = *p;
        }
        if (args.positional.size() != 2)
            return usage(tr("--upload takes one FILE and one URL"));
        options.upload = true;
        options.destination = absolute(args.positional.first());
    }
    const QStringList urls = options.upload ? args.positional.mid(1)
                                            : args.positional.mid(0, args.positional.size() - 1);
    for (const QString &arg : urls) {
        const QUrl url = QUrl::fromUserInput(arg);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usage(tr("not an http(s) URL: \"%1\"").arg(arg));
        options.urls.append(url);
    }
    if (!options.upload)
        options.destination = absolute(args.positional.last());
    if (!args.priority.isEmpty()) {
        const auto p = jobPriorityFromBitsName(args.priority);
        if (!p)
            return usage(tr("unknown priority \"%1\"").arg(args.priority));
        options.priority = *p;
    }
    if (!args.limit.isEmpty()) {
        options.limit = TransferCommand::parseRate(args.limit);
        if (options.limit < 0)
            return usage(tr("unreadable rate \"%1\" (examples: 500K, 2M, 1.5MiB)").arg(args.limit));
    }
    if (!args.segments.isEmpty()) {
        bool ok = false;
        options.segments = args.segments.toInt(&ok);
        if (!ok || options.segments < 1 || options.segments > 16)
            return usage(tr("--segments takes a number from 1 to 16"));
    }
    // When no Ferry runs, this process runs the engine for as long as the transfer takes.
    if (!connect(true))
        return NoEngine;
    TransferCommand command(m_out, m_err, ::isatty(STDERR_FILENO));
    const int rc = command.run(*m_engine, options);
    if (const QString why = m_engine->close(); !why.isEmpty())
        m_err << "ferryctl: " << why << '\n';
    return rc;
}

int Ctl::browser(const Args &args)
{
    BrowserCommand command(m_out, m_err, m_json);
    return command.run(args.positional.first(), args.browser);
}

int Ctl::run(const QStringList &rawArgs)
{
    Args args;
    bool wantHelp = false;
    static const QStringList valued
        = { QStringLiteral("--type"),    QStringLiteral("--priority"), QStringLiteral("--segments"),
            QStringLiteral("--limit"),   QStringLiteral("--timeout"),  QStringLiteral("--protocol"),
            QStringLiteral("--browser"), QStringLiteral("--checksum") };
    for (int i = 0; i < rawArgs.size(); ++i) {
        const QString &arg = rawArgs.at(i);
        if (arg == QLatin1String("--")) {
            args.positional.append(rawArgs.mid(i + 1));
            break;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            wantHelp = true;
        } else if (arg == QLatin1String("--version")) {
            m_out << "ferryctl " << FERRY_VERSION << '\n';
            return Ok;
        } else if (valued.contains(arg)) {
            if (i + 1 >= rawArgs.size())
                return usage(tr("%1 needs a value").arg(arg));
            const QString value = rawArgs.at(++i);
            if (arg == QLatin1String("--type"))
                args.type = value;
            else if (arg == QLatin1String("--priority"))
                args.priority = value;
            else if (arg == QLatin1String("--segments"))
                args.segments = value;
            else if (arg == QLatin1String("--limit"))
                args.limit = value;
            else if (arg == QLatin1String("--protocol"))
                args.protocol = value;
            else if (arg == QLatin1String("--browser"))
                args.browser = value;
            else if (arg == QLatin1String("--checksum"))
                args.checksum = value;
            else
                args.timeout = value;
            args.given.append(arg);
        } else if (arg == QLatin1String("--upload")) {
            args.upload = true;
            args.given.append(arg);
        } else if (arg == QLatin1String("--json") || arg == QLatin1String("--all")
                   || arg == QLatin1String("--auto-complete")) {
            args.json = args.json || arg == QLatin1String("--json");
            args.all = args.all || arg == QLatin1String("--all");
            args.autoComplete = args.autoComplete || arg == QLatin1String("--auto-complete");
            args.given.append(arg);
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage(tr("unknown option \"%1\"").arg(arg));
        } else if (args.command.isEmpty()) {
            args.command = arg;
        } else {
            args.positional.append(arg);
        }
    }
    m_json = args.json;
    if (args.command == QLatin1String("help"))
        return help(args.positional.value(0));
    if (args.command.isEmpty())
        return wantHelp ? help({}) : usage();
    const Command *command = nullptr;
    for (const Command &c : commands()) {
        if (args.command == QLatin1String(c.name))
            command = &c;
    }
    if (!command)
        return usage(tr("unknown command \"%1\"").arg(args.command));
    if (wantHelp)
        return help(args.command);
    const QStringList allowed = QString::fromLatin1(command->options).split(QLatin1Char(' '));
    for (const QString &option : std::as_const(args.given)) {
        if (option != QLatin1String("--json") && !allowed.contains(option))
            return commandUsage(*command, tr("%1 does not take %2").arg(args.command, option));
    }
    const int n = int(args.positional.size());
    if (n < command->minArgs || (command->maxArgs >= 0 && n > command->maxArgs))
        return commandUsage(*command);
    if (command->run)
        return (this->*command->run)(args);
    QJsonObject params;
    if (const Result r = command->build(args, &params); r.isError())
        return refused(r, r.message());
    return call(args.command, params);
}

} // namespace Ferry
