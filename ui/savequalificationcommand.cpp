#include "savequalificationcommand.h"

#include "dealstore.h"
#include "messagebox.h"
#include "storage/activityrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "workflow/dealworkflow.h"

#include <QCoreApplication>

namespace dealboard {

SaveQualificationCommand::SaveQualificationCommand(Database &db, DealStore &store, Deal deal,
                                                   Qualification qualification,
                                                   QList<Activity> followUps,
                                                   std::optional<Contact> contact)
    : QUndoCommand(QCoreApplication::translate("dealboard::Undo", "Qualify “%1”").arg(deal.title))
    , m_db(db)
    , m_store(store)
    , m_deal(std::move(deal))
    , m_qualification(std::move(qualification))
    , m_followUps(std::move(followUps))
    , m_contact(std::move(contact))
{}

void SaveQualificationCommand::redo()
{
    EventLog log(m_db);
    const Result<qint64> last = log.lastId();
    Status status = last ? Status{} : Status(last.error());
    if (status) {
        Database::Transaction tx(m_db);
        Qualification q = m_qualification;
        q.dealId = m_deal.id;
        if (Result<qint64> id = QualificationRepository(m_db).add(q); !id)
            status = id.error();
        if (status && m_contact && m_contact->id > 0) // logs only the fields that changed
            status = ContactRepository(m_db).update(*m_contact);
        for (Activity a : std::as_const(m_followUps)) {
            if (!status)
                break;
            a.dealId = m_deal.id;
            if (Result<qint64> id = ActivityRepository(m_db).add(a); !id)
                status = id.error();
        }
        if (status)
            status = tx.commit();
    }
    if (!status) {
        m_failed = true;
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the qualification"),
            status.errorMessage());
        setObsolete(true);
        return;
    }
    const Result<QList<qint64>> ids = log.idsAfter(*last);
    m_eventIds = ids ? ids.value() : QList<qint64>();
    (void)m_store.refresh(m_db, m_deal.id);
}

void SaveQualificationCommand::undo()
{
    // The deal itself did not change: restoring its row keeps it as it is now.
    const Result<Deal> current = DealRepository(m_db).find(m_deal.id);
    Status s =
        current ? DealWorkflow(m_db).restore(current.value(), m_eventIds) : Status(current.error());
    if (!s) {
        MessageBox::critical(nullptr, QCoreApplication::translate("dealboard::Undo", "Cannot undo"),
                             s.errorMessage());
        setObsolete(true);
    }
    (void)m_store.refresh(m_db, m_deal.id);
}

} // namespace dealboard
