#include "weeklynoterepository.h"

#include "clock.h"
#include "database.h"
#include "rules/weeklyreview.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QString weekKey(const QDate &week)
{
    return WeeklyReview::weekOf(week).toString(Qt::ISODate);
}

} // namespace

Result<QString> WeeklyNoteRepository::priorities(const QDate &week)
{
    if (!week.isValid())
        return userError(tr("The week is not a valid date."));
    QSqlQuery &q = m_db.prepared(u"SELECT priorities FROM weekly_notes WHERE week_start = ?"_s);
    q.addBindValue(weekKey(week));
    if (Status s = m_db.exec(q, tr("reading the week's priorities")); !s)
        return s.error();
    const QString text = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return text;
}

Status WeeklyNoteRepository::setPriorities(const QDate &week, const QString &text)
{
    if (!week.isValid())
        return userError(tr("The week is not a valid date."));
    Database::Transaction tx(m_db);
    if (text.trimmed().isEmpty()) {
        QSqlQuery &q = m_db.prepared(u"DELETE FROM weekly_notes WHERE week_start = ?"_s);
        q.addBindValue(weekKey(week));
        if (Status s = m_db.exec(q, tr("removing the week's priorities")); !s)
            return s;
    } else {
        QSqlQuery &q = m_db.prepared(
            u"INSERT INTO weekly_notes (week_start, priorities, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (week_start) DO UPDATE SET priorities = excluded.priorities, "
            "updated_at = excluded.updated_at"_s);
        q.addBindValue(weekKey(week));
        q.addBindValue(text);
        q.addBindValue(Clock::current().now().toMSecsSinceEpoch());
        if (Status s = m_db.exec(q, tr("saving the week's priorities")); !s)
            return s;
    }
    return tx.commit();
}

} // namespace dealboard
