#include "emaillogcommand.h"

#include "messagebox.h"
#include "storage/activityrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

EmailLogCommand::EmailLogCommand(Database &db, Activity toLog, qint64 followUpId,
                                 std::function<void()> notify, const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_toLog(std::move(toLog))
    , m_addsActivity(m_toLog.id == 0)
    , m_loggedId(m_toLog.id)
    , m_followUpId(followUpId)
    , m_notify(std::move(notify))
{}

void EmailLogCommand::fail(const QString &message)
{
    m_failed = true;
    MessageBox::critical(
        nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot log the email"), message);
    setObsolete(true);
}

void EmailLogCommand::redo()
{
    Database::Transaction tx(m_db);
    ActivityRepository activities(m_db);
    if (m_addsActivity) {
        Activity a = m_toLog;
        a.id = 0;
        const Result<qint64> id = activities.add(a);
        if (!id)
            return fail(id.errorMessage());
        m_loggedId = id.value();
        if (Status s = activities.complete(m_loggedId); !s)
            return fail(s.errorMessage());
    }
    if (m_followUpId)
        if (Status s = activities.complete(m_followUpId); !s)
            return fail(s.errorMessage());
    if (Status s = tx.commit(); !s)
        return fail(s.errorMessage());
    if (m_notify)
        m_notify();
}

void EmailLogCommand::undo()
{
    Database::Transaction tx(m_db);
    ActivityRepository activities(m_db);
    if (m_followUpId)
        if (Status s = activities.reopen(m_followUpId); !s)
            return fail(s.errorMessage());
    if (m_addsActivity && m_loggedId) {
        if (Status s = activities.discard(m_loggedId); !s)
            return fail(s.errorMessage());
        m_loggedId = 0;
    }
    if (Status s = tx.commit(); !s)
        return fail(s.errorMessage());
    if (m_notify)
        m_notify();
}

} // namespace dealboard
