// libFuzzer target for the CSV reader (issue 8): sniffs and reads whatever bytes it is given,
// with small limits, then writes the records back with CsvWriter and checks that they read back
// identically; the fields also go through the header, stage and value parsers. A crash, a
// sanitizer report, a hang or a failed round trip is a finding.
// Build and run: tests/fuzz/run-short.sh, or see docs/fuzzing.md.

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/headernames.h"
#include "io/stagenames.h"
#include "io/valueparsers.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace dealboard;

namespace {

constexpr CsvLimits kLimits{64, 512, 16};

bool readAll(QBuffer &buffer, const CsvFormat &format, QList<QStringList> &records)
{
    CsvReader reader(buffer, format, kLimits);
    for (;;) {
        auto next = reader.next();
        if (!next.ok()) {
            if (next.errorMessage().isEmpty() || reader.next().ok())
                std::abort(); // an error must say why, and stick
            return false;
        }
        if (!next.value())
            return true;
        if (next.value()->line < 1 || next.value()->fields.isEmpty())
            std::abort();
        records.append(std::move(next.value()->fields));
    }
}

// What an import does with the fields: nothing there may crash on any text.
void parseValues(const QList<QStringList> &records)
{
    if (records.isEmpty())
        return;
    const CsvEntity entity = HeaderNames::guessEntity(records.first());
    (void)HeaderNames::guessSource(records.first());
    for (const QString &header : records.first())
        (void)HeaderNames::match(header, entity);
    QStringList column;
    for (const auto &record : records) {
        for (const QString &field : record) {
            (void)StageNames::stageKey(field);
            (void)ValueParsers::parseAmount(field, ValueParsers::Decimal::Comma);
            (void)ValueParsers::parseDateTime(field, ValueParsers::DateOrder::MonthDayYear);
            (void)ValueParsers::parseEmail(field);
            (void)ValueParsers::parseBool(field);
        }
        column.append(record.first());
    }
    const auto dates = ValueParsers::detectDateOrder(column);
    const auto amounts = ValueParsers::detectDecimal(column);
    for (const QString &value : column) {
        (void)ValueParsers::parseDate(value, dates.order);
        (void)ValueParsers::parseAmount(value, amounts.decimal);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QBuffer input;
    input.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    input.open(QIODevice::ReadOnly);
    const auto format = CsvReader::sniff(input);
    if (!format.ok())
        return 0;
    QList<QStringList> records;
    readAll(input, *format, records); // the records before an error round-trip too
    parseValues(records);

    QBuffer output;
    output.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(output, format->delimiter);
        writer.setCrlf(size % 2 == 0);
        for (const auto &r : records)
            if (!writer.writeRecord(r).ok())
                std::abort();
        if (!writer.flush().ok())
            std::abort();
    }
    output.close();
    output.open(QIODevice::ReadOnly);
    QList<QStringList> again;
    if (!readAll(output, CsvFormat{CsvEncoding::Utf8, format->delimiter, false, true}, again) ||
        again != records)
        std::abort();
    return 0;
}
