#pragma once

#include "model/event.h"
#include "model/quote.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dealboard {
class Database;
}

namespace dealboard::cli {

// A quote as the quote commands print it: its lines, the policy's decision (every rule that
// fired, in words), the totals and, for `quote show`, its history. JSON money in *_cents,
// rates in *_bp.
struct QuoteView
{
    Q_DECLARE_TR_FUNCTIONS(QuoteView)

public:
    // Reads the decision and totals of `quote` (evaluated for a draft, frozen otherwise).
    static Result<QJsonObject> json(Database &db, const Quote &quote, bool withHistory);
    static Result<QString> text(Database &db, const Quote &quote, bool withHistory);
    // The quote by id ("12") or by number ("DEV-2026-0007", "DEV-2026-0007-R2").
    static Result<Quote> find(Database &db, const QString &idOrNumber);
};

} // namespace dealboard::cli
