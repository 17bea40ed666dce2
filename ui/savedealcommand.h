#pragma once

#include "dealeditorform.h"

#include <QUndoCommand>

#include <optional>

namespace dealboard {

class Database;
class DealStore;

// Saves what the deal editor produced: a new deal, or every edited field of an existing one,
// with the company and contact typed in the editor, in one transaction. Undo puts the deal
// back as it was (or removes the new one) and marks what was logged as undone.
class SaveDealCommand : public QUndoCommand
{
public:
    SaveDealCommand(Database &db, DealStore &store, DealDraft draft, std::optional<Deal> before);

    void undo() override;
    void redo() override;
    qint64 dealId() const { return m_dealId; }
    bool failed() const { return m_failed; }

private:
    Status save();

    Database &m_db;
    DealStore &m_store;
    DealDraft m_draft;
    std::optional<Deal> m_before;
    qint64 m_dealId = 0;
    qint64 m_companyId = 0; // created here, removed on undo
    qint64 m_contactId = 0;
    QList<qint64> m_eventIds;
    bool m_failed = false;
};

} // namespace dealboard
