#include "rescheduleactivitycommand.h"

#include "messagebox.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

RescheduleActivityCommand::RescheduleActivityCommand(Database &db, Activity before, QDate due,
                                                     QTime dueTime, const QString &text,
                                                     std::function<void()> notify)
    : QUndoCommand(text)
    , m_db(db)
    , m_before(std::move(before))
    , m_after(m_before)
    , m_notify(std::move(notify))
{
    m_after.due = due;
    m_after.dueTime = dueTime;
}

void RescheduleActivityCommand::save(const Activity &activity)
{
    Database::Transaction tx(m_db);
    Status s = ActivityRepository(m_db).update(activity);
    if (s)
        s = tx.commit();
    if (!s) {
        m_failed = true;
        MessageBox::critical(
            nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot move the follow-up"),
            s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

void RescheduleActivityCommand::redo()
{
    save(m_after);
}

void RescheduleActivityCommand::undo()
{
    save(m_before);
}

} // namespace dealboard
