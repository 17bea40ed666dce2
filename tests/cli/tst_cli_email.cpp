// The email commands end to end (issue 7): smtp set/show, email templates, email render
// (and its refusal on an empty placeholder), email send to a real SMTP server on loopback
// with the quote's PDF attached and the activity logged, and a failed send that keeps the
// draft.

#include "../mail/mimeparse.h"
#include "../mail/smtpserver.h"
#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;
using namespace dealboard::test;

class TestCliEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void templatesAndHelp();
    void renderFillsFromTheDeal();
    void renderRefusesOnEmptyPlaceholders();
    void smtpSetAndShow();
    void sendWithQuoteLogsTheActivity();
    void failedSendKeepsTheDraft();

private:
    qint64 dealWithContact();
    void setSmtp(quint16 port);
    QList<QStringList> emailActivities();

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliEmail::init()
{
    m_fx = std::make_unique<CliFixture>();
    QCOMPARE(m_fx->ok({u"init"_s}).code, 0);
}

qint64 TestCliEmail::dealWithContact()
{
    if (m_fx->ok({u"company"_s, u"add"_s, u"Boulangerie Martin"_s}).code != 0)
        return 0;
    if (m_fx->ok({u"contact"_s, u"add"_s, u"Élodie Martin"_s, u"--company"_s,
                  u"Boulangerie Martin"_s, u"--email"_s, u"elodie@martin.example"_s})
            .code != 0)
        return 0;
    const Run r = m_fx->ok({u"deal"_s, u"add"_s, u"--title"_s, u"Migration cloud"_s, u"--company"_s,
                            u"Boulangerie Martin"_s, u"--mrr"_s, u"500"_s, u"--email"_s,
                            u"elodie@martin.example"_s, u"--json"_s});
    return r.code == 0 ? r.json()[u"id"_s].toInteger() : 0;
}

void TestCliEmail::setSmtp(quint16 port)
{
    const Run r = m_fx->ok({u"smtp"_s, u"set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                            QString::number(port), u"--security"_s, u"none"_s, u"--from"_s,
                            u"lea@vmcloud.example"_s, u"--name"_s, u"Léa Fondatrice"_s,
                            u"--booking-link"_s, u"https://cal.com/lea"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
}

// Each done Email activity as (deal, title, note, done).
QList<QStringList> TestCliEmail::emailActivities()
{
    QList<QStringList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_fx->db());
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SELECT deal_id, title, note, done_at IS NOT NULL FROM activities "
                   "WHERE kind = 'email' ORDER BY id"_s);
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString()});
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return rows;
}

void TestCliEmail::templatesAndHelp()
{
    const Run list = m_fx->ok({u"email"_s, u"templates"_s, u"--json"_s});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().toArray().size(), 10);
    QCOMPARE(list.json()[0][u"key"_s].toString(), u"inbound-reply"_s);
    QCOMPARE(list.json()[0][u"edited"_s].toBool(), false);
    for (const auto &command : {u"render"_s, u"send"_s, u"templates"_s}) {
        const Run help = m_fx->cli({u"email"_s, command, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"dealboard-cli email "_s + command));
    }
    QCOMPARE(m_fx->cli({u"smtp"_s, u"set"_s, u"--help"_s}).code, 0);
}

void TestCliEmail::renderFillsFromTheDeal()
{
    const qint64 deal = dealWithContact();
    QVERIFY(deal > 0);
    setSmtp(2525);
    const Run fr = m_fx->ok({u"email"_s, u"render"_s, u"inbound-reply"_s, QString::number(deal)});
    QVERIFY2(fr.code == 0, qPrintable(fr.describe()));
    QVERIFY(fr.out.startsWith(u"To: Élodie Martin <elodie@martin.example>\n"_s));
    QVERIFY(fr.out.contains(u"Subject: Re: votre demande – Migration cloud\n"_s));
    QVERIFY(fr.out.contains(u"Bonjour Élodie,"_s));
    QVERIFY(fr.out.contains(u"https://cal.com/lea"_s));
    QVERIFY(!fr.out.contains(u'{'));

    const Run en = m_fx->ok({u"email"_s, u"render"_s, u"nurture"_s, QString::number(deal),
                             u"--lang"_s, u"en"_s, u"--json"_s});
    QVERIFY2(en.code == 0, qPrintable(en.describe()));
    QCOMPARE(en.json()[u"language"_s].toString(), u"en"_s);
    QCOMPARE(en.json()[u"subject"_s].toString(), u"Any news on your project, Élodie?"_s);
    QCOMPARE(en.json()[u"problems"_s].toArray().size(), 0);

    const Run unknown = m_fx->cli(
        {u"--db"_s, m_fx->db(), u"email"_s, u"render"_s, u"welcome"_s, QString::number(deal)});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.oneErrorLine());
}

void TestCliEmail::renderRefusesOnEmptyPlaceholders()
{
    const qint64 deal = dealWithContact();
    QVERIFY(deal > 0);
    // No SMTP settings (no sender) and no quote.
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"email"_s, u"render"_s, u"silent-followup"_s,
                             QString::number(deal)});
    QCOMPARE(r.code, 1);
    QVERIFY(r.oneErrorLine());
    QVERIFY2(r.err.contains(u"{quote.number}, {quote.valid_until}, {sender.name}"_s),
             qPrintable(r.err));
    // Shown as written, so the user sees what is missing; never a made-up "[Prénom]".
    QVERIFY(r.out.contains(u"proposition {quote.number}"_s));

    // email send refuses the same way and sends nothing.
    const Run send = m_fx->cli({u"--db"_s, m_fx->db(), u"email"_s, u"send"_s, u"silent-followup"_s,
                                QString::number(deal)});
    QCOMPARE(send.code, 1);
    QVERIFY(send.err.contains(u"{quote.number}"_s));
    QVERIFY(emailActivities().isEmpty());
}

void TestCliEmail::smtpSetAndShow()
{
    const Run none = m_fx->ok({u"smtp"_s, u"show"_s, u"--json"_s});
    QCOMPARE(none.json()[u"configured"_s].toBool(), false);
    const Run first =
        m_fx->cli({u"--db"_s, m_fx->db(), u"smtp"_s, u"set"_s, u"--host"_s, u"smtp.example.org"_s});
    QCOMPARE(first.code, 1); // --from is needed the first time
    QCOMPARE(m_fx->ok({u"smtp"_s, u"set"_s, u"--host"_s, u"smtp.example.org"_s, u"--security"_s,
                       u"tls"_s, u"--from"_s, u"lea@vmcloud.example"_s})
                 .code,
             0);
    const Run shown = m_fx->ok({u"smtp"_s, u"show"_s, u"--json"_s});
    QCOMPARE(shown.json()[u"host"_s].toString(), u"smtp.example.org"_s);
    QCOMPARE(shown.json()[u"port"_s].toInt(), 465);
    QCOMPARE(shown.json()[u"security"_s].toString(), u"tls"_s);
    QVERIFY(shown.json()[u"password_saved"_s].isNull()); // no user: no password
    const Run bad =
        m_fx->cli({u"--db"_s, m_fx->db(), u"smtp"_s, u"set"_s, u"--security"_s, u"ssl"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.oneErrorLine());
    const Run noUser =
        m_fx->cli({u"--db"_s, m_fx->db(), u"smtp"_s, u"set"_s, u"--password-stdin"_s});
    QCOMPARE(noUser.code, 1);
}

void TestCliEmail::sendWithQuoteLogsTheActivity()
{
    SmtpServer server;
    const QString why = server.start();
    if (!why.isEmpty())
        QFAIL(qPrintable(why));
    const qint64 deal = dealWithContact();
    QVERIFY(deal > 0);
    setSmtp(server.port());
    const Run quote = m_fx->ok({u"quote"_s, u"create"_s, QString::number(deal), u"--line"_s,
                                u"vps-m:1"_s, u"--contract"_s, u"annual-standard"_s, u"--json"_s});
    QVERIFY2(quote.code == 0, qPrintable(quote.describe()));
    const QString quoteId = QString::number(quote.json()[u"id"_s].toInteger());

    const Run sent = m_fx->ok({u"email"_s, u"send"_s, u"silent-followup"_s, QString::number(deal),
                               u"--attach-quote"_s, quoteId, u"--json"_s});
    QVERIFY2(sent.code == 0, qPrintable(sent.describe()));
    QCOMPARE(sent.json()[u"sent"_s].toBool(), true);
    QVERIFY(sent.json()[u"activity_id"_s].toInteger() > 0);

    QTRY_COMPARE(server.messages().size(), 1);
    QCOMPARE(server.envelope(0),
             (QStringList{u"lea@vmcloud.example"_s, u"elodie@martin.example"_s}));
    const MimePart message = splitPart(server.message(0));
    QCOMPARE(decodeWords(message.headers.value("subject")), u"Élodie – On avance ?"_s);
    QCOMPARE(decodeWords(message.headers.value("from")), u"Léa Fondatrice <lea@vmcloud.example>"_s);
    const QList<MimePart> parts = multipartParts(message);
    QCOMPARE(parts.size(), 2);
    const QString body = QString::fromUtf8(decodeQuotedPrintable(parts.at(0).body));
    QVERIFY2(body.contains(u"proposition DEV-2026-0001 pour Boulangerie Martin"_s),
             qPrintable(body));
    QVERIFY(!body.contains(u'{'));
    QVERIFY(parts.at(1).headers.value("content-disposition").contains("DEV-2026-0001.pdf"));
    const QByteArray pdf = QByteArray::fromBase64(parts.at(1).body);
    QVERIFY(pdf.startsWith("%PDF-"));
    // The PDF's SHA-256 was recorded: quote verify recognises the attachment.
    const QString saved = m_fx->dir.filePath(u"attached.pdf"_s);
    QFile file(saved);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QCOMPARE(m_fx->ok({u"quote"_s, u"verify"_s, saved}).code, 0);

    const QList<QStringList> logged = emailActivities();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.at(0), (QStringList{QString::number(deal), u"Élodie – On avance ?"_s,
                                        u"elodie@martin.example"_s, u"1"_s}));
}

void TestCliEmail::failedSendKeepsTheDraft()
{
    quint16 port = 0;
    {
        SmtpServer server;
        const QString why = server.start();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        port = server.port();
    } // stopped: nothing listens there now
    const qint64 deal = dealWithContact();
    QVERIFY(deal > 0);
    setSmtp(port);
    const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"email"_s, u"send"_s, u"nurture"_s,
                             QString::number(deal), u"--to"_s, u"other@martin.example"_s});
    QCOMPARE(r.code, 1);
    QVERIFY(r.oneErrorLine());
    QVERIFY2(r.err.startsWith(u"Network"_s), qPrintable(r.err));
    // The draft, printed back.
    QVERIFY(r.out.startsWith(u"To: other@martin.example\n"_s));
    QVERIFY(r.out.contains(u"Bonjour Élodie,"_s));
    QVERIFY(emailActivities().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliEmail)
#include "tst_cli_email.moc"
