#pragma once

#include <QtGlobal>

namespace dealboard {

// What CsvReader refuses before it allocates it: hostile input gets a line-numbered error,
// never an out-of-memory crash or a hang.
struct CsvLimits
{
    qsizetype maxFieldChars = qsizetype(1) << 20;  // 1 MB
    qsizetype maxRecordChars = qsizetype(8) << 20; // 8 MB
    qsizetype maxFields = 1000;
};

} // namespace dealboard
