#include "hiringtriggers.h"

#include "analytics/kpis.h"
#include "playbook/playbook.h"
#include "storage/database.h"
#include "storage/kpientryrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// "The deals closed won in the last 90 days": the as-of day and the 89 before it.
constexpr int kRecentWinDays = 90;
constexpr int kMonthsPerYear = 12;

struct StageTotal
{
    qint64 sum = 0;
    qint64 max = 0;
};

// Σ and max of the MRR (as stored now) by stage as of the end of the day, in two parts. The
// deals untouched since (updated_at, which every change of a deal sets) are where they are now:
// one pass over deals_stage_mrr, in stage order. The others were in the stage their first
// effective stage change since moved them from (a probe of events_entity each). "+column"
// keeps SQLite on that covering index rather than the partial ones on deleted_at.
const QString kStagesAsOf =
    u"SELECT d.stage, sum(d.mrr_cents), max(d.mrr_cents) FROM deals d "
    "WHERE +d.deleted_at IS NULL AND +d.created_at < ? AND +d.updated_at < ? GROUP BY 1 "
    "UNION ALL SELECT coalesce((SELECT l.old_value FROM events l WHERE l.entity = 'deal' "
    "AND l.entity_id = d.id AND l.kind IN ('moved', 'won', 'lost') AND l.at >= ? "
    "AND l.id NOT IN (SELECT CAST(detail AS INTEGER) FROM events WHERE kind = 'undone') "
    "ORDER BY l.id LIMIT 1), d.stage), sum(d.mrr_cents), max(d.mrr_cents) FROM deals d "
    "WHERE +d.deleted_at IS NULL AND +d.created_at < ? AND +d.updated_at >= ? GROUP BY 1"_s;

} // namespace

Result<HiringInputs> HiringInputs::load(Database &db, const Playbook &pb, const QDate &asOf)
{
    if (!asOf.isValid())
        return userError(tr("The as-of day is not valid."));
    const qint64 cutoff = Period::endOfDayMs(asOf);
    QSqlQuery &q = db.prepared(kStagesAsOf);
    for (int i = 0; i < 5; ++i)
        q.addBindValue(cutoff);
    if (Status s = db.exec(q, tr("reading the pipeline")); !s)
        return s.error();
    QHash<QString, StageTotal> byStage;
    while (q.next()) {
        StageTotal &t = byStage[q.value(0).toString()];
        t.sum += q.value(1).toLongLong();
        t.max = std::max(t.max, q.value(2).toLongLong());
    }
    q.finish();

    qint64 mrr = 0;
    qint64 pipeline = 0;
    qint64 largest = 0;
    for (const Stage &s : pb.stages()) {
        const StageTotal t = byStage.value(s.key);
        if (s.kind == Stage::Kind::Won || s.kind == Stage::Kind::Customer) {
            mrr += t.sum;
        } else if (s.isOpen() && s.probability > 0) {
            pipeline += t.sum;
            largest = std::max(largest, t.max);
        }
    }
    const Result<QList<DayClosed>> wins =
        KpiCalculator::closedWonByDay(db, pb, Period{asOf.addDays(1 - kRecentWinDays), asOf}, asOf);
    if (!wins)
        return wins.error();
    for (const DayClosed &day : wins.value())
        largest = std::max(largest, day.maxMrrCents);
    const Result<std::optional<KpiEntry>> churn =
        KpiEntryRepository(db).latest(KpiEntry::churnFirstMonth(), asOf);
    if (!churn)
        return churn.error();

    const QString currency = pb.currency();
    HiringInputs in;
    in.mrrNow = Money(mrr, currency);
    in.pipelineAnnualised = Money(pipeline * kMonthsPerYear, currency);
    if (churn.value())
        in.latestChurnBp = int(churn.value()->value);
    in.largestDealMrr = Money(largest, currency);
    return in;
}

QList<HiringTrigger> HiringTrigger::evaluate(const Playbook &pb, const HiringInputs &inputs)
{
    // The thresholds a trigger may name, each against its input.
    const struct
    {
        const char *key;
        Measure what;
        std::optional<qint64> actual;
    } measures[] = {
        {"mrrAboveCents", Measure::MrrNow, inputs.mrrNow.cents()},
        {"pipelineAboveCents", Measure::PipelineAnnualised, inputs.pipelineAnnualised.cents()},
        {"churnAboveBp", Measure::LatestChurn,
         inputs.latestChurnBp ? std::optional<qint64>(*inputs.latestChurnBp) : std::nullopt},
        {"dealMrrAboveCents", Measure::LargestDeal, inputs.largestDealMrr.cents()},
    };
    QList<HiringTrigger> out;
    for (const QJsonValue v : pb.section(u"hiringTriggers"_s).toArray()) {
        const QJsonObject o = v.toObject();
        HiringTrigger t;
        t.key = o.value("key"_L1).toString();
        t.name = LocalizedText::fromJson(o.value("name"_L1));
        const QString match = o.value("match"_L1).toString();
        t.anyCondition = match.isEmpty() ? t.key == "cs"_L1 : match == "any"_L1;
        for (const auto &m : measures) {
            const QJsonValue threshold = o.value(QLatin1StringView(m.key));
            if (!threshold.isDouble())
                continue;
            Condition c{m.what, threshold.toInteger(), m.actual, false};
            c.met = c.actual && *c.actual > c.threshold;
            t.conditions.append(c);
        }
        const auto met = [](const Condition &c) { return c.met; };
        t.met = !t.conditions.isEmpty() &&
                (t.anyCondition ? std::any_of(t.conditions.cbegin(), t.conditions.cend(), met)
                                : std::all_of(t.conditions.cbegin(), t.conditions.cend(), met));
        out.append(t);
    }
    return out;
}

QString HiringTrigger::measureName(Measure what)
{
    switch (what) {
    case Measure::MrrNow:
        return tr("MRR now");
    case Measure::PipelineAnnualised:
        return tr("Pipeline, annualised");
    case Measure::LatestChurn:
        return tr("Latest first-month churn");
    case Measure::LargestDeal:
        return tr("Largest deal (MRR)");
    }
    return {};
}

} // namespace dealboard
