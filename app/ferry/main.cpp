#include "appsettings.h"
#include "engineclient.h"
#include "enginesettings.h"
#include "enginethread.h"
#include "icons.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

using namespace Ferry;

int main(int argc, char *argv[])
{
    // --version needs no display: answer it before QApplication connects to one (packaging checks
    // and scripts run `ferry --version` where there is no display). Same text as the parser's.
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("ferry %s\n", FERRY_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ferry"));
    QApplication::setOrganizationName(QStringLiteral("ferry"));
    QApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(FERRY_APP_ID));
    QApplication::setWindowIcon(Icons::application());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Ferry download and upload manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "Use this interface language (en, ru, it)."),
        QStringLiteral("language"));
    parser.addOption(lang);
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QApplication::translate("main", "Start in the tray, without showing the window."));
    parser.addOption(minimized);
    parser.addPositionalArgument(QStringLiteral("urls"),
                                 QApplication::translate("main", "URLs to download."),
                                 QStringLiteral("[URL...]"));
    parser.process(app);
    const AppSettings settings = AppSettings::load();
    Translations::install(&app, parser.isSet(lang) ? parser.value(lang) : settings.language);

    Engine::Options options;
    options.transfers = transferSettings(settings);
    EngineThread engine(options);
    if (const Result r = engine.start(); r.isError()) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Ferry"),
            QApplication::translate("main", "Ferry cannot start its transfer engine.\n\n%1: %2")
                .arg(r.name(), r.message()));
        return 1;
    }
    EngineClient client(engine.engine()->queue(), engine.engine()->publisher());
    MainWindow window(&client);
    QObject::connect(
        &window, &MainWindow::settingsChanged, &window,
        [&engine](const AppSettings &s) { applyTransferSettings(engine.engine(), s); });
    // With a tray the window may stay hidden, and closing it keeps the transfers going.
    QApplication::setQuitOnLastWindowClosed(!window.trayIcon());
    if (!parser.isSet(minimized) || !window.trayIcon())
        window.show();
    if (!parser.positionalArguments().isEmpty())
        window.showNewJobDialog(parser.positionalArguments().join(QLatin1Char('\n')));
    const int rc = QApplication::exec();
    return rc;
}
