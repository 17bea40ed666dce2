#pragma once

#include "csvdecoder.h"
#include "csvformat.h"
#include "csvlimits.h"
#include "csvrecord.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace dealboard {

// A streaming RFC 4180 reader: reads the device in 64 KB chunks, so a 2 GB file is never loaded
// whole. Quoted fields may hold delimiters, doubled quotes and line breaks; records end with
// CRLF, LF or CR; blank lines are skipped. Anything beyond CsvLimits, a NUL byte or a quote never
// closed is an error naming its line, and every later next() returns the same error.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Called after each chunk read; return false to cancel (next() then fails).
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    static Result<CsvFormat> sniff(QIODevice &device);

    CsvReader(QIODevice &device, CsvFormat format, CsvLimits limits = {});

    // The next record, std::nullopt at the end of the file, or an error.
    Result<std::optional<CsvRecord>> next();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    qint64 bytesRead() const { return m_bytesRead; }
    // The device's size, -1 when it is sequential.
    qint64 totalBytes() const { return m_totalBytes; }
    // The format read: its encoding may have changed from UTF-8 to Windows-1252 on the way.
    CsvFormat format() const;
    bool wasCancelled() const { return m_cancelled; }

private:
    enum class Fill
    {
        Data,
        End,
        Failed,
    };
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: closing, or the first of a pair
    };

    Result<std::optional<CsvRecord>> readRecord();
    Fill fill();
    Error fail(Error error);
    bool append(const QChar *from, qsizetype count);
    bool endField();
    void countLinesInQuoted(const QChar *from, qsizetype count);

    QIODevice &m_device;
    CsvFormat m_format;
    CsvLimits m_limits;
    CsvDecoder m_decoder;
    Progress m_progress;
    QByteArray m_raw;
    QString m_text; // the decoded chunk being parsed
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = -1;
    qint64 m_line = 1; // the physical line at m_pos
    bool m_started = false;
    bool m_atEnd = false;
    bool m_nulSeen = false;
    bool m_skipLf = false;    // the record ended on a CR: an LF right after it belongs to it
    bool m_crInField = false; // the last character of a quoted field was a CR
    bool m_cancelled = false;
    bool m_sepLineSkipped = false;
    std::optional<Error> m_error;
    // The record being read.
    QStringList m_fields;
    QString m_field;
    qsizetype m_recordChars = 0;
    qint64 m_fieldLine = 0;
};

} // namespace dealboard
