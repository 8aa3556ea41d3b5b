#include "ctl.h"
#include "engine.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.debug=false\nferry.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    Translations::install(&app);

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--version")) {
        std::printf("ferryctl %s\n", FERRY_VERSION);
        return 0;
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Until the IPC server exists, ferryctl runs the engine in its own process; it holds the
    // per-user engine lock while it does, and says so when another Ferry process holds it.
    std::unique_ptr<Engine> engine;
    Ctl ctl(out, err);
    const int rc = ctl.run(args, [&engine](Result *result) -> Engine * {
        engine = std::make_unique<Engine>(Engine::Options {});
        *result = engine->start();
        return result->isSuccess() ? engine.get() : nullptr;
    });
    out.flush();
    err.flush();
    return rc;
}
