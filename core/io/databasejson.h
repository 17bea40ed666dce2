#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace dealboard {

class Database;

// The whole database as one JSON document, and back into an empty database:
//
//   {"format": "dealboard", "schemaVersion": 7, "exportedAt": "2026-03-02T09:00:00Z",
//    "tables": {"companies": [{"id": 1, "name": "…", …}, …], "deals": […], …}}
//
// Every table of the schema (sqlite_* excepted; the schema version is PRAGMA user_version,
// written as schemaVersion), every row, soft-deleted ones, the event log, the register of
// issued documents and the playbook included, so the copy is exact. Integers stay integers,
// NULL is null, BLOBs (signature images, the seller's logo) are {"$base64": "…"}.
//
// The import refuses a database that holds any company, contact, deal or quote, a file of
// another schema version or that is not such a document (a JSON error names its offset); it
// then leaves the database untouched. It runs in one transaction: the tables the new database
// already filled (the product catalogue, the playbook) are emptied, the triggers that refuse
// such writes (append-only event log, frozen quotes) and the indexes are dropped and built again
// from their own SQL, rows go in in foreign-key order, and PRAGMA foreign_key_check must find
// nothing. The Database's playbook is reloaded from the imported one; the caller needs not
// reopen the database, but must reload whatever it holds in memory (models, caches).
class DatabaseJson
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseJson)

public:
    static constexpr QLatin1StringView kFormat{"dealboard"};
    static constexpr QLatin1StringView kBase64Key{"$base64"};

    explicit DatabaseJson(Database &db)
        : m_db(db)
    {}

    // Writes the document (streamed: tables are never held in memory whole); returns the
    // number of rows written.
    Result<qint64> write(QIODevice &out);
    // The same into a file, through QSaveFile: no partial file on error.
    Result<qint64> writeFile(const QString &path);

    // Imports a document into this (empty) database; returns the number of rows imported.
    Result<qint64> read(const QByteArray &json);
    Result<qint64> readFile(const QString &path);

private:
    static Result<QJsonObject> parse(const QByteArray &json);
    Result<qint64> importDocument(const QJsonObject &root);

    Database &m_db;
};

} // namespace dealboard
