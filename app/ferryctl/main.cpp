#include "ctl.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <csignal>

using namespace Ferry;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ferry.*.debug=false\nferry.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry"));
    QCoreApplication::setOrganizationName(QStringLiteral("ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    Translations::install(&app);
    // A reader that goes away (ferryctl monitor | head) ends ferryctl quietly.
    std::signal(SIGPIPE, SIG_DFL);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Ctl ctl(out, err);
    const int rc = ctl.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return rc;
}
