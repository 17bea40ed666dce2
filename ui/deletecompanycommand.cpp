#include "deletecompanycommand.h"

#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QCoreApplication>

namespace dealboard {

DeleteCompanyCommand::DeleteCompanyCommand(Database &db, Company company,
                                           std::function<void()> notify)
    : QUndoCommand(
          QCoreApplication::translate("dealboard::Undo", "Delete company “%1”").arg(company.name))
    , m_db(db)
    , m_company(std::move(company))
    , m_notify(std::move(notify))
{}

Status DeleteCompanyCommand::remove()
{
    DealRepository deals(m_db);
    Database::Transaction tx(m_db);
    Result<QList<Deal>> all = deals.list();
    if (!all)
        return all.error();
    m_dealIds.clear();
    for (const Deal &deal : all.value()) {
        if (deal.companyId != m_company.id)
            continue;
        if (Status s = deals.remove(deal.id); !s)
            return s;
        m_dealIds << deal.id;
    }
    if (Status s = CompanyRepository(m_db).remove(m_company.id); !s)
        return s;
    return tx.commit();
}

Status DeleteCompanyCommand::restore()
{
    Database::Transaction tx(m_db);
    if (Status s = CompanyRepository(m_db).restore(m_company.id); !s)
        return s;
    DealRepository deals(m_db);
    for (const qint64 id : std::as_const(m_dealIds))
        if (Status s = deals.restore(id); !s)
            return s;
    return tx.commit();
}

void DeleteCompanyCommand::redo()
{
    if (Status s = remove(); !s) {
        m_failed = true;
        MessageBox::critical(
            nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot delete the company"),
            s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

void DeleteCompanyCommand::undo()
{
    if (Status s = restore(); !s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    if (m_notify)
        m_notify();
}

} // namespace dealboard
