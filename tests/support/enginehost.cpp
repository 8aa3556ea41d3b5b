// A child process for the crash tests: runs Ferry's engine (queue, store, transfer engine) on
// the given database until it is killed, or until the queue is empty.
//   ferry_enginehost DB LOCK [--until-empty] [--upload-limit BYTES_PER_SECOND]
#include "engine.h"
#include "jobqueue.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.debug=false\nferry.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 1;
    Engine::Options options;
    options.databasePath = args.at(1);
    options.lockPath = args.at(2);
    options.transfers.maxBackgroundTransfers = 10;
    options.transfers.checkpointMs = 150;
    options.transfers.transfers.stallTimeoutMs = 3000;
    const qsizetype limit = args.indexOf(QLatin1String("--upload-limit"));
    if (limit > 0)
        options.transfers.uploadLimit = args.value(limit + 1).toLongLong();
    Engine engine(options);
    if (const Result r = engine.start(); r.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(r.message()));
        return 2;
    }
    if (args.contains(QLatin1String("--until-empty"))) {
        const auto check = [&engine]() {
            if (engine.queue()->count() == 0)
                QCoreApplication::quit();
        };
        QObject::connect(engine.queue(), &JobQueue::jobRemoved, &app, check, Qt::QueuedConnection);
        QMetaObject::invokeMethod(&app, check, Qt::QueuedConnection);
    }
    return QCoreApplication::exec();
}
