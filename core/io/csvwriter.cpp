#include "csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qsizetype kFlushBytes = 64 * 1024;

bool needsQuotes(const QString &field, QChar delimiter)
{
    if (field.isEmpty())
        return false;
    // A leading U+FEFF unquoted at the start of a file would read back as a byte order mark.
    if (field.front().isSpace() || field.back().isSpace() || field.front() == QChar(0xFEFF))
        return true;
    for (const QChar c : field)
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, QChar delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

CsvWriter::~CsvWriter()
{
    (void)flush(); // callers who care about the error flush first
}

QString CsvWriter::escaped(const QString &field, QChar delimiter)
{
    if (!needsQuotes(field, delimiter))
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_bom)
            m_buffer += "\xEF\xBB\xBF";
    }
    m_line.clear();
    if (fields.isEmpty() || (fields.size() == 1 && fields.front().isEmpty())) {
        m_line = u"\"\""_s;
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_line += m_delimiter;
            m_line += escaped(fields.at(i), m_delimiter);
        }
    }
    m_line += m_crlf ? u"\r\n"_s : u"\n"_s;
    m_buffer += m_line.toUtf8();
    if (m_buffer.size() >= kFlushBytes)
        return flush();
    return {};
}

Status CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device.write(m_buffer);
    const bool complete = written == m_buffer.size();
    m_buffer.clear();
    if (!complete)
        return internalError(tr("The file cannot be written: %1").arg(m_device.errorString()));
    return {};
}

} // namespace dealboard
