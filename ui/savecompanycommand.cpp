#include "savecompanycommand.h"

#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace dealboard {

SaveCompanyCommand::SaveCompanyCommand(Database &db, Company after, std::optional<Company> before,
                                       std::function<void()> notify)
    : QUndoCommand(
          before
              ? QCoreApplication::translate("dealboard::Undo", "Edit company “%1”").arg(after.name)
              : QCoreApplication::translate("dealboard::Undo", "New company “%1”").arg(after.name))
    , m_db(db)
    , m_after(std::move(after))
    , m_before(std::move(before))
    , m_notify(std::move(notify))
{}

void SaveCompanyCommand::fail(const QString &title, const QString &message)
{
    m_failed = true;
    MessageBox::critical(nullptr, title, message);
    setObsolete(true);
}

void SaveCompanyCommand::redo()
{
    CompanyRepository companies(m_db);
    Status s;
    if (m_before) {
        s = companies.update(m_after);
    } else if (m_after.id == 0) {
        if (Result<qint64> id = companies.create(m_after); !id)
            s = id.error();
    } else {
        s = companies.restore(m_after.id);
    }
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot save the company"),
             s.errorMessage());
    if (m_notify)
        m_notify();
}

void SaveCompanyCommand::undo()
{
    CompanyRepository companies(m_db);
    const Status s = m_before ? companies.update(*m_before) : companies.remove(m_after.id);
    if (!s)
        fail(QCoreApplication::translate("dealboard::Undo", "Cannot undo"), s.errorMessage());
    if (m_notify)
        m_notify();
}

} // namespace dealboard
