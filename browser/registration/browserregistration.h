#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ferry {

// Where browsers look for Ferry's native messaging host (net.ferrydm.ferry), registering it for
// the current user, and what is found: `ferryctl browser` and Settings ▸ Browser both use it.
// The roots are injectable so tests run in a temporary directory.
class BrowserRegistration
{
    Q_DECLARE_TR_FUNCTIONS(BrowserRegistration)
public:
    enum class Browser { Chromium, Chrome, Firefox };

    struct Roots
    {
        QString home; // ~
        QString configHome; // $XDG_CONFIG_HOME, ~/.config
        QString dataHome; // $XDG_DATA_HOME, ~/.local/share (user Flatpak installations)
        QString system; // "" for the real system; a folder standing for / in tests
        static Roots current();
    };

    // What `status` finds for one browser.
    struct Status
    {
        Browser browser = Browser::Chromium;
        QString program; // the browser's executable on PATH; empty when not installed
        QString manifest; // the host manifest it would use (the user's first); empty: none
        bool userManifest = false; // manifest is the per-user one
        QString hostPath; // the host the manifest names
        bool hostRuns = false; // that host exists and is executable
        bool allowsFerry = false; // the manifest allows exactly Ferry's extension
        QStringList sandboxed; // "Flatpak org.mozilla.firefox", "Snap firefox": cannot reach a host

        bool isReady() const { return !manifest.isEmpty() && hostRuns && allowsFerry; }
    };

    explicit BrowserRegistration(Roots roots = Roots::current());

    static QList<Browser> all();
    static QString id(Browser browser); // "chromium", "chrome", "firefox"
    static std::optional<Browser> fromId(const QString &id);
    static QString displayName(Browser browser);
    static QString hostName(); // net.ferrydm.ferry
    static QString chromiumExtensionId();
    static QString firefoxExtensionId();

    // The manifest that names hostPath and allows exactly Ferry's extension.
    static QByteArray manifest(Browser browser, const QString &hostPath);
    // The installed host: ferry-browser-host next to the running program, else from PATH.
    static QString defaultHostPath();

    QString userManifestDir(Browser browser) const;
    // Where the browser reads system-wide manifests (the distribution's and Ferry's own prefix).
    QStringList systemManifestDirs(Browser browser) const;

    Result install(Browser browser, const QString &hostPath) const;
    Result uninstall(Browser browser) const;
    Status status(Browser browser) const;

    // The status as translated lines for people (ferryctl, the settings page).
    static QStringList describe(const Status &status);

private:
    QString system(const QString &path) const;
    QStringList sandboxedCopies(Browser browser) const;

    Roots m_roots;
};

} // namespace Ferry
