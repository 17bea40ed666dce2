#include "csvdecoder.h"

#include <array>

namespace dealboard {

namespace {

// Windows-1252 differs from Latin-1 in 0x80–0x9F only; its five holes stay C1 controls, as
// Windows's own conversion leaves them.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

qsizetype firstNonAscii(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (data[i] >= 0x80)
            return i;
    return -1;
}

} // namespace

CsvDecoder::CsvDecoder(const CsvFormat &format)
    : m_encoding(format.encoding)
    , m_decided(format.encodingCertain || format.encoding != CsvEncoding::Utf8)
{}

CsvDecoder::Utf8Check CsvDecoder::checkUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        qsizetype len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF; // the range of the second byte (no overlongs, no surrogates)
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return Utf8Check::Invalid;
        }
        for (qsizetype k = 1; k < len; ++k) {
            if (i + k >= n)
                return Utf8Check::Valid; // cut by the end of the sample
            const unsigned char b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80)
                return Utf8Check::Invalid;
        }
        i += len;
    }
    return Utf8Check::Valid;
}

qsizetype CsvDecoder::incompleteTail(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const unsigned char c = s[n - back];
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for its lead
        const qsizetype len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return len > back ? back : 0;
    }
    return 0;
}

QString CsvDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text)
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(kCp1252High[c.unicode() - 0x80]);
    return text;
}

QString CsvDecoder::decodeUtf8(QByteArrayView bytes)
{
    QByteArrayView data = bytes;
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending + bytes.toByteArray();
        m_pending.clear();
        data = joined;
    }
    const qsizetype tail = incompleteTail(data);
    m_pending = data.last(tail).toByteArray();
    return QString::fromUtf8(data.first(data.size() - tail));
}

QString CsvDecoder::decode(QByteArrayView bytes)
{
    if (m_decided) {
        if (m_encoding == CsvEncoding::Windows1252)
            return fromWindows1252(bytes);
        return decodeUtf8(bytes);
    }
    QByteArray data = m_pending + bytes.toByteArray();
    m_pending.clear();
    const qsizetype at = firstNonAscii(data);
    if (at < 0)
        return QString::fromLatin1(data);
    const QByteArrayView rest = QByteArrayView(data).sliced(at);
    if (checkUtf8(rest) == Utf8Check::Invalid) {
        m_encoding = CsvEncoding::Windows1252;
        m_decided = true;
        return fromWindows1252(data);
    }
    if (incompleteTail(rest) == rest.size()) {
        // Only the start of a sequence so far: wait for the next chunk to decide.
        m_pending = rest.toByteArray();
        return QString::fromLatin1(QByteArrayView(data).first(at));
    }
    m_encoding = CsvEncoding::Utf8;
    m_decided = true;
    return decodeUtf8(data);
}

QString CsvDecoder::finish()
{
    if (m_pending.isEmpty())
        return {};
    const QByteArray pending = std::exchange(m_pending, {});
    // A sequence cut by the end of the file: UTF-8 it was not, unless already proven.
    if (!m_decided || m_encoding == CsvEncoding::Windows1252)
        return fromWindows1252(pending);
    return QString::fromUtf8(pending);
}

} // namespace dealboard
