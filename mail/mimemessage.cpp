#include "mimemessage.h"

#include <QLocale>

#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qsizetype kMaxLine = 76;
// Header lines are folded at 78 characters (RFC 5322 §2.1.1).
constexpr qsizetype kMaxHeaderLine = 78;
// Bytes of UTF-8 per encoded word: 45 bytes give 60 base64 characters, and with
// "=?UTF-8?B?" and "?=" a word stays under RFC 2047's 75 and fits a folded line.
constexpr qsizetype kWordBytes = 45;
constexpr qsizetype kWordOverhead = 12; // "=?UTF-8?B?" and "?="

bool isPlainHeaderText(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    // A word that looks like an encoded word must be encoded itself.
    return !text.contains(u"=?"_s);
}

// An address's display name: plain atoms, or a quoted string, or encoded words.
QByteArray displayName(const QString &name)
{
    if (!isPlainHeaderText(name))
        return MimeMessage::encodeHeaderText(name);
    static const QString specials = u"()<>[]:;@\\,.\""_s;
    bool needsQuotes = false;
    for (const QChar c : name)
        if (specials.contains(c))
            needsQuotes = true;
    if (!needsQuotes)
        return name.toLatin1();
    QByteArray quoted = name.toLatin1();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + '"';
}

char hexDigit(int v)
{
    return "0123456789ABCDEF"[v & 0xf];
}

QByteArray quotedPrintableLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line.at(i));
        const bool last = i == line.size() - 1;
        QByteArray piece;
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
            piece = QByteArray(1, char(c));
        else
            piece = QByteArray(1, '=') + hexDigit(c >> 4) + hexDigit(c);
        // Keep room for the soft break's "=" unless this is the line's last piece.
        const qsizetype room = last ? kMaxLine : kMaxLine - 1;
        if (column + piece.size() > room) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += piece.size();
    }
    return out;
}

// RFC 2231's attr-char: what may stay as is in an extended parameter value.
bool isAttrChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArray("!#$&+-.^_`|~").contains(c);
}

// An ASCII file name for mail readers that do not read RFC 2231: accents dropped,
// anything else not printable ASCII (or a quote, a backslash) replaced by "_".
QByteArray asciiFileName(const QString &name)
{
    QByteArray out;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.unicode();
        out += (u >= 0x20 && u < 0x7f && u != '"' && u != '\\') ? char(u) : '_';
    }
    return out.trimmed().isEmpty() ? QByteArray("attachment") : out;
}

// The attachment's file name parameters: filename="…" alone for a plain ASCII name, else an
// ASCII fallback then filename*=UTF-8''… (RFC 2231), continued in pieces when long.
QByteArray fileNameParameters(const QString &name)
{
    const QByteArray fallback = asciiFileName(name);
    if (fallback == name.toUtf8())
        return "filename=\"" + fallback + '"';
    QByteArray encoded;
    for (const char c : name.toUtf8())
        encoded += isAttrChar(c) ? QByteArray(1, c)
                                 : QByteArray(1, '%') + hexDigit(uchar(c) >> 4) + hexDigit(c);
    QByteArray out = "filename=\"" + fallback + "\";\r\n ";
    // " filename*0*=UTF-8''" and ";" leave 57 on a line of 78.
    constexpr qsizetype kPiece = 54;
    if (encoded.size() <= kPiece)
        return out + "filename*=UTF-8''" + encoded;
    int index = 0;
    for (qsizetype at = 0; at < encoded.size(); ++index) {
        qsizetype n = std::min(kPiece, encoded.size() - at);
        // Never split a %XX escape between two pieces.
        if (at + n < encoded.size() && encoded.at(at + n - 1) == '%')
            n -= 1;
        else if (at + n < encoded.size() && n >= 2 && encoded.at(at + n - 2) == '%')
            n -= 2;
        out += (index > 0 ? ";\r\n " : "") + QByteArray("filename*") + QByteArray::number(index) +
               "*=" + (index == 0 ? "UTF-8''" : "") + encoded.mid(at, n);
        at += n;
    }
    return out;
}

} // namespace

QByteArray MimeMessage::foldHeader(const QByteArray &line)
{
    QByteArray out;
    const QList<QByteArray> physical = line.split('\n');
    for (qsizetype p = 0; p < physical.size(); ++p) {
        QByteArray rest = physical.at(p);
        if (rest.endsWith('\r'))
            rest.chop(1);
        if (p > 0)
            out += "\r\n";
        // Fold before the last space that keeps the line within 78; a longer word stays whole.
        while (rest.size() > kMaxHeaderLine) {
            qsizetype at = rest.lastIndexOf(' ', kMaxHeaderLine);
            if (at <= 0 || rest.left(at).trimmed().isEmpty())
                at = rest.indexOf(' ', kMaxHeaderLine);
            if (at <= 0)
                break;
            out += rest.left(at) + "\r\n";
            rest = rest.mid(at);
        }
        out += rest;
    }
    return out;
}

QByteArray MimeMessage::encodeHeaderText(const QString &text, qsizetype column)
{
    if (isPlainHeaderText(text))
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    // The first word fits what is left of the first line, the others a continuation line.
    qsizetype limit = std::min(kWordBytes, (kMaxHeaderLine - column - kWordOverhead) / 4 * 3);
    if (limit < 3)
        limit = kWordBytes;
    // Whole characters per word: a surrogate pair stays together.
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, n).toUtf8();
        i += n - 1;
        if (chunk.size() + bytes.size() > limit && !chunk.isEmpty()) {
            limit = kWordBytes;
            words.append(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + words.at(i).toBase64() + "?=";
    }
    return out;
}

QByteArray MimeMessage::formatAddress(const MailAddress &address)
{
    const QByteArray email = address.email.trimmed().toUtf8();
    if (address.name.trimmed().isEmpty())
        return '<' + email + '>';
    return displayName(address.name.simplified()) + " <" + email + '>';
}

QByteArray MimeMessage::quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += "\r\n";
        out += quotedPrintableLine(lines.at(i));
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype at = 0; at < encoded.size(); at += kMaxLine)
        out += encoded.mid(at, kMaxLine) + "\r\n";
    return out;
}

QByteArray MimeMessage::formatDate(const QDateTime &date)
{
    const QLocale c = QLocale::c();
    const int offset = date.offsetFromUtc() / 60;
    const int hours = std::abs(offset) / 60;
    const int minutes = std::abs(offset) % 60;
    return (c.toString(date, u"ddd, dd MMM yyyy HH:mm:ss "_s) + (offset < 0 ? u'-' : u'+') +
            u"%1%2"_s.arg(hours, 2, 10, QChar(u'0')).arg(minutes, 2, 10, QChar(u'0')))
        .toLatin1();
}

QByteArray MimeMessage::toBytes(const QByteArray &givenBoundary) const
{
    const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray boundary = givenBoundary.isEmpty() ? "=_dealboard_" + id : givenBoundary;
    const QString email = m_from.email.trimmed();
    const QString domain = email.contains(u'@') ? email.section(u'@', -1) : u"localhost"_s;

    QByteArray out;
    out += "Date: " + formatDate(m_date.isValid() ? m_date : QDateTime::currentDateTime()) + "\r\n";
    out += foldHeader("From: " + formatAddress(m_from)) + "\r\n";
    QByteArray to;
    for (const auto &a : m_to)
        to += (to.isEmpty() ? "" : ",\r\n ") + formatAddress(a);
    out += foldHeader("To: " + to) + "\r\n";
    out += foldHeader("Subject: " + encodeHeaderText(m_subject.simplified(), 9)) + "\r\n";
    out += "Message-ID: <" + id + '@' + domain.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "X-Mailer: Dealboard " DEALBOARD_VERSION "\r\n";

    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\n" +
                                quotedPrintable(m_body) + "\r\n";
    if (m_attachments.isEmpty())
        return out + textPart;

    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n";
    out += "--" + boundary + "\r\n" + textPart;
    for (const auto &a : m_attachments) {
        out += "--" + boundary + "\r\n";
        out += foldHeader("Content-Type: " +
                          (a.mimeType.isEmpty() ? "application/octet-stream" : a.mimeType) +
                          "; name=\"" + asciiFileName(a.fileName) + '"') +
               "\r\n";
        out += foldHeader("Content-Disposition: attachment; " + fileNameParameters(a.fileName)) +
               "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(a.data);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace dealboard
