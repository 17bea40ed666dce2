#include "funnel.h"

#include "analytics/stagehistory.h"
#include "playbook/playbook.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <vector>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// The highest rank each cohort deal reached by the as-of day, counted per rank. Each deal's
// events are walked through the events_entity index, the deals in id order (the index's). A
// deal with an undo marker is walked again without the events it cancels.
StageHistory::Sql reachedSql(const StageHistory &history, qint64 from, qint64 cutEnd,
                             qint64 asOfEnd)
{
    StageHistory::Sql sql;
    sql << u"SELECT r, count(*) FROM (SELECT CASE WHEN w.undo THEN (SELECT max("_s
        << history.rankOf(u"p.new_value"_s)
        << u") FROM events p WHERE p.entity = 'deal' AND p.entity_id = w.deal AND +p.kind IN "_s
        << StageHistory::stageKinds();
    (sql << u" AND +p.at < "_s).bind(asOfEnd)
        << u" AND p.id NOT IN (SELECT CAST(u.detail AS INTEGER) FROM events u "
           "WHERE u.entity = 'deal' AND u.entity_id = w.deal AND +u.kind = 'undone')) "
           "ELSE w.r END AS r FROM ("_s;
    (sql << u"SELECT d.id AS deal, max(CASE WHEN e.kind IN "_s << StageHistory::stageKinds()
         << u" AND e.at < "_s)
            .bind(asOfEnd)
        << u" THEN "_s << history.rankOf(u"e.new_value"_s)
        << u" END) AS r, max(e.kind = 'undone') AS undo FROM deals d "
           "LEFT JOIN events e ON e.entity = 'deal' AND e.entity_id = d.id "_s;
    // A plain scan of deals (+): through an index on the creation date they would come in
    // creation order, which need not be id order, and the walk would jump all over the log.
    ((sql << u"WHERE +d.deleted_at IS NULL AND +d.created_at >= "_s).bind(from)
     << u" AND +d.created_at < "_s)
            .bind(cutEnd)
        << u" GROUP BY d.id) w) GROUP BY r"_s;
    return sql;
}

} // namespace

Result<Funnel> FunnelCalculator::compute(Database &db, const Playbook &pb, const Period &period,
                                         const QDate &asOf)
{
    if (!period.isValid())
        return userError(tr("The period is not valid."));
    if (!asOf.isValid())
        return userError(tr("The as-of date is not valid."));
    const StageHistory history(pb);
    const QStringList &stages = history.steps();
    Funnel f;
    f.period = period;
    f.asOf = asOf;
    std::vector<int> atRank(std::size_t(stages.size()), 0); // deals whose highest rank is i

    const qint64 from = period.startMs();
    const qint64 cutEnd = StageHistory::cutEndMs(period, asOf);
    if (from < cutEnd && !stages.isEmpty()) {
        QSqlQuery q(db.connection());
        const StageHistory::Sql sql = reachedSql(history, from, cutEnd, Period::endOfDayMs(asOf));
        if (Status s = StageHistory::run(db, q, sql, tr("reading the funnel")); !s)
            return s.error();
        while (q.next()) {
            // No stage event (or only a lost one): the deal entered the funnel at its start.
            const int rank = q.value(0).isNull() ? 0 : std::max(0, q.value(0).toInt());
            const int count = q.value(1).toInt();
            f.cohort += count;
            if (rank < int(atRank.size()))
                atRank[std::size_t(rank)] += count;
        }
    }
    int reached = f.cohort;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        f.steps.append({stages.at(i), reached});
        reached -= atRank[std::size_t(i)];
    }

    const auto reachedOf = [&f](const QString &stage) {
        for (const FunnelStep &s : std::as_const(f.steps))
            if (s.stage == stage)
                return s.reached;
        return 0;
    };
    const QJsonArray targets = pb.section(u"funnelTargets"_s).toArray();
    for (const QJsonValue v : targets) {
        const QJsonObject o = v.toObject();
        FunnelConversion c;
        c.from = o.value(u"from"_s).toString();
        c.to = o.value(u"to"_s).toString();
        c.targetBp = o.value(u"bp"_s).toInt();
        c.fromCount = reachedOf(c.from);
        c.toCount = reachedOf(c.to);
        c.actualBp = StageHistory::ratioBp(c.toCount, c.fromCount);
        if (c.actualBp)
            c.gapBp = *c.actualBp - c.targetBp;
        f.conversions.append(c);
    }
    return f;
}

} // namespace dealboard
