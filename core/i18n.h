#pragma once

#include <QString>

namespace dealboard {

// Sets the default locale and installs Dealboard's and Qt's translations for `language`
// ("fr", "en"; empty: the system's). Returns the language in use.
QString installTranslations(const QString &language = {});

} // namespace dealboard
