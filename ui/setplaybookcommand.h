#pragma once

#include "playbook/playbook.h"

#include <QUndoCommand>

namespace dealboard {

class Database;
class DealStore;

// Replaces the playbook stored in the database; undo puts the previous one back.
class SetPlaybookCommand : public QUndoCommand
{
public:
    SetPlaybookCommand(Database &db, DealStore &store, Playbook before, Playbook after,
                       const QString &text);
    void undo() override;
    void redo() override;

private:
    void apply(const Playbook &playbook);
    Database &m_db;
    DealStore &m_store;
    Playbook m_before;
    Playbook m_after;
};

} // namespace dealboard
