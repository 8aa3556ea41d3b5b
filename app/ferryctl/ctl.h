#pragma once

#include "jobid.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace Ferry {

class Engine;
class JobQueue;
struct Job;

// ferryctl, the bitsadmin of Ferry: parses a command line and runs it against a JobQueue.
// Exit codes: 0 success, 1 usage error, 2 no engine, 3 the engine refused the call.
class Ctl
{
    Q_DECLARE_TR_FUNCTIONS(Ctl)
public:
    enum ExitCode { Ok = 0, Usage = 1, NoEngine = 2, Refused = 3 };

    Ctl(QTextStream &out, QTextStream &err);

    // args excludes the program name. The engine is started on demand by openEngine.
    int run(const QStringList &args, const std::function<Engine *(Result *)> &openEngine);

private:
    struct Command;
    static const QList<Command> &commands();
    int usage(const QString &message = {});
    int transfer(const QStringList &args, const QString &priority, const QString &limit,
                 const QString &segments, bool upload, const QString &protocol,
                 const std::function<Engine *(Result *)> &openEngine);
    int help(const QString &command);
    int refused(const Result &result);
    int succeeded(const Result &result);
    bool resolve(JobQueue &queue, const QString &prefix, JobId *id);
    void printJob(const Job &job);
    void printList(const QList<Job> &jobs);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
};

} // namespace Ferry
