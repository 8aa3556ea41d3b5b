#include "browsercommand.h"

#include "browserregistration.h"
#include "ctl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Ferry {

using Browser = BrowserRegistration::Browser;

BrowserCommand::BrowserCommand(QTextStream &out, QTextStream &err, bool json)
    : m_out(out)
    , m_err(err)
    , m_json(json)
{ }

int BrowserCommand::run(const QString &action, const QString &which)
{
    QList<Browser> browsers;
    if (which.isEmpty() || which == QLatin1String("all")) {
        browsers = BrowserRegistration::all();
    } else if (const auto b = BrowserRegistration::fromId(which)) {
        browsers = { *b };
    } else {
        m_err << "ferryctl: "
              << tr("unknown browser \"%1\" (chromium, chrome, firefox or all)").arg(which) << '\n';
        return Ctl::Usage;
    }
    const BrowserRegistration registration;
    if (action == QLatin1String("status")) {
        QList<int> list;
        for (const Browser b : std::as_const(browsers))
            list.append(int(b));
        return status(list);
    }
    const bool install = action == QLatin1String("install");
    if (!install && action != QLatin1String("uninstall")) {
        m_err << "ferryctl: "
              << tr("unknown action \"%1\" (install, uninstall or status)").arg(action) << '\n';
        return Ctl::Usage;
    }
    const QString host = BrowserRegistration::defaultHostPath();
    int rc = Ctl::Ok;
    for (const Browser b : std::as_const(browsers)) {
        const Result r = install ? registration.install(b, host) : registration.uninstall(b);
        const QString name = BrowserRegistration::displayName(b);
        if (r.isError()) {
            m_err << "ferryctl: " << name << ": " << r.detail() << '\n';
            rc = Ctl::Refused;
            continue;
        }
        //: %1 is a browser's name, %2 a folder
        m_out << (install ? tr("%1: host registered in %2")
                          : tr("%1: registration removed from %2"))
                     .arg(name, registration.userManifestDir(b))
              << '\n';
    }
    return rc;
}

int BrowserCommand::status(const QList<int> &browsers)
{
    const BrowserRegistration registration;
    QJsonArray json;
    for (const int b : browsers) {
        const BrowserRegistration::Status s = registration.status(Browser(b));
        if (m_json) {
            json.append(QJsonObject {
                { QLatin1String("browser"), BrowserRegistration::id(s.browser) },
                { QLatin1String("program"), s.program },
                { QLatin1String("manifest"), s.manifest },
                { QLatin1String("userManifest"), s.userManifest },
                { QLatin1String("host"), s.hostPath },
                { QLatin1String("hostRuns"), s.hostRuns },
                { QLatin1String("allowsFerry"), s.allowsFerry },
                { QLatin1String("ready"), s.isReady() },
                { QLatin1String("sandboxed"), QJsonArray::fromStringList(s.sandboxed) } });
            continue;
        }
        const QStringList lines = BrowserRegistration::describe(s);
        for (int i = 0; i < lines.size(); ++i)
            m_out << (i == 0 ? "" : "  ") << lines.at(i) << '\n';
    }
    if (m_json)
        m_out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return Ctl::Ok;
}

} // namespace Ferry
