#include "dealquoteslist.h"

#include "rules/quotetotals.h"
#include "storage/quoterepository.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

DealQuotesList::DealQuotesList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"dealQuotes"_s);
    setSelectionMode(QAbstractItemView::NoSelection);
}

bool DealQuotesList::load(Database &db, qint64 dealId)
{
    clear();
    QuoteRepository repository(db);
    Result<QList<Quote>> quotes = repository.forDeal(dealId);
    if (!quotes) {
        addItem(quotes.errorMessage());
        return false;
    }
    if (quotes->isEmpty()) {
        addItem(tr("No quote yet: Deal ▸ New Quote… (Ctrl+Alt+Q) makes one from the catalogue."));
        return true;
    }
    const QLocale locale;
    std::reverse(quotes->begin(), quotes->end());
    for (const Quote &q : quotes.value()) {
        const Result<QuoteTotals> totals = QuoteTotals::compute(q, repository.decision(q));
        QString when;
        if (q.signature)
            when =
                tr("signed by %1 on %2")
                    .arg(q.signature->signer, locale.toString(q.signature->at.toLocalTime().date(),
                                                              QLocale::ShortFormat));
        else if (q.validUntil.isValid())
            when = tr("valid until %1").arg(locale.toString(q.validUntil, QLocale::ShortFormat));
        addItem(tr("%1 · %2 · %3 HT/month · %4")
                    .arg(q.displayNumber(), Quote::statusName(q.status),
                         totals ? totals->monthlyDiscountedHt.format() : QString(), when));
    }
    return true;
}

} // namespace dealboard
