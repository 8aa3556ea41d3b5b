#include "appsettings.h"
#include "commandline.h"
#include "daemon.h"
#include "handoff.h"
#include "icons.h"
#include "instance.h"
#include "mainwindow.h"
#include "translations.h"
#include "trayicon.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

using namespace Ferry;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
}

// The language: --lang, else the one chosen in the settings, else the system's.
QString language(const CommandLine &commandLine)
{
    return commandLine.parser.isSet(commandLine.lang) ? commandLine.parser.value(commandLine.lang)
                                                      : AppSettings::load().language;
}

// --daemon, --help and --version: no display needed, so no QApplication.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    CommandLine commandLine;
    commandLine.parser.process(app); // --help and --version print and exit here
    Translations::install(&app, language(commandLine));
    if (commandLine.parser.isSet(commandLine.quit)) {
        if (!quitRunningInstance())
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "No Ferry is running.")));
        return 0;
    }
    return runDaemon(commandLine);
}

} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral(FERRY_APP_ID));
    QApplication::setWindowIcon(Icons::application());
    CommandLine commandLine;
    commandLine.parser.process(app);
    Translations::install(&app, language(commandLine));
    const QStringList urls = commandLine.parser.positionalArguments();

    // A second start hands its command line to the window that runs; a daemon hands its engine
    // over to this window.
    const Handoff handoff
        = handOffToRunningInstance(urls, commandLine.parser.isSet(commandLine.show));
    if (handoff == Handoff::Forwarded)
        return 0;
    Instance instance({ true, handoff == Handoff::DaemonStopped ? 10000 : 0 });
    if (const Result r = instance.start(); r.isError()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Ferry"),
            QApplication::translate("main", "Ferry cannot start its transfer engine.\n\n%1: %2")
                .arg(r.name(), r.message()));
        return 1;
    }

    MainWindow window(instance.client());
    QObject::connect(instance.server(), &IpcServer::commandForwarded, &window,
                     [&window](const QStringList &forwarded, bool show) {
                         if (show || !forwarded.isEmpty())
                             window.showAndRaise();
                         if (!forwarded.isEmpty())
                             window.showNewJobDialog(forwarded.join(QLatin1Char('\n')));
                     });
    // `ferry --quit` from a script: no question, the transfers resume at the next start.
    QObject::connect(instance.server(), &IpcServer::quitRequested, &window,
                     &MainWindow::quitWithoutAsking, Qt::QueuedConnection);
    // With a tray the window may stay hidden, and closing it keeps the transfers going.
    QApplication::setQuitOnLastWindowClosed(!window.trayIcon());
    if (!commandLine.parser.isSet(commandLine.minimized) || !window.trayIcon())
        window.show();
    if (!urls.isEmpty())
        window.showNewJobDialog(urls.join(QLatin1Char('\n')));
    return QApplication::exec();
}
