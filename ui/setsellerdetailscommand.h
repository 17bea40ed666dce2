#pragma once

#include "model/sellerdetails.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Saves the seller's details (SellerRepository); undo saves the previous ones back. A save
// that fails says why and makes the command obsolete, so that QUndoStack::push() drops it
// (the caller sees the stack's count unchanged, failed() is for a command not pushed).
// `notify` runs after every successful redo() and undo().
class SetSellerDetailsCommand : public QUndoCommand
{
public:
    SetSellerDetailsCommand(Database &db, SellerDetails before, SellerDetails after,
                            std::function<void()> notify, const QString &text);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const SellerDetails &details);

    Database &m_db;
    SellerDetails m_before;
    SellerDetails m_after;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
