#include "dealshowcommand.h"

#include "cliformat.h"
#include "storage/dealrepository.h"
#include "storage/winlossreviewrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

DealShowCommand::DealShowCommand()
    : DatabaseCommand(u"deal show"_s, tr("Show a deal and its history."), Database::Mode::ReadOnly)
{
    addPositional({u"id"_s, tr("The deal's id."), u"ID"_s});
}

int DealShowCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    DealRepository deals(db);
    const Result<Deal> deal = deals.find(id);
    if (!deal)
        return fail(deal.error());
    const Result<QList<Event>> history = deals.history(id, EventLog::History::Effective);
    if (!history)
        return fail(history.error());
    const Result<std::optional<WinLossReview>> review = WinLossReviewRepository(db).find(id);
    if (!review)
        return fail(review.error());
    if (json()) {
        QJsonObject o = toJson(*deal);
        if (review.value())
            o.insert(
                u"win_loss_review"_s,
                QJsonDocument::fromJson(WinLossReviewRepository::toJson(review.value()).toUtf8())
                    .object());
        QJsonArray events;
        for (const Event &e : history.value())
            events.append(toJson(e));
        o.insert(u"history"_s, events);
        printJson(o);
        return Success;
    }
    const Playbook &pb = db.playbook();
    const Stage *stage = pb.stage(deal->stage);
    QList<QStringList> rows{
        {tr("Title"), deal->title},
        {tr("Company"), deal->companyName},
        {tr("Contact"), deal->contactName},
        {tr("Stage"), stage ? stage->name.text() : deal->stage},
        {tr("MRR"), deal->mrr.format()},
        {tr("One-time"), deal->oneTime.format()},
        {tr("Expected close"), QLocale().toString(deal->expectedClose, QLocale::ShortFormat)},
        {tr("Owner"), deal->owner},
        {tr("Next step"), deal->nextStep},
    };
    out() << tr("Deal %1").arg(id) << Qt::endl << table({}, rows) << Qt::endl;
    if (const std::optional<WinLossReview> &r = review.value()) {
        const QList<QStringList> all{
            {tr("Decisive factor"), r->decisiveFactor},
            {r->won ? tr("Competitor beaten") : tr("Lost to"), r->competitor},
            {r->won ? tr("To repeat") : tr("To avoid"), r->learning},
            {tr("Could have done"), r->couldHaveDone},
            {tr("Recontact on"), QLocale().toString(r->recontactOn, QLocale::ShortFormat)},
            {tr("Product feedback"), r->productFeedback},
            {tr("Process improvement"), r->processImprovement},
        };
        QList<QStringList> filled;
        for (const QStringList &row : all)
            if (!row.value(1).isEmpty())
                filled << row;
        out() << tr("Win/loss review") << Qt::endl << table({}, filled) << Qt::endl;
    }
    out() << tr("History") << Qt::endl;
    QList<QStringList> lines;
    for (const Event &e : history.value())
        lines.append({QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), e.actor,
                      describe(e, pb)});
    out() << table({tr("When"), tr("Who"), tr("What")}, lines);
    return Success;
}

} // namespace dealboard::cli
