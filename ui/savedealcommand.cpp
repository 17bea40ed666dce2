#include "savedealcommand.h"

#include "dealstore.h"
#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "workflow/dealworkflow.h"

#include <QCoreApplication>

namespace dealboard {

SaveDealCommand::SaveDealCommand(Database &db, DealStore &store, DealDraft draft,
                                 std::optional<Deal> before)
    : QUndoCommand(
          before ? QCoreApplication::translate("dealboard::Undo", "Edit “%1”").arg(draft.deal.title)
                 : QCoreApplication::translate("dealboard::Undo", "New deal “%1”")
                       .arg(draft.deal.title))
    , m_db(db)
    , m_store(store)
    , m_draft(std::move(draft))
    , m_before(std::move(before))
{}

Status SaveDealCommand::save()
{
    EventLog log(m_db);
    const Result<qint64> last = log.lastId();
    if (!last)
        return last.error();
    Deal deal = m_draft.deal;
    Database::Transaction tx(m_db);
    m_companyId = m_contactId = 0;
    if (m_draft.newCompany) {
        Company company = *m_draft.newCompany;
        if (Result<qint64> id = CompanyRepository(m_db).create(company); !id)
            return id.error();
        m_companyId = company.id;
        deal.companyId = company.id;
    }
    if (m_draft.newContact) {
        Contact contact = *m_draft.newContact;
        if (contact.companyId == 0)
            contact.companyId = deal.companyId;
        if (Result<qint64> id = ContactRepository(m_db).create(contact); !id)
            return id.error();
        m_contactId = contact.id;
        deal.contactId = contact.id;
    }
    if (m_before) {
        if (Status s = DealRepository(m_db).update(deal); !s)
            return s;
        m_dealId = deal.id;
    } else {
        if (Result<qint64> id = DealRepository(m_db).create(deal); !id)
            return id.error();
        m_dealId = deal.id;
    }
    if (Status s = tx.commit(); !s)
        return s;
    const Result<QList<qint64>> ids = log.idsAfter(*last);
    m_eventIds = ids ? ids.value() : QList<qint64>();
    return {};
}

void SaveDealCommand::redo()
{
    if (Status s = save(); !s) {
        m_failed = true;
        MessageBox::critical(nullptr,
                             QCoreApplication::translate("dealboard::Undo", "Cannot save the deal"),
                             s.errorMessage());
        setObsolete(true);
        return;
    }
    (void)m_store.refresh(m_db, m_dealId);
}

void SaveDealCommand::undo()
{
    Status s;
    if (m_before) {
        s = DealWorkflow(m_db).restore(*m_before, m_eventIds);
    } else {
        s = DealRepository(m_db).remove(m_dealId);
    }
    // restore() already took back what an edit created; a new deal's are removed here.
    if (s && !m_before && m_contactId)
        s = ContactRepository(m_db).remove(m_contactId);
    if (s && !m_before && m_companyId)
        s = CompanyRepository(m_db).remove(m_companyId);
    if (!s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    if (m_before)
        (void)m_store.refresh(m_db, m_dealId);
    else
        (void)m_store.load(m_db); // a deal left the store: rows renumber
}

} // namespace dealboard
