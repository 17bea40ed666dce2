#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dealboard {

struct MailAddress
{
    QString name; // may be empty
    QString email;
};

struct MailAttachment
{
    QString fileName;
    QByteArray mimeType; // "application/pdf"
    QByteArray data;
};

// An email as bytes for SMTP: RFC 5322 headers (names and subject encoded as RFC 2047 words
// when they are not plain ASCII, lines folded at 78), a UTF-8 text body in quoted-printable, and
// attachments in base64 inside multipart/mixed. Lines end in CRLF.
class MimeMessage
{
public:
    void setFrom(const MailAddress &from) { m_from = from; }
    void setTo(const QList<MailAddress> &to) { m_to = to; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setBody(const QString &text) { m_body = text; }
    void addAttachment(const MailAttachment &attachment) { m_attachments.append(attachment); }
    // The Date header; now when not set.
    void setDate(const QDateTime &date) { m_date = date; }

    const MailAddress &from() const { return m_from; }
    const QList<MailAddress> &to() const { return m_to; }

    // The whole message. `boundary` and the Message-ID are random unless given (tests).
    QByteArray toBytes(const QByteArray &boundary = {}) const;

    // RFC 2047 "=?UTF-8?B?…?=" words, one a line, for a header value that is not plain
    // printable ASCII; the text itself otherwise. `column`: where the value starts on its
    // first line (after "Subject: "), so that the first word fits within 78 too.
    static QByteArray encodeHeaderText(const QString &text, qsizetype column = 0);
    // A header line ("Name: value", possibly already folded) folded at spaces so that no line
    // is longer than 78 characters (a single longer word cannot be folded and stays).
    static QByteArray foldHeader(const QByteArray &line);
    // "Name <email>" with the name quoted or encoded as needed.
    static QByteArray formatAddress(const MailAddress &address);
    // Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, lines of at most 76.
    static QByteArray quotedPrintable(const QString &text);
    // Base64 in lines of 76 characters, each ending in CRLF.
    static QByteArray base64Lines(const QByteArray &data);
    // "Tue, 24 Nov 2026 19:33:33 +0000".
    static QByteArray formatDate(const QDateTime &date);

private:
    MailAddress m_from;
    QList<MailAddress> m_to;
    QString m_subject;
    QString m_body;
    QList<MailAttachment> m_attachments;
    QDateTime m_date;
};

} // namespace dealboard
