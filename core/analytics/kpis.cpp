#include "kpis.h"

#include "playbook/playbook.h"
#include "storage/database.h"
#include "storage/kpientryrepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qint64 kHourMs = 3600000;
const QDate kEpoch(1970, 1, 1);

// The playbook stage whose entries count as demos, and the activity kind of a demo.
const QString kDemo = u"demo"_s;

// Every query aggregates in SQLite and returns a few rows: reading a value through QSqlQuery
// costs about 0.2 µs. The terms on events and activities repeat the WHERE clauses of the
// partial indexes of schema step 5 word for word, or SQLite would not use them.
const QString kNotUndone =
    u"%1.id NOT IN (SELECT CAST(detail AS INTEGER) FROM events WHERE kind = 'undone')"_s;
const QString kNotDeleted = u"%1 NOT IN (SELECT id FROM deals WHERE deleted_at IS NOT NULL)"_s;
const QString kStageEvent =
    u"%1.entity = 'deal' AND %1.kind IN ('created', 'moved', 'won', 'lost')"_s;

// Week numbers from days since 1970-01-01, a Thursday: week w starts on day 7w − 3, a Monday.
const QString kWeekOfMs = u"(%1 / 86400000 + 3) / 7"_s;
QDate mondayOfWeek(qint64 week)
{
    return kEpoch.addDays(7 * week - 3);
}

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

Status run(Database &db, QSqlQuery &q, const QVariantList &values, const QString &what)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return db.exec(q, what);
}

std::optional<int> optionalInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

// Every ISO week overlapping `period`, with the counts of `counts` (week number → count).
QList<WeekCount> weeks(const Period &period, const QHash<qint64, int> &counts)
{
    QList<WeekCount> out;
    const qint64 first = (kEpoch.daysTo(period.from) + 3) / 7;
    const qint64 last = (kEpoch.daysTo(period.to) + 3) / 7;
    for (qint64 w = first; w <= last; ++w)
        out.append({mondayOfWeek(w), counts.value(w)});
    return out;
}

Result<QList<WeekCount>> countByWeek(Database &db, const QString &sql, const QVariantList &values,
                                     const Period &period, const QString &what)
{
    QSqlQuery &q = db.prepared(sql);
    if (Status s = run(db, q, values, what); !s)
        return s.error();
    QHash<qint64, int> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.finish();
    return weeks(period, counts);
}

} // namespace

std::optional<int> KpiCalculator::ratioBp(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return std::nullopt;
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = std::abs(numerator) * 10000;
    const qint64 d = std::abs(denominator);
    const qint64 bp = (2 * n + d) / (2 * d); // half away from zero
    return int(negative ? -bp : bp);
}

KpiTargets KpiCalculator::targets(const Playbook &pb)
{
    const QJsonObject o = pb.section(u"kpiTargets"_s).toObject();
    KpiTargets t;
    t.demoShowRateBp = optionalInt(o, u"demoShowRateBp"_s);
    t.npsMin = optionalInt(o, u"npsMin"_s);
    t.churnFirstMonthMaxBp = optionalInt(o, u"churnFirstMonthMaxBp"_s);
    t.expansionM6Bp = optionalInt(o, u"expansionM6Bp"_s);
    if (const QJsonValue cac = o.value("cacMaxCents"_L1); cac.isDouble())
        t.cacMaxCents = cac.toInteger();
    return t;
}

Result<QList<DayClosed>> KpiCalculator::closedWonByDay(Database &db, const Playbook &pb,
                                                       const Period &period, const QDate &asOf)
{
    if (!period.isValid() || !asOf.isValid())
        return userError(tr("The period or the as-of day is not valid."));
    const qint64 cutoff = Period::endOfDayMs(asOf);
    const qint64 to = std::min(period.endMs(), cutoff);
    QList<DayClosed> out;
    if (period.startMs() >= to)
        return out;
    // The effective won events of the period that nothing effective replaced by the as-of day:
    // no later won or lost event, no move back to an open stage (one probe of events_entity per
    // win). The period's wins come from events_stage.
    QStringList open;
    for (const Stage &stage : pb.stages())
        if (stage.isOpen())
            open << stage.key;
    const QString sql =
        u"SELECT e.at / 86400000, count(*), sum(d.mrr_cents), max(d.mrr_cents) "
        "FROM events e JOIN deals d ON d.id = e.entity_id "
        "WHERE %1 AND e.new_value = ? AND e.kind = 'won' AND e.at >= ? AND e.at < ? "
        "AND d.deleted_at IS NULL AND %2 AND NOT EXISTS (SELECT 1 FROM events l "
        "WHERE l.entity = 'deal' AND l.entity_id = e.entity_id AND l.id > e.id AND l.at < ? "
        "AND (l.kind IN ('won', 'lost') OR (l.kind = 'moved' AND l.new_value IN (%4))) "
        "AND %3) GROUP BY 1 ORDER BY 1"_s.arg(kStageEvent.arg(u"e"_s), kNotUndone.arg(u"e"_s),
                                              kNotUndone.arg(u"l"_s),
                                              QStringList(open.size(), u"?"_s).join(u", "_s));
    QVariantList values{pb.wonStage(), period.startMs(), to, cutoff};
    for (const QString &key : std::as_const(open))
        values << key;
    QSqlQuery &q = db.prepared(sql);
    if (Status s = run(db, q, values, tr("counting wins")); !s)
        return s.error();
    while (q.next())
        out.append({kEpoch.addDays(q.value(0).toLongLong()), q.value(1).toInt(),
                    q.value(2).toLongLong(), q.value(3).toLongLong()});
    q.finish();
    return out;
}

Result<QList<MonthAmount>> KpiCalculator::closedWonPerMonth(Database &db, const Playbook &pb,
                                                            const Period &period, const QDate &asOf)
{
    const Result<QList<DayClosed>> days = closedWonByDay(db, pb, period, asOf);
    if (!days)
        return days.error();
    QList<MonthAmount> out;
    for (QDate m = firstOfMonth(period.from); m <= period.to; m = m.addMonths(1))
        out.append({m, 0, Money(0, pb.currency())});
    for (const DayClosed &day : days.value()) {
        const auto it = std::find_if(out.begin(), out.end(), [&day](const MonthAmount &m) {
            return m.month == firstOfMonth(day.day);
        });
        if (it == out.end())
            continue;
        it->deals += day.deals;
        it->newMrr = Money(it->newMrr.cents() + day.mrrCents, pb.currency());
    }
    return out;
}

Result<Kpis> KpiCalculator::compute(Database &db, const Playbook &pb, const Period &period,
                                    const QDate &asOf)
{
    if (!period.isValid() || !asOf.isValid())
        return userError(tr("The period or the as-of day is not valid."));
    if (period.from > asOf)
        return userError(tr("The period starts on %1, after the day the figures are read (%2).")
                             .arg(period.from.toString(Qt::ISODate), asOf.toString(Qt::ISODate)));
    Kpis k;
    k.period = Period{period.from, std::min(period.to, asOf)};
    k.asOf = asOf;
    k.targets = targets(pb);
    const qint64 from = k.period.startMs();
    const qint64 to = k.period.endMs(); // the end of the as-of day at the latest
    const qint64 cutoff = Period::endOfDayMs(asOf);

    Result<QList<WeekCount>> leads =
        countByWeek(db,
                    u"SELECT %1, count(*) FROM deals WHERE deleted_at IS NULL AND created_at >= ? "
                    "AND created_at < ? GROUP BY 1"_s.arg(kWeekOfMs.arg(u"created_at"_s)),
                    {from, to}, k.period, tr("counting leads"));
    if (!leads)
        return leads.error();
    k.leadsPerWeek = std::move(leads).value();

    Result<QList<WeekCount>> demos =
        countByWeek(db,
                    u"SELECT %1, count(*) FROM events e WHERE %2 AND e.new_value = ? AND e.at >= ? "
                    "AND e.at < ? AND %3 AND %4 GROUP BY 1"_s.arg(
                        kWeekOfMs.arg(u"e.at"_s), kStageEvent.arg(u"e"_s), kNotUndone.arg(u"e"_s),
                        kNotDeleted.arg(u"e.entity_id"_s)),
                    {kDemo, from, to}, k.period, tr("counting demos"));
    if (!demos)
        return demos.error();
    k.demosPerWeek = std::move(demos).value();

    Result<QList<MonthAmount>> closed = closedWonPerMonth(db, pb, k.period, asOf);
    if (!closed)
        return closed.error();
    k.closedPerMonth = std::move(closed).value();

    k.firstResponseTargetHours =
        optionalInt(pb.section(u"kpiTargets"_s).toObject(), u"firstResponseHours"_s).value_or(0);
    // The first done Email or Call of each deal created in the period (one probe of
    // activities_reply per deal), in one pass: a value per deal of the period (some 30,000 for
    // a quarter of the demo base, 10 ms), counted and halved here rather than in a second one.
    QSqlQuery &delays = db.prepared(
        u"SELECT (SELECT min(a.done_at) FROM activities a WHERE a.deal_id = d.id "
        "AND a.deleted_at IS NULL AND a.kind IN ('email', 'call') AND a.done_at >= d.created_at "
        "AND a.done_at < ?) - d.created_at FROM deals d WHERE d.deleted_at IS NULL "
        "AND d.created_at >= ? AND d.created_at < ?"_s);
    if (Status s = run(db, delays, {cutoff, from, to}, tr("measuring first responses")); !s)
        return s.error();
    std::vector<qint64> answered;
    while (delays.next()) {
        const QVariant v = delays.value(0);
        if (v.isNull())
            ++k.unanswered;
        else
            answered.push_back(v.toLongLong());
    }
    delays.finish();
    k.responded = int(answered.size());
    if (k.firstResponseTargetHours > 0) {
        const qint64 target = k.firstResponseTargetHours * kHourMs;
        const auto within = std::count_if(answered.cbegin(), answered.cend(),
                                          [target](qint64 ms) { return ms <= target; });
        k.withinTargetBp = ratioBp(within, k.responded + k.unanswered);
    }
    if (!answered.empty()) {
        // The middle one, or the mean of the middle two.
        const auto mid = answered.begin() + qsizetype(answered.size() / 2);
        std::nth_element(answered.begin(), mid, answered.end());
        double median = double(*mid);
        if (answered.size() % 2 == 0)
            median = (median + double(*std::max_element(answered.begin(), mid))) / 2;
        k.medianFirstResponseHours = median / double(kHourMs);
    }

    // Demos due in the period: done by the as-of day, or a no-show.
    QSqlQuery &shows =
        db.prepared(u"SELECT count(*), count(CASE WHEN a.done_at < ? THEN 1 END) FROM activities a "
                    "WHERE a.kind = ? AND a.deleted_at IS NULL AND a.due >= ? AND a.due <= ? "
                    "AND a.created_at < ? AND %1"_s.arg(kNotDeleted.arg(u"a.deal_id"_s)));
    if (Status s = run(db, shows,
                       {cutoff, kDemo, k.period.from.toString(Qt::ISODate),
                        k.period.to.toString(Qt::ISODate), cutoff},
                       tr("counting demos"));
        !s)
        return s.error();
    if (shows.next()) {
        k.demosDue = shows.value(0).toInt();
        k.demosDone = shows.value(1).toInt();
    }
    shows.finish();
    k.demoShowRateBp = ratioBp(k.demosDone, k.demosDue);

    Result<QList<KpiEntry>> manual = KpiEntryRepository(db).list(k.period);
    if (!manual)
        return manual.error();
    k.manual = std::move(manual).value();
    return k;
}

} // namespace dealboard
