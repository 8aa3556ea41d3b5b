// ferry-browser-host: the native messaging host of Ferry's browser extension (docs/browser.md).
// The browser starts it with the extension's origin as its argument and talks to it over
// stdin/stdout; it never reads a terminal and prints nothing but frames on stdout.
#include "nativehost.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <csignal>
#include <unistd.h>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Nothing of Ferry's own logging: it would only go to the browser's log.
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*=false"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    Translations::install(&app);
    // The browser closing the pipe ends the host quietly.
    std::signal(SIGPIPE, SIG_DFL);

    QFile in;
    QFile out;
    if (!in.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
        || !out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    NativeHost host(&in, &out);
    return host.run();
}
