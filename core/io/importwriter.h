#pragma once

#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"
#include "result.h"
#include "storage/fieldchanges.h"
#include "storage/importbatchrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace dealboard {

class Database;

// The writes of an import, inside its transaction: each insert or update with its events and
// its line in import_changes, so that the batch can be undone as a whole.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    // What a new or changed deal's events say beyond its fields.
    struct DealHistory
    {
        QDateTime closedAt; // a won or lost deal: when
        QString lostNote;   // a lost reason the playbook has no key for
        QString wonReason;  // a playbook won-reason key, or empty
    };

    ImportWriter(Database &db, qint64 batchId);

    // What an update changes, field by field: empty when it changes nothing.
    static FieldChanges changes(const Company &before, const Company &after);
    static FieldChanges changes(const Contact &before, const Contact &after);
    static FieldChanges changes(const Deal &before, const Deal &after); // but the stage

    Status createCompany(Company &company);
    Status updateCompany(const Company &before, const Company &after, const FieldChanges &changes);
    Status createContact(Contact &contact);
    Status updateContact(const Contact &before, const Contact &after, const FieldChanges &changes);
    // The deal goes last in its column; a won or lost one is created in the first stage and
    // then won or lost at `history.closedAt`, so that the analytics count it as they would.
    Status createDeal(Deal &deal, const DealHistory &history);
    Status updateDeal(const Deal &before, Deal &after, const FieldChanges &changes,
                      const DealHistory &history);

private:
    // An update: the row as it was kept for undo, `write`, then an event per changed field.
    Status update(const QString &entity, qint64 id, const FieldChanges &changes,
                  const std::function<Status()> &write);
    Result<int> nextPosition(const QString &stage);
    Status logCreated(const QString &entity, qint64 id, const QDateTime &at, const QString &value);
    Status logStage(const Deal &deal, const QString &from, const QDateTime &at,
                    const DealHistory &history);

    Database &m_db;
    ImportBatchRepository m_batches;
    qint64 m_batchId;
    QHash<QString, int> m_positions; // the next position of each board column
};

} // namespace dealboard
