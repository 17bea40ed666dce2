#include "forecastcommand.h"

#include "analytics/forecast.h"
#include "analytics/forecastaccuracy.h"
#include "analytics/pipelinesnapshot.h"
#include "cliformat.h"
#include "storage/dealrepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

ForecastCommand::ForecastCommand()
    : DatabaseCommand(u"forecast"_s,
                      tr("Show the weighted forecast, commit, best case and pipeline."),
                      Database::Mode::ReadOnly)
{
    for (const QCommandLineOption &o : periodOptions())
        addOption(o);
}

int ForecastCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    const Result<PeriodOptions> options = parsePeriodOptions(parser);
    if (!options)
        return fail(options.error());
    // Without --as-of the deals table is read as it is; with it, the log is replayed.
    const QDate asOf = options->asOfGiven ? options->asOf : QDate();
    const Result<QList<Deal>> deals =
        asOf.isValid() ? PipelineSnapshot::asOf(db, asOf) : DealRepository(db).list({});
    if (!deals)
        return fail(deals.error());
    // Without --from or --to: the whole pipeline, the unscheduled deals included.
    const std::optional<Period> period =
        options->periodGiven ? std::optional<Period>(options->period) : std::nullopt;
    const Forecast f = ForecastCalculator::compute(deals.value(), pb, period);
    std::optional<QList<MonthAccuracy>> accuracy;
    if (period) {
        Result<QList<MonthAccuracy>> a = ForecastAccuracy::compute(db, pb, *period, options->asOf);
        if (!a)
            return fail(a.error());
        accuracy = std::move(a).value();
    }

    if (json()) {
        QJsonArray months;
        for (const MonthForecast &m : f.byMonth)
            months.append(QJsonObject{{u"month"_s, jsonMonth(m.month)},
                                      {u"weighted_cents"_s, m.weighted.cents()},
                                      {u"commit_cents"_s, m.commit.cents()},
                                      {u"best_case_cents"_s, m.bestCase.cents()},
                                      {u"pipeline_cents"_s, m.pipeline.cents()},
                                      {u"deals"_s, m.deals}});
        QJsonValue accuracyJson;
        if (accuracy) {
            QJsonArray rows;
            for (const MonthAccuracy &m : *accuracy)
                rows.append(QJsonObject{{u"month"_s, jsonMonth(m.month)},
                                        {u"forecast_cents"_s, m.forecast.cents()},
                                        {u"actual_cents"_s, m.actual.cents()},
                                        {u"forecast_deals"_s, m.forecastDeals},
                                        {u"won_deals"_s, m.wonDeals},
                                        {u"accuracy_bp"_s, jsonOptional(m.accuracyBp)}});
            accuracyJson = rows;
        }
        printJson(QJsonObject{{u"weighted_cents"_s, f.weighted.cents()},
                              {u"commit_cents"_s, f.commit.cents()},
                              {u"best_case_cents"_s, f.bestCase.cents()},
                              {u"pipeline_cents"_s, f.pipeline.cents()},
                              {u"open_mrr_cents"_s, f.openMrr.cents()},
                              {u"open_deals"_s, f.openDeals},
                              {u"as_of"_s, jsonDate(asOf)},
                              {u"from"_s, period ? jsonDate(period->from) : QJsonValue()},
                              {u"to"_s, period ? jsonDate(period->to) : QJsonValue()},
                              {u"by_month"_s, months},
                              {u"accuracy"_s, accuracyJson}});
        return Success;
    }

    if (period)
        out() << tr("Deals expected to close from %1 to %2")
                     .arg(period->from.toString(Qt::ISODate), period->to.toString(Qt::ISODate))
              << Qt::endl;
    if (asOf.isValid())
        out() << tr("Forecast as of %1").arg(asOf.toString(Qt::ISODate)) << Qt::endl;
    const Result<Money> annual = f.openMrr.times(12);
    const QList<QStringList> totals{
        {tr("Weighted"), moneyText(f.weighted)},
        {tr("Commit"), moneyText(f.commit)},
        {tr("Best case"), moneyText(f.bestCase)},
        {tr("Pipeline"), moneyText(f.pipeline)},
        {tr("Open MRR"), moneyText(f.openMrr)},
        {tr("Open MRR × 12"), annual ? moneyText(annual.value()) : tr("overflow")},
        {tr("Open deals"), QString::number(f.openDeals)}};
    out() << table({tr("Metric"), tr("MRR")}, totals) << Qt::endl;
    QList<QStringList> rows;
    for (const MonthForecast &m : f.byMonth)
        rows.append({m.month.isValid() ? m.month.toString(u"yyyy-MM"_s) : tr("unscheduled"),
                     QString::number(m.deals), moneyText(m.weighted), moneyText(m.commit),
                     moneyText(m.bestCase), moneyText(m.pipeline)});
    out() << table(
        {tr("Month"), tr("Deals"), tr("Weighted"), tr("Commit"), tr("Best case"), tr("Pipeline")},
        rows);
    if (accuracy) {
        QList<QStringList> acc;
        for (const MonthAccuracy &m : *accuracy)
            acc.append({m.month.toString(u"yyyy-MM"_s), moneyText(m.forecast),
                        QString::number(m.forecastDeals), moneyText(m.actual),
                        QString::number(m.wonDeals), percentText(m.accuracyBp)});
        out() << Qt::endl
              << tr("Forecast accuracy (forecast as it stood the day before each month)")
              << Qt::endl
              << table({tr("Month"), tr("Forecast"), tr("Deals"), tr("Won"), tr("Deals won"),
                        tr("Accuracy")},
                       acc);
    }
    out().flush();
    return Success;
}

} // namespace dealboard::cli
