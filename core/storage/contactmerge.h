#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace dealboard {

class Database;

// What a contact merge did, kept by the caller to undo it.
struct ContactMergeRecord
{
    qint64 keptId = 0;
    qint64 mergedId = 0;      // soft-deleted by the merge
    QList<qint64> dealIds;    // moved from mergedId to keptId
    QStringList filledFields; // columns of keptId that were empty, filled from mergedId
    QList<qint64> eventIds;   // everything the merge logged
};

// Merges two duplicate contacts in one transaction, as CompanyMerge does for companies: the
// deals of `mergedId` move to `keptId` (an "edited contact_id" event each), the empty fields
// of the kept contact (email, phone, role, LinkedIn, decision role) take the other one's
// values (an "edited <field>" event each), both contacts log the merge ("edited merged_from"
// on the kept one, "edited merged_into" on the other) and `mergedId` is deleted. undo() moves
// the deals back, empties the filled fields, shows the merged contact again and marks every
// event undone, so EventLog::History::Effective reads as if the merge never happened.
class ContactMerge
{
    Q_DECLARE_TR_FUNCTIONS(ContactMerge)

public:
    explicit ContactMerge(Database &db)
        : m_db(db)
    {}

    Result<ContactMergeRecord> merge(qint64 keptId, qint64 mergedId);
    Status undo(const ContactMergeRecord &record);

private:
    Result<QList<qint64>> dealsOf(qint64 contactId);
    Status moveDeal(qint64 dealId, qint64 contactId);
    Database &m_db;
};

} // namespace dealboard
