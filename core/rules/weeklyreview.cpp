#include "weeklyreview.h"

#include "model/activity.h"
#include "playbook/playbook.h"
#include "storage/database.h"
#include "storage/objectionrepository.h"
#include "storage/weeklynoterepository.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// "?, ?, ?" for `n` values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

Money sum(const QList<ClosedDeal> &deals, const QString &currency)
{
    qint64 cents = 0;
    for (const ClosedDeal &d : deals)
        cents += d.mrr.cents();
    return Money(cents, currency);
}

Status readAtRisk(Database &db, const Playbook &pb, const QDateTime &now, WeekReview &review)
{
    QStringList open;
    for (const Stage &s : pb.openStages())
        open << s.key;
    if (open.isEmpty())
        return {};
    const QString demoStage = pb.stage(u"demo"_s) ? u"demo"_s : QString();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The last demo done on a deal in the demo stage, then whether anything was added or done
    // on the deal since.
    q.prepare(
        u"WITH o AS (SELECT d.id, d.title, c.name AS company, d.stage, d.mrr_cents, "
        "d.stage_entered_at, d.expected_close, coalesce(trim(d.next_step), '') <> '' AS step, "
        "EXISTS (SELECT 1 FROM activities a WHERE a.deal_id = d.id AND a.done_at IS NULL "
        "AND a.deleted_at IS NULL) AS open_activity, "
        "CASE WHEN d.stage = ? THEN (SELECT max(a.done_at) FROM activities a "
        "WHERE a.deal_id = d.id AND a.kind = 'demo' AND a.deleted_at IS NULL) END AS demo_at "
        "FROM deals d JOIN companies c ON c.id = d.company_id "
        "WHERE d.deleted_at IS NULL AND d.stage IN (%1)) "
        "SELECT o.*, o.demo_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM activities a "
        "WHERE a.deal_id = o.id AND a.deleted_at IS NULL AND (a.created_at > o.demo_at OR "
        "a.done_at > o.demo_at)) AS quiet FROM o ORDER BY o.id"_s.arg(placeholders(open.size())));
    q.addBindValue(demoStage);
    for (const QString &key : open)
        q.addBindValue(key);
    if (Status s = db.exec(q, WeeklyReview::tr("reading the deals at risk")); !s)
        return s;
    const QDate today = now.toLocalTime().date();
    while (q.next()) {
        AtRiskDeal d;
        d.dealId = q.value(0).toLongLong();
        d.title = q.value(1).toString();
        d.company = q.value(2).toString();
        d.stage = q.value(3).toString();
        d.mrr = Money(q.value(4).toLongLong(), pb.currency());
        const QDate entered =
            QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC).toLocalTime().date();
        d.daysInStage = static_cast<int>(entered.daysTo(today));
        d.expectedClose = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        const bool hasStep = q.value(7).toBool();
        const bool hasOpenActivity = q.value(8).toBool();
        const bool quietSinceDemo = q.value(10).toBool();
        const Stage *stage = pb.stage(d.stage);
        const bool rotting = stage && stage->rottingDays > 0 && d.daysInStage > stage->rottingDays;
        const bool inDemo = !demoStage.isEmpty() && d.stage == demoStage;
        // In the demo stage, rotting is the more telling "stalled after the demo".
        if (rotting && !inDemo)
            d.reasons << AtRiskDeal::Reason::Rotting;
        if (d.expectedClose.isValid() && d.expectedClose < today)
            d.reasons << AtRiskDeal::Reason::PastClose;
        if (!hasStep && !hasOpenActivity)
            d.reasons << AtRiskDeal::Reason::NoNextStep;
        if (inDemo && (rotting || quietSinceDemo))
            d.reasons << AtRiskDeal::Reason::StalledAfterDemo;
        if (!d.reasons.isEmpty())
            review.atRisk << d;
    }
    // The most reasons first, then the most at stake.
    std::stable_sort(review.atRisk.begin(), review.atRisk.end(),
                     [](const AtRiskDeal &a, const AtRiskDeal &b) {
                         if (a.reasons.size() != b.reasons.size())
                             return a.reasons.size() > b.reasons.size();
                         return a.mrr.cents() > b.mrr.cents();
                     });
    return {};
}

Status readClosed(Database &db, const Playbook &pb, qint64 from, qint64 to, WeekReview &review)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // Each deal's last effective close in the week (an undone one never counts), if the deal
    // is still won or lost.
    q.prepare(u"SELECT e.entity_id, e.kind, e.at, coalesce(e.detail, ''), d.title, c.name, "
              "d.mrr_cents FROM events e JOIN deals d ON d.id = e.entity_id "
              "JOIN companies c ON c.id = d.company_id WHERE e.id IN (SELECT max(id) FROM events "
              "WHERE entity = 'deal' AND kind IN ('won', 'lost') AND at >= ? AND at < ? AND id "
              "NOT IN (SELECT CAST(detail AS INTEGER) FROM events WHERE kind = 'undone') "
              "GROUP BY entity_id) AND d.deleted_at IS NULL AND d.stage = CASE e.kind "
              "WHEN 'won' THEN ? ELSE ? END ORDER BY e.at, e.id"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    // Still closed that way: a deal reopened since is not a win or a loss (as in Win/loss).
    q.addBindValue(pb.wonStage());
    q.addBindValue(pb.lostStage());
    if (Status s = db.exec(q, WeeklyReview::tr("reading the week's wins and losses")); !s)
        return s;
    while (q.next()) {
        ClosedDeal d;
        d.dealId = q.value(0).toLongLong();
        const bool won = q.value(1).toString() == "won"_L1;
        d.closedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        // Won: "reason\nnote"; lost: "reason\ncompetitor\nnote" (DealRepository::move).
        const QStringList detail = q.value(3).toString().split(u'\n');
        d.reason = detail.value(0).trimmed();
        if (!won)
            d.competitor = detail.value(1).trimmed();
        d.title = q.value(4).toString();
        d.company = q.value(5).toString();
        d.mrr = Money(q.value(6).toLongLong(), pb.currency());
        const LostReason *reason = won ? pb.wonReason(d.reason) : pb.lostReason(d.reason);
        d.reasonName = reason ? reason->name.text() : d.reason;
        (won ? review.wins : review.losses) << d;
    }
    return {};
}

Status readNewPipeline(Database &db, const Playbook &pb, qint64 from, qint64 to, WeekReview &review)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT count(*), coalesce(sum(mrr_cents), 0) FROM deals "
              "WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    if (Status s = db.exec(q, WeeklyReview::tr("reading the week's new deals")); !s)
        return s;
    if (q.next()) {
        review.newDeals = q.value(0).toInt();
        review.newMrr = Money(q.value(1).toLongLong(), pb.currency());
    }
    return {};
}

Status readObjections(Database &db, qint64 from, qint64 to, WeekReview &review)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT o.category, count(*) FROM deal_objections o JOIN deals d "
              "ON d.id = o.deal_id WHERE o.deleted_at IS NULL AND d.deleted_at IS NULL "
              "AND o.met_at >= ? AND o.met_at < ? GROUP BY o.category"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    if (Status s = db.exec(q, WeeklyReview::tr("reading the objections met")); !s)
        return s;
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    for (const QString &category : WeeklyReview::objectionCategories())
        review.objections << CategoryCount{category, counts.value(category)};
    return {};
}

Status readTime(Database &db, const Playbook &pb, qint64 from, qint64 to, WeekReview &review)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT coalesce(a.category, ''), coalesce(sum(a.minutes), 0) FROM activities a "
              "JOIN deals d ON d.id = a.deal_id WHERE a.deleted_at IS NULL AND "
              "d.deleted_at IS NULL AND a.done_at >= ? AND a.done_at < ? GROUP BY 1"_s);
    q.addBindValue(from);
    q.addBindValue(to);
    if (Status s = db.exec(q, WeeklyReview::tr("reading the time logged")); !s)
        return s;
    QHash<QString, int> minutes;
    while (q.next())
        minutes.insert(q.value(0).toString(), q.value(1).toInt());
    const QStringList categories = Activity::categories();
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        if (!categories.contains(it.key()))
            review.uncategorisedMinutes += it.value();
    for (const QString &category : categories) {
        const int m = minutes.value(category);
        review.timeSplit << TimeShare{category, m, pb.timeSplit().percent(category)};
        review.categorisedMinutes += m;
    }
    return {};
}

} // namespace

QString AtRiskDeal::reasonKey(Reason reason)
{
    switch (reason) {
    case Reason::Rotting:
        return u"rotting"_s;
    case Reason::PastClose:
        return u"past-close"_s;
    case Reason::NoNextStep:
        return u"no-next-step"_s;
    case Reason::StalledAfterDemo:
        return u"stalled-after-demo"_s;
    }
    return {};
}

Money WeekReview::wonMrr() const
{
    return sum(wins, newMrr.currency());
}

Money WeekReview::lostMrr() const
{
    return sum(losses, newMrr.currency());
}

QDate WeeklyReview::weekOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

qint64 WeeklyReview::startMs(const QDate &weekStart)
{
    return weekStart.startOfDay().toMSecsSinceEpoch(); // local midnight
}

QStringList WeeklyReview::objectionCategories()
{
    return {u"price"_s, u"competition"_s, u"technical"_s, u"risk"_s, u"timing"_s};
}

QString WeeklyReview::reasonText(AtRiskDeal::Reason reason)
{
    switch (reason) {
    case AtRiskDeal::Reason::Rotting:
        return tr("Rotting in its stage");
    case AtRiskDeal::Reason::PastClose:
        return tr("Expected close passed");
    case AtRiskDeal::Reason::NoNextStep:
        return tr("No next step");
    case AtRiskDeal::Reason::StalledAfterDemo:
        return tr("Stalled after the demo");
    }
    return {};
}

QString WeeklyReview::objectionCategoryName(const QString &category)
{
    return ObjectionRepository::categoryName(category);
}

QString WeeklyReview::timeCategoryName(const QString &category)
{
    if (category == "inbound"_L1)
        return tr("Inbound & qualification");
    if (category == "demos"_L1)
        return tr("Demos & calls");
    if (category == "pipeline"_L1)
        return tr("Pipeline & closing");
    if (category == "customer-success"_L1)
        return tr("Customer success");
    if (category == "partnerships"_L1)
        return tr("Partnerships");
    return category;
}

Result<WeekReview> WeeklyReview::build(Database &db, const Playbook &pb, const QDate &weekStart,
                                       const QDateTime &now)
{
    if (!weekStart.isValid())
        return userError(tr("The week is not a valid date."));
    WeekReview review;
    review.weekStart = weekOf(weekStart);
    review.newMrr = Money(0, pb.currency());
    const qint64 from = startMs(review.weekStart);
    const qint64 to = endMs(review.weekStart);
    if (Status s = readAtRisk(db, pb, now, review); !s)
        return s.error();
    if (Status s = readClosed(db, pb, from, to, review); !s)
        return s.error();
    if (Status s = readNewPipeline(db, pb, from, to, review); !s)
        return s.error();
    if (Status s = readObjections(db, from, to, review); !s)
        return s.error();
    if (Status s = readTime(db, pb, from, to, review); !s)
        return s.error();
    Result<QString> note = WeeklyNoteRepository(db).priorities(review.weekStart);
    if (!note)
        return note.error();
    review.priorities = *note;
    return review;
}

} // namespace dealboard
