#include "demoactivities.h"

#include "model/activity.h"
#include "playbook/builtinobjections.h"
#include "storage/database.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace dealboard {

DemoActivities::DemoActivities(Database &db, quint32 seed, const QDateTime &now)
    : m_db(db)
    , m_rng(seed ^ 0x5eedacu)
    , m_now(now)
    , m_replyTitle(tr("Reply to the inbound request"))
    , m_demoTitle(tr("Demo call"))
    , m_objections(BuiltInObjections::all(QLocale().name().startsWith(u"fr"_s) ? u"fr"_s : u"en"_s))
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
    // The founder's time (§1.1): the reply counts in inbound, the demo in demos.
    if (Status s = insert(dealId, email, m_replyTitle, created.date(),
                          replied <= m_now ? replied : QDateTime(), created, u"inbound"_s,
                          int(between(10, 25)));
        !s)
        return s;
    if (!demoAt.isValid())
        return {};
    // The demo a few days after it was booked; 85 % held, the others no-shows (still open).
    const QDate day = demoAt.date().addDays(between(0, 3));
    const QDateTime held(day, QTime(14, 0), Qt::UTC);
    const bool done = held <= m_now && between(0, 99) < 85;
    const QString demo = Activity::kindKey(Activity::Kind::Demo);
    if (Status s = insert(dealId, demo, m_demoTitle, day, done ? held : QDateTime(), demoAt,
                          u"demos"_s, int(between(40, 60)));
        !s || !done)
        return s;
    // One demo in three meets one of the playbook's objections (§6.3).
    if (m_objections.isEmpty() || between(0, 2) != 0)
        return {};
    const Objection &o = m_objections.at(between(0, m_objections.size() - 1));
    QSqlQuery &q = m_db.prepared(u"INSERT INTO deal_objections (deal_id, objection_key, "
                                 "category, met_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(dealId);
    q.addBindValue(o.key);
    q.addBindValue(o.category);
    q.addBindValue(held.addSecs(1800).toMSecsSinceEpoch());
    return m_db.exec(q, tr("adding sample objections"));
}

Status DemoActivities::insert(qint64 dealId, const QString &kind, const QString &title,
                              const QDate &due, const QDateTime &doneAt, const QDateTime &createdAt,
                              const QString &category, int minutes)
{
    QSqlQuery &q =
        m_db.prepared(u"INSERT INTO activities (deal_id, kind, title, due, done_at, "
                      "created_at, category, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(dealId);
    q.addBindValue(kind);
    q.addBindValue(title);
    q.addBindValue(due.toString(Qt::ISODate));
    q.addBindValue(doneAt.isValid() ? QVariant(doneAt.toMSecsSinceEpoch()) : QVariant());
    q.addBindValue(createdAt.toMSecsSinceEpoch());
    q.addBindValue(category);
    q.addBindValue(doneAt.isValid() ? QVariant(minutes) : QVariant()); // time logged when done
    if (Status s = m_db.exec(q, tr("adding sample activities")); !s)
        return s;
    ++m_count;
    return {};
}

} // namespace dealboard
