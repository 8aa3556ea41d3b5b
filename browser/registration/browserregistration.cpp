#include "browserregistration.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ferry {

namespace {

struct Known
{
    const char *id;
    const char *name;
    QStringList programs; // on PATH
    const char *userDir; // below configHome (Chromium family) or home (Firefox)
    QStringList systemDirs; // below the system root
    QStringList flatpaks; // application ids
    QStringList snaps;
};

const Known &known(BrowserRegistration::Browser browser)
{
    static const Known chromium { "chromium",
                                  "Chromium",
                                  { QStringLiteral("chromium"),
                                    QStringLiteral("chromium-browser") },
                                  "chromium/NativeMessagingHosts",
                                  { QStringLiteral("/etc/chromium/native-messaging-hosts") },
                                  { QStringLiteral("org.chromium.Chromium"),
                                    QStringLiteral(
                                        "io.github.ungoogled_software.ungoogled_chromium") },
                                  { QStringLiteral("chromium") } };
    static const Known chrome { "chrome",
                                "Google Chrome",
                                { QStringLiteral("google-chrome"),
                                  QStringLiteral("google-chrome-stable") },
                                "google-chrome/NativeMessagingHosts",
                                { QStringLiteral("/etc/opt/chrome/native-messaging-hosts") },
                                { QStringLiteral("com.google.Chrome") },
                                {} };
    static const Known firefox { "firefox",
                                 "Firefox",
                                 { QStringLiteral("firefox"), QStringLiteral("firefox-esr") },
                                 ".mozilla/native-messaging-hosts",
                                 { QStringLiteral("/usr/lib/mozilla/native-messaging-hosts"),
                                   QStringLiteral("/usr/lib64/mozilla/native-messaging-hosts") },
                                 { QStringLiteral("org.mozilla.firefox") },
                                 { QStringLiteral("firefox") } };
    switch (browser) {
    case BrowserRegistration::Browser::Chromium:
        return chromium;
    case BrowserRegistration::Browser::Chrome:
        return chrome;
    case BrowserRegistration::Browser::Firefox:
        break;
    }
    return firefox;
}

bool isFirefox(BrowserRegistration::Browser browser)
{
    return browser == BrowserRegistration::Browser::Firefox;
}

QString fromEnv(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

} // namespace

BrowserRegistration::Roots BrowserRegistration::Roots::current()
{
    const QString home = QDir::homePath();
    return { home, fromEnv("XDG_CONFIG_HOME", home + QLatin1String("/.config")),
             fromEnv("XDG_DATA_HOME", home + QLatin1String("/.local/share")), QString() };
}

BrowserRegistration::BrowserRegistration(Roots roots)
    : m_roots(std::move(roots))
{ }

QList<BrowserRegistration::Browser> BrowserRegistration::all()
{
    return { Browser::Chromium, Browser::Chrome, Browser::Firefox };
}

QString BrowserRegistration::id(Browser browser)
{
    return QLatin1String(known(browser).id);
}

std::optional<BrowserRegistration::Browser> BrowserRegistration::fromId(const QString &id)
{
    for (const Browser b : all()) {
        if (id == QLatin1String(known(b).id))
            return b;
    }
    return std::nullopt;
}

QString BrowserRegistration::displayName(Browser browser)
{
    return QLatin1String(known(browser).name);
}

QString BrowserRegistration::hostName()
{
    return QStringLiteral(FERRY_NATIVE_HOST_NAME);
}

QString BrowserRegistration::chromiumExtensionId()
{
    return QStringLiteral(FERRY_CHROMIUM_EXTENSION_ID);
}

QString BrowserRegistration::firefoxExtensionId()
{
    return QStringLiteral(FERRY_FIREFOX_EXTENSION_ID);
}

QByteArray BrowserRegistration::manifest(Browser browser, const QString &hostPath)
{
    QJsonObject m { { QLatin1String("name"), hostName() },
                    { QLatin1String("description"),
                      QStringLiteral("Ferry download manager: hands browser downloads to Ferry") },
                    { QLatin1String("path"), hostPath },
                    { QLatin1String("type"), QStringLiteral("stdio") } };
    if (isFirefox(browser))
        m.insert(QLatin1String("allowed_extensions"), QJsonArray { firefoxExtensionId() });
    else
        m.insert(QLatin1String("allowed_origins"),
                 QJsonArray { QStringLiteral("chrome-extension://%1/").arg(chromiumExtensionId()) });
    return QJsonDocument(m).toJson(QJsonDocument::Indented);
}

QString BrowserRegistration::defaultHostPath()
{
    const QString sibling
        = QCoreApplication::applicationDirPath() + QLatin1String("/ferry-browser-host");
    const QFileInfo info(sibling);
    if (info.isFile() && info.isExecutable())
        return info.absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("ferry-browser-host"));
}

QString BrowserRegistration::system(const QString &path) const
{
    return m_roots.system.isEmpty() ? path : m_roots.system + path;
}

QString BrowserRegistration::userManifestDir(Browser browser) const
{
    const QString base = isFirefox(browser) ? m_roots.home : m_roots.configHome;
    return base + QLatin1Char('/') + QLatin1String(known(browser).userDir);
}

QStringList BrowserRegistration::systemManifestDirs(Browser browser) const
{
    QStringList dirs;
    for (const QString &d : known(browser).systemDirs)
        dirs.append(system(d));
    // Ferry's own prefix when it is not /usr (cmake --install --prefix /opt/ferry …) holds the
    // manifests that installation made: /etc/… and /usr/lib/… below it.
    const QString prefix = QStringLiteral(FERRY_INSTALL_PREFIX);
    if (prefix != QLatin1String("/usr")) {
        const QString own = isFirefox(browser)
            ? QStringLiteral("/lib/mozilla/native-messaging-hosts")
            : known(browser).systemDirs.first();
        dirs.append(system(prefix + own));
    }
    return dirs;
}

Result BrowserRegistration::install(Browser browser, const QString &hostPath) const
{
    if (hostPath.isEmpty() || !QFileInfo(hostPath).isExecutable())
        return Result(Result::ERROR_FILE_NOT_FOUND,
                      tr("the host program %1 is not there or cannot be run")
                          .arg(hostPath.isEmpty() ? QStringLiteral("ferry-browser-host")
                                                  : hostPath));
    const QString dir = userManifestDir(browser);
    if (!QDir().mkpath(dir))
        return Result(Result::E_ACCESSDENIED, tr("cannot create %1").arg(dir));
    QSaveFile file(dir + QLatin1Char('/') + hostName() + QLatin1String(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(manifest(browser, hostPath)) < 0
        || !file.commit())
        return Result(Result::E_ACCESSDENIED,
                      tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Result::S_OK;
}

Result BrowserRegistration::uninstall(Browser browser) const
{
    const QString path = userManifestDir(browser) + QLatin1Char('/') + hostName()
        + QLatin1String(".json");
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Result(Result::E_ACCESSDENIED, tr("cannot remove %1").arg(path));
    return Result::S_OK;
}

QStringList BrowserRegistration::sandboxedCopies(Browser browser) const
{
    QStringList found;
    const Known &k = known(browser);
    for (const QString &app : k.flatpaks) {
        if (QFileInfo::exists(system(QLatin1String("/var/lib/flatpak/app/") + app))
            || QFileInfo::exists(m_roots.dataHome + QLatin1String("/flatpak/app/") + app)
            || QFileInfo::exists(m_roots.home + QLatin1String("/.var/app/") + app))
            found.append(QLatin1String("Flatpak ") + app);
    }
    for (const QString &snap : k.snaps) {
        if (QFileInfo::exists(system(QLatin1String("/snap/bin/") + snap))
            || QFileInfo::exists(system(QLatin1String("/snap/") + snap)))
            found.append(QLatin1String("Snap ") + snap);
    }
    return found;
}

BrowserRegistration::Status BrowserRegistration::status(Browser browser) const
{
    Status s;
    s.browser = browser;
    for (const QString &program : known(browser).programs) {
        s.program = QStandardPaths::findExecutable(program);
        if (!s.program.isEmpty())
            break;
    }
    s.sandboxed = sandboxedCopies(browser);
    // The user's manifest wins over the system's, as in the browsers.
    QStringList dirs { userManifestDir(browser) };
    dirs += systemManifestDirs(browser);
    for (const QString &dir : std::as_const(dirs)) {
        QFile file(dir + QLatin1Char('/') + hostName() + QLatin1String(".json"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        s.manifest = file.fileName();
        s.userManifest = dir == dirs.first();
        const QJsonObject m = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        s.hostPath = m.value(QLatin1String("path")).toString();
        const QFileInfo host(s.hostPath);
        s.hostRuns = host.isAbsolute() && host.isFile() && host.isExecutable();
        const QJsonArray allowed = m.value(isFirefox(browser) ? QLatin1String("allowed_extensions")
                                                              : QLatin1String("allowed_origins"))
                                       .toArray();
        const QString ours = isFirefox(browser)
            ? firefoxExtensionId()
            : QStringLiteral("chrome-extension://%1/").arg(chromiumExtensionId());
        s.allowsFerry = allowed.size() == 1 && allowed.first().toString() == ours
            && m.value(QLatin1String("name")).toString() == hostName();
        break;
    }
    return s;
}

QStringList BrowserRegistration::describe(const Status &s)
{
    QStringList lines;
    const QString name = displayName(s.browser);
    lines.append(s.program.isEmpty() ? tr("%1: not installed").arg(name)
                                     : tr("%1: %2").arg(name, s.program));
    if (s.manifest.isEmpty())
        lines.append(tr("host not registered (run \"ferryctl browser install --browser %1\")")
                         .arg(id(s.browser)));
    else if (!s.allowsFerry)
        lines.append(tr("%1 is not Ferry's host manifest").arg(s.manifest));
    else if (!s.hostRuns)
        lines.append(tr("%1 names %2, which is not there").arg(s.manifest, s.hostPath));
    else if (s.userManifest)
        lines.append(tr("host registered for this user: %1").arg(s.manifest));
    else
        lines.append(tr("host registered for the system: %1").arg(s.manifest));
    for (const QString &copy : s.sandboxed)
        lines.append(tr("%1 found: a sandboxed browser cannot start Ferry's host").arg(copy));
    return lines;
}

} // namespace Ferry
