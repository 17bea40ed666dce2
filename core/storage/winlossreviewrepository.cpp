#include "winlossreviewrepository.h"

#include "clock.h"
#include "database.h"
#include "eventlog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

struct TextField
{
    QString WinLossReview::*member;
    const char *key;
};

// The columns and JSON keys of the free texts, in table order.
const TextField kTexts[] = {
    {&WinLossReview::decisiveFactor, "decisive_factor"},
    {&WinLossReview::competitor, "competitor"},
    {&WinLossReview::learning, "learning"},
    {&WinLossReview::couldHaveDone, "could_have_done"},
    {&WinLossReview::productFeedback, "product_feedback"},
    {&WinLossReview::processImprovement, "process_improvement"},
};

} // namespace

QString WinLossReviewRepository::recontactRule()
{
    return u"winloss-recontact"_s;
}

Status WinLossReviewRepository::normalize(WinLossReview &r, const QDate &closedOn)
{
    for (const TextField &f : kTexts)
        r.*f.member = (r.*f.member).trimmed();
    r.competitor = r.competitor.simplified();
    if (r.competitor.size() > kMaxCompetitor)
        return userError(
            tr("The competitor's name is too long (at most %1 characters).").arg(kMaxCompetitor));
    for (const TextField &f : kTexts)
        if ((r.*f.member).size() > kMaxText)
            return userError(
                tr("The win/loss review's texts are limited to %1 characters each.").arg(kMaxText));
    if (r.recontactOn.isValid() && closedOn.isValid() && r.recontactOn < closedOn)
        return userError(
            tr("The recontact date (%1) is before the deal closed (%2).")
                .arg(r.recontactOn.toString(Qt::ISODate), closedOn.toString(Qt::ISODate)));
    return {};
}

Result<std::optional<WinLossReview>> WinLossReviewRepository::find(qint64 dealId)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT outcome, decisive_factor, competitor, learning, could_have_done, recontact_on, "
        "product_feedback, process_improvement, updated_at FROM win_loss_reviews "
        "WHERE deal_id = ?"_s);
    q.addBindValue(dealId);
    if (Status s = m_db.exec(q, tr("reading the win/loss review")); !s)
        return s.error();
    if (!q.next()) {
        q.finish();
        return std::optional<WinLossReview>();
    }
    WinLossReview r;
    r.dealId = dealId;
    r.won = q.value(0).toString() == "won"_L1;
    r.decisiveFactor = q.value(1).toString();
    r.competitor = q.value(2).toString();
    r.learning = q.value(3).toString();
    r.couldHaveDone = q.value(4).toString();
    r.recontactOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.productFeedback = q.value(6).toString();
    r.processImprovement = q.value(7).toString();
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    q.finish();
    return std::optional<WinLossReview>(r);
}

Status WinLossReviewRepository::write(const std::optional<WinLossReview> &r, qint64 dealId)
{
    if (!r || r->isEmpty()) {
        QSqlQuery &q = m_db.prepared(u"DELETE FROM win_loss_reviews WHERE deal_id = ?"_s);
        q.addBindValue(dealId);
        return m_db.exec(q, tr("removing the win/loss review"));
    }
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO win_loss_reviews (deal_id, outcome, decisive_factor, competitor, "
        "learning, could_have_done, recontact_on, product_feedback, process_improvement, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (deal_id) DO UPDATE SET "
        "outcome = excluded.outcome, decisive_factor = excluded.decisive_factor, "
        "competitor = excluded.competitor, learning = excluded.learning, "
        "could_have_done = excluded.could_have_done, recontact_on = excluded.recontact_on, "
        "product_feedback = excluded.product_feedback, "
        "process_improvement = excluded.process_improvement, updated_at = excluded.updated_at"_s);
    q.addBindValue(dealId);
    q.addBindValue(r->won ? u"won"_s : u"lost"_s);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(textOrNull((*r).*kTexts[i].member));
    q.addBindValue(r->recontactOn.isValid() ? QVariant(r->recontactOn.toString(Qt::ISODate))
                                            : QVariant());
    q.addBindValue(textOrNull(r->productFeedback));
    q.addBindValue(textOrNull(r->processImprovement));
    q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
    return m_db.exec(q, tr("saving the win/loss review"));
}

Result<qint64> WinLossReviewRepository::save(WinLossReview review, const QDate &closedOn)
{
    if (Status s = normalize(review, closedOn); !s)
        return s.error();
    Database::Transaction tx(m_db);
    const Result<std::optional<WinLossReview>> old = find(review.dealId);
    if (!old)
        return old.error();
    const QString before = toJson(old.value());
    const QString after = toJson(review.isEmpty() ? std::nullopt : std::optional(review));
    if (before == after) {
        if (Status s = tx.commit(); !s)
            return s.error();
        return qint64(0);
    }
    if (Status s = write(review, review.dealId); !s)
        return s.error();
    Event e{0,      {},    {}, u"deal"_s, review.dealId, Event::Kind::Edited, u"win_loss_review"_s,
            before, after, {}};
    const Result<qint64> event = EventLog(m_db).append(e);
    if (!event)
        return event.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *event;
}

Status WinLossReviewRepository::restore(qint64 dealId, const QString &json)
{
    return write(fromJson(dealId, json), dealId);
}

QString WinLossReviewRepository::toJson(const std::optional<WinLossReview> &r)
{
    if (!r)
        return {};
    QJsonObject o;
    o.insert(u"outcome"_s, r->won ? u"won"_s : u"lost"_s);
    for (const TextField &f : kTexts)
        if (!((*r).*f.member).isEmpty())
            o.insert(QLatin1StringView(f.key), (*r).*f.member);
    if (r->recontactOn.isValid())
        o.insert(u"recontact_on"_s, r->recontactOn.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<WinLossReview> WinLossReviewRepository::fromJson(qint64 dealId, const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    WinLossReview r;
    r.dealId = dealId;
    r.won = o.value(u"outcome"_s).toString() == "won"_L1;
    for (const TextField &f : kTexts)
        r.*f.member = o.value(QLatin1StringView(f.key)).toString();
    r.recontactOn = QDate::fromString(o.value(u"recontact_on"_s).toString(), Qt::ISODate);
    return r;
}

} // namespace dealboard
