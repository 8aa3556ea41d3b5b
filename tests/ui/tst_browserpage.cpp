// Settings ▸ Browser: the page says what each browser finds, as `ferryctl browser status` does,
// and "Register for This User" writes the host manifests for Chromium, Chrome and Firefox. Runs
// in a throw-away HOME.

#include "browserpage.h"
#include "settingsdialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

class TestBrowserPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void settingsHaveABrowserPage();
    void registerWritesTheManifests();
    void aMissingHostIsSaid();

private:
    QString status(BrowserPage *page)
    {
        return page->findChild<QLabel *>(QStringLiteral("browserStatus"))->text();
    }
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestBrowserPage::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("HOME", m_home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home->filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home->filePath(QStringLiteral("data")).toUtf8());
}

void TestBrowserPage::settingsHaveABrowserPage()
{
    SettingsDialog dialog(AppSettings {});
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Browser"));
    QVERIFY(qobject_cast<BrowserPage *>(tabs->widget(1)));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("browserInstructions")));
    QVERIFY(BrowserPage::instructionsUrl().isValid());
}

void TestBrowserPage::registerWritesTheManifests()
{
    BrowserPage page;
    QVERIFY2(status(&page).contains(QLatin1String("host not registered")),
             qPrintable(status(&page)));
    page.setHostPath(QStringLiteral(FERRY_BROWSER_HOST));
    page.findChild<QPushButton *>(QStringLiteral("registerBrowsers"))->click();
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("browserResult"))->text(),
             QStringLiteral("Registered for Chromium, Google Chrome and Firefox."));
    for (const QString &path :
         { QStringLiteral("config/chromium/NativeMessagingHosts/net.ferrydm.ferry.json"),
           QStringLiteral("config/google-chrome/NativeMessagingHosts/net.ferrydm.ferry.json"),
           QStringLiteral(".mozilla/native-messaging-hosts/net.ferrydm.ferry.json") }) {
        QFile f(m_home->filePath(path));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("path")),
                 QJsonValue(QStringLiteral(FERRY_BROWSER_HOST)));
    }
    QCOMPARE(status(&page).count(QLatin1String("host registered for this user")), 3);
}

void TestBrowserPage::aMissingHostIsSaid()
{
    BrowserPage page;
    page.setHostPath(m_home->filePath(QStringLiteral("nothing-here")));
    page.findChild<QPushButton *>(QStringLiteral("registerBrowsers"))->click();
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("browserResult"))
                ->text()
                .contains(QLatin1String("nothing-here")));
    QVERIFY(!QFile::exists(m_home->filePath(
        QStringLiteral("config/chromium/NativeMessagingHosts/net.ferrydm.ferry.json"))));
}

QTEST_MAIN(TestBrowserPage)
#include "tst_browserpage.moc"
