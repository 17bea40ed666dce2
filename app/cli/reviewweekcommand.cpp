#include "reviewweekcommand.h"

#include "cliformat.h"
#include "clock.h"
#include "rules/weeklyreview.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QString stageName(const Playbook &pb, const QString &key)
{
    const Stage *stage = pb.stage(key);
    return stage ? stage->name.text() : key;
}

QJsonArray closedJson(const QList<ClosedDeal> &deals)
{
    QJsonArray out;
    for (const ClosedDeal &d : deals)
        out << QJsonObject{
            {u"deal_id"_s, d.dealId},
            {u"title"_s, d.title},
            {u"company"_s, d.company},
            {u"mrr_cents"_s, d.mrr.cents()},
            {u"closed_at"_s, d.closedAt.toString(Qt::ISODate)},
            {u"reason"_s, d.reason.isEmpty() ? QJsonValue() : QJsonValue(d.reason)},
            {u"competitor"_s, d.competitor.isEmpty() ? QJsonValue() : QJsonValue(d.competitor)}};
    return out;
}

QJsonObject reviewJson(const WeekReview &r)
{
    QJsonArray atRisk;
    for (const AtRiskDeal &d : r.atRisk) {
        QJsonArray reasons;
        for (const AtRiskDeal::Reason reason : d.reasons)
            reasons << AtRiskDeal::reasonKey(reason);
        atRisk << QJsonObject{{u"deal_id"_s, d.dealId},
                              {u"title"_s, d.title},
                              {u"company"_s, d.company},
                              {u"stage"_s, d.stage},
                              {u"mrr_cents"_s, d.mrr.cents()},
                              {u"days_in_stage"_s, d.daysInStage},
                              {u"expected_close"_s, jsonDate(d.expectedClose)},
                              {u"reasons"_s, reasons}};
    }
    QJsonObject objections;
    for (const CategoryCount &c : r.objections)
        objections.insert(c.category, c.count);
    QJsonArray time;
    for (const TimeShare &t : r.timeSplit)
        time << QJsonObject{{u"category"_s, t.category},
                            {u"minutes"_s, t.minutes},
                            {u"target_percent"_s, t.targetPercent}};
    return QJsonObject{
        {u"week_start"_s, r.weekStart.toString(Qt::ISODate)},
        {u"week_end"_s, r.weekStart.addDays(6).toString(Qt::ISODate)},
        {u"at_risk"_s, atRisk},
        {u"won"_s, closedJson(r.wins)},
        {u"lost"_s, closedJson(r.losses)},
        {u"new_pipeline"_s,
         QJsonObject{{u"deals"_s, r.newDeals}, {u"mrr_cents"_s, r.newMrr.cents()}}},
        {u"objections"_s, objections},
        {u"time_split"_s, time},
        {u"uncategorised_minutes"_s, r.uncategorisedMinutes},
        {u"priorities"_s, r.priorities},
    };
}

QString durationText(int minutes)
{
    return ReviewWeekCommand::tr("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

ReviewWeekCommand::ReviewWeekCommand()
    : DatabaseCommand(u"review week"_s,
                      tr("The weekly review: deals at risk, the week's wins and losses, new "
                         "pipeline, objections met, time split against the target, priorities."),
                      Database::Mode::ReadOnly)
{
    addOption(weekOption());
}

QCommandLineOption ReviewWeekCommand::weekOption()
{
    return {u"week"_s,
            tr("Any day (YYYY-MM-DD) of the week, Monday to Sunday; default: this week."),
            tr("date")};
}

Result<QDate> ReviewWeekCommand::week(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"week"_s))
        return WeeklyReview::weekOf(Clock::current().now().toLocalTime().date());
    const QDate day = QDate::fromString(parser.value(u"week"_s), Qt::ISODate);
    if (!day.isValid())
        return userError(
            tr("--week: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(u"week"_s)));
    return WeeklyReview::weekOf(day);
}

int ReviewWeekCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Result<QDate> weekStart = week(parser);
    if (!weekStart)
        return fail(weekStart.error());
    const Playbook &pb = db.playbook();
    const Result<WeekReview> review =
        WeeklyReview::build(db, pb, *weekStart, Clock::current().now());
    if (!review)
        return fail(review.error());
    const WeekReview &r = *review;
    if (json()) {
        printJson(reviewJson(r));
        return Success;
    }
    out() << tr("Weekly review, %1 → %2")
                 .arg(r.weekStart.toString(Qt::ISODate),
                      r.weekStart.addDays(6).toString(Qt::ISODate))
          << Qt::endl
          << Qt::endl;

    out() << tr("Deals at risk (%1)").arg(r.atRisk.size()) << Qt::endl;
    QList<QStringList> rows;
    for (const AtRiskDeal &d : r.atRisk) {
        QStringList reasons;
        for (const AtRiskDeal::Reason reason : d.reasons)
            reasons << WeeklyReview::reasonText(reason);
        rows << QStringList{
            QString::number(d.dealId), d.title,          d.company,
            stageName(pb, d.stage),    moneyText(d.mrr), QString::number(d.daysInStage),
            reasons.join(u", "_s)};
    }
    if (!rows.isEmpty())
        out() << table(
            {tr("ID"), tr("Deal"), tr("Company"), tr("Stage"), tr("MRR"), tr("Days"), tr("Why")},
            rows);

    auto closed = [this](const QString &title, const QList<ClosedDeal> &deals, const Money &mrr) {
        out() << Qt::endl << title.arg(deals.size()).arg(moneyText(mrr)) << Qt::endl;
        for (const ClosedDeal &d : deals) {
            QString line =
                u"  %1  %2 — %3, %4"_s.arg(d.dealId).arg(d.title, d.company, moneyText(d.mrr));
            if (!d.reasonName.isEmpty())
                line += u", "_s + d.reasonName;
            if (!d.competitor.isEmpty())
                line += u" ("_s + d.competitor + u')';
            out() << line << Qt::endl;
        }
    };
    closed(tr("Won (%1, %2 MRR)"), r.wins, r.wonMrr());
    closed(tr("Lost (%1, %2 MRR)"), r.losses, r.lostMrr());

    out() << Qt::endl
          << tr("New pipeline: %n deal(s), %1 MRR", nullptr, r.newDeals).arg(moneyText(r.newMrr))
          << Qt::endl;

    out() << Qt::endl << tr("Objections met") << Qt::endl;
    for (const CategoryCount &c : r.objections)
        out() << u"  "_s << WeeklyReview::objectionCategoryName(c.category) << u": "_s << c.count
              << Qt::endl;

    out() << Qt::endl
          << tr("Time split (%1 logged)").arg(durationText(r.categorisedMinutes)) << Qt::endl;
    rows.clear();
    for (const TimeShare &t : r.timeSplit) {
        const QString share = r.categorisedMinutes > 0
                                  ? u"%1 %"_s.arg(qRound(100.0 * t.minutes / r.categorisedMinutes))
                                  : noFigure();
        rows << QStringList{WeeklyReview::timeCategoryName(t.category), durationText(t.minutes),
                            share, u"%1 %"_s.arg(t.targetPercent)};
    }
    out() << table({tr("Category"), tr("Time"), tr("Share"), tr("Target")}, rows);
    if (r.uncategorisedMinutes > 0)
        out() << tr("Not counted (no category): %1").arg(durationText(r.uncategorisedMinutes))
              << Qt::endl;

    out() << Qt::endl << tr("Priorities") << Qt::endl;
    if (r.priorities.isEmpty())
        out() << u"  "_s << tr("(none; set them with review priorities)") << Qt::endl;
    else
        for (const QString &line : r.priorities.split(u'\n'))
            out() << u"  "_s << line << Qt::endl;
    return Success;
}

} // namespace dealboard::cli
