#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace dealboard {

QString installTranslations(const QString &language)
{
    const QLocale system;
    QLocale locale = system;
    if (language == "fr"_L1)
        locale = QLocale(QLocale::French, QLocale::France);
    else if (language == "en"_L1)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // Keep the user's own country conventions when they already speak the chosen language.
    if (!language.isEmpty() && system.language() == locale.language())
        locale = system;
    QLocale::setDefault(locale);
    const bool french = locale.language() == QLocale::French;

    auto *app = QCoreApplication::instance();
    // English needs its file too, for plural forms ("1 deal", "2 deals").
    auto *own = new QTranslator(app);
    if (own->load(french ? u":/i18n/dealboard_fr.qm"_s : u":/i18n/dealboard_en.qm"_s))
        QCoreApplication::installTranslator(own);
    if (!french)
        return u"en"_s;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return u"fr"_s;
}

} // namespace dealboard
