// Ferry follows the system locale: started with LANG=ru_RU.UTF-8 or LANG=it_IT.UTF-8 (ctest runs
// this test once for each), the window's title, every action, the filter bar and the state names
// are in that language, different from the English text.
#include "jobactions.h"
#include "jobnames.h"
#include "translations.h"
#include "windowfixture.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

// objectName → text of every named action and filter button of a fresh window.
QMap<QString, QString> texts(MainWindow *window)
{
    QMap<QString, QString> out;
    out.insert(QStringLiteral("windowTitle"), window->windowTitle());
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (!action->objectName().isEmpty() && !action->text().isEmpty())
            out.insert(action->objectName(), action->text());
    }
    const QList<QToolButton *> buttons = window->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->objectName().startsWith(QLatin1String("filter")))
            out.insert(button->objectName(), button->text());
    }
    const QList<QAction *> menus = window->menuBar()->actions();
    for (int i = 0; i < menus.size(); ++i)
        out.insert(QStringLiteral("menu%1").arg(i), menus.at(i)->text());
    for (int s = 0; s < JobStateCount; ++s)
        out.insert(QStringLiteral("state%1").arg(s), JobNames::state(JobState(s)));
    return out;
}

} // namespace

class TestLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void windowSpeaksTheSystemLanguage();

private:
    QTemporaryDir m_settings;
};

void TestLocale::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    isolateSettings(m_settings.path());
}

void TestLocale::windowSpeaksTheSystemLanguage()
{
    const QString expected = qEnvironmentVariable("FERRY_EXPECT_LANGUAGE");
    QVERIFY2(!expected.isEmpty(), "ctest sets FERRY_EXPECT_LANGUAGE with LANG");
    // As main() does: no --lang, no setting, so the system locale (LANG) decides.
    QCOMPARE(Translations::install(qApp, {}), expected);
    QMap<QString, QString> translated;
    {
        WindowFixture f;
        translated = texts(f.window());
    }
    // The same window in English: without Ferry's translators.
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators)
        QCoreApplication::removeTranslator(t);
    QMap<QString, QString> english;
    {
        WindowFixture f;
        english = texts(f.window());
    }
    QCOMPARE(translated.keys(), english.keys());
    QVERIFY(translated.size() > 30);
    // Words the language takes from English as they are (Italian menus say "File" too).
    const QMap<QString, QStringList> borrowed {
        { QStringLiteral("it"), { QStringLiteral("&File") } },
    };
    QStringList untranslated;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (translated.value(it.key()) == it.value()
            && !borrowed.value(expected).contains(it.value()))
            untranslated.append(QStringLiteral("%1 \"%2\"").arg(it.key(), it.value()));
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1String(", "))));
}

QTEST_MAIN(TestLocale)
#include "tst_locale.moc"
