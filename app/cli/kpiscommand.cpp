#include "kpiscommand.h"

#include "analytics/kpis.h"
#include "cliformat.h"
#include "playbook/playbook.h"
#include "storage/kpientryrepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dealboard::cli {

namespace {

QJsonArray weeksJson(const QList<WeekCount> &weeks)
{
    QJsonArray a;
    for (const WeekCount &w : weeks)
        a.append(QJsonObject{{u"week"_s, jsonDate(w.monday)}, {u"count"_s, w.count}});
    return a;
}

template<typename T>
QJsonValue jsonTarget(const std::optional<T> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue();
}

// Every month the period overlaps, by its first day.
QList<QDate> monthsOf(const Period &period)
{
    QList<QDate> months;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1))
        months.append(m);
    return months;
}

} // namespace

KpisCommand::KpisCommand()
    : DatabaseCommand(u"kpis"_s,
                      tr("Show the KPIs of a period; kpis set and kpis unset edit the monthly "
                         "entries."),
                      Database::Mode::ReadOnly)
{
    for (const QCommandLineOption &o : periodOptions())
        addOption(o);
}

int KpisCommand::runOn(Database &db, const QCommandLineParser &parser)
{
    const Playbook &pb = db.playbook();
    const Result<PeriodOptions> options = parsePeriodOptions(parser);
    if (!options)
        return fail(options.error());
    const Result<Kpis> kpis = KpiCalculator::compute(db, pb, options->period, options->asOf);
    if (!kpis)
        return fail(kpis.error());
    const Kpis &k = kpis.value();
    const KpiTargets &t = k.targets;
    const QList<QDate> months = monthsOf(k.period);

    if (json()) {
        QJsonArray closed;
        for (const MonthAmount &m : k.closedPerMonth)
            closed.append(QJsonObject{{u"month"_s, jsonMonth(m.month)},
                                      {u"deals"_s, m.deals},
                                      {u"new_mrr_cents"_s, m.newMrr.cents()}});
        QJsonArray manual;
        for (const QDate &m : months)
            manual.append(kpiMonthJson(m, k.manual));
        QJsonObject o = periodJson(k.period, k.asOf);
        o.insert(u"leads_per_week"_s, weeksJson(k.leadsPerWeek));
        o.insert(u"demos_per_week"_s, weeksJson(k.demosPerWeek));
        o.insert(u"closed_per_month"_s, closed);
        o.insert(u"first_response"_s,
                 QJsonObject{{u"responded"_s, k.responded},
                             {u"unanswered"_s, k.unanswered},
                             {u"median_hours"_s, jsonNumber(k.medianFirstResponseHours)},
                             {u"within_target_bp"_s, jsonOptional(k.withinTargetBp)},
                             {u"target_hours"_s, k.firstResponseTargetHours > 0
                                                     ? QJsonValue(k.firstResponseTargetHours)
                                                     : QJsonValue()}});
        o.insert(u"demo_show_rate"_s, QJsonObject{{u"due"_s, k.demosDue},
                                                  {u"done"_s, k.demosDone},
                                                  {u"rate_bp"_s, jsonOptional(k.demoShowRateBp)},
                                                  {u"target_bp"_s, jsonTarget(t.demoShowRateBp)}});
        o.insert(u"manual"_s, manual);
        o.insert(u"targets"_s,
                 QJsonObject{{u"nps_min"_s, jsonTarget(t.npsMin)},
                             {u"churn_m1_max_bp"_s, jsonTarget(t.churnFirstMonthMaxBp)},
                             {u"expansion_m6_bp"_s, jsonTarget(t.expansionM6Bp)},
                             {u"cac_max_cents"_s, jsonTarget(t.cacMaxCents)}});
        printJson(o);
        return Success;
    }

    out() << periodHeading(k.period, k.asOf) << Qt::endl << Qt::endl;
    QList<QStringList> weeks;
    for (const WeekCount &w : k.leadsPerWeek) {
        const auto demos = std::find_if(k.demosPerWeek.cbegin(), k.demosPerWeek.cend(),
                                        [&w](const WeekCount &d) { return d.monday == w.monday; });
        weeks.append({w.monday.toString(Qt::ISODate), QString::number(w.count),
                      QString::number(demos != k.demosPerWeek.cend() ? demos->count : 0)});
    }
    out() << table({tr("Week of"), tr("Leads"), tr("Demos")}, weeks) << Qt::endl;

    QList<QStringList> closed;
    for (const MonthAmount &m : k.closedPerMonth)
        closed.append(
            {m.month.toString(u"yyyy-MM"_s), QString::number(m.deals), moneyText(m.newMrr)});
    out() << table({tr("Month"), tr("Deals won"), tr("New MRR")}, closed) << Qt::endl;

    const QString responseTarget =
        k.firstResponseTargetHours > 0
            ? tr("within %1").arg(hoursText(double(k.firstResponseTargetHours)))
            : QString();
    const QString showTarget =
        t.demoShowRateBp ? tr("target %1").arg(percentText(*t.demoShowRateBp)) : QString();
    const QList<QStringList> response{
        {tr("First response, median"), hoursText(k.medianFirstResponseHours), QString()},
        {tr("Answered in time"), percentText(k.withinTargetBp), responseTarget},
        {tr("Answered / unanswered"), tr("%1 / %2").arg(k.responded).arg(k.unanswered), QString()},
        {tr("Demo show rate"), percentText(k.demoShowRateBp), showTarget},
        {tr("Demos done / due"), tr("%1 / %2").arg(k.demosDone).arg(k.demosDue), QString()}};
    out() << table({tr("KPI"), tr("Value"), tr("Target")}, response) << Qt::endl;

    // The manual entries, one row per month, the targets first.
    const auto bound = [](const QString &sign, const QString &value) {
        return sign + u' ' + value;
    };
    QList<QStringList> manual{
        {tr("target"), t.npsMin ? bound(u"≥"_s, QString::number(*t.npsMin)) : QString(),
         t.churnFirstMonthMaxBp ? bound(u"≤"_s, percentText(*t.churnFirstMonthMaxBp)) : QString(),
         t.expansionM6Bp ? bound(u"≥"_s, percentText(*t.expansionM6Bp)) : QString(),
         t.cacMaxCents ? bound(u"≤"_s, moneyText(Money(*t.cacMaxCents, pb.currency())))
                       : QString()}};
    for (const QDate &m : months) {
        QStringList row{KpiEntry::monthKey(m)};
        for (const QString &kpi : KpiEntry::keys()) {
            const auto e = std::find_if(k.manual.cbegin(), k.manual.cend(), [&](const KpiEntry &x) {
                return x.kpi == kpi && KpiEntry::monthKey(x.month) == KpiEntry::monthKey(m);
            });
            row << (e != k.manual.cend() ? kpiValueText(kpi, e->value) : noFigure());
        }
        manual.append(row);
    }
    QStringList header{tr("Month")};
    for (const QString &kpi : KpiEntry::keys())
        header << KpiEntryRepository::name(kpi);
    out() << table(header, manual);
    out().flush();
    return Success;
}

} // namespace dealboard::cli
