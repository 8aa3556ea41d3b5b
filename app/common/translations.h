#pragma once

#include <QString>

class QCoreApplication;

namespace Ferry::Translations {

// Installs Ferry's and Qt's translations for the language given (e.g. "ru", "it_IT"), or for
// the system's UI languages when empty (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). English needs none.
// Returns the language in use ("en" when nothing matched).
QString install(QCoreApplication *app, const QString &language = {});

} // namespace Ferry::Translations
