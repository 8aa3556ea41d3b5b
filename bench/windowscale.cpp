// Window scale: fills a store with N jobs (not timed), then times what a user waits for when
// Ferry starts with them — engine start, store load, the first snapshot and the window painted
// with every row — and how long sorting by each column takes. Prints the times; asserts nothing.
// Usage: ferry_bench_window [JOBS] [DIR]   (run offscreen or under Xvfb; see window-scale.sh)
#include "clock.h"
#include "engineclient.h"
#include "enginethread.h"
#include "joblistmodel.h"
#include "jobqueue.h"
#include "jobstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>

using namespace Ferry;

namespace {

// Notes when the job view's viewport paints.
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

bool fill(const QString &db, int jobs, const QString &dir)
{
    JobStore store(db);
    if (store.open().isError())
        return false;
    JobLimits limits;
    limits.maxJobsPerUser = jobs;
    JobQueue queue(&store, Clock::system(), limits);
    QList<NewJob> batch;
    batch.reserve(jobs);
    for (int i = 0; i < jobs; ++i) {
        NewJob job;
        // Names and priorities vary, so sorting has real work to do.
        job.displayName
            = QStringLiteral("file-%1.iso").arg((i * 7919) % jobs, 6, 10, QLatin1Char('0'));
        job.priority = JobPriority(1 + i % 3);
        const QString name = QStringLiteral("f%1.bin").arg(i);
        job.files.append(
            { QUrl(QStringLiteral("http://127.0.0.1:9/") + name), QDir(dir).filePath(name) });
        batch.append(std::move(job));
    }
    return queue.createJobs(batch).isSuccess();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ferry-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.info=false"));
    const int jobs = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    const QString db = QDir(dir).filePath(QStringLiteral("window.sqlite"));
    if (!QFile::exists(db) && !fill(db, jobs, dir)) {
        std::fprintf(stderr, "could not fill %s\n", qPrintable(db));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    Engine::Options options;
    options.databasePath = db;
    options.lockPath = QDir(dir).filePath(QStringLiteral("engine.lock"));
    options.followNetworkStatus = false;
    EngineThread engine(options);
    if (engine.start().isError())
        return 2;
    const double engineMs = double(timer.nsecsElapsed()) / 1e6;
    EngineClient client(engine.engine()->queue(), engine.engine()->publisher());
    MainWindow window(&client);
    PaintWatch watch;
    window.jobView()->viewport()->installEventFilter(&watch);
    window.show();
    const double windowMs = double(timer.nsecsElapsed()) / 1e6;
    while (window.jobModel()->rowCount() < jobs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double rowsMs = double(timer.nsecsElapsed()) / 1e6;
    watch.painted = false;
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("jobs %d\nengine_started_ms %.0f\nwindow_made_ms %.0f\nrows_in_model_ms %.0f\n"
                "open_painted_ms %.0f\n",
                jobs, engineMs, windowMs, rowsMs, openMs);

    double worst = 0;
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            watch.painted = false;
            timer.restart();
            window.jobView()->sortByColumn(column, order);
            window.jobView()->viewport()->update();
            while (!watch.painted)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            worst = qMax(worst, ms);
            std::printf("sort_ms column=%d order=%s %.0f\n", column,
                        order == Qt::AscendingOrder ? "asc" : "desc", ms);
        }
    }
    std::printf("sort_worst_ms %.0f\n", worst);
    return 0;
}
