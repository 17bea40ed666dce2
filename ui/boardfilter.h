#pragma once

#include "model/deal.h"

#include <QDate>
#include <QString>

namespace dealboard {

class Playbook;

// The quick filters above the board; column counts and totals follow them.
struct BoardFilter
{
    QString text;    // company, title or contact contains it
    QString segment; // a segment key, or empty
    QString band;    // a BANT+ band key, "unscored", or empty
    QString owner;
    bool onlyRotting = false;
    bool onlyOverdue = false;

    bool isEmpty() const;
    bool accepts(const Deal &deal, const Playbook &playbook, const QDate &today) const;

    // Shared with the card painter so the mark and the filter agree.
    static bool isRotting(const Deal &deal, const Playbook &playbook, const QDate &today);
    static bool isOverdue(const Deal &deal, const QDate &today);
    static QString bandKey(const Deal &deal, const Playbook &playbook); // "" when unscored
};

} // namespace dealboard
