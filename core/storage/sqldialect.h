#pragma once

#include <QString>

namespace dealboard {

// The SQL that differs between SQLite and PostgreSQL lives here, so the team server is a
// driver choice rather than a fork. Only SQLite is implemented today.
class SqlDialect
{
public:
    // Column definition of an integer primary key that numbers itself.
    static QString autoIncrementKey() { return QStringLiteral("INTEGER PRIMARY KEY"); }
    // The id of the row the last INSERT created, as a query.
    static QString lastInsertId() { return QStringLiteral("SELECT last_insert_rowid()"); }
    // Appended to CREATE TABLE for a table that is nothing but its primary key (and a few
    // small columns): stored in its key's b-tree only, without a second index.
    static QString clusteredByPrimaryKey() { return QStringLiteral(" WITHOUT ROWID"); }
    // Sets the connection's page cache for a bulk write (kib kibibytes, allocated as used);
    // returns the statement, empty where the driver has no such setting.
    static QString cacheSizeKib(qint64 kib)
    {
        return QStringLiteral("PRAGMA cache_size = -%1").arg(kib);
    }
    static QString cacheSize() { return QStringLiteral("PRAGMA cache_size"); }
    // The secondary indexes of the tables listed (quoted, comma-separated) as rows of (name,
    // the statement that creates it); a bulk load drops them and builds them again at the end.
    static QString indexDefinitions(const QString &tables)
    {
        return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                              "sql IS NOT NULL AND tbl_name IN (%1)")
            .arg(tables);
    }
};

} // namespace dealboard
