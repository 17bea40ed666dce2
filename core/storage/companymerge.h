#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace dealboard {

class Database;

// What a merge did, kept by the caller to undo it.
struct CompanyMergeRecord
{
    qint64 keptId = 0;
    qint64 mergedId = 0;      // soft-deleted by the merge
    QList<qint64> dealIds;    // moved from mergedId to keptId
    QList<qint64> contactIds; // the same
    QList<qint64> eventIds;   // everything the merge logged
};

// Merges two duplicate companies in one transaction: the deals and contacts of `mergedId` move
// to `keptId` (an "edited company_id" event each), both companies log the merge ("edited
// merged_from" on the kept one, "edited merged_into" on the other) and `mergedId` is deleted.
// undo() moves them back, shows the merged company again and marks every event undone, so
// EventLog::History::Effective reads as if the merge never happened.
class CompanyMerge
{
    Q_DECLARE_TR_FUNCTIONS(CompanyMerge)

public:
    explicit CompanyMerge(Database &db)
        : m_db(db)
    {}

    Result<CompanyMergeRecord> merge(qint64 keptId, qint64 mergedId);
    Status undo(const CompanyMergeRecord &record);

private:
    Result<QList<qint64>> idsOf(const QString &table, qint64 companyId);
    Status moveRow(const QString &table, qint64 id, qint64 companyId);
    Database &m_db;
};

} // namespace dealboard
