#pragma once

#include "playbook/objection.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// One change to the objection library (ObjectionRepository): save an edit, add, hide, or reset
// to the playbook's text. Undo puts the user's row back as it was before (or removes it). A
// change that fails says why and makes the command obsolete, so that push() drops it.
// `notify` runs after every successful redo() and undo().
class ChangeObjectionCommand : public QUndoCommand
{
public:
    enum class Change
    {
        Save,
        Add,
        Hide,
        Reset
    };

    ChangeObjectionCommand(Database &db, Change change, Objection objection,
                           std::function<void()> notify);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }
    // The key of the objection (made by the first redo() of an Add).
    QString key() const { return m_objection.key; }

private:
    void fail(const QString &message);

    Database &m_db;
    Change m_change;
    Objection m_objection;
    std::optional<Objection> m_before; // the user's row before the change
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
