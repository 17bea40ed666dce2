#include "movedealscommand.h"

#include "clock.h"
#include "dealstore.h"
#include "messagebox.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

MoveDealsCommand::MoveDealsCommand(Database &db, DealStore &store, QList<Move> moves,
                                   const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_store(store)
    , m_moves(std::move(moves))
{
    // The moves were made today: a redo another day judges the win/loss form as of today.
    const QDate today = Clock::current().now().toLocalTime().date();
    for (Move &m : m_moves)
        if (!m.request.reviewDay.isValid())
            m.request.reviewDay = today;
}

void MoveDealsCommand::undo()
{
    DealWorkflow workflow(m_db);
    // Latest first, so several moves of one deal unwind in order.
    for (auto it = m_moves.rbegin(); it != m_moves.rend(); ++it) {
        if (Status s = workflow.restore(it->before, it->eventIds); !s) {
            MessageBox::critical(nullptr,
                                 QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                                 s.errorMessage());
            setObsolete(true);
        }
        (void)m_store.refresh(m_db, it->before.id);
    }
    m_done = false;
}

void MoveDealsCommand::redo()
{
    if (m_done)
        return; // the moves were made before the command was pushed
    DealWorkflow workflow(m_db);
    for (Move &m : m_moves) {
        const Result<MoveOutcome> outcome = workflow.move(m.request);
        if (!outcome || !outcome->moved) {
            MessageBox::critical(nullptr,
                                 QCoreApplication::translate("dealboard::Undo", "Cannot redo"),
                                 outcome ? QCoreApplication::translate(
                                               "dealboard::Undo", "A stage gate no longer holds.")
                                         : outcome.errorMessage());
            setObsolete(true);
            continue;
        }
        m.eventIds = outcome->eventIds;
        (void)m_store.refresh(m_db, m.before.id);
    }
    m_done = true;
}

} // namespace dealboard
