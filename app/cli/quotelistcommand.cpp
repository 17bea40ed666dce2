#include "quotelistcommand.h"

#include "cliformat.h"
#include "quoteformat.h"
#include "storage/quoterepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

QuoteListCommand::QuoteListCommand()
    : DatabaseCommand(u"quote list"_s, tr("List the quotes."), Database::Mode::ReadOnly)
{
    addOption({u"deal"_s, tr("Only the quotes of this deal."), u"id"_s});
    addOption({u"status"_s,
               tr("Only the quotes in this status: draft, sent, signed, declined or expired."),
               u"status"_s});
}

int QuoteListCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    QuoteQuery query;
    if (parser.isSet(u"deal"_s)) {
        bool ok = false;
        query.dealId = parser.value(u"deal"_s).toLongLong(&ok);
        if (!ok || query.dealId <= 0)
            return fail(tr("\"%1\" is not a deal id.").arg(parser.value(u"deal"_s)));
    }
    if (parser.isSet(u"status"_s)) {
        query.status = Quote::statusFromKey(parser.value(u"status"_s));
        if (!query.status)
            return fail(tr("Unknown status \"%1\"; use one of: draft, sent, signed, declined, "
                           "expired.")
                            .arg(parser.value(u"status"_s)));
    }
    const Result<QList<Quote>> quotes = QuoteRepository(db).list(query);
    if (!quotes)
        return fail(quotes.error());
    if (json()) {
        QJsonArray array;
        for (const Quote &q : quotes.value()) {
            const Result<QJsonObject> o = QuoteView::json(db, q, false);
            if (!o)
                return fail(o.error());
            array.append(o.value());
        }
        printJson(array);
        return Success;
    }
    QList<QStringList> rows;
    for (const Quote &q : quotes.value()) {
        const Result<QJsonObject> o = QuoteView::json(db, q, false);
        if (!o)
            return fail(o.error());
        const qint64 mrr = o->value(u"totals"_s)[u"monthly_discounted_ht_cents"_s].toInteger();
        rows.append({QString::number(q.id), q.displayNumber(), QString::number(q.dealId),
                     Quote::statusName(q.status), q.contract,
                     Money(mrr, q.currency).format(QLocale(), Money::Cents::Always)});
    }
    out() << table(
        {tr("ID"), tr("Number"), tr("Deal"), tr("Status"), tr("Contract"), tr("Monthly HT")}, rows);
    out() << tr("%n quote(s).", nullptr, int(quotes->size())) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
