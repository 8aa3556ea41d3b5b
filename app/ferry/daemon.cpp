#include "daemon.h"

#include "commandline.h"
#include "instance.h"

#include <QCoreApplication>
#include <QDir>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace Ferry {

namespace {
int g_quitPipe[2] = { -1, -1 };
void onQuitSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_quitPipe[1], &c, 1);
}
} // namespace

int runDaemon(const CommandLine &commandLine)
{
    if (!commandLine.parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "ferry: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--daemon takes no URLs; add them with ferryctl")));
        return 1;
    }
    // Hold no folder busy: the daemon outlives the shell that started it.
    QDir::setCurrent(QDir::rootPath());

    Instance instance({});
    if (const Result r = instance.start(); r.isError()) {
        std::fprintf(stderr, "ferry: %s (%s): %s\n", qPrintable(r.name()), qPrintable(r.hex()),
                     qPrintable(r.message()));
        return 2;
    }
    // SIGTERM and SIGINT end the event loop, so the engine stops as it does for the window.
    if (::pipe(g_quitPipe) != 0)
        return 2;
    std::signal(SIGTERM, onQuitSignal);
    std::signal(SIGINT, onQuitSignal);
    QSocketNotifier quitNotifier(g_quitPipe[0], QSocketNotifier::Read);
    QObject::connect(&quitNotifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    QObject::connect(instance.server(), &IpcServer::quitRequested, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    return QCoreApplication::exec();
}

} // namespace Ferry
