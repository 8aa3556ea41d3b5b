// Queue scale: creates N jobs with 1–3 files each in one batch, then reloads them from the store,
// printing the times. Usage: ferry_bench_queue [JOBS] [DIR]
#include "clock.h"
#include "jobqueue.h"
#include "jobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.info=false"));
    const int jobs = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const QString db = QDir(dir).filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(db);
    QFile::remove(db + QLatin1String("-wal"));
    QFile::remove(db + QLatin1String("-shm"));

    JobLimits limits;
    limits.maxJobsPerUser = jobs;
    qint64 files = 0;
    double createMs = 0;
    {
        JobStore store(db);
        if (store.open().isError())
            return 1;
        JobQueue queue(&store, Clock::system(), limits);
        QList<NewJob> batch;
        batch.reserve(jobs);
        for (int i = 0; i < jobs; ++i) {
            NewJob job;
            job.displayName = QStringLiteral("job %1").arg(i);
            for (int f = 0; f <= i % 3; ++f, ++files) {
                const QString name = QStringLiteral("file-%1-%2.bin").arg(i).arg(f);
                job.files.append({ QUrl(QStringLiteral("http://127.0.0.1:8080/") + name),
                                   QDir(dir).filePath(name) });
            }
            job.resume = i % 4 == 0;
            batch.append(std::move(job));
        }
        QElapsedTimer timer;
        timer.start();
        if (const Result r = queue.createJobs(batch); r.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message()));
            return 2;
        }
        createMs = double(timer.nsecsElapsed()) / 1e6;
    }
    QElapsedTimer timer;
    timer.start();
    JobStore store(db);
    if (store.open().isError())
        return 4;
    JobQueue queue(&store, Clock::system(), limits);
    if (queue.load().isError())
        return 5;
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("jobs %d files %lld create_batch_ms %.0f reload_ms %.0f loaded %d\n", jobs, files,
                createMs, loadMs, queue.count());
    return queue.count() == jobs ? 0 : 6;
}
