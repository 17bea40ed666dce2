#pragma once

#include "model/contact.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// Saves what the contact editor produced. A new contact is created on the first redo(),
// deleted on undo() and shown again on the next redo() (it keeps its id); an edit writes
// `after`, and undo() writes `before` back. `notify` runs after every redo() and undo().
class SaveContactCommand : public QUndoCommand
{
public:
    SaveContactCommand(Database &db, Contact after, std::optional<Contact> before,
                       std::function<void()> notify);

    void undo() override;
    void redo() override;
    qint64 contactId() const { return m_after.id; }
    bool failed() const { return m_failed; }

private:
    void fail(const QString &title, const QString &message);

    Database &m_db;
    Contact m_after;
    std::optional<Contact> m_before;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
