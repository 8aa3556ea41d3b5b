#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Ferry::Translations {

QString install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ferry = new QTranslator(app);
    if (!ferry->load(locale, QStringLiteral("ferry"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        // English, or a language Ferry does not speak: English text with its plural forms.
        if (ferry->load(QStringLiteral(":/i18n/ferry_en.qm")))
            QCoreApplication::installTranslator(ferry);
        else
            delete ferry;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ferry);
    QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, file dialogs) in the same language.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace Ferry::Translations
