#pragma once

#include "model/deal.h"

#include <QUndoCommand>

namespace dealboard {

class Database;
class DealStore;

// Moves a deal within its column (before another deal, or last). Pushed after the first
// reorder was made; undo() restores the old position and marks the event undone.
class ReorderDealCommand : public QUndoCommand
{
public:
    ReorderDealCommand(Database &db, DealStore &store, Deal before, qint64 beforeDealId,
                       QList<qint64> eventIds);

    void undo() override;
    void redo() override;

private:
    Database &m_db;
    DealStore &m_store;
    Deal m_before;
    qint64 m_beforeDealId;
    QList<qint64> m_eventIds;
    bool m_done = true;
};

} // namespace dealboard
