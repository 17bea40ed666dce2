#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace dealboard {

// Writes CSV in UTF-8 that CsvReader (and Excel, with the BOM) reads back identically: a field
// is quoted when it holds the delimiter, a quote, a line break or leading/trailing spaces.
// Output is buffered; call flush() at the end to learn whether it was all written.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(QIODevice &device, QChar delimiter = u',');
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Before the first record: a UTF-8 byte order mark, so that Excel reads UTF-8.
    void setBom(bool bom) { m_bom = bom; }
    // CRLF line ends (RFC 4180, Excel) instead of LF.
    void setCrlf(bool crlf) { m_crlf = crlf; }

    // An empty list is written as one empty field: a blank line would be skipped on reading.
    Status writeRecord(const QStringList &fields);
    Status flush();

    // The field as written: quoted when needed.
    static QString escaped(const QString &field, QChar delimiter);

private:
    QIODevice &m_device;
    QChar m_delimiter;
    bool m_bom = false;
    bool m_crlf = false;
    bool m_started = false;
    QByteArray m_buffer;
    QString m_line;
};

} // namespace dealboard
