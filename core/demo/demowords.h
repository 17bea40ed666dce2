#pragma once

#include <QStringList>

namespace dealboard::demo {

// Word lists the demo data is drawn from.
QStringList firstNames();
QStringList lastNames();
QStringList nameWords();
QStringList cities();
QStringList sectors();
QStringList dealTitles();
QStringList nextSteps();
QStringList sources();
QStringList competitors();
QString slug(const QString &text); // "Agence Élan" -> "agence-elan"

} // namespace dealboard::demo
