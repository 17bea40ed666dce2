#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace dealboard {

class Database;

// The quote numbers of each year (table quote_numbers): "DEV-2026-0007", without gaps. Both
// calls belong inside the caller's write transaction, so a rolled-back quote gives its number
// back by itself.
class QuoteNumbering
{
    Q_DECLARE_TR_FUNCTIONS(QuoteNumbering)

public:
    // The next number of `year`.
    static Result<QString> allocate(Database &db, int year);
    // Gives `number` back when it is still its year's last (a removed draft); whether it was.
    static Result<bool> giveBack(Database &db, const QString &number);
};

} // namespace dealboard
