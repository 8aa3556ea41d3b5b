// Engine independent of the UI (PERFORMANCE.md #5): a download runs in the engine thread while
// this (the "UI") thread first idles in its event loop for a window, then blocks for a window.
// Prints the download's throughput over both windows and their ratio.
//   ferry_bench_uiblock URL DEST_DIR [WINDOW_MS]
#include "engineclient.h"
#include "enginethread.h"
#include "jobfiles.h"
#include "jobqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Ferry;

namespace {
// Bytes on disk so far: read from the file system, never through the blocked thread.
qint64 bytesOnDisk(const QString &part)
{
    return QFileInfo(part).size();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.debug=false\nferry.*.info=false"));
    if (argc < 3)
        return 1;
    const QUrl url(QString::fromLocal8Bit(argv[1]));
    const QString dest = QString::fromLocal8Bit(argv[2]) + QLatin1String("/uiblock.bin");
    const int window = argc > 3 ? atoi(argv[3]) : 2000;
    QTemporaryDir state;
    Engine::Options options;
    options.databasePath = state.filePath(QStringLiteral("jobs.sqlite"));
    options.lockPath = state.filePath(QStringLiteral("engine.lock"));
    options.transfers.transfers.download.connections = 1;
    EngineThread engine(options);
    if (engine.start().isError())
        return 2;
    EngineClient client(engine.engine()->queue(), engine.engine()->publisher());
    JobId id;
    NewJob job;
    job.displayName = QStringLiteral("uiblock");
    job.priority = JobPriority::Foreground;
    job.files = { { url, dest } };
    job.resume = true;
    client.create({ job }, [&id](const Result &r, const QList<JobId> &ids) {
        if (r.isSuccess())
            id = ids.first();
    });
    // Let the transfer get going (on disk, the temporary file grows).
    QElapsedTimer clock;
    clock.start();
    while (id.isNull() || bytesOnDisk(JobFiles::tempPath(id, dest)) < 8 * 1024 * 1024) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (clock.elapsed() > 30000)
            return 3;
    }
    const QString part = JobFiles::tempPath(id, dest);

    // An idle window, a blocked window, another idle window: the blocked one is compared with
    // the mean of the two around it, so a drift of the server's pace does not count.
    const auto idleWindow = [&]() {
        const qint64 start = bytesOnDisk(part);
        QElapsedTimer w;
        w.start();
        QTimer::singleShot(window, &app, &QCoreApplication::quit);
        QCoreApplication::exec();
        return double(bytesOnDisk(part) - start) / (double(w.elapsed()) / 1000.0);
    };
    const auto blockedWindow = [&]() {
        const qint64 start = bytesOnDisk(part);
        QElapsedTimer w;
        w.start();
        QThread::msleep(ulong(window)); // a frozen UI
        return double(bytesOnDisk(part) - start) / (double(w.elapsed()) / 1000.0);
    };
    idleWindow(); // past the server's first burst
    const double before = idleWindow();
    const double blocked = blockedWindow();
    const double after = idleWindow();
    const double normal = (before + after) / 2;
    std::printf("normal_MiBps %.1f blocked_MiBps %.1f ratio %.3f\n", normal / 1048576.0,
                blocked / 1048576.0, normal > 0 ? blocked / normal : 0.0);
    engine.stop();
    return 0;
}
