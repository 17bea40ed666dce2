// SmtpSender (issue 7) against a real SMTP server on loopback (aiosmtpd, started here): the
// message as received with its PDF attachment, an authentication refused, a recipient
// refused, no TLS offered, and nothing listening.

#include "mimemessage.h"
#include "mimeparse.h"
#include "smtpsender.h"
#include "smtpserver.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestSmtpSender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsWithAuthenticationAndAttachment();
    void wrongPasswordIsAnAuthenticationError();
    void refusedRecipient();
    void refusedMessage();
    void starttlsNotOffered();
    void nothingListeningIsANetworkError();

private:
    static SmtpSettings settings(quint16 port, const QString &user = {});
    static QByteArray samplePdf();
};

SmtpSettings TestSmtpSender::settings(quint16 port, const QString &user)
{
    SmtpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = port;
    s.security = SmtpSettings::Security::None;
    s.userName = user;
    s.senderName = u"Léa Fondatrice"_s;
    s.senderEmail = u"lea@vmcloud.example"_s;
    return s;
}

QByteArray TestSmtpSender::samplePdf()
{
    QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    for (int i = 0; i < 20000; ++i)
        pdf += char((i * 7) % 256);
    return pdf + "\n%%EOF\n";
}

void TestSmtpSender::sendsWithAuthenticationAndAttachment()
{
    SmtpServer server;
    const QString why = server.start(u"lea"_s, u"s3cret pass"_s);
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    MimeMessage m;
    m.setFrom({u"Léa Fondatrice"_s, u"lea@vmcloud.example"_s});
    m.setTo({{u"Élodie Martin"_s, u"elodie@martin.example"_s}});
    m.setSubject(u"Suite à notre échange – Migration cloud"_s);
    // A line starting with a dot must survive SMTP's dot-stuffing.
    m.setBody(u"Bonjour Élodie,\n.\n.point\nÀ bientôt"_s);
    m.addAttachment({u"DEV-2026-0001.pdf"_s, "application/pdf", samplePdf()});

    SmtpSender sender(settings(server.port(), u"lea"_s), u"s3cret pass"_s);
    const Status sent =
        sender.send(u"lea@vmcloud.example"_s, {u"elodie@martin.example"_s}, m.toBytes());
    QVERIFY2(sent.ok(), qPrintable(sent.errorMessage()));
    QCOMPARE(sender.lastFailure(), SmtpSender::Failure::None);
    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.envelope(0),
             (QStringList{u"lea@vmcloud.example"_s, u"elodie@martin.example"_s}));

    const MimePart message = splitPart(server.message(0));
    QCOMPARE(decodeWords(message.headers.value("subject")),
             u"Suite à notre échange – Migration cloud"_s);
    QCOMPARE(decodeWords(message.headers.value("from")), u"Léa Fondatrice <lea@vmcloud.example>"_s);
    QCOMPARE(decodeWords(message.headers.value("to")), u"Élodie Martin <elodie@martin.example>"_s);
    QVERIFY(!message.headers.value("date").isEmpty());
    QVERIFY(!message.headers.value("message-id").isEmpty());
    const QList<MimePart> parts = multipartParts(message);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(parts.at(0).body)),
             u"Bonjour Élodie,\r\n.\r\n.point\r\nÀ bientôt"_s);
    QVERIFY(parts.at(1).headers.value("content-disposition").contains("DEV-2026-0001.pdf"));
    QCOMPARE(QByteArray::fromBase64(parts.at(1).body), samplePdf());
}

void TestSmtpSender::wrongPasswordIsAnAuthenticationError()
{
    SmtpServer server;
    const QString why = server.start(u"lea"_s, u"right"_s);
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    SmtpSender sender(settings(server.port(), u"lea"_s), u"wrong"_s);
    const Status sent = sender.send(u"lea@vmcloud.example"_s, {u"elodie@martin.example"_s},
                                    "Subject: x\r\n\r\nx\r\n");
    QVERIFY(!sent);
    QCOMPARE(sender.lastFailure(), SmtpSender::Failure::Authentication);
    QVERIFY2(sent.errorMessage().contains(u"Authentication refused"_s),
             qPrintable(sent.errorMessage()));
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpSender::refusedRecipient()
{
    SmtpServer server;
    const QString why = server.start();
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    SmtpSender sender(settings(server.port()), {});
    const Status sent = sender.send(u"lea@vmcloud.example"_s, {u"refused@martin.example"_s},
                                    "Subject: x\r\n\r\nx\r\n");
    QVERIFY(!sent);
    QCOMPARE(sender.lastFailure(), SmtpSender::Failure::Recipient);
    QVERIFY2(sent.errorMessage().contains(u"refused@martin.example"_s),
             qPrintable(sent.errorMessage()));
    QVERIFY2(sent.errorMessage().contains(u"550 5.1.1"_s), qPrintable(sent.errorMessage()));
}

void TestSmtpSender::refusedMessage()
{
    SmtpServer server;
    const QString why = server.start();
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    SmtpSender sender(settings(server.port()), {});
    const Status sent = sender.send(u"lea@vmcloud.example"_s, {u"spam@martin.example"_s},
                                    "Subject: x\r\n\r\nx\r\n");
    QVERIFY(!sent);
    QCOMPARE(sender.lastFailure(), SmtpSender::Failure::Refused);
    QVERIFY2(sent.errorMessage().contains(u"refused"_s), qPrintable(sent.errorMessage()));
    QVERIFY2(sent.errorMessage().contains(u"554 5.7.1"_s), qPrintable(sent.errorMessage()));
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpSender::starttlsNotOffered()
{
    SmtpServer server;
    const QString why = server.start();
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    SmtpSettings s = settings(server.port());
    s.security = SmtpSettings::Security::StartTls;
    SmtpSender sender(s, {});
    const Status sent = sender.send(u"lea@vmcloud.example"_s, {u"elodie@martin.example"_s},
                                    "Subject: x\r\n\r\nx\r\n");
    QVERIFY(!sent);
    QCOMPARE(sender.lastFailure(), SmtpSender::Failure::Tls);
    QVERIFY2(sent.errorMessage().contains(u"TLS"_s), qPrintable(sent.errorMessage()));
    QVERIFY(server.messages().isEmpty());
}

void TestSmtpSender::nothingListeningIsANetworkError()
{
    quint16 port = 0;
    {
        SmtpServer server;
        const QString why = server.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        port = server.port();
    } // stopped: nothing listens there any more
    SmtpSender sender(settings(port), {});
    sender.setTimeouts(5, 10);
    const Status sent = sender.send(u"lea@vmcloud.example"_s, {u"elodie@martin.example"_s},
                                    "Subject: x\r\n\r\nx\r\n");
    QVERIFY(!sent);
    QCOMPARE(sender.lastFailure(), SmtpSender::Failure::Network);
    QVERIFY2(sent.errorMessage().startsWith(u"Network"_s), qPrintable(sent.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtpsender.moc"
