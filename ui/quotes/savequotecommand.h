#pragma once

#include "model/quote.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// Saves what the quote editor produced, as one undoable step:
// - a new quote: created on redo() (it gets the next number), removed on undo() (the number
//   goes back when it is still the year's last, QuoteRepository::remove);
// - a new revision of `reviseFrom`: revise() then update() with the edited content, in one
//   transaction; undo() removes the revision, the original untouched;
// - an edit of a draft: update() with `after`, undo() writes `before` back.
// A failing redo() shows why and makes the command obsolete (the undo stack drops it; check
// failed() after push). `notify` runs after every redo() and undo().
class SaveQuoteCommand : public QUndoCommand
{
public:
    SaveQuoteCommand(Database &db, Quote after, std::optional<Quote> before, qint64 reviseFrom,
                     std::function<void()> notify);

    void undo() override;
    void redo() override;
    qint64 quoteId() const { return m_after.id; }
    QString displayNumber() const { return m_after.displayNumber(); }
    bool failed() const { return m_failed; }

private:
    Status create();
    void fail(const QString &title, const QString &message);

    Database &m_db;
    Quote m_after;
    std::optional<Quote> m_before;
    qint64 m_reviseFrom;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
