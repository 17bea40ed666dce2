#pragma once

#include "model/deal.h"
#include "workflow/dealworkflow.h"

#include <QUndoCommand>

namespace dealboard {

class Database;
class DealStore;

// Moves one or several deals to a stage (through DealWorkflow and its gates). Constructed
// after the moves were made, so the first redo() does nothing; undo() puts every deal back
// exactly as it was and marks the moves undone in the event log.
class MoveDealsCommand : public QUndoCommand
{
public:
    struct Move
    {
        Deal before;
        MoveRequest request;
        QList<qint64> eventIds;
    };

    MoveDealsCommand(Database &db, DealStore &store, QList<Move> moves, const QString &text);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    DealStore &m_store;
    QList<Move> m_moves;
    bool m_done = true;
};

} // namespace dealboard
