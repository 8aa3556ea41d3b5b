#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace Ferry {

class EngineChannel;

// ferryctl, the bitsadmin of Ferry: parses a command line and runs it against the user's engine
// over the IPC socket (starting `ferry --daemon` when none runs; `transfer` runs the engine
// itself then). Exit codes as docs/cli.md says.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)
public:
    enum ExitCode {
        Ok = 0,
        Usage = 1,
        NoEngine = 2,
        Refused = 3,
        WaitFailed = 4, // wait: the job ended in ERROR or CANCELLED
        WaitTimeout = 5,
        Interrupted = 130,
    };

    // The options a command line may carry; each command says which it takes.
    struct Args
    {
        QString command;
        QStringList positional;
        QStringList given; // the options present, "--json", "--all", ...
        QString type;
        QString priority;
        QString limit;
        QString segments;
        QString timeout;
        QString protocol; // transfer --upload: put, post or tus
        QString browser; // browser: chromium, chrome, firefox or all
        QString checksum; // addfile: the file's expected digest
        bool upload = false;
        bool json = false;
        bool all = false;
        bool autoComplete = false;
    };

    Ctl(QTextStream &out, QTextStream &err);
    ~Ctl();

    // args excludes the program name.
    int run(const QStringList &args);

    // What every command prints for a refusal: "ferryctl: NAME (0xHEX): message" on stderr,
    // and {"result", "code", "message"} on stdout with --json.
    int refused(const Result &result, const QString &message);

private:
    struct Command;
    static const QList<Command> &commands();
    int usage(const QString &message = {});
    int commandUsage(const Command &command, const QString &message = {});
    int help(const QString &command);
    bool connect(bool runHere = false);
    int call(const QString &method, const QJsonObject &params, QJsonObject *data = nullptr);
    int create(const Args &args);
    int info(const Args &args);
    int list(const Args &args);
    int monitor(const Args &args);
    int wait(const Args &args);
    int transfer(const Args &args);
    int browser(const Args &args);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    std::unique_ptr<EngineChannel> m_engine;
};

} // namespace Ferry
