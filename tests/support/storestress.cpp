// A child process for tst_storecrash: changes jobs in an endless loop and prints one line after
// every call that returned, so the parent knows what must have been durable when it kills us.
//   C <id>            created
//   F <id> <count>    the job now has <count> files
//   D <id> <step>     description set to <step>
//   S <id> <state>    state is now <state> (BITS name)
//   X <id>            cancelled
#include "clock.h"
#include "jobqueue.h"
#include "jobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <cstdio>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: ferry_storestress DB DOWNLOAD_DIR [SEED]\n");
        return 1;
    }
    const QString dir = QString::fromLocal8Bit(argv[2]);
    QRandomGenerator random(argc > 3 ? quint32(atoi(argv[3])) : 1u);
    JobStore store(QString::fromLocal8Bit(argv[1]));
    if (store.open().isError())
        return 2;
    JobQueue queue(&store, Clock::system());
    if (queue.load().isError())
        return 3;
    const auto say = [](const char *what, const JobId &id, const QString &value = {}) {
        std::printf("%s %s %s\n", what, qPrintable(id.toString()), qPrintable(value));
        std::fflush(stdout);
    };
    QList<JobId> mine;
    for (int step = 0;; ++step) {
        const int op = mine.isEmpty() ? 0 : int(random.bounded(6));
        const JobId id = mine.isEmpty() ? JobId() : mine.at(int(random.bounded(int(mine.size()))));
        switch (op) {
        case 0: {
            JobId created;
            if (queue.createJob(QStringLiteral("stress %1").arg(step), JobType::Download, &created)
                    .isSuccess()) {
                mine.append(created);
                say("C", created);
            }
            break;
        }
        case 1: {
            const QString local = QDir(dir).filePath(QStringLiteral("f%1").arg(step));
            if (queue.addFile(id, QUrl(QStringLiteral("http://127.0.0.1/f%1").arg(step)), local)
                    .isSuccess())
                say("F", id, QString::number(queue.job(id)->files.size()));
            break;
        }
        case 2:
            if (queue.setDescription(id, QString::number(step)).isSuccess())
                say("D", id, QString::number(step));
            break;
        case 3:
        case 4: {
            const Result r = op == 3 ? queue.resume(id) : queue.suspend(id);
            if (r.isSuccess())
                say("S", id, bitsName(queue.job(id)->state));
            break;
        }
        case 5:
            if (random.bounded(10) == 0 && queue.cancel(id).isSuccess()) {
                mine.removeOne(id);
                say("X", id);
            }
            break;
        }
    }
}
