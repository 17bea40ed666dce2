#include "csvsniffer.h"

#include "csvdecoder.h"

#include <QIODevice>
#include <QList>

#include <algorithm>
#include <array>

namespace dealboard {

namespace {

constexpr int kSampleLines = 50;

// Per line of the sample, how many times `delimiter` appears outside quotes.
QList<int> countsPerLine(QByteArrayView sample, char delimiter, bool truncated)
{
    QList<int> counts;
    int count = 0;
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < kSampleLines; ++i) {
        const char c = sample.at(i);
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice: still right
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (lineHasText)
                counts.append(count);
            count = 0;
            lineHasText = false;
            continue;
        } else if (!quoted && c == delimiter) {
            ++count;
        }
        lineHasText = true;
    }
    // The last line counts only when the file ends there: a cut line would under-count.
    if (lineHasText && (!truncated || counts.isEmpty()))
        counts.append(count);
    return counts;
}

} // namespace

QChar CsvSniffer::guessDelimiter(QByteArrayView sample, bool truncated)
{
    constexpr std::array<char, 3> candidates = {',', ';', '\t'};
    char best = ',';
    int bestAgreeing = 0;
    int bestCount = 0;
    for (const char candidate : candidates) {
        const QList<int> counts = countsPerLine(sample, candidate, truncated);
        if (counts.isEmpty() || counts.first() == 0)
            continue; // the header line must have it
        const int header = counts.first();
        const auto agreeing = int(std::count(counts.cbegin(), counts.cend(), header));
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && header > bestCount)) {
            best = candidate;
            bestAgreeing = agreeing;
            bestCount = header;
        }
    }
    return QChar::fromLatin1(best);
}

Result<CsvFormat> CsvSniffer::sniff(QIODevice &device)
{
    if (!device.isReadable())
        return internalError(tr("The file cannot be read: %1").arg(device.errorString()));
    QByteArray sample = device.peek(kSampleBytes);
    const bool truncated = sample.size() == kSampleBytes;
    CsvFormat format;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return userError(tr("This file is in UTF-16: save it as UTF-8 (or \"CSV\") and "
                            "import it again."));
    if (sample.contains('\0'))
        return userError(tr("This is not a text file: it contains binary data."));
    if (sample.startsWith("\xEF\xBB\xBF")) {
        format.hasBom = true;
        format.encodingCertain = true;
        sample.remove(0, 3);
    } else {
        const bool ascii =
            std::all_of(sample.cbegin(), sample.cend(), [](char c) { return (c & 0x80) == 0; });
        format.encodingCertain = !ascii;
        if (!ascii && CsvDecoder::checkUtf8(sample) == CsvDecoder::Utf8Check::Invalid)
            format.encoding = CsvEncoding::Windows1252;
    }
    // Excel's "sep=;" first line names the delimiter; the reader skips it.
    if (sample.size() >= 5 && sample.first(4).toLower() == "sep=") {
        const qsizetype end = sample.indexOf('\n');
        QByteArray line = sample.first(end < 0 ? sample.size() : end);
        if (line.endsWith('\r'))
            line.chop(1); // not trimmed(): "sep=\t" names a tab
        if (line.size() == 5 &&
            (line.at(4) == ',' || line.at(4) == ';' || line.at(4) == '\t' || line.at(4) == '|')) {
            format.delimiter = QChar::fromLatin1(line.at(4));
            format.excelSepLine = true;
            return format;
        }
    }
    format.delimiter = guessDelimiter(sample, truncated);
    return format;
}

} // namespace dealboard
