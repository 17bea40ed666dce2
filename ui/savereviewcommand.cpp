#include "savereviewcommand.h"

#include "dealstore.h"
#include "messagebox.h"
#include "workflow/dealworkflow.h"

#include <QCoreApplication>

namespace dealboard {

SaveReviewCommand::SaveReviewCommand(Database &db, DealStore &store, WinLossReview review,
                                     const QString &text)
    : QUndoCommand(text)
    , m_db(db)
    , m_store(store)
    , m_review(std::move(review))
{}

void SaveReviewCommand::redo()
{
    const Result<QList<qint64>> events = DealWorkflow(m_db).saveReview(m_review);
    if (!events) {
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the win/loss review"),
            events.errorMessage());
        m_failed = true;
        setObsolete(true); // dropped from the stack
        return;
    }
    m_eventIds = events.value();
    if (m_eventIds.isEmpty())
        setObsolete(true); // nothing changed: no empty step on the undo stack
    (void)m_store.refresh(m_db, m_review.dealId);
}

void SaveReviewCommand::undo()
{
    if (Status s = DealWorkflow(m_db).undoReview(m_review.dealId, m_eventIds); !s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    (void)m_store.refresh(m_db, m_review.dealId);
}

} // namespace dealboard
