// Ferry's artwork is compiled in and draws at the sizes the window and the tray use.
#include "icons.h"
#include "jobactions.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

namespace {

// Pixels that are not fully transparent.
int paintedPixels(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) != 0 ? 1 : 0;
    return painted;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateIconsAreDrawnAndDistinct_data();
    void stateIconsAreDrawnAndDistinct();
    void applicationIconIsDrawn();
    void trayVariantsDiffer();
    void autostartEntryIsEmbedded();
    void actionsHaveIconsWithoutATheme();
};

void TestIcons::actionsHaveIconsWithoutATheme()
{
    // A bare desktop: no icon theme at all.
    QTemporaryDir empty;
    QIcon::setThemeSearchPaths({ empty.path() });
    QIcon::setFallbackSearchPaths({});
    QIcon::setThemeName(QStringLiteral("none"));
    JobActions actions;
    QList<QImage> seen;
    const QList<QAction *> all = actions.all();
    for (const QAction *a : all) {
        if (a->objectName().startsWith(QLatin1String("actionPriority")))
            continue; // the priority choices are radio items, without icons
        QVERIFY2(paintedPixels(a->icon(), 16) > 16, qPrintable(a->objectName()));
        const QImage image = a->icon().pixmap(16, 16).toImage();
        QVERIFY2(!seen.contains(image), qPrintable(a->objectName()));
        seen.append(image);
    }
    for (const char *name : { "list-add", "edit-paste", "configure", "application-exit" })
        QVERIFY2(paintedPixels(Icons::action(QLatin1String(name)), 16) > 16, name);
    QVERIFY(Icons::action(QString()).isNull());
}

void TestIcons::stateIconsAreDrawnAndDistinct_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("16 px") << 16;
    QTest::newRow("32 px") << 32;
}

void TestIcons::stateIconsAreDrawnAndDistinct()
{
    QFETCH(int, size);
    QList<QImage> seen;
    for (int i = 0; i < JobStateCount; ++i) {
        const auto state = static_cast<JobState>(i);
        const QIcon icon = Icons::state(state);
        QVERIFY2(!icon.isNull(), QTest::toString(state));
        // The round badge covers most of the square (pi/4 of it).
        QVERIFY2(paintedPixels(icon, size) > size * size / 2, QTest::toString(state));
        const QImage image = icon.pixmap(size, size).toImage();
        QVERIFY2(!seen.contains(image), QTest::toString(state));
        seen.append(image);
    }
}

void TestIcons::applicationIconIsDrawn()
{
    // Without an icon theme that has net.ferrydm.Ferry, the built-in copy is used.
    const QIcon icon = Icons::application();
    QVERIFY(!icon.isNull());
    for (int size : { 16, 48, 256 })
        QVERIFY(paintedPixels(icon, size) > size * size / 2);
}

void TestIcons::trayVariantsDiffer()
{
    const QImage idle = Icons::tray(false).pixmap(22, 22).toImage();
    const QImage active = Icons::tray(true).pixmap(22, 22).toImage();
    QVERIFY(paintedPixels(Icons::tray(false), 22) > 22 * 22 / 2);
    QVERIFY(paintedPixels(Icons::tray(true), 22) > 22 * 22 / 2);
    QVERIFY(idle != active);
}

void TestIcons::autostartEntryIsEmbedded()
{
    // The settings dialog copies this file to ~/.config/autostart.
    QVERIFY(QFile::exists(QStringLiteral(":/autostart/" FERRY_APP_ID ".desktop")));
    QSettings entry(QStringLiteral(":/autostart/" FERRY_APP_ID ".desktop"), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("ferry --minimized"));
    QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), QStringLiteral(FERRY_APP_ID));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
