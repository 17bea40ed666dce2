#include "followupscalendar.h"

#include "io/icswriter.h"
#include "rules/followuprules.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace dealboard {

Result<int> FollowUpsCalendar::write(Database &db, const QString &path, const QDateTime &now)
{
    const Result<QList<Activity>> pending = FollowUpRules::applyOrPreview(db, now);
    if (!pending)
        return pending.error();
    ActivityQuery open;
    open.openOnly = true;
    Result<QList<Activity>> activities = ActivityRepository(db).list(open);
    if (!activities)
        return activities.error();
    activities->append(*pending);
    // One read of the deals' titles and companies rather than one query per follow-up.
    QHash<qint64, std::pair<QString, QString>> titles;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT d.id, d.title, c.name FROM deals d JOIN companies c ON c.id = "
            "d.company_id WHERE d.id IN (SELECT deal_id FROM activities WHERE done_at IS NULL)"_s))
        return db.sqlError(q, tr("reading the deals"));
    while (q.next())
        titles.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    QList<IcsEntry> entries;
    for (const Activity &a : *activities) {
        const auto t = titles.value(a.dealId);
        entries << IcsEntry{a, t.first, t.second};
    }
    // The calendar tells this database's follow-ups from another's by its first event's time.
    QSqlQuery first(db.connection());
    const qint64 since = first.exec(u"SELECT coalesce(min(at), 0) FROM events"_s) && first.next()
                             ? first.value(0).toLongLong()
                             : 0;
    if (Status s = IcsWriter::writeFile(path, entries, now, u"%1.dealboard"_s.arg(since)); !s)
        return s.error();
    return int(entries.size());
}

} // namespace dealboard
