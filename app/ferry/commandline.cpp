#include "commandline.h"

#include <QCoreApplication>

#include <cstring>

namespace Ferry {

CommandLine::CommandLine()
    : lang(QStringLiteral("lang"),
           QCoreApplication::translate("main", "Use this interface language (en, ru, it)."),
           QStringLiteral("language"))
    , show(QStringLiteral("show"),
           QCoreApplication::translate("main", "Show the window of the Ferry that runs already."))
    , minimized(
          QStringLiteral("minimized"),
          QCoreApplication::translate("main", "Start in the tray, without showing the window."))
    , daemon(QStringLiteral("daemon"),
             QCoreApplication::translate("main",
                                         "Run the transfer engine without a window, for ferryctl "
                                         "and scripts, until it is stopped."))
    , quit(QStringLiteral("quit"),
           QCoreApplication::translate("main",
                                       "Quit the Ferry that runs, without asking; its transfers "
                                       "go on where they stopped the next time Ferry starts."))
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Ferry download and upload manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(lang);
    parser.addOption(show);
    parser.addOption(minimized);
    parser.addOption(daemon);
    parser.addOption(quit);
    parser.addPositionalArgument(QStringLiteral("urls"),
                                 QCoreApplication::translate("main", "URLs to download."),
                                 QStringLiteral("[URL...]"));
}

bool CommandLine::isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            return false;
        for (const char *option :
             { "--daemon", "--quit", "-h", "--help", "--help-all", "-v", "--version" }) {
            if (std::strcmp(a, option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace Ferry
