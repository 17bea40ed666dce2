#pragma once

#include "csvformat.h"
#include "result.h"

#include <QCoreApplication>

class QIODevice;

namespace dealboard {

// Guesses a CSV file's encoding and delimiter from its first bytes (peeked: the device's
// position does not move).
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    static constexpr qint64 kSampleBytes = 64 * 1024;

    static Result<CsvFormat> sniff(QIODevice &device);
    // The delimiter among `,` `;` and tab whose count outside quotes is the same on most of
    // the first lines (the header included); `,` when none appears.
    static QChar guessDelimiter(QByteArrayView sample, bool truncated);
};

} // namespace dealboard
