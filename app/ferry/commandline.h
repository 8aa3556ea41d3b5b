#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Ferry {

// The options of `ferry`, shared by the window and the daemon so that --help lists them all.
struct CommandLine
{
    CommandLine();

    // --daemon, --quit, --help and --version need no display: main() then makes a
    // QCoreApplication.
    static bool isHeadless(int argc, char *argv[]);

    QCommandLineParser parser;
    QCommandLineOption lang;
    QCommandLineOption show;
    QCommandLineOption minimized;
    QCommandLineOption daemon;
    QCommandLineOption quit;
};

} // namespace Ferry
