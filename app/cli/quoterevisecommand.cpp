#include "quoterevisecommand.h"

#include "quoteformat.h"
#include "storage/quoterepository.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuoteReviseCommand::QuoteReviseCommand()
    : DatabaseCommand(u"quote revise"_s,
                      tr("Start a new draft revision of a sent, signed, declined or expired "
                         "quote (DEV-2026-0007-R2); the original stays as it is."))
{
    addPositional({u"quote"_s, tr("The quote's id or number."), u"ID|NUMBER"_s});
}

int QuoteReviseCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<Quote> quote = QuoteView::find(db, parser.positionalArguments().at(0));
    if (!quote)
        return fail(quote.error());
    const Result<qint64> id = QuoteRepository(db).revise(quote->id);
    if (!id)
        return fail(id.error());
    const Result<Quote> revision = QuoteRepository(db).find(*id);
    if (!revision)
        return fail(revision.error());
    if (json()) {
        const Result<QJsonObject> o = QuoteView::json(db, revision.value(), false);
        if (!o)
            return fail(o.error());
        printJson(o.value());
        return Success;
    }
    out() << tr("%1 (id %2) is a new draft of %3.")
                 .arg(revision->displayNumber())
                 .arg(*id)
                 .arg(quote->displayNumber())
          << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
