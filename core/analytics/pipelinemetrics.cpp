#include "pipelinemetrics.h"

#include "analytics/pipelinesnapshot.h"
#include "analytics/stagehistory.h"
#include "clock.h"
#include "playbook/playbook.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// The sums behind the closed-deal figures of one period, kept exact until the end.
struct ClosedSums
{
    qint64 won = 0;
    qint64 lost = 0;
    qint64 closedReachedDemo = 0;
    qint64 wonReachedDemo = 0;
    qint64 wonMrrCents = 0;
    qint64 wonCycleMs = 0; // Σ (won event − creation)
};

constexpr double kDayMs = 86400000.0;

Result<QList<ClosedSums>> closedSums(Database &db, const Playbook &pb, const QList<Period> &periods,
                                     const QDate &asOf)
{
    QList<ClosedSums> out(periods.size());
    const StageHistory history(pb);
    const std::optional<StageHistory::Sql> closed = history.closedDeals(periods, asOf);
    if (!closed)
        return out;
    StageHistory::Sql sql;
    sql << u"WITH "_s << *closed
        << u" SELECT idx, won, count(*), sum(mrr_cents), sum(close_at - created_at), "
           "sum(reached_demo) FROM closed GROUP BY idx, won"_s;
    QSqlQuery q(db.connection());
    if (Status s = StageHistory::run(db, q, sql,
                                     PipelineMetricsCalculator::tr("reading the closed deals"));
        !s)
        return s.error();
    while (q.next()) {
        const qsizetype idx = q.value(0).toLongLong();
        if (idx < 0 || idx >= out.size())
            continue;
        ClosedSums &c = out[idx];
        const qint64 count = q.value(2).toLongLong();
        const qint64 reachedDemo = q.value(5).toLongLong();
        c.closedReachedDemo += reachedDemo;
        if (q.value(1).toInt() == 1) {
            c.won = count;
            c.wonReachedDemo = reachedDemo;
            c.wonMrrCents = q.value(3).toLongLong();
            c.wonCycleMs = q.value(4).toLongLong();
        } else {
            c.lost = count;
        }
    }
    return out;
}

Result<PipelineMetrics> fromSums(const ClosedSums &c, const Period &period, const QDate &asOf,
                                 const QString &currency)
{
    PipelineMetrics m;
    m.period = period;
    m.asOf = asOf;
    m.pipeline = m.pipelineAnnualised = Money(0, currency);
    m.won = int(c.won);
    m.lost = int(c.lost);
    m.closedReachedDemo = int(c.closedReachedDemo);
    m.wonReachedDemo = int(c.wonReachedDemo);
    m.winRateBp = StageHistory::ratioBp(c.won, c.won + c.lost);
    m.qualifiedWinRateBp = StageHistory::ratioBp(c.wonReachedDemo, c.closedReachedDemo);
    m.newMrr = Money(c.wonMrrCents, currency);
    if (c.won > 0) {
        const Result<Money> average = m.newMrr.scaled(1, c.won);
        if (!average)
            return average.error();
        m.averageDealSize = average.value();
        m.averageCycleDays = double(c.wonCycleMs) / double(c.won) / kDayMs;
    }
    return m;
}

// The new-MRR target of the objective whose quarter contains `day`, if there is one.
std::optional<Money> objectiveQuota(const Playbook &pb, const QDate &day)
{
    if (const Objective *o = pb.objective(Period::quarter(day).quarterKey()))
        return Money(o->newMrrCents, pb.currency());
    return std::nullopt;
}

struct OpenPipeline
{
    qint64 pipelineCents = 0;
    int openDeals = 0;
};

Result<OpenPipeline> openPipeline(Database &db, const Playbook &pb, const QDate &asOf)
{
    OpenPipeline out;
    QStringList open;
    QStringList probable; // open stages with a probability above 0
    for (const Stage &s : pb.stages()) {
        if (!s.isOpen())
            continue;
        open << s.key;
        if (s.probability > 0)
            probable << s.key;
    }
    if (open.isEmpty())
        return out;
    if (asOf < Clock::current().now().toUTC().date()) {
        const Result<QList<Deal>> deals = PipelineSnapshot::asOf(db, asOf);
        if (!deals)
            return deals.error();
        for (const Deal &d : deals.value()) {
            if (!open.contains(d.stage))
                continue;
            ++out.openDeals;
            if (probable.contains(d.stage))
                out.pipelineCents += d.mrr.cents();
        }
        return out;
    }
    // Today: the deals table is the pipeline (an index on stage and MRR answers it alone).
    StageHistory::Sql sql;
    sql << u"SELECT count(*), coalesce(sum(CASE WHEN stage IN ("_s << StageHistory::list(probable)
        << u") THEN mrr_cents ELSE 0 END), 0) FROM deals WHERE deleted_at IS NULL "
           "AND stage IN ("_s
        << StageHistory::list(open) << u")"_s;
    QSqlQuery q(db.connection());
    if (Status s =
            StageHistory::run(db, q, sql, PipelineMetricsCalculator::tr("reading the pipeline"));
        !s)
        return s.error();
    if (q.next()) {
        out.openDeals = q.value(0).toInt();
        out.pipelineCents = q.value(1).toLongLong();
    }
    return out;
}

Status checkDates(const Period &period, const QDate &asOf)
{
    if (!period.isValid())
        return userError(PipelineMetricsCalculator::tr("The period is not valid."));
    if (!asOf.isValid())
        return userError(PipelineMetricsCalculator::tr("The as-of date is not valid."));
    return {};
}

} // namespace

Result<QList<PipelineMetrics>> PipelineMetricsCalculator::closedOnly(Database &db,
                                                                     const Playbook &pb,
                                                                     const QList<Period> &periods,
                                                                     const QDate &asOf)
{
    for (const Period &p : periods)
        if (Status s = checkDates(p, asOf); !s)
            return s.error();
    const Result<QList<ClosedSums>> sums = closedSums(db, pb, periods, asOf);
    if (!sums)
        return sums.error();
    QList<PipelineMetrics> out;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        Result<PipelineMetrics> m = fromSums(sums->at(i), periods.at(i), asOf, pb.currency());
        if (!m)
            return m.error();
        out.append(std::move(m).value());
    }
    return out;
}

Result<PipelineMetrics> PipelineMetricsCalculator::compute(Database &db, const Playbook &pb,
                                                           const Period &period, const QDate &asOf,
                                                           const std::optional<Money> &quota)
{
    if (Status s = checkDates(period, asOf); !s)
        return s.error();
    const Result<QList<ClosedSums>> sums = closedSums(db, pb, {period}, asOf);
    if (!sums)
        return sums.error();
    const ClosedSums &c = sums->first();
    Result<PipelineMetrics> result = fromSums(c, period, asOf, pb.currency());
    if (!result)
        return result.error();
    PipelineMetrics m = std::move(result).value();

    const Result<OpenPipeline> open = openPipeline(db, pb, asOf);
    if (!open)
        return open.error();
    m.openDeals = open->openDeals;
    m.pipeline = Money(open->pipelineCents, pb.currency());
    const Result<Money> annualised = m.pipeline.times(12);
    if (!annualised)
        return annualised.error();
    m.pipelineAnnualised = annualised.value();

    m.quota = quota ? quota : objectiveQuota(pb, period.to);
    if (m.quota && m.quota->cents() != 0) {
        const std::optional<qint64> x100 =
            StageHistory::divideRounded(m.pipeline.cents() * 100, m.quota->cents());
        m.coverageX100 = int(*x100);
    }

    // Exact sums rather than the rounded parts: open × won/(won+lost) × wonMrr/won ÷
    // (cycle/won days) = open × wonMrr × won × day ÷ ((won + lost) × cycle).
    if (c.won > 0 && c.wonCycleMs > 0) {
        const long double perDay = static_cast<long double>(m.openDeals) * c.wonMrrCents * c.won *
                                   kDayMs /
                                   (static_cast<long double>(c.won + c.lost) * c.wonCycleMs);
        m.velocityPerDay = Money(std::llround(perDay), pb.currency());
    }
    return m;
}

} // namespace dealboard
