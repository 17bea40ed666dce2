#pragma once

#include "model/winlossreview.h"

#include <QList>
#include <QUndoCommand>

namespace dealboard {

class Database;
class DealStore;

// Fills or edits the win/loss review of a closed deal (DealWorkflow::saveReview): redo()
// saves it (and its recontact call), undo() puts the previous review back.
class SaveReviewCommand : public QUndoCommand
{
public:
    SaveReviewCommand(Database &db, DealStore &store, WinLossReview review, const QString &text);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    Database &m_db;
    DealStore &m_store;
    WinLossReview m_review;
    QList<qint64> m_eventIds;
    bool m_failed = false;
};

} // namespace dealboard
