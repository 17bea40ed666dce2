#pragma once

#include "model/company.h"
#include "result.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Deletes a company and hides its deals, in one transaction; undo() shows them all again.
// `notify` runs after every redo() and undo().
class DeleteCompanyCommand : public QUndoCommand
{
public:
    DeleteCompanyCommand(Database &db, Company company, std::function<void()> notify);

    void undo() override;
    void redo() override;
    QList<qint64> dealIds() const { return m_dealIds; }
    bool failed() const { return m_failed; }

private:
    Status remove();
    Status restore();

    Database &m_db;
    Company m_company;
    std::function<void()> m_notify;
    QList<qint64> m_dealIds;
    bool m_failed = false;
};

} // namespace dealboard
