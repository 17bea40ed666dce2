#pragma once

#include "io/csvexport.h"

#include <QList>
#include <QString>

namespace dealboard {

// How a stored value is written to the CSV.
enum class ExportValue
{
    Text,         // as stored (also ISO dates, kept as TEXT "yyyy-MM-dd")
    Integer,      // as stored
    Cents,        // "1234.50"
    Milli,        // thousandths: "2.5"
    BasisPoints,  // as a percent: 2000 → "20", 550 → "5.5"
    Bool,         // "true" / "false"
    DateTime,     // milliseconds since the epoch → "yyyy-MM-ddTHH:mm:ssZ"
    ActivityKind, // normalised through Activity::kindKey
    QuoteMonthly, // the quote's computed monthly HT (the SQL gives the quote's id)
    QuoteFirstYear,
};

struct ExportColumn
{
    QString header;
    QString sql; // the expression selected
    ExportValue value = ExportValue::Text;
};

// The SELECT behind one entity's export: its columns, in the header's order, and its source.
struct ExportQuery
{
    QList<ExportColumn> columns;
    QString from;    // FROM … WHERE …, the live rows only
    QString orderBy; // the order of the rows
};

const ExportQuery &exportQuery(ExportEntity entity);

} // namespace dealboard
