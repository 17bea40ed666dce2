#pragma once

#include "model/quote.h"
#include "rules/quotetotals.h"

#include <QByteArray>
#include <QString>

namespace dealboard {

// The fingerprint of a quote's content: the SHA-256 (lowercase hex) of a canonical JSON of
// what the buyer agrees to. Quoted in correspondence and printed in a signed PDF's footer.
//
// In: number, revision, deal (the parties are the deal's company and contact), contract and
// term, language, currency, referral, the creation date, validity, lines, discounts and totals.
// Out: the status and the signature record, so the fingerprint shown before signing is the one
// after; ids of rows and update times, which change without the content changing.
// Canonical: QJsonObject sorts its keys, lists keep the quote's order, amounts are integer
// cents, dates ISO 8601 UTC; so two runs give the same bytes.
class QuoteFingerprint
{
public:
    static QByteArray canonicalJson(const Quote &quote, const QuoteTotals &totals);
    static QString compute(const Quote &quote, const QuoteTotals &totals);
};

} // namespace dealboard
