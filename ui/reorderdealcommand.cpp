#include "reorderdealcommand.h"

#include "dealstore.h"
#include "messagebox.h"
#include "storage/database.h"
#include "workflow/dealworkflow.h"

#include <QCoreApplication>

namespace dealboard {

ReorderDealCommand::ReorderDealCommand(Database &db, DealStore &store, Deal before,
                                       qint64 beforeDealId, QList<qint64> eventIds)
    : QUndoCommand(QCoreApplication::translate("dealboard::Undo", "Reorder “%1”").arg(before.title))
    , m_db(db)
    , m_store(store)
    , m_before(std::move(before))
    , m_beforeDealId(beforeDealId)
    , m_eventIds(std::move(eventIds))
{}

void ReorderDealCommand::undo()
{
    if (Status s = DealWorkflow(m_db).restore(m_before, m_eventIds); !s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    (void)m_store.refresh(m_db, m_before.id);
    m_done = false;
}

void ReorderDealCommand::redo()
{
    if (m_done)
        return;
    const Result<QList<qint64>> events = DealWorkflow(m_db).reorder(m_before.id, m_beforeDealId);
    if (!events) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot redo"),
                             events.errorMessage());
        setObsolete(true);
        return;
    }
    m_eventIds = events.value();
    (void)m_store.refresh(m_db, m_before.id);
    m_done = true;
}

} // namespace dealboard
