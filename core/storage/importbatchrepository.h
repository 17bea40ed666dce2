#pragma once

#include "result.h"
#include "storage/importbatch.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace dealboard {

class Database;

// What undo() did.
struct ImportUndoOutcome
{
    qint64 removed = 0;  // rows the import had created, now deleted
    qint64 restored = 0; // rows it had updated, set back
};

// The imports recorded (schema step 8) and undoing one as a whole, even long after: the rows
// it created are deleted (soft, as the app deletes), the ones it updated get their columns
// back as they were, and its events are marked undone, all in one transaction.
class ImportBatchRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)

public:
    explicit ImportBatchRepository(Database &db)
        : m_db(db)
    {}

    // Inside the import's transaction: the batch row first, then its changes, then finish().
    Result<qint64> begin(const ImportBatch &batch);
    Status finish(const ImportBatch &batch);
    // A row the import updated, with its columns as they were (snapshot()). The first record
    // of a row in a batch wins: it holds the row as it was before the import. Rows the import
    // created need no record: their "created" events name them.
    Status recordUpdate(qint64 batchId, const QString &entity, qint64 id, const QString &before);
    // Every column of a row as a JSON object, for recordChange's `before`.
    Result<QString> snapshot(const QString &entity, qint64 id);

    Result<QList<ImportBatch>> list();
    Result<ImportBatch> find(qint64 id);
    // The rows of the batch that changed after it (edited, moved, or with deals of their own
    // added since): undoing sets them back or deletes them anyway, so the user is asked.
    Result<qint64> changedSince(qint64 batchId);
    Result<ImportUndoOutcome> undo(qint64 batchId);

    static QString tableOf(const QString &entity);

private:
    // Fills the temporary table import_touched with the rows of the batch: created (from its
    // events) or updated (from import_changes, with their `before`).
    Status fillTouched(const ImportBatch &batch);
    static Error alreadyUndone(const ImportBatch &batch);
    Result<QStringList> columnsOf(const QString &table);
    // The statement that sets a row's columns back from a snapshot: "?" for each, then the id.
    Result<QString> restoreSql(const QString &table);

    Database &m_db;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_snapshotSql;
    QHash<QString, QString> m_restoreSql;
};

} // namespace dealboard
