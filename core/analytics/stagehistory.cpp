#include "stagehistory.h"

#include "clock.h"
#include "playbook/playbook.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

StageHistory::StageHistory(const Playbook &pb)
{
    for (const Stage &s : pb.stages()) {
        if (s.isOpen()) {
            m_rank.insert(s.key, int(m_steps.size()));
            m_steps << s.key;
            m_open << s.key;
        } else {
            m_closed << s.key;
        }
        if (s.kind == Stage::Kind::Won)
            m_won = s.key;
        else if (s.kind == Stage::Kind::Lost)
            m_lost = s.key;
    }
    const QString won = pb.wonStage();
    if (!won.isEmpty()) {
        m_rank.insert(won, int(m_steps.size()));
        m_steps << won;
        // Customer comes after Won: a customer has reached Won.
        const QString customer = pb.customerStage();
        if (!customer.isEmpty())
            m_rank.insert(customer, m_rank.value(won));
    }
    for (const QString &key : std::as_const(m_steps))
        m_ranked.append({key, m_rank.value(key)});
    if (const QString customer = pb.customerStage(); m_rank.contains(customer))
        m_ranked.append({customer, m_rank.value(customer)});
}

StageHistory::Sql StageHistory::list(const QStringList &values)
{
    Sql sql;
    if (values.isEmpty())
        sql << u"NULL"_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            sql << u", "_s;
        sql.bind(values.at(i));
    }
    return sql;
}

QString StageHistory::stageKinds()
{
    return u"('created', 'moved', 'won', 'lost')"_s;
}

int StageHistory::demoRank() const
{
    return rank(u"demo"_s);
}

StageHistory::Sql StageHistory::rankOf(const QString &column) const
{
    Sql sql;
    sql << u"(CASE "_s << column;
    for (const auto &[key, rank] : m_ranked)
        (sql << u" WHEN "_s).bind(key) << u" THEN %1"_s.arg(rank);
    sql << u" ELSE -1 END)"_s;
    return sql;
}

std::optional<StageHistory::Sql> StageHistory::closedDeals(const QList<Period> &periods,
                                                           const QDate &asOf) const
{
    const qint64 asOfEnd = Period::endOfDayMs(asOf);
    Sql values;
    std::optional<qint64> scanFrom;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const qint64 start = periods.at(i).startMs();
        const qint64 end = cutEndMs(periods.at(i), asOf);
        if (start >= end)
            continue; // not started by the as-of day: nothing closed in it yet
        scanFrom = std::min(scanFrom.value_or(start), start);
        if (!values.text.isEmpty())
            values << u", "_s;
        ((((values << u"("_s).bind(i) << u", "_s).bind(start) << u", "_s).bind(end)) << u")"_s;
    }
    if (!scanFrom)
        return std::nullopt;

    Sql sql;
    sql << u"periods(idx, start_ms, end_ms) AS (VALUES "_s << values << u"), "_s;
    // An undo marker names the event it cancels (the events_undone index has them all).
    sql << u"undone(id) AS MATERIALIZED (SELECT CAST(detail AS INTEGER) FROM events "
           "WHERE kind = 'undone'), "_s;
    // The entries into the won or lost stage since the first period started, from the
    // events_stage index alone: its terms are repeated so that it applies. Materialized apart,
    // else the planner walks the whole log in deal order to save the GROUP BY.
    sql << u"cand AS MATERIALIZED (SELECT entity_id, id FROM events WHERE entity = 'deal' "_s
        << u"AND kind IN "_s << stageKinds() << u" AND new_value IN ("_s << list({m_won, m_lost});
    ((sql << u") AND at >= "_s).bind(*scanFrom) << u" AND at < "_s).bind(asOfEnd) << u"), "_s;
    // Ids grow with time within a deal: its last entry is its last close (or its creation,
    // when created won or lost: not a close, dropped below).
    sql << u"last AS (SELECT entity_id AS deal, max(id) AS close_id FROM cand "
           "WHERE id NOT IN undone GROUP BY entity_id), "_s;
    sql << u"closed AS (SELECT l.deal, l.close_id, c.kind = 'won' AS won, c.at AS close_at, "
           "c.detail, p.idx, d.mrr_cents, d.created_at, "_s;
    const int demo = demoRank();
    if (demo < 0) {
        sql << u"0"_s;
    } else {
        // Closed from Demo or later, else any earlier effective entry into Demo or later. A
        // CASE, not OR: SQLite evaluates both sides of an OR outside a WHERE.
        ((sql << u"CASE WHEN "_s << rankOf(u"c.old_value"_s) << u" >= "_s).bind(demo)
         << u" THEN 1 ELSE EXISTS (SELECT 1 FROM events h WHERE h.entity = 'deal' "
            "AND h.entity_id = l.deal AND h.id < l.close_id AND +h.kind IN "_s
         << stageKinds() << u" AND "_s << rankOf(u"h.new_value"_s) << u" >= "_s)
                .bind(demo)
            << u" AND h.id NOT IN undone) END"_s;
    }
    // In this order (CROSS JOIN): the closing event, then its period, then the deal, so that a
    // close outside every period costs one row read.
    sql << u" AS reached_demo FROM last l CROSS JOIN events c CROSS JOIN periods p "
           "CROSS JOIN deals d WHERE c.id = l.close_id AND c.kind IN ('won', 'lost') "
           "AND c.at >= p.start_ms AND c.at < p.end_ms AND d.id = l.deal "
           "AND +d.deleted_at IS NULL AND "_s;
    // Still closed at the end of the as-of day: no effective move back to an open stage
    // since. Read as of today, that is the deal's stage now (an undo restores it too).
    if (asOf >= Clock::current().now().toUTC().date()) {
        sql << u"+d.stage IN ("_s << list(m_closed) << u"))"_s;
    } else {
        (sql
         << u"NOT EXISTS (SELECT 1 FROM events r WHERE r.entity = 'deal' "
            "AND r.entity_id = l.deal AND r.id > l.close_id AND +r.kind = 'moved' AND +r.at < "_s)
                .bind(asOfEnd)
            << u" AND r.new_value IN ("_s << list(m_open) << u") AND r.id NOT IN undone))"_s;
    }
    return sql;
}

Status StageHistory::run(Database &db, QSqlQuery &query, const Sql &sql, const QString &what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql.text))
        return db.sqlError(query, what);
    for (const QVariant &v : sql.values)
        query.addBindValue(v);
    if (!query.exec())
        return db.sqlError(query, what);
    return {};
}

std::optional<qint64> StageHistory::divideRounded(qint64 num, qint64 den)
{
    if (den == 0)
        return std::nullopt;
    // Half away from zero, in integers: (2·num ± den) / (2·den) truncates toward zero.
    const qint64 twice = 2 * num;
    return ((twice < 0) != (den < 0) ? twice - den : twice + den) / (2 * den);
}

std::optional<int> StageHistory::ratioBp(qint64 num, qint64 den)
{
    const std::optional<qint64> bp = divideRounded(num * 10000, den);
    return bp ? std::optional<int>(int(*bp)) : std::nullopt;
}

qint64 StageHistory::cutEndMs(const Period &period, const QDate &asOf)
{
    return std::min(period.endMs(), Period::endOfDayMs(asOf));
}

} // namespace dealboard
