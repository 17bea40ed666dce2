#include "reminderscheduler.h"

#include "clock.h"
#include "storage/activityrepository.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace dealboard {

ReminderScheduler::ReminderScheduler(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setObjectName(u"reminderTimer"_s);
    m_timer->setInterval(30 * 1000);
    connect(m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
}

QString ReminderScheduler::key(const Activity &a)
{
    return u"%1@%2"_s.arg(a.id).arg(a.dueAt().toString(Qt::ISODate));
}

void ReminderScheduler::setDatabase(Database *db)
{
    m_db = db;
    m_seen.clear();
    for (const Activity &a : dueNow())
        m_seen.insert(key(a));
    if (m_db)
        m_timer->start();
    else
        m_timer->stop();
}

QList<Activity> ReminderScheduler::dueNow()
{
    if (!m_db)
        return {};
    const QDateTime now = Clock::current().now().toLocalTime();
    ActivityQuery query;
    query.openOnly = true;
    query.dueTo = now.date();
    const Result<QList<Activity>> open = ActivityRepository(*m_db).list(query);
    if (!open)
        return {};
    QList<Activity> due;
    for (const Activity &a : open.value())
        if (a.dueTime.isValid() && a.dueAt() <= now)
            due << a;
    return due;
}

void ReminderScheduler::check()
{
    for (const Activity &a : dueNow()) {
        const QString k = key(a);
        if (m_seen.contains(k))
            continue;
        m_seen.insert(k);
        Q_EMIT due(a);
    }
}

} // namespace dealboard
