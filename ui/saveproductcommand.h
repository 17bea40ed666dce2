#pragma once

#include "model/product.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// One change to the product catalogue, as one undoable step. Products are never deleted (old
// quotes point to them), so:
// - a new product (`before` nullopt) is added on the first redo(); undo() deactivates it and
//   the next redo() re-activates it (it keeps its id and key);
// - an edit writes `after`, undo() writes `before` back;
// - a deactivation or a re-activation is an edit of `active` alone: undo() toggles it back.
// A failing redo() or undo() shows why (MessageBox::critical) and makes the command obsolete
// (the undo stack drops it). `notify`, when set, runs after every redo() and undo(); it may
// outlive the dialog that pushed the command, so it must not point into it.
class SaveProductCommand : public QUndoCommand
{
public:
    SaveProductCommand(Database &db, Product after, std::optional<Product> before,
                       std::function<void()> notify = {});

    void undo() override;
    void redo() override;
    qint64 productId() const { return m_after.id; }
    bool failed() const { return m_failed; }

private:
    Status setActive(bool active);
    void fail(const QString &title, const QString &message);

    Database &m_db;
    Product m_after;
    std::optional<Product> m_before;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
