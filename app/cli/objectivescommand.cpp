#include "objectivescommand.h"

#include "analytics/hiringtriggers.h"
#include "analytics/objectiveprogress.h"
#include "cliformat.h"
#include "playbook/playbook.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QString measureKey(HiringTrigger::Measure what)
{
    switch (what) {
    case HiringTrigger::Measure::MrrNow:
        return u"mrr_now"_s;
    case HiringTrigger::Measure::PipelineAnnualised:
        return u"pipeline_annualised"_s;
    case HiringTrigger::Measure::LatestChurn:
        return u"latest_churn"_s;
    case HiringTrigger::Measure::LargestDeal:
        return u"largest_deal"_s;
    }
    return {};
}

// The churn is in basis points, every other measure in cents.
bool inBasisPoints(HiringTrigger::Measure what)
{
    return what == HiringTrigger::Measure::LatestChurn;
}

QString measureText(HiringTrigger::Measure what, const std::optional<qint64> &v,
                    const QString &currency)
{
    if (!v)
        return noFigure();
    return inBasisPoints(what) ? percentText(int(*v)) : moneyText(Money(*v, currency));
}

QString mark(bool met)
{
    return met ? QString(QChar(0x2713)) : QString(QChar(0x2717)); // ✓ ✗
}

} // namespace

ObjectivesCommand::ObjectivesCommand()
    : DatabaseCommand(u"objectives"_s,
                      tr("Show the quarterly objectives against the actuals, and the hiring "
                         "triggers."),
                      Database::Mode::ReadOnly)
{
    for (const QCommandLineOption &o : periodOptions())
        addOption(o);
}

int ObjectivesCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    const Result<PeriodOptions> options = parsePeriodOptions(parser);
    if (!options)
        return fail(options.error());
    Result<QList<ObjectiveProgress>> progress =
        ObjectiveProgressCalculator::compute(db, pb, options->asOf);
    if (!progress)
        return fail(progress.error());
    // Every objective, or with --from or --to those whose quarter overlaps the period.
    QList<ObjectiveProgress> objectives;
    for (const ObjectiveProgress &p : progress.value())
        if (!options->periodGiven ||
            (p.period.from <= options->period.to && p.period.to >= options->period.from))
            objectives.append(p);
    const Result<HiringInputs> inputs = HiringInputs::load(db, pb, options->asOf);
    if (!inputs)
        return fail(inputs.error());
    const QList<HiringTrigger> triggers = HiringTrigger::evaluate(pb, inputs.value());
    const QString cur = pb.currency();

    if (json()) {
        QJsonArray rows;
        for (const ObjectiveProgress &p : objectives)
            rows.append(QJsonObject{{u"quarter"_s, p.quarter},
                                    {u"from"_s, jsonDate(p.period.from)},
                                    {u"to"_s, jsonDate(p.period.to)},
                                    {u"target_new_mrr_cents"_s, p.targetNewMrrCents},
                                    {u"new_mrr_cents"_s, p.newMrr.cents()},
                                    {u"new_mrr_met"_s, p.newMrrMet},
                                    {u"deals_min"_s, p.dealsMin},
                                    {u"deals_max"_s, p.dealsMax},
                                    {u"deals"_s, p.deals},
                                    {u"deals_met"_s, p.dealsMet},
                                    {u"target_average_cents"_s, p.targetAverageCents},
                                    {u"average_deal_cents"_s, jsonCents(p.averageDealSize)},
                                    {u"average_met"_s, p.averageMet},
                                    {u"target_win_rate_bp"_s, p.targetWinRateBp},
                                    {u"win_rate_bp"_s, jsonOptional(p.winRateBp)},
                                    {u"win_rate_met"_s, p.winRateMet}});
        QJsonArray roles;
        for (const HiringTrigger &t : triggers) {
            QJsonArray conditions;
            for (const HiringTrigger::Condition &c : t.conditions) {
                const QString unit = inBasisPoints(c.what) ? u"_bp"_s : u"_cents"_s;
                conditions.append(QJsonObject{
                    {u"measure"_s, measureKey(c.what)},
                    {u"threshold"_s + unit, c.threshold},
                    {u"actual"_s + unit, c.actual ? QJsonValue(*c.actual) : QJsonValue()},
                    {u"met"_s, c.met}});
            }
            roles.append(QJsonObject{{u"key"_s, t.key},
                                     {u"name"_s, t.name.text()},
                                     {u"match"_s, t.anyCondition ? u"any"_s : u"all"_s},
                                     {u"met"_s, t.met},
                                     {u"conditions"_s, conditions}});
        }
        const HiringInputs &in = inputs.value();
        QJsonObject o{
            {u"as_of"_s, jsonDate(options->asOf)},
            {u"from"_s, options->periodGiven ? jsonDate(options->period.from) : QJsonValue()},
            {u"to"_s, options->periodGiven ? jsonDate(options->period.to) : QJsonValue()},
            {u"objectives"_s, rows},
            {u"hiring"_s,
             QJsonObject{{u"mrr_now_cents"_s, in.mrrNow.cents()},
                         {u"pipeline_annualised_cents"_s, in.pipelineAnnualised.cents()},
                         {u"latest_churn_bp"_s, jsonOptional(in.latestChurnBp)},
                         {u"largest_deal_cents"_s, in.largestDealMrr.cents()}}},
            {u"triggers"_s, roles}};
        printJson(o);
        return Success;
    }

    out() << tr("Objectives as of %1").arg(options->asOf.toString(Qt::ISODate)) << Qt::endl;
    // "value / target ✓": the actual first, then what it is measured against.
    const auto cell = [](const QString &actual, const QString &target, bool met) {
        return tr("%1 / %2 %3").arg(actual, target, mark(met));
    };
    QList<QStringList> rows;
    for (const ObjectiveProgress &p : objectives)
        rows.append(
            {p.quarter,
             cell(moneyText(p.newMrr), moneyText(Money(p.targetNewMrrCents, cur)), p.newMrrMet),
             cell(QString::number(p.deals), tr("%1–%2").arg(p.dealsMin).arg(p.dealsMax),
                  p.dealsMet),
             cell(moneyText(p.averageDealSize), moneyText(Money(p.targetAverageCents, cur)),
                  p.averageMet),
             cell(percentText(p.winRateBp), percentText(p.targetWinRateBp), p.winRateMet)});
    if (rows.isEmpty())
        out() << tr("No objective in the playbook for this period.") << Qt::endl;
    else
        out() << table(
            {tr("Quarter"), tr("New MRR"), tr("Deals won"), tr("Average deal"), tr("Win rate")},
            rows);

    out() << Qt::endl << tr("Hiring triggers") << Qt::endl;
    QList<QStringList> conditions;
    for (const HiringTrigger &t : triggers) {
        const QString role = tr("%1 (%2)").arg(
            t.name.text(), t.anyCondition ? tr("any condition") : tr("all conditions"));
        const QString met = t.met ? tr("yes") : tr("no");
        if (t.conditions.isEmpty())
            conditions.append({role, met, noFigure(), QString(), QString()});
        for (qsizetype i = 0; i < t.conditions.size(); ++i) {
            const HiringTrigger::Condition &c = t.conditions.at(i);
            conditions.append({i == 0 ? role : QString(), i == 0 ? met : QString(),
                               HiringTrigger::measureName(c.what),
                               u"> "_s + measureText(c.what, c.threshold, cur),
                               measureText(c.what, c.actual, cur) + u' ' + mark(c.met)});
        }
    }
    out() << table({tr("Role"), tr("Hire"), tr("Condition"), tr("Threshold"), tr("Actual")},
                   conditions);
    out().flush();
    return Success;
}

} // namespace dealboard::cli
