#pragma once

#include <QStringList>

namespace dealboard {

// One CSV row: its fields and the physical line (1-based) it starts on, for error messages.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;
};

} // namespace dealboard
