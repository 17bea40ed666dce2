#pragma once

#include <QChar>

namespace dealboard {

enum class CsvEncoding
{
    Utf8,
    Windows1252, // what Excel writes on a French Windows ("CSV (séparateur : point-virgule)")
};

// How a CSV file is written, as CsvSniffer found it (or as the user corrected it).
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    bool hasBom = false;
    // False when the sample held only ASCII: the reader then still switches to Windows-1252
    // if a later byte is not UTF-8.
    bool encodingCertain = false;
    // The file starts with Excel's "sep=;" line, which names the delimiter and is no record.
    bool excelSepLine = false;
};

} // namespace dealboard
