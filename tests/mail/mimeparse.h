#pragma once

// Reads back what MimeMessage wrote (and the SMTP server received): headers, the
// quoted-printable text, base64 attachments, RFC 2047 words. Only what the tests need.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace dealboard::test {

struct MimePart
{
    QMap<QByteArray, QByteArray> headers; // lower-case names, unfolded values
    QByteArray body;                      // as transferred
};

inline MimePart splitPart(const QByteArray &raw)
{
    MimePart part;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? raw : raw.left(end);
    part.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    QByteArray unfolded = head;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const auto &line : unfolded.split('\n')) {
        const QByteArray l = line.trimmed();
        const qsizetype colon = l.indexOf(':');
        if (colon > 0)
            part.headers.insert(l.left(colon).toLower(), l.mid(colon + 1).trimmed());
    }
    return part;
}

inline QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size() && in.at(i + 1) == '\r' && in.at(i + 2) == '\n') {
            i += 2; // soft line break
        } else if (in.at(i) == '=' && i + 2 < in.size()) {
            out += QByteArray::fromHex(in.mid(i + 1, 2));
            i += 2;
        } else {
            out += in.at(i);
        }
    }
    return out;
}

// "=?UTF-8?B?…?= =?UTF-8?B?…?=" → text (whitespace between encoded words dropped).
inline QString decodeWords(const QByteArray &value)
{
    QByteArray out;
    qsizetype at = 0;
    bool lastWasWord = false;
    while (at < value.size()) {
        const qsizetype start = value.indexOf("=?UTF-8?B?", at);
        if (start < 0) {
            out += value.mid(at);
            break;
        }
        const QByteArray between = value.mid(at, start - at);
        if (!(lastWasWord && between.trimmed().isEmpty()))
            out += between;
        const qsizetype end = value.indexOf("?=", start + 10);
        out += QByteArray::fromBase64(value.mid(start + 10, end - start - 10));
        at = end + 2;
        lastWasWord = true;
    }
    return QString::fromUtf8(out);
}

// The parts of a multipart body, split on its boundary.
inline QList<MimePart> multipartParts(const MimePart &message)
{
    const QByteArray type = message.headers.value("content-type");
    const qsizetype b = type.indexOf("boundary=\"");
    if (b < 0)
        return {};
    const QByteArray boundary = "--" + type.mid(b + 10, type.indexOf('"', b + 10) - b - 10);
    QList<MimePart> parts;
    const QList<QByteArray> pieces = message.body.split('\n');
    QByteArray current;
    bool inside = false;
    for (const auto &line : pieces) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l == boundary || l == boundary + "--") {
            if (inside)
                parts.append(splitPart(current.endsWith("\r\n") ? current.chopped(2) : current));
            current.clear();
            inside = l == boundary;
            continue;
        }
        if (inside)
            current += l + "\r\n";
    }
    return parts;
}

} // namespace dealboard::test
