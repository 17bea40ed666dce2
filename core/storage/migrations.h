#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace dealboard {

// The numbered schema steps. Step N brings PRAGMA user_version from N-1 to N.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static constexpr qint32 kApplicationId = 0x44424431; // "DBD1" in the SQLite header

    static int latestVersion();
    static QString describe(int version);
    static int currentVersion(const QSqlDatabase &db);
    // Runs steps current+1 … target in one transaction; nothing changes on failure.
    static Status migrate(QSqlDatabase db, int target = latestVersion());

private:
    static QStringList statements(int version);
};

} // namespace dealboard
