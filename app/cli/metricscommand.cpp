#include "metricscommand.h"

#include "analytics/pipelinemetrics.h"
#include "cliformat.h"
#include "playbook/playbook.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

// The figures of one period, as JSON (the same keys for the period and the previous one).
QJsonObject figures(const PipelineMetrics &m)
{
    QJsonObject o = periodJson(m.period, m.asOf);
    o.insert(u"pipeline_cents"_s, m.pipeline.cents());
    o.insert(u"pipeline_annualised_cents"_s, m.pipelineAnnualised.cents());
    o.insert(u"quota_cents"_s, jsonCents(m.quota));
    o.insert(u"coverage_x100"_s, jsonOptional(m.coverageX100));
    o.insert(u"won"_s, m.won);
    o.insert(u"lost"_s, m.lost);
    o.insert(u"closed_reached_demo"_s, m.closedReachedDemo);
    o.insert(u"won_reached_demo"_s, m.wonReachedDemo);
    o.insert(u"win_rate_bp"_s, jsonOptional(m.winRateBp));
    o.insert(u"qualified_win_rate_bp"_s, jsonOptional(m.qualifiedWinRateBp));
    o.insert(u"average_deal_cents"_s, jsonCents(m.averageDealSize));
    o.insert(u"average_cycle_days"_s, jsonNumber(m.averageCycleDays));
    o.insert(u"open_deals"_s, m.openDeals);
    o.insert(u"velocity_per_day_cents"_s, jsonCents(m.velocityPerDay));
    o.insert(u"new_mrr_cents"_s, m.newMrr.cents());
    return o;
}

std::optional<qint64> target(const QJsonObject &targets, const QString &key)
{
    const QJsonValue v = targets.value(key);
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

QJsonValue jsonTarget(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

MetricsCommand::MetricsCommand()
    : DatabaseCommand(u"metrics"_s,
                      tr("Show the pipeline metrics of a period against their targets."),
                      Database::Mode::ReadOnly)
{
    for (const QCommandLineOption &o : periodOptions())
        addOption(o);
    addOption({u"quota"_s,
               tr("New-MRR quota in euros for the coverage (default: the objective of the "
                  "quarter the period ends in)."),
               u"amount"_s});
}

int MetricsCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    const Result<PeriodOptions> options = parsePeriodOptions(parser);
    if (!options)
        return fail(options.error());
    std::optional<Money> quota;
    if (parser.isSet(u"quota"_s)) {
        const Result<Money> q = Money::parse(parser.value(u"quota"_s), QLocale(), pb.currency());
        if (!q)
            return fail(tr("--quota: %1").arg(q.errorMessage()));
        if (q->cents() <= 0)
            return fail(tr("--quota: the quota must be above zero, not %1.").arg(moneyText(*q)));
        quota = q.value();
    }
    const Period &period = options->period;
    const Result<PipelineMetrics> now =
        PipelineMetricsCalculator::compute(db, pb, period, options->asOf, quota);
    if (!now)
        return fail(now.error());
    // The same number of days just before, as it stood at their end (a period still running is
    // compared over the days it has run), as the Funnel & KPIs screen compares them.
    const Period ran{period.from, std::min(period.to, options->asOf)};
    const Period before = ran.isValid() ? ran.previous() : period.previous();
    const Result<PipelineMetrics> then =
        PipelineMetricsCalculator::compute(db, pb, before, std::min(options->asOf, before.to));
    if (!then)
        return fail(then.error());
    const PipelineMetrics &m = now.value();
    const PipelineMetrics &b = then.value();

    const QJsonObject targets = pb.section(u"kpiTargets"_s).toObject();
    const std::optional<qint64> annualTarget = target(targets, u"pipelineAnnualisedCents"_s);
    const std::optional<qint64> coverageTarget = target(targets, u"pipelineCoverageX100"_s);
    const std::optional<qint64> winTarget = target(targets, u"winRateBp"_s);
    const std::optional<qint64> qualifiedTarget = target(targets, u"qualifiedWinRateBp"_s);
    const std::optional<qint64> dealTarget = target(targets, u"averageDealSizeCents"_s);
    const std::optional<qint64> cycleTarget = target(targets, u"assistedCycleDays"_s);

    if (json()) {
        QJsonObject o = figures(m);
        o.insert(u"targets"_s,
                 QJsonObject{{u"pipeline_annualised_cents"_s, jsonTarget(annualTarget)},
                             {u"coverage_x100"_s, jsonTarget(coverageTarget)},
                             {u"win_rate_bp"_s, jsonTarget(winTarget)},
                             {u"qualified_win_rate_bp"_s, jsonTarget(qualifiedTarget)},
                             {u"average_deal_cents"_s, jsonTarget(dealTarget)},
                             {u"average_cycle_days"_s, jsonTarget(cycleTarget)}});
        o.insert(u"previous"_s, figures(b));
        printJson(o);
        return Success;
    }

    const QString cur = pb.currency();
    const auto moneyTarget = [&cur](const std::optional<qint64> &cents) {
        return cents ? moneyText(Money(*cents, cur)) : QString();
    };
    const auto ratioTarget = [](const std::optional<qint64> &bp) {
        return bp ? percentText(int(*bp)) : QString();
    };
    const auto perDay = [](const std::optional<Money> &v) {
        return v ? tr("%1 / day").arg(moneyText(*v)) : noFigure();
    };
    const QList<QStringList> rows{
        {tr("Pipeline"), moneyText(m.pipeline), QString(), moneyText(b.pipeline)},
        {tr("Pipeline, annualised"), moneyText(m.pipelineAnnualised), moneyTarget(annualTarget),
         moneyText(b.pipelineAnnualised)},
        {tr("Quota"), moneyText(m.quota), QString(), moneyText(b.quota)},
        {tr("Coverage"), timesText(m.coverageX100),
         coverageTarget ? timesText(int(*coverageTarget)) : QString(), timesText(b.coverageX100)},
        {tr("Won"), QString::number(m.won), QString(), QString::number(b.won)},
        {tr("Lost"), QString::number(m.lost), QString(), QString::number(b.lost)},
        {tr("Win rate"), percentText(m.winRateBp), ratioTarget(winTarget),
         percentText(b.winRateBp)},
        {tr("Qualified win rate"), percentText(m.qualifiedWinRateBp), ratioTarget(qualifiedTarget),
         percentText(b.qualifiedWinRateBp)},
        {tr("Average deal"), moneyText(m.averageDealSize), moneyTarget(dealTarget),
         moneyText(b.averageDealSize)},
        {tr("Average cycle"), daysText(m.averageCycleDays),
         cycleTarget ? daysText(double(*cycleTarget)) : QString(), daysText(b.averageCycleDays)},
        {tr("Open deals"), QString::number(m.openDeals), QString(), QString::number(b.openDeals)},
        {tr("Sales velocity"), perDay(m.velocityPerDay), QString(), perDay(b.velocityPerDay)},
        {tr("New MRR"), moneyText(m.newMrr), QString(), moneyText(b.newMrr)}};
    out() << periodHeading(m.period, m.asOf) << Qt::endl
          << table(
                 {tr("Metric"), tr("Value"), tr("Target"),
                  tr("Previous (%1 → %2)")
                      .arg(b.period.from.toString(Qt::ISODate), b.period.to.toString(Qt::ISODate))},
                 rows);
    out().flush();
    return Success;
}

} // namespace dealboard::cli
