#include "demoactivities.h"

#include "model/activity.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace dealboard {

DemoActivities::DemoActivities(Database &db, quint32 seed, const QDateTime &now)
    : m_db(db)
    , m_rng(seed ^ 0x5eedacu)
    , m_now(now)
    , m_replyTitle(tr("Reply to the inbound request"))
    , m_demoTitle(tr("Demo call"))
{}

qint64 DemoActivities::between(qint64 lo, qint64 hi)
{
    return lo + static_cast<qint64>(m_rng.bounded(double(hi - lo + 1)));
}

Status DemoActivities::add(qint64 dealId, const QDateTime &created, const QDateTime &demoAt)
{
    // The first reply: 80 % within 4 hours, the rest within a day and a half.
    const qint64 delay =
        between(0, 99) < 80 ? between(600, 4 * 3600 - 60) : between(4 * 3600 + 60, 36 * 3600);
    const QDateTime replied = created.addSecs(delay);
    const QString email = Activity::kindKey(Activity::Kind::Email);
    if (Status s = insert(dealId, email, m_replyTitle, created.date(),
                          replied <= m_now ? replied : QDateTime(), created);
        !s)
        return s;
    if (!demoAt.isValid())
        return {};
    // The demo a few days after it was booked; 85 % held, the others no-shows (still open).
    const QDate day = demoAt.date().addDays(between(0, 3));
    const QDateTime held(day, QTime(14, 0), Qt::UTC);
    const bool done = held <= m_now && between(0, 99) < 85;
    const QString demo = Activity::kindKey(Activity::Kind::Demo);
    return insert(dealId, demo, m_demoTitle, day, done ? held : QDateTime(), demoAt);
}

Status DemoActivities::insert(qint64 dealId, const QString &kind, const QString &title,
                              const QDate &due, const QDateTime &doneAt, const QDateTime &createdAt)
{
    QSqlQuery &q = m_db.prepared(u"INSERT INTO activities (deal_id, kind, title, due, done_at, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(dealId);
    q.addBindValue(kind);
    q.addBindValue(title);
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(doneAt.isValid() ? QVariant(doneAt.toMSecsSinceEpoch()) : QVariant());
    q.addBindValue(createdAt.toMSecsSinceEpoch());
    if (Status s = m_db.exec(q, tr("adding sample activities")); !s)
        return s;
    ++m_count;
    return {};
}

} // namespace dealboard
