#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace dealboard {

// One objection of the library (§6.3) and its answer, in one language.
struct Objection
{
    QString key;
    QString language; // "fr" or "en"
    QString category; // one of categories()
    QString objection;
    QString answer; // lines: "• point", the last one "→ next step"
    bool hidden = false;
    bool builtIn = false; // the playbook has an objection with this key
    bool edited = false;  // the user's row in table objections overrides or adds it

    // In the playbook's order, which is also the order the library is shown in.
    static const QStringList &categories()
    {
        static const QStringList keys{QStringLiteral("price"), QStringLiteral("competition"),
                                      QStringLiteral("technical"), QStringLiteral("risk"),
                                      QStringLiteral("timing")};
        return keys;
    }
    // The library's language for a locale: French for French, English otherwise.
    static QString languageOf(const QLocale &locale = QLocale())
    {
        return locale.language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    }

    friend bool operator==(const Objection &, const Objection &) = default;
};

} // namespace dealboard
