#include "forecastcommand.h"

#include "analytics/forecast.h"
#include "analytics/pipelinesnapshot.h"
#include "cliformat.h"
#include "storage/dealrepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QString money(const Money &m)
{
    return m.format(QLocale(), Money::Cents::WhenNeeded);
}

} // namespace

ForecastCommand::ForecastCommand()
    : DatabaseCommand(u"forecast"_s,
                      tr("Show the weighted forecast, commit, best case and pipeline."),
                      Database::Mode::ReadOnly)
{
    addOption({u"as-of"_s, tr("The pipeline as it stood at the end of this day (YYYY-MM-DD, UTC)."),
               u"date"_s});
}

int ForecastCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    QDate asOf;
    if (parser.isSet(u"as-of"_s)) {
        const QString text = parser.value(u"as-of"_s);
        asOf = QDate::fromString(text, u"yyyy-MM-dd"_s);
        if (!asOf.isValid())
            return fail(tr("Invalid date \"%1\"; expected YYYY-MM-DD.").arg(text));
    }
    const Result<QList<Deal>> deals =
        asOf.isValid() ? PipelineSnapshot::asOf(db, asOf) : DealRepository(db).list({});
    if (!deals)
        return fail(deals.error());
    const Forecast f = ForecastCalculator::compute(deals.value(), pb);

    if (json()) {
        QJsonArray months;
        for (const MonthForecast &m : f.byMonth)
            months.append(QJsonObject{{u"month"_s, m.month.isValid()
                                                       ? QJsonValue(m.month.toString(u"yyyy-MM"_s))
                                                       : QJsonValue(QJsonValue::Null)},
                                      {u"weighted_cents"_s, m.weighted.cents()},
                                      {u"commit_cents"_s, m.commit.cents()},
                                      {u"best_case_cents"_s, m.bestCase.cents()},
                                      {u"pipeline_cents"_s, m.pipeline.cents()},
                                      {u"deals"_s, m.deals}});
        printJson(QJsonObject{{u"weighted_cents"_s, f.weighted.cents()},
                              {u"commit_cents"_s, f.commit.cents()},
                              {u"best_case_cents"_s, f.bestCase.cents()},
                              {u"pipeline_cents"_s, f.pipeline.cents()},
                              {u"open_mrr_cents"_s, f.openMrr.cents()},
                              {u"open_deals"_s, f.openDeals},
                              {u"as_of"_s, asOf.isValid() ? QJsonValue(asOf.toString(Qt::ISODate))
                                                          : QJsonValue(QJsonValue::Null)},
                              {u"by_month"_s, months}});
        return Success;
    }

    if (asOf.isValid())
        out() << tr("Forecast as of %1").arg(asOf.toString(Qt::ISODate)) << Qt::endl;
    const Result<Money> annual = f.openMrr.times(12);
    const QList<QStringList> totals{
        {tr("Weighted"), money(f.weighted)},
        {tr("Commit"), money(f.commit)},
        {tr("Best case"), money(f.bestCase)},
        {tr("Pipeline"), money(f.pipeline)},
        {tr("Open MRR"), money(f.openMrr)},
        {tr("Open MRR × 12"), annual ? money(annual.value()) : tr("overflow")},
        {tr("Open deals"), QString::number(f.openDeals)}};
    out() << table({tr("Metric"), tr("MRR")}, totals) << Qt::endl;
    QList<QStringList> rows;
    for (const MonthForecast &m : f.byMonth)
        rows.append({m.month.isValid() ? m.month.toString(u"yyyy-MM"_s) : tr("unscheduled"),
                     QString::number(m.deals), money(m.weighted), money(m.commit),
                     money(m.bestCase), money(m.pipeline)});
    out() << table(
        {tr("Month"), tr("Deals"), tr("Weighted"), tr("Commit"), tr("Best case"), tr("Pipeline")},
        rows);
    return Success;
}

} // namespace dealboard::cli
