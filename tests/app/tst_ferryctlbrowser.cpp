// `ferryctl browser install|uninstall|status` in a throw-away home: the per-user manifests it
// writes (naming the host next to ferryctl, allowing exactly Ferry's extension), what status says
// and prints as JSON, Flatpak and Snap copies reported, bad arguments refused.

#include "ferryhome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Ferry::Test;

class TestFerryctlBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void installStatusUninstall();
    void sandboxedBrowsersAreReported();
    void badArguments();

private:
    FerryHome::Run ctl(const QStringList &args)
    {
        return m_home->run(QStringLiteral(FERRYCTL), args, m_env);
    }
    QJsonObject status(const QString &browser);

    std::unique_ptr<FerryHome> m_home;
    QProcessEnvironment m_env;
};

void TestFerryctlBrowser::init()
{
    m_home = std::make_unique<FerryHome>();
    m_env = m_home->environment();
    m_env.insert(QStringLiteral("HOME"), m_home->path(QStringLiteral("home")));
    QDir().mkpath(m_home->path(QStringLiteral("home")));
}

QJsonObject TestFerryctlBrowser::status(const QString &browser)
{
    const FerryHome::Run r
        = ctl({ QStringLiteral("browser"), QStringLiteral("status"), QStringLiteral("--browser"),
                browser, QStringLiteral("--json") });
    return r.code == 0 ? r.json().array().first().toObject() : QJsonObject();
}

void TestFerryctlBrowser::installStatusUninstall()
{
    const QString host = QFileInfo(QStringLiteral(FERRYCTL)).absolutePath()
        + QStringLiteral("/ferry-browser-host");
    QCOMPARE(status(QStringLiteral("chromium")).value(QStringLiteral("ready")), QJsonValue(false));

    const FerryHome::Run installed = ctl({ QStringLiteral("browser"), QStringLiteral("install") });
    QCOMPARE(installed.code, 0);
    QCOMPARE(installed.out.count(QLatin1Char('\n')), 3);
    const QString chromium = m_home->path(
        QStringLiteral("config/chromium/NativeMessagingHosts/net.ferrydm.ferry.json"));
    const QString chrome = m_home->path(
        QStringLiteral("config/google-chrome/NativeMessagingHosts/net.ferrydm.ferry.json"));
    const QString firefox = m_home->path(
        QStringLiteral("home/.mozilla/native-messaging-hosts/net.ferrydm.ferry.json"));
    for (const QString &path : { chromium, chrome, firefox }) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(m.value(QStringLiteral("name")).toString(), QStringLiteral("net.ferrydm.ferry"));
        QCOMPARE(m.value(QStringLiteral("path")).toString(), host);
        QCOMPARE(m.value(QStringLiteral("type")).toString(), QStringLiteral("stdio"));
        const bool isFirefox = path == firefox;
        QCOMPARE(m.value(isFirefox ? QStringLiteral("allowed_extensions")
                                   : QStringLiteral("allowed_origins"))
                     .toArray(),
                 QJsonArray { isFirefox
                                  ? QStringLiteral("browser@ferrydm.net")
                                  : QStringLiteral(
                                      "chrome-extension://nekogoepfmmdccmigkmflbgkcoakjeog/") });
    }
    const QJsonObject s = status(QStringLiteral("firefox"));
    QCOMPARE(s.value(QStringLiteral("ready")), QJsonValue(true));
    QCOMPARE(s.value(QStringLiteral("userManifest")), QJsonValue(true));
    QCOMPARE(s.value(QStringLiteral("manifest")).toString(), firefox);
    QCOMPARE(s.value(QStringLiteral("host")).toString(), host);
    const FerryHome::Run human = ctl({ QStringLiteral("browser"), QStringLiteral("status") });
    QCOMPARE(human.code, 0);
    QVERIFY2(human.out.contains(QStringLiteral("host registered for this user: ") + chromium),
             qPrintable(human.out));

    // Another program's manifest under Ferry's name is not taken for Ferry's.
    QFile other(chrome);
    QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
    other.write(R"({"name":"net.ferrydm.ferry","path":"/bin/sh","type":"stdio",)"
                R"("allowed_origins":["chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"]})");
    other.close();
    QCOMPARE(status(QStringLiteral("chrome")).value(QStringLiteral("allowsFerry")),
             QJsonValue(false));

    QCOMPARE(ctl({ QStringLiteral("browser"), QStringLiteral("uninstall"),
                   QStringLiteral("--browser"), QStringLiteral("chromium") })
                 .code,
             0);
    QVERIFY(!QFile::exists(chromium));
    QVERIFY(QFile::exists(firefox));
    QCOMPARE(status(QStringLiteral("chromium")).value(QStringLiteral("manifest")).toString(),
             QString());
}

void TestFerryctlBrowser::sandboxedBrowsersAreReported()
{
    QDir().mkpath(m_home->path(QStringLiteral("home/.var/app/org.mozilla.firefox")));
    QDir().mkpath(m_home->path(QStringLiteral("data/flatpak/app/org.chromium.Chromium")));
    QCOMPARE(status(QStringLiteral("firefox")).value(QStringLiteral("sandboxed")).toArray(),
             QJsonArray { QStringLiteral("Flatpak org.mozilla.firefox") });
    QCOMPARE(status(QStringLiteral("chromium")).value(QStringLiteral("sandboxed")).toArray(),
             QJsonArray { QStringLiteral("Flatpak org.chromium.Chromium") });
    const FerryHome::Run human = ctl({ QStringLiteral("browser"), QStringLiteral("status"),
                                       QStringLiteral("--browser"), QStringLiteral("firefox") });
    QVERIFY2(human.out.contains(QLatin1String("Flatpak org.mozilla.firefox found: a sandboxed "
                                              "browser cannot start Ferry's host")),
             qPrintable(human.out));
}

void TestFerryctlBrowser::badArguments()
{
    QCOMPARE(ctl({ QStringLiteral("browser"), QStringLiteral("status"), QStringLiteral("--browser"),
                   QStringLiteral("opera") })
                 .code,
             1);
    QCOMPARE(ctl({ QStringLiteral("browser"), QStringLiteral("remove") }).code, 1);
    QCOMPARE(ctl({ QStringLiteral("browser") }).code, 1);
    QCOMPARE(ctl({ QStringLiteral("list"), QStringLiteral("--browser"), QStringLiteral("x") }).code,
             1);
    // None of it needed an engine.
    QCOMPARE(m_home->enginePid(), 0);
}

QTEST_GUILESS_MAIN(TestFerryctlBrowser)
#include "tst_ferryctlbrowser.moc"
