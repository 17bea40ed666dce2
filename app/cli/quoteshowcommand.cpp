#include "quoteshowcommand.h"

#include "quoteformat.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuoteShowCommand::QuoteShowCommand()
    : DatabaseCommand(u"quote show"_s,
                      tr("Show a quote: lines, discounts and the rules that fired, totals, "
                         "status and history."),
                      Database::Mode::ReadOnly)
{
    addPositional({u"quote"_s, tr("The quote's id or number (DEV-2026-0007, DEV-2026-0007-R2)."),
                   u"ID|NUMBER"_s});
}

int QuoteShowCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<Quote> quote = QuoteView::find(db, parser.positionalArguments().at(0));
    if (!quote)
        return fail(quote.error());
    if (json()) {
        const Result<QJsonObject> o = QuoteView::json(db, quote.value(), true);
        if (!o)
            return fail(o.error());
        printJson(o.value());
        return Success;
    }
    const Result<QString> t = QuoteView::text(db, quote.value(), true);
    if (!t)
        return fail(t.error());
    out() << t.value();
    out().flush();
    return Success;
}

} // namespace dealboard::cli
