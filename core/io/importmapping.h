#pragma once

#include "csvformat.h"
#include "headernames.h"
#include "valueparsers.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dealboard {

// How an import file is read: what ImportScanner guessed, then what the user corrected in the
// mapping step (or on the command line). Importer reads nothing else.
struct ImportMapping
{
    // What a file's "Amount" or "Value" is: the seed's deals are monthly (MRR).
    enum class Amount
    {
        Monthly,
        OneTime,
    };

    CsvFormat format;
    CsvEntity entity = CsvEntity::None; // the rows: deals, companies or contacts
    CsvSource source = CsvSource::Unknown;
    QStringList headers;
    QStringList samples; // per column, the first value the file gives: shown in the mapping
    // One per header; an entity of None means the column is not imported.
    QList<HeaderField> columns;
    // Each stage value of the file, trimmed, to a playbook stage key; empty: not mapped yet.
    QMap<QString, QString> stages;
    ValueParsers::DateOrder dateOrder = ValueParsers::DateOrder::Iso;
    bool datesAmbiguous = false; // every date reads both ways: the user must choose
    ValueParsers::Decimal decimal = ValueParsers::Decimal::Point;
    bool decimalAmbiguous = false;
    Amount amount = Amount::Monthly;
    qint64 rows = 0; // data rows seen by the scan

    // The column of a field, -1 when the file has none.
    int column(CsvEntity of, const QString &key) const
    {
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).entity == of && columns.at(i).key == key)
                return i;
        return -1;
    }
    // The stage values no playbook stage is chosen for.
    QStringList unmappedStages() const
    {
        QStringList out;
        for (auto it = stages.cbegin(); it != stages.cend(); ++it)
            if (it.value().isEmpty())
                out << it.key();
        return out;
    }
};

} // namespace dealboard
