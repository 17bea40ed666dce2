#pragma once

#include "io/csvreader.h"

#include <QBuffer>
#include <QIODevice>

namespace csvtest {

// What reading a whole input gave: its records, and the error that stopped it, if any.
struct ReadOutcome
{
    QList<dealboard::CsvRecord> records;
    QString error;
    dealboard::CsvFormat format;
};

inline ReadOutcome readAll(QIODevice &device, std::optional<dealboard::CsvFormat> format = {},
                           dealboard::CsvLimits limits = {})
{
    ReadOutcome out;
    if (!format) {
        auto sniffed = dealboard::CsvReader::sniff(device);
        if (!sniffed) {
            out.error = sniffed.errorMessage();
            return out;
        }
        format = *sniffed;
    }
    dealboard::CsvReader reader(device, *format, limits);
    for (;;) {
        auto record = reader.next();
        if (!record) {
            out.error = record.errorMessage();
            break;
        }
        if (!record.value())
            break;
        out.records.append(std::move(*record.value()));
    }
    out.format = reader.format();
    return out;
}

inline ReadOutcome readAll(const QByteArray &bytes, std::optional<dealboard::CsvFormat> format = {},
                           dealboard::CsvLimits limits = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, format, limits);
}

// A sequential device that never ends: `prefix`, then `pattern` over and over, counting what
// it gave.
class EndlessDevice : public QIODevice
{
public:
    EndlessDevice(QByteArray prefix, QByteArray pattern)
        : m_prefix(std::move(prefix))
        , m_pattern(std::move(pattern))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return false; }
    qint64 given() const { return m_given; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        for (qint64 i = 0; i < maxSize; ++i) {
            const qint64 at = m_given + i;
            data[i] = at < m_prefix.size()
                          ? m_prefix.at(at)
                          : m_pattern.at((at - m_prefix.size()) % m_pattern.size());
        }
        m_given += maxSize;
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    QByteArray m_pattern;
    qint64 m_given = 0;
};

} // namespace csvtest
