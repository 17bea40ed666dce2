#include "dealmovecommand.h"

#include "cliformat.h"
#include "storage/dealrepository.h"
#include "storage/quoterepository.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

// The computed criterion a signed quote proves (core/rules/stagegates.cpp); tickable too, for
// a signature obtained outside Dealboard.
const auto kSignedQuote = "signed-quote"_L1;

// How to prove the signed-quote criterion: sign the deal's sent quote, else send one first.
QString signHint(Database &db, qint64 dealId)
{
    QString sent;
    if (const Result<QList<Quote>> quotes =
            QuoteRepository(db).list(QuoteQuery{QuoteStatus::Sent, dealId});
        quotes && !quotes->isEmpty())
        sent = quotes->last().displayNumber();
    if (!sent.isEmpty())
        return DealMoveCommand::tr("Record the buyer's signature with dealboard-cli quote sign %1 "
                                   "--by NAME --method email|esign|in-person (signed outside "
                                   "Dealboard: --check signed-quote).")
            .arg(sent);
    return DealMoveCommand::tr("Send the deal a quote (dealboard-cli quote create %1, then quote "
                               "send) and record its signature with dealboard-cli quote sign "
                               "(signed outside Dealboard: --check signed-quote).")
        .arg(dealId);
}

// One line: every unmet criterion, then how to meet each kind of it.
QString refusal(Database &db, qint64 id, const QString &stage, const QList<CriterionState> &unmet)
{
    QStringList items;
    QStringList tickable;
    bool needsQualification = false;
    bool needsEmail = false;
    bool needsSignature = false;
    for (const CriterionState &s : unmet) {
        QString item = s.criterion.key + u" ("_s + s.criterion.label.text();
        const bool computed = !s.tickable || s.criterion.key == kSignedQuote;
        if (computed && !s.explanation.isEmpty())
            item += u": "_s + s.explanation;
        items << item + u')';
        if (s.criterion.key == kSignedQuote)
            needsSignature = true;
        else if (s.tickable)
            tickable << s.criterion.key;
        else if (s.criterion.key == "bant-min"_L1)
            needsQualification = true;
        else if (s.criterion.key == "valid-email"_L1)
            needsEmail = true;
    }
    QString text = DealMoveCommand::tr("Cannot move deal %1 to %2: unmet %3.")
                       .arg(id)
                       .arg(stage, items.join(u", "_s));
    if (needsQualification)
        text += u' ' + DealMoveCommand::tr("Score it with dealboard-cli deal qualify %1.").arg(id);
    if (needsEmail)
        text += u' ' + DealMoveCommand::tr("Give the contact's email with --email.");
    if (needsSignature)
        text += u' ' + signHint(db, id);
    if (!tickable.isEmpty())
        text +=
            u' ' +
            (tickable.size() == unmet.size()
                 ? DealMoveCommand::tr("Tick them with --check KEY.")
                 : DealMoveCommand::tr("Tick %1 with --check KEY.").arg(tickable.join(u", "_s)));
    return text;
}

// The win/loss review the options give; none when no review option is set.
Result<std::optional<WinLossReview>> reviewOf(const QCommandLineParser &parser, bool won)
{
    WinLossReview r;
    r.decisiveFactor = parser.value(u"decisive"_s);
    r.learning = parser.value(u"learning"_s);
    r.couldHaveDone = parser.value(u"could-have-done"_s);
    r.productFeedback = parser.value(u"feedback"_s);
    r.processImprovement = parser.value(u"improvement"_s);
    if (parser.isSet(u"recontact"_s)) {
        r.recontactOn = QDate::fromString(parser.value(u"recontact"_s), Qt::ISODate);
        if (!r.recontactOn.isValid())
            return userError(DealMoveCommand::tr("\"%1\" is not a date (YYYY-MM-DD).")
                                 .arg(parser.value(u"recontact"_s)));
    }
    const bool any = !r.isEmpty() || (won && parser.isSet(u"competitor"_s));
    if (!any)
        return std::optional<WinLossReview>();
    r.competitor = parser.value(u"competitor"_s);
    return std::optional<WinLossReview>(r);
}

} // namespace

DealMoveCommand::DealMoveCommand()
    : DatabaseCommand(u"deal move"_s, tr("Move a deal to another stage."))
{
    addPositional({u"id"_s, tr("The deal's id."), u"ID"_s});
    addPositional({u"stage"_s,
                   tr("The stage key: lead, qualified, demo, proposal, nego, won, "
                      "lost or customer."),
                   u"STAGE"_s});
    addOption({u"check"_s,
               tr("Tick a criterion of a stage gate on the way (repeat for several), "
                  "for example need-identified."),
               u"criterion"_s});
    addOption(
        {u"email"_s, tr("The contact's email, when the gate needs a valid one."), u"email"_s});
    addOption({u"reason"_s,
               tr("Why it was lost (budget, timing, competitor, no-fit, no-response) or won "
                  "(support, price, features, timing)."),
               u"reason"_s});
    addOption({u"competitor"_s,
               tr("Who it was lost to (with --reason competitor), or the competitor beaten when "
                  "won."),
               u"name"_s});
    addOption(
        {u"note"_s, tr("A short note on why it was lost or won, kept in the history."), u"text"_s});
    // The win/loss review (§8.3), to Won or Lost.
    addOption({u"decisive"_s, tr("Win/loss review: the decisive factor."), u"text"_s});
    addOption({u"learning"_s, tr("Win/loss review: what to repeat (won) or to avoid (lost)."),
               u"text"_s});
    addOption(
        {u"could-have-done"_s, tr("Win/loss review: what we could have done (lost)."), u"text"_s});
    addOption({u"recontact"_s,
               tr("Win/loss review: recontact the client on this date (YYYY-MM-DD); adds a "
                  "call to the follow-ups."),
               u"date"_s});
    addOption({u"feedback"_s, tr("Win/loss review: product feedback."), u"text"_s});
    addOption({u"improvement"_s, tr("Win/loss review: a process improvement."), u"text"_s});
}

int DealMoveCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().at(0).toLongLong(&ok);
    if (!ok)
        return fail(tr("\"%1\" is not a deal id.").arg(parser.positionalArguments().at(0)));
    const QString stage = parser.positionalArguments().at(1);
    const Playbook &pb = db.playbook();
    if (stage == pb.lostStage() && !parser.isSet(u"reason"_s)) {
        QStringList keys;
        for (const LostReason &r : pb.lostReasons())
            keys << r.key;
        return fail(tr("Moving to lost needs --reason (%1).").arg(keys.join(u", "_s)));
    }
    const QString reason = parser.value(u"reason"_s);
    const bool won = stage == pb.wonStage();
    if (!reason.isEmpty() && (won ? !pb.wonReason(reason) : !pb.lostReason(reason))) {
        QStringList keys;
        for (const LostReason &r : won ? pb.wonReasons() : pb.lostReasons())
            keys << r.key;
        return fail(tr("Unknown reason \"%1\"; use one of: %2.").arg(reason, keys.join(u", "_s)));
    }
    MoveRequest request;
    request.dealId = id;
    request.toStage = stage;
    request.check = parser.values(u"check"_s);
    request.email = parser.value(u"email"_s);
    (won ? request.wonReason : request.lostReason) = reason;
    request.competitor = parser.value(u"competitor"_s);
    request.note = parser.value(u"note"_s);
    const Result<std::optional<WinLossReview>> review = reviewOf(parser, won);
    if (!review)
        return fail(review.error());
    if (review.value() && !won && stage != pb.lostStage())
        return fail(tr("The win/loss review options go with a move to won or lost."));
    request.review = review.value();
    const Result<MoveOutcome> outcome = DealWorkflow(db).move(request);
    if (!outcome)
        return fail(outcome.error());
    if (!outcome->moved)
        return fail(refusal(db, id, stage, outcome->unmet));
    const Result<Deal> deal = DealRepository(db).find(id);
    if (!deal)
        return fail(deal.error());
    if (json())
        printJson(toJson(*deal));
    else
        out() << tr("Deal %1 is now in %2.").arg(id).arg(pb.stage(stage)->name.text()) << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
