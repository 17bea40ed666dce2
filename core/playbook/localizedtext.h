#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace dealboard {

// A text of the playbook file in English and French; shown in the default locale's language.
struct LocalizedText
{
    QString en;
    QString fr;

    QString text(const QLocale &locale = QLocale()) const
    {
        return locale.language() == QLocale::French && !fr.isEmpty() ? fr : en;
    }
    static LocalizedText fromJson(const QJsonValue &value);

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

} // namespace dealboard
