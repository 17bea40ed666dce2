// MimeMessage (issue 7): RFC 5322 headers, RFC 2047 words, quoted-printable text and a base64
// PDF attachment in multipart/mixed, read back by a small parser.

#include "mimemessage.h"
#include "mimeparse.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestMimeMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainAsciiHeaders();
    void encodedWords_data();
    void encodedWords();
    void quotedPrintable();
    void textOnlyMessage();
    void multipartWithPdf();
    void date();
    void headersFoldedAt78();
    void nonAsciiAttachmentName_data();
    void nonAsciiAttachmentName();
};

namespace {

// Every line of a message's header block.
QList<QByteArray> headerLines(const QByteArray &message)
{
    return message.left(message.indexOf("\r\n\r\n")).split('\n');
}

// RFC 2231 filename*: the pieces joined, percent-decoded.
QString extendedFileName(const QByteArray &disposition)
{
    QByteArray joined;
    for (const auto &param : disposition.split(';')) {
        const QByteArray p = param.trimmed();
        if (!p.startsWith("filename*"))
            continue;
        QByteArray value = p.mid(p.indexOf('=') + 1);
        if (value.startsWith("UTF-8''"))
            value = value.mid(7);
        joined += value;
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(joined));
}

} // namespace

void TestMimeMessage::plainAsciiHeaders()
{
    QCOMPARE(MimeMessage::encodeHeaderText(u"Hello there"_s), QByteArray("Hello there"));
    QCOMPARE(MimeMessage::formatAddress({u"Lea Martin"_s, u"lea@example.org"_s}),
             QByteArray("Lea Martin <lea@example.org>"));
    QCOMPARE(MimeMessage::formatAddress({{}, u"lea@example.org"_s}),
             QByteArray("<lea@example.org>"));
    QCOMPARE(MimeMessage::formatAddress({u"Martin, Lea"_s, u"lea@example.org"_s}),
             QByteArray("\"Martin, Lea\" <lea@example.org>"));
}

void TestMimeMessage::encodedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("accents") << u"Suite à notre échange – Migration"_s;
    QTest::newRow("long")
        << QString(u"Récapitulatif très détaillé de notre échange "_s).repeated(4);
    QTest::newRow("emoji") << u"On avance ? 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"_s;
    QTest::newRow("looks encoded") << u"=?UTF-8?B?x?="_s;
}

void TestMimeMessage::encodedWords()
{
    QFETCH(QString, text);
    const QByteArray encoded = MimeMessage::encodeHeaderText(text);
    QVERIFY(encoded.startsWith("=?UTF-8?B?"));
    for (const auto &line : encoded.split('\n')) {
        QVERIFY2(line.size() <= 76, line.constData());
        for (const char c : line)
            QVERIFY(c >= 0x09 && c < 0x7f);
    }
    QCOMPARE(decodeWords(encoded), text);
}

void TestMimeMessage::quotedPrintable()
{
    const QString text =
        u"Bonjour Élodie,\n\nLigne = égale, espace en fin \n"_s + QString(100, u'x') + u"\r\nfin"_s;
    const QByteArray qp = MimeMessage::quotedPrintable(text);
    for (const auto &line : qp.split('\n')) {
        QVERIFY2(line.size() <= 77, line.constData()); // 76 and the '\r'
        QVERIFY(!line.endsWith(" \r"));
    }
    QVERIFY(qp.contains("=C3=89lodie"));
    QVERIFY(qp.contains("=3D"));
    QVERIFY(qp.contains("fin=20\r\n"));
    QString expected = text;
    expected.replace(u"\r\n"_s, u"\n"_s);
    expected.replace(u"\n"_s, u"\r\n"_s);
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(qp)), expected);
}

void TestMimeMessage::textOnlyMessage()
{
    MimeMessage m;
    m.setFrom({u"Léa Fondatrice"_s, u"lea@vmcloud.example"_s});
    m.setTo({{u"Élodie Martin"_s, u"elodie@martin.example"_s}});
    m.setSubject(u"Suite à notre échange"_s);
    m.setBody(u"Merci !\nÀ bientôt"_s);
    const QByteArray bytes = m.toBytes();
    QVERIFY(!bytes.contains("\n\n"));
    QVERIFY(!bytes.contains('\n') || bytes.count('\n') == bytes.count("\r\n"));
    const MimePart part = splitPart(bytes);
    QCOMPARE(decodeWords(part.headers.value("from")), u"Léa Fondatrice <lea@vmcloud.example>"_s);
    QCOMPARE(decodeWords(part.headers.value("to")), u"Élodie Martin <elodie@martin.example>"_s);
    QCOMPARE(decodeWords(part.headers.value("subject")), u"Suite à notre échange"_s);
    QCOMPARE(part.headers.value("mime-version"), QByteArray("1.0"));
    QVERIFY(part.headers.value("message-id").endsWith("@vmcloud.example>"));
    QVERIFY(part.headers.value("content-type").startsWith("text/plain; charset=UTF-8"));
    QCOMPARE(part.headers.value("content-transfer-encoding"), QByteArray("quoted-printable"));
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(part.body)), u"Merci !\r\nÀ bientôt\r\n"_s);
}

void TestMimeMessage::multipartWithPdf()
{
    QByteArray pdf("%PDF-1.7\n");
    for (int i = 0; i < 5000; ++i)
        pdf += char(i % 256);
    pdf += "\n%%EOF\n";
    MimeMessage m;
    m.setFrom({u"Lea"_s, u"lea@vmcloud.example"_s});
    m.setTo({{{}, u"elodie@martin.example"_s}});
    m.setSubject(u"Devis"_s);
    m.setBody(u"Ci-joint le devis."_s);
    m.addAttachment({u"DEV-2026-0001.pdf"_s, "application/pdf", pdf});
    const MimePart message = splitPart(m.toBytes("BOUNDARY42"));
    QCOMPARE(message.headers.value("content-type"),
             QByteArray("multipart/mixed; boundary=\"BOUNDARY42\""));
    const QList<MimePart> parts = multipartParts(message);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(parts.at(0).body)), u"Ci-joint le devis."_s);
    const MimePart &attachment = parts.at(1);
    QVERIFY(attachment.headers.value("content-type").startsWith("application/pdf"));
    QCOMPARE(attachment.headers.value("content-disposition"),
             QByteArray("attachment; filename=\"DEV-2026-0001.pdf\""));
    QCOMPARE(attachment.headers.value("content-transfer-encoding"), QByteArray("base64"));
    for (const auto &line : attachment.body.split('\n'))
        QVERIFY(line.size() <= 77);
    QCOMPARE(QByteArray::fromBase64(attachment.body), pdf);
}

void TestMimeMessage::date()
{
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 5, 7), Qt::OffsetFromUTC, 3600);
    QCOMPARE(MimeMessage::formatDate(at), QByteArray("Mon, 02 Mar 2026 09:05:07 +0100"));
    const QDateTime utc(QDate(2026, 11, 24), QTime(19, 33, 33), Qt::UTC);
    QCOMPARE(MimeMessage::formatDate(utc), QByteArray("Tue, 24 Nov 2026 19:33:33 +0000"));
}

void TestMimeMessage::headersFoldedAt78()
{
    MimeMessage m;
    m.setFrom({u"Léa Fondatrice de la très grande entreprise VMCloud Infrastructure"_s,
               u"lea@vmcloud.example"_s});
    m.setTo({{u"Élodie Martin-Dupont de la Direction des Systèmes d'Information"_s,
              u"elodie@martin.example"_s},
             {u"Jean"_s, u"jean@martin.example"_s}});
    const QString subject = u"Récapitulatif de notre échange et agenda de la démonstration – "
                            "Migration de l'infrastructure cloud"_s;
    m.setSubject(subject);
    m.setBody(u"x"_s);
    const QByteArray bytes = m.toBytes();
    for (const auto &line : headerLines(bytes))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 and the '\r'
    const MimePart part = splitPart(bytes);
    QCOMPARE(decodeWords(part.headers.value("subject")), subject);
    QVERIFY(decodeWords(part.headers.value("to")).endsWith(u"<jean@martin.example>"_s));

    // A long plain subject is folded at a space.
    m.setSubject(QString(u"Follow-up on our proposal "_s).repeated(5).trimmed());
    const QByteArray plain = m.toBytes();
    for (const auto &line : headerLines(plain))
        QVERIFY2(line.size() <= 79, line.constData());
    QCOMPARE(splitPart(plain).headers.value("subject"),
             QString(u"Follow-up on our proposal "_s).repeated(5).trimmed().toLatin1());
}

void TestMimeMessage::nonAsciiAttachmentName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("fallback");
    QTest::newRow("accents") << u"Devis Élodie – été.pdf"_s
                             << QByteArray("filename=\"Devis Elodie _ ete.pdf\"");
    QTest::newRow("long") << u"Proposition détaillée pour la société Énergies Renouvelables de "
                             "l'Ouest – version 2.pdf"_s
                          << QByteArray("filename=\"Proposition detaillee pour la societe "
                                        "Energies Renouvelables de l'Ouest _ version 2.pdf\"");
}

void TestMimeMessage::nonAsciiAttachmentName()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, fallback);
    MimeMessage m;
    m.setFrom({u"Lea"_s, u"lea@vmcloud.example"_s});
    m.setTo({{{}, u"elodie@martin.example"_s}});
    m.setSubject(u"Devis"_s);
    m.setBody(u"Ci-joint."_s);
    m.addAttachment({name, "application/pdf", "%PDF-1.7\n%%EOF\n"});
    const QByteArray bytes = m.toBytes("B42");
    const QList<MimePart> parts = multipartParts(splitPart(bytes));
    QCOMPARE(parts.size(), 2);
    const QByteArray disposition = parts.at(1).headers.value("content-disposition");
    QVERIFY2(disposition.startsWith("attachment; " + fallback + ';'), disposition.constData());
    QCOMPARE(extendedFileName(disposition), name);
    for (const auto &line : bytes.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData());
}

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "tst_mimemessage.moc"
