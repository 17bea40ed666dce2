#pragma once

#include "csvformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dealboard {

// Turns the bytes of a CSV file, chunk by chunk, into text. A UTF-8 sequence cut by a chunk
// boundary is kept for the next chunk. While only ASCII has been seen and the encoding is not
// certain, the first non-ASCII bytes decide between UTF-8 and Windows-1252.
class CsvDecoder
{
public:
    explicit CsvDecoder(const CsvFormat &format);

    QString decode(QByteArrayView bytes);
    // The bytes still held back at the end of the file.
    QString finish();
    CsvEncoding encoding() const { return m_encoding; }

    enum class Utf8Check
    {
        Valid,   // valid UTF-8 (an incomplete sequence at the very end is allowed)
        Invalid, // not UTF-8
    };
    static Utf8Check checkUtf8(QByteArrayView bytes);
    static QString fromWindows1252(QByteArrayView bytes);
    // How many bytes at the end form an incomplete UTF-8 sequence (0 to 3).
    static qsizetype incompleteTail(QByteArrayView bytes);

private:
    QString decodeUtf8(QByteArrayView bytes);

    CsvEncoding m_encoding;
    bool m_decided;
    QByteArray m_pending; // an incomplete UTF-8 sequence from the previous chunk
};

} // namespace dealboard
