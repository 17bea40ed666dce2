#include "completeactivitycommand.h"

#include "messagebox.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

CompleteActivityCommand::CompleteActivityCommand(Database &db, Activity before, QString outcome,
                                                 std::function<void()> notify)
    : QUndoCommand(QCoreApplication::translate("dealboard::Undo", "Done “%1”").arg(before.title))
    , m_db(db)
    , m_before(std::move(before))
    , m_outcome(std::move(outcome))
    , m_notify(std::move(notify))
{}

void CompleteActivityCommand::redo()
{
    ActivityRepository activities(m_db);
    Database::Transaction tx(m_db);
    Status s;
    if (!m_outcome.isEmpty()) {
        Activity done = m_before;
        done.outcome = m_outcome;
        s = activities.update(done);
    }
    if (s)
        s = activities.complete(m_before.id);
    if (s)
        s = tx.commit();
    if (!s) {
        m_failed = true;
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot complete the follow-up"),
            s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

void CompleteActivityCommand::undo()
{
    ActivityRepository activities(m_db);
    Database::Transaction tx(m_db);
    Status s = activities.reopen(m_before.id);
    if (s)
        s = activities.update(m_before); // the outcome as it was
    if (s)
        s = tx.commit();
    if (!s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

} // namespace dealboard
