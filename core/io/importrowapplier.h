#pragma once

#include "importindex.h"
#include "importmapping.h"
#include "importreport.h"
#include "importrow.h"
#include "importwriter.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace dealboard {

class Database;

// Applies the import's rows one after another: finds each row's company, contact and deal
// (ImportIndex), creates what is missing, updates what the row changes (only the fields it
// gives) and counts each record once.
class ImportRowApplier
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowApplier)

public:
    ImportRowApplier(Database &db, const ImportMapping &mapping, qint64 batchId,
                     ImportIndex &index);

    Result<ImportRowOutcome> apply(const ImportRow &row);

    ImportCounts deals() const { return m_deals.counts(); }
    ImportCounts companies() const { return m_companies.counts(); }
    ImportCounts contacts() const { return m_contacts.counts(); }

private:
    // The records of one kind the import touched, each once.
    struct Touched
    {
        QSet<qint64> created, updated, unchanged;
        void seen(qint64 id)
        {
            if (!created.contains(id) && !updated.contains(id))
                unchanged.insert(id);
        }
        void changed(qint64 id)
        {
            unchanged.remove(id);
            if (!created.contains(id))
                updated.insert(id);
        }
        ImportCounts counts() const
        {
            return ImportCounts{created.size(), updated.size(), unchanged.size()};
        }
    };

    Result<qint64> company(const ImportRow &row);
    Result<qint64> contact(const ImportRow &row, qint64 companyId, bool companyGiven);
    Result<ImportRowOutcome::Action> deal(const ImportRow &row, qint64 companyId, qint64 contactId);
    // A deal row without company columns: the company of the contact's email domain (not a
    // webmail), else the contact, else the deal itself.
    ImportCompanyValues companyOfDeal(const ImportRow &row) const;

    Database &m_db;
    const ImportMapping &m_mapping;
    ImportIndex &m_index;
    ImportWriter m_writer;
    QDateTime m_now;
    Touched m_companies, m_contacts, m_deals;
};

} // namespace dealboard
