#pragma once

#include "result.h"

#include <QChar>
#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace dealboard {

class Database;

enum class ExportEntity
{
    Deals,
    Companies,
    Contacts,
    Activities,
    Quotes,
};

struct CsvExportOptions
{
    QChar delimiter = u',';
    bool bom = true; // a UTF-8 byte order mark, so that Excel reads UTF-8
};

// Exports the live rows (not deleted) of one entity to CSV, ordered by id, with the column
// headers the importer recognises (columns()). Values are written so they read back without
// loss of meaning: amounts as plain decimals ("1234.50"; "1234,50" when the delimiter is ';',
// as Excel expects in a French locale), quantities and VAT rates likewise ("2.5", "5.5"),
// dates ISO "yyyy-MM-dd", date-times ISO 8601 UTC "yyyy-MM-ddTHH:mm:ssZ", booleans
// "true"/"false", stages, lost reasons, segments, decision roles and kinds as their stored
// keys, NULL as an empty field.
//
// Activities and quotes of deleted deals are left out with their deal. Quotes have one row per
// line (the quote's columns repeated, one row for a quote without lines), followed by the
// quote's totals: monthlyHt is the monthly HT after the permanent discounts (the quote's MRR,
// QuoteTotals::monthlyDiscountedHt), firstYear the first year's HT (QuoteTotals::firstYearHt).
//
// Reads with plain forward-only SQL: 100,000 deals export in about a second.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    // Called every few hundred rows with (rows written, rows in all); false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit CsvExport(Database &db)
        : m_db(db)
    {}

    // Writes the header and the rows; returns the number of rows written (header excluded).
    Result<qint64> write(ExportEntity entity, QIODevice &out, const CsvExportOptions &options,
                         const Progress &progress = {});
    // The same into a file, through QSaveFile: on any error or cancel, no file is left
    // (an existing one is kept as it was).
    Result<qint64> writeFile(ExportEntity entity, const QString &path,
                             const CsvExportOptions &options, const Progress &progress = {});

    // The header of an entity's export, in order: the contract with the importer.
    static QStringList columns(ExportEntity entity);
    // ',' when the delimiter is ';' (Excel in a French locale), '.' otherwise.
    static QChar decimalSeparator(QChar delimiter) { return delimiter == u';' ? u',' : u'.'; }
    // "deals", "companies", "contacts", "activities", "quotes": the CLI's words.
    static QString key(ExportEntity entity);
    static std::optional<ExportEntity> fromKey(const QString &key);
    // Translated plural, for messages: "deals", "sociétés" …
    static QString entityName(ExportEntity entity);

private:
    Database &m_db;
};

} // namespace dealboard
