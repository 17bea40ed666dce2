#include "quotesendcommand.h"

#include "quoteformat.h"
#include "workflow/quoteworkflow.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuoteSendCommand::QuoteSendCommand()
    : DatabaseCommand(u"quote send"_s,
                      tr("Mark a draft quote as sent; its deal moves to Proposal through the "
                         "stage gates."))
{
    addPositional({u"quote"_s, tr("The quote's id or number."), u"ID|NUMBER"_s});
    addOption({u"check"_s,
               tr("Tick a criterion of the gate to Proposal (repeat for several), for example "
                  "demo-done, as deal move --check does."),
               u"criterion"_s});
}

int QuoteSendCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<Quote> quote = QuoteView::find(db, parser.positionalArguments().at(0));
    if (!quote)
        return fail(quote.error());
    const Result<SendOutcome> outcome =
        QuoteWorkflow(db).send(quote->id, parser.values(u"check"_s));
    if (!outcome)
        return fail(outcome.error());
    if (!outcome->sent) {
        QStringList items;
        for (const CriterionState &s : outcome->unmet)
            items << s.criterion.key + u" ("_s + s.criterion.label.text() + u')';
        return fail(tr("Cannot send %1: deal %2 cannot move to Proposal, unmet %3. Tick them "
                       "with --check KEY.")
                        .arg(quote->displayNumber())
                        .arg(quote->dealId)
                        .arg(items.join(u", "_s)));
    }
    const Result<Quote> sent = QuoteView::find(db, QString::number(quote->id));
    if (!sent)
        return fail(sent.error());
    if (json()) {
        const Result<QJsonObject> o = QuoteView::json(db, sent.value(), false);
        if (!o)
            return fail(o.error());
        QJsonObject doc = o.value();
        doc.insert(u"deal_moved"_s, outcome->moved);
        printJson(doc);
        return Success;
    }
    out() << tr("%1 is sent, valid until %2.")
                 .arg(sent->displayNumber(), sent->validUntil.toString(Qt::ISODate));
    if (outcome->moved)
        out() << u' '
              << tr("Deal %1 is now in %2.")
                     .arg(sent->dealId)
                     .arg(db.playbook().stage(u"proposal"_s)->name.text());
    out() << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
