#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace dealboard {

class Database;

// What a large write (sample data, an import of thousands of rows) does to be fast, inside the
// caller's transaction: a large page cache for its length, so that SQLite does not spill pages
// to the WAL and read them back; and, when asked, the indexes of the tables it fills dropped,
// then built once by rebuildIndexes() before the commit (much faster than row by row; a
// rollback puts them back as they were).
class BulkWrite
{
    Q_DECLARE_TR_FUNCTIONS(BulkWrite)

public:
    explicit BulkWrite(Database &db);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    // `tables`: a list of quoted names, "'deals', 'events'".
    Status dropIndexes(const QString &tables);
    Status rebuildIndexes();

private:
    Database &m_db;
    QString m_previousCache;
    QStringList m_indexes; // the statements that recreate what dropIndexes() dropped
};

} // namespace dealboard
