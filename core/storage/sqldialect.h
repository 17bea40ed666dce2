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
};

} // namespace dealboard
