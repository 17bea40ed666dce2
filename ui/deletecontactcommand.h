#pragma once

#include "model/contact.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Deletes a contact (its deals keep pointing to it); undo() shows it again. `notify` runs
// after every redo() and undo().
class DeleteContactCommand : public QUndoCommand
{
public:
    DeleteContactCommand(Database &db, Contact contact, std::function<void()> notify);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    Database &m_db;
    Contact m_contact;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
