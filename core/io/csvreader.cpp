#include "csvreader.h"

#include "csvsniffer.h"

#include <QIODevice>

#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qint64 kChunkBytes = 64 * 1024;

QString sizeText(qsizetype chars)
{
    if (chars >= (1 << 20) && chars % (1 << 20) == 0)
        return u"%1 MB"_s.arg(chars >> 20);
    if (chars >= 1024 && chars % 1024 == 0)
        return u"%1 KB"_s.arg(chars >> 10);
    return CsvReader::tr("%1 characters").arg(chars);
}

} // namespace

Result<CsvFormat> CsvReader::sniff(QIODevice &device)
{
    return CsvSniffer::sniff(device);
}

CsvReader::CsvReader(QIODevice &device, CsvFormat format, CsvLimits limits)
    : m_device(device)
    , m_format(format)
    , m_limits(limits)
    , m_decoder(format)
{
    if (!device.isSequential())
        m_totalBytes = device.size() - device.pos();
}

CsvFormat CsvReader::format() const
{
    CsvFormat f = m_format;
    f.encoding = m_decoder.encoding();
    return f;
}

Error CsvReader::fail(Error error)
{
    m_error = error;
    m_fields.clear();
    m_field.clear();
    return error;
}

CsvReader::Fill CsvReader::fill()
{
    if (m_error)
        return Fill::Failed;
    m_text.clear();
    m_pos = 0;
    for (;;) {
        if (m_nulSeen) {
            fail(userError(
                tr("Line %1: this is not a text file (it contains a NUL byte).").arg(m_line)));
            return Fill::Failed;
        }
        if (m_atEnd)
            return Fill::End;
        m_raw.resize(kChunkBytes);
        const qint64 n = m_device.read(m_raw.data(), kChunkBytes);
        if (n < 0) {
            fail(internalError(tr("The file cannot be read: %1").arg(m_device.errorString())));
            return Fill::Failed;
        }
        if (n == 0 && m_device.isSequential() && !m_device.atEnd() &&
            m_device.waitForReadyRead(30000))
            continue;
        if (n == 0) {
            m_atEnd = true;
            m_text = m_decoder.finish();
            return m_text.isEmpty() ? Fill::End : Fill::Data;
        }
        m_bytesRead += n;
        QByteArrayView chunk(m_raw.constData(), n);
        if (!m_started) {
            m_started = true;
            if (chunk.startsWith("\xEF\xBB\xBF"))
                chunk = chunk.sliced(3);
        }
        // Text stops at a NUL byte: the error is reported once the text before it is parsed.
        if (const void *nul = std::memchr(chunk.data(), 0, size_t(chunk.size()))) {
            m_nulSeen = true;
            chunk = chunk.first(static_cast<const char *>(nul) - chunk.data());
        }
        m_text = m_decoder.decode(chunk);
        if (m_progress && !m_progress(m_bytesRead, m_totalBytes)) {
            m_cancelled = true;
            fail(userError(tr("Reading the file was cancelled.")));
            return Fill::Failed;
        }
        if (!m_text.isEmpty())
            return Fill::Data;
    }
}

bool CsvReader::append(const QChar *from, qsizetype count)
{
    if (count == 0)
        return true;
    m_recordChars += count;
    if (m_field.size() + count > m_limits.maxFieldChars) {
        fail(userError(tr("Line %1: a field is longer than %2.")
                           .arg(m_fieldLine)
                           .arg(sizeText(m_limits.maxFieldChars))));
        return false;
    }
    if (m_recordChars > m_limits.maxRecordChars) {
        fail(userError(tr("Line %1: a row is longer than %2.")
                           .arg(m_fieldLine)
                           .arg(sizeText(m_limits.maxRecordChars))));
        return false;
    }
    m_field.append(from, count);
    return true;
}

bool CsvReader::endField()
{
    if (m_fields.size() >= m_limits.maxFields) {
        fail(userError(tr("Line %1: a row has more than %2 columns.")
                           .arg(m_fieldLine)
                           .arg(m_limits.maxFields)));
        return false;
    }
    m_fields.append(std::exchange(m_field, QString()));
    return true;
}

void CsvReader::countLinesInQuoted(const QChar *from, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const char16_t c = from[i].unicode();
        if (c == u'\r')
            ++m_line;
        else if (c == u'\n' && !m_crInField)
            ++m_line;
        m_crInField = c == u'\r';
    }
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    if (m_format.excelSepLine && !m_sepLineSkipped) {
        m_sepLineSkipped = true;
        if (Result<std::optional<CsvRecord>> sep = readRecord(); !sep || !sep->has_value())
            return sep;
    }
    return readRecord();
}

Result<std::optional<CsvRecord>> CsvReader::readRecord()
{
    if (m_error)
        return *m_error;
    m_fields.clear();
    m_field.clear();
    m_recordChars = 0;
    State state = State::FieldStart;
    qint64 recordLine = 0; // 0: no character of the record read yet
    const char16_t delimiter = m_format.delimiter.unicode();
    auto record = [&]() -> Result<std::optional<CsvRecord>> {
        return std::optional<CsvRecord>(CsvRecord{std::exchange(m_fields, {}), recordLine});
    };
    for (;;) {
        if (m_pos >= m_text.size()) {
            const Fill filled = fill();
            if (filled == Fill::Failed)
                return *m_error;
            if (filled == Fill::Data)
                continue;
            if (state == State::Quoted)
                return fail(
                    userError(tr("Line %1: a quoted field is never closed.").arg(m_fieldLine)));
            if (recordLine == 0)
                return std::optional<CsvRecord>();
            if (!endField())
                return *m_error;
            return record();
        }
        const QChar *data = m_text.constData();
        const qsizetype size = m_text.size();
        if (m_skipLf) {
            m_skipLf = false;
            if (data[m_pos] == u'\n') {
                ++m_pos;
                continue;
            }
        }
        switch (state) {
        case State::FieldStart: {
            const QChar c = data[m_pos];
            if (recordLine == 0) {
                if (c == u'\n' || c == u'\r') { // a blank line
                    ++m_pos;
                    ++m_line;
                    m_skipLf = c == u'\r';
                    continue;
                }
                recordLine = m_line;
            }
            m_fieldLine = m_line;
            if (c == u'"') {
                ++m_pos;
                m_crInField = false;
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            break;
        }
        case State::Unquoted: {
            qsizetype i = m_pos;
            while (i < size) {
                const char16_t u = data[i].unicode();
                if (u == delimiter || u == u'\n' || u == u'\r')
                    break;
                ++i;
            }
            if (!append(data + m_pos, i - m_pos))
                return *m_error;
            m_pos = i;
            if (i == size)
                break; // the field goes on in the next chunk
            const QChar c = data[m_pos++];
            if (!endField())
                return *m_error;
            if (c == delimiter) {
                state = State::FieldStart;
                break;
            }
            ++m_line;
            m_skipLf = c == u'\r';
            return record();
        }
        case State::Quoted: {
            qsizetype i = m_pos;
            while (i < size && data[i] != u'"')
                ++i;
            countLinesInQuoted(data + m_pos, i - m_pos);
            if (!append(data + m_pos, i - m_pos))
                return *m_error;
            m_pos = i;
            if (i < size) {
                ++m_pos;
                state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const QChar c = data[m_pos];
            if (c == u'"') {
                if (!append(data + m_pos, 1))
                    return *m_error;
                ++m_pos;
                m_crInField = false;
                state = State::Quoted;
            } else if (c == delimiter) {
                ++m_pos;
                if (!endField())
                    return *m_error;
                state = State::FieldStart;
            } else if (c == u'\n' || c == u'\r') {
                ++m_pos;
                if (!endField())
                    return *m_error;
                ++m_line;
                m_skipLf = c == u'\r';
                return record();
            } else {
                state = State::Unquoted; // "abc"def: the rest is taken as written
            }
            break;
        }
        }
    }
}

} // namespace dealboard
