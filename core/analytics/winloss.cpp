#include "winloss.h"

#include "analytics/stagehistory.h"
#include "playbook/playbook.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// One group of closing events: won or lost, reason (first line of the detail) and competitor
// (second line), in SQL so that only the groups reach C++.
StageHistory::Sql groupsSql(const StageHistory::Sql &closed)
{
    StageHistory::Sql sql;
    sql << u"WITH "_s << closed
        << u", r AS (SELECT won, close_id, mrr_cents AS mrr, coalesce(detail, '') AS detail, "
           "instr(coalesce(detail, ''), char(10)) AS nl FROM closed), "
           "s AS (SELECT won, close_id, mrr, "
           "CASE WHEN nl > 0 THEN substr(detail, 1, nl - 1) ELSE detail END AS reason, "
           "CASE WHEN nl > 0 AND NOT won THEN substr(detail, nl + 1) ELSE '' END AS rest FROM r) "
           "SELECT won, reason, CASE WHEN instr(rest, char(10)) > 0 "
           "THEN substr(rest, 1, instr(rest, char(10)) - 1) ELSE rest END AS competitor, "
           "count(*), sum(mrr), min(close_id) FROM s GROUP BY 1, 2, 3"_s;
    return sql;
}

// The reviews of the closed deals, latest close first.
StageHistory::Sql reviewsSql(const StageHistory::Sql &closed)
{
    StageHistory::Sql sql;
    sql << u"WITH "_s << closed
        << u" SELECT c.won, c.deal, d.title, coalesce(r.competitor, ''), "
           "coalesce(r.decisive_factor, ''), coalesce(r.learning, ''), "
           "coalesce(r.could_have_done, ''), coalesce(r.product_feedback, ''), c.close_id, "
           "c.mrr_cents "
           "FROM closed c JOIN win_loss_reviews r ON r.deal_id = c.deal "
           "JOIN deals d ON d.id = c.deal ORDER BY c.close_at DESC, c.deal"_s;
    return sql;
}

struct Group
{
    ReasonCount count;
    qint64 firstId = 0; // the earliest closing event: its spelling of a competitor wins
};

void add(QHash<QString, Group> &groups, const QString &key, const QString &name, int count,
         qint64 mrr, qint64 firstId, const QString &currency)
{
    auto it = groups.find(key);
    if (it == groups.end())
        it = groups.insert(key, Group{ReasonCount{key, name, 0, Money(0, currency)}, firstId});
    Group &g = it.value();
    g.count.count += count;
    g.count.mrr = Money(g.count.mrr.cents() + mrr, currency);
    if (firstId < g.firstId) {
        g.firstId = firstId;
        g.count.competitor = name;
    }
}

QList<ReasonCount> sorted(const QHash<QString, Group> &groups)
{
    QList<ReasonCount> out;
    out.reserve(groups.size());
    for (const Group &g : groups)
        out.append(g.count);
    std::sort(out.begin(), out.end(), [](const ReasonCount &a, const ReasonCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return out;
}

} // namespace

Result<WinLoss> WinLossCalculator::compute(Database &db, const Playbook &pb, const Period &period,
                                           const QDate &asOf)
{
    if (!period.isValid())
        return userError(tr("The period is not valid."));
    if (!asOf.isValid())
        return userError(tr("The as-of date is not valid."));
    const QString currency = pb.currency();
    WinLoss w;
    w.period = period;
    w.asOf = asOf;
    w.wonMrr = w.lostMrr = Money(0, currency);
    const StageHistory history(pb);
    const std::optional<StageHistory::Sql> closed = history.closedDeals({period}, asOf);
    if (!closed)
        return w;

    QSqlQuery q(db.connection());
    if (Status s = StageHistory::run(db, q, groupsSql(*closed), tr("reading the closed deals")); !s)
        return s.error();
    QHash<QString, Group> lostReasons;
    QHash<QString, Group> competitors;
    QHash<QString, Group> wonReasons;
    qint64 wonMrr = 0;
    qint64 lostMrr = 0;
    while (q.next()) {
        const bool won = q.value(0).toInt() == 1;
        const QString reason = q.value(1).toString();
        const QString competitor = q.value(2).toString().trimmed();
        const int count = q.value(3).toInt();
        const qint64 mrr = q.value(4).toLongLong();
        const qint64 firstId = q.value(5).toLongLong();
        if (won) {
            w.won += count;
            wonMrr += mrr;
            add(wonReasons, reason, {}, count, mrr, firstId, currency);
            continue;
        }
        w.lost += count;
        lostMrr += mrr;
        add(lostReasons, reason, {}, count, mrr, firstId, currency);
        if (!competitor.isEmpty())
            add(competitors, competitor.toCaseFolded(), competitor, count, mrr, firstId, currency);
    }
    w.wonMrr = Money(wonMrr, currency);
    w.lostMrr = Money(lostMrr, currency);
    w.lostReasons = sorted(lostReasons);
    w.competitors = sorted(competitors);
    w.wonReasons = sorted(wonReasons);

    QSqlQuery r(db.connection());
    if (Status s = StageHistory::run(db, r, reviewsSql(*closed), tr("reading the reviews")); !s)
        return s.error();
    QHash<QString, Group> beaten;
    while (r.next()) {
        const bool won = r.value(0).toInt() == 1;
        ReviewNote note{r.value(1).toLongLong(), r.value(2).toString(), won, {}};
        const auto addNote = [&note](QList<ReviewNote> &list, const QString &text) {
            if (text.trimmed().isEmpty())
                return;
            note.text = text.trimmed();
            list.append(note);
        };
        const QString competitor = r.value(3).toString().trimmed();
        if (won && !competitor.isEmpty())
            add(beaten, competitor.toCaseFolded(), competitor, 1, r.value(9).toLongLong(),
                r.value(8).toLongLong(), currency);
        addNote(w.decisiveFactors, r.value(4).toString());
        addNote(w.learnings, r.value(5).toString());
        addNote(w.learnings, r.value(6).toString());
        addNote(w.productFeedback, r.value(7).toString());
    }
    w.competitorsBeaten = sorted(beaten);
    return w;
}

} // namespace dealboard
