#pragma once

#include "model/company.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// Saves what the company editor produced. A new company is created on the first redo(),
// deleted on undo() and shown again on the next redo() (it keeps its id); an edit writes
// `after`, and undo() writes `before` back. `notify` runs after every redo() and undo().
class SaveCompanyCommand : public QUndoCommand
{
public:
    SaveCompanyCommand(Database &db, Company after, std::optional<Company> before,
                       std::function<void()> notify);

    void undo() override;
    void redo() override;
    qint64 companyId() const { return m_after.id; }
    bool failed() const { return m_failed; }

private:
    void fail(const QString &title, const QString &message);

    Database &m_db;
    Company m_after;
    std::optional<Company> m_before;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
