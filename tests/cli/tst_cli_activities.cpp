#include "clirunner.h"

#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

// activity add / list / done, today and followups ics, end to end.
class TestCliActivities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addListDone();
    void todayShowsTheRitual();
    void icsFile();
    void refusals();
    void whileTheAppHasItOpen();

private:
    std::unique_ptr<CliFixture> m_fx;
    qint64 m_deal = 0;
};

void TestCliActivities::init()
{
    m_fx = std::make_unique<CliFixture>();
    m_deal = m_fx->addDeal(u"Alpha"_s);
    QVERIFY(m_deal > 0);
}

void TestCliActivities::cleanup()
{
    m_fx.reset();
}

void TestCliActivities::addListDone()
{
    const Run added = m_fx->ok({u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s,
                                u"call"_s, u"--due"_s, u"2020-01-02 09:30"_s, u"--title"_s,
                                u"Call back"_s, u"--category"_s, u"pipeline"_s, u"--json"_s});
    QCOMPARE(added.code, 0);
    const qint64 id = added.json()[u"id"_s].toInteger();
    QCOMPARE(added.json()[u"due_time"_s].toString(), u"09:30"_s);
    QCOMPARE(added.json()[u"category"_s].toString(), u"pipeline"_s);

    QJsonArray overdue = m_fx->ok({u"activity"_s, u"list"_s, u"--due"_s, u"overdue"_s, u"--json"_s})
                             .json()
                             .toArray();
    bool found = false;
    for (const auto &a : overdue)
        found = found || a[u"id"_s].toInteger() == id;
    QVERIFY(found);
    const Run done = m_fx->ok({u"activity"_s, u"done"_s, QString::number(id), u"--outcome"_s,
                               u"Interested"_s, u"--minutes"_s, u"15"_s, u"--json"_s});
    QVERIFY(done.json()[u"done"_s].toBool());
    QCOMPARE(done.json()[u"outcome"_s].toString(), u"Interested"_s);
    QCOMPARE(done.json()[u"minutes"_s].toInt(), 15);
    overdue = m_fx->ok({u"activity"_s, u"list"_s, u"--due"_s, u"overdue"_s, u"--json"_s})
                  .json()
                  .toArray();
    for (const auto &a : overdue)
        QVERIFY(a[u"id"_s].toInteger() != id);
    // The deal's list keeps done ones.
    const QJsonArray ofDeal =
        m_fx->ok({u"activity"_s, u"list"_s, u"--deal"_s, QString::number(m_deal), u"--json"_s})
            .json()
            .toArray();
    QVERIFY(!ofDeal.isEmpty());
    QVERIFY(m_fx->ok({u"activity"_s, u"list"_s}).out.contains(u"activit"_s));
    // Done twice: an error.
    const Run again =
        m_fx->cli({u"--db"_s, m_fx->db(), u"activity"_s, u"done"_s, QString::number(id)});
    QCOMPARE(again.code, 1);
    QVERIFY(again.oneErrorLine());
}

void TestCliActivities::todayShowsTheRitual()
{
    // The deal was just added as a lead: the playbook asks for a reply within 4 hours.
    const Run today = m_fx->ok({u"today"_s, u"--json"_s});
    QCOMPARE(today.code, 0);
    const QJsonArray leads = today.json()[u"new_leads"_s].toArray();
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.at(0)[u"deal_id"_s].toInteger(), m_deal);
    QVERIFY(leads.at(0)[u"minutes_left"_s].toInt() > 230);
    QCOMPARE(leads.at(0)[u"rule"_s].toString(), u"inbound-reply"_s);
    // Once only.
    QCOMPARE(m_fx->ok({u"today"_s, u"--json"_s}).json()[u"new_leads"_s].toArray().size(), 1);
    const Run text = m_fx->ok({u"today"_s});
    QVERIFY(text.out.contains(u"New leads to answer (1)"_s));
    QVERIFY(text.out.contains(u"left"_s));
}

void TestCliActivities::icsFile()
{
    QCOMPARE(m_fx->ok({u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s, u"demo"_s,
                       u"--due"_s, u"2030-05-06 10:00"_s})
                 .code,
             0);
    const QString path = m_fx->dir.filePath(u"followups.ics"_s);
    const Run r = m_fx->ok({u"followups"_s, u"ics"_s, path, u"--json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json()[u"events"_s].toInt() >= 3); // the demo, its prep and recap, the reply
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), ics.count("END:VEVENT"));
    QVERIFY(ics.contains("DTSTART:"));
}

void TestCliActivities::refusals()
{
    for (const QStringList &args :
         {QStringList{u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s, u"fax"_s,
                      u"--due"_s, u"2026-01-01"_s},
          QStringList{u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s, u"call"_s,
                      u"--due"_s, u"tomorrow"_s},
          QStringList{u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s, u"call"_s},
          QStringList{u"activity"_s, u"add"_s, u"999"_s, u"--type"_s, u"call"_s, u"--due"_s,
                      u"2026-01-01"_s},
          QStringList{u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s, u"call"_s,
                      u"--due"_s, u"2026-01-01"_s, u"--category"_s, u"golf"_s},
          QStringList{u"activity"_s, u"list"_s, u"--due"_s, u"someday"_s},
          QStringList{u"activity"_s, u"add"_s, QString::number(m_deal), u"--type"_s, u"call"_s,
                      u"--due"_s, u"2026-01-01 14:30Z"_s},
          QStringList{u"activity"_s, u"done"_s, u"abc"_s}}) {
        const Run r = m_fx->cli(QStringList{u"--db"_s, m_fx->db()} + args);
        QVERIFY2(r.code == 1 && r.oneErrorLine(), qPrintable(args.join(u' ') + r.describe()));
    }
    for (const QString &command : {u"activity add"_s, u"today"_s, u"followups ics"_s}) {
        const Run help = m_fx->cli(command.split(u' ') + QStringList{u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"dealboard-cli "_s + command));
    }
}

void TestCliActivities::whileTheAppHasItOpen()
{
    // This process holds the database as the app would: the commands read it without writing.
    dealboard::Result<std::unique_ptr<dealboard::Database>> app =
        dealboard::Database::open(m_fx->db());
    QVERIFY(app.ok());
    const Run today = m_fx->ok({u"today"_s, u"--json"_s});
    QCOMPARE(today.code, 0);
    QVERIFY(today.err.contains(u"not saved"_s));
    const QJsonArray leads = today.json()[u"new_leads"_s].toArray();
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.at(0)[u"rule"_s].toString(), u"inbound-reply"_s);
    const QString path = m_fx->dir.filePath(u"open.ics"_s);
    QCOMPARE(m_fx->ok({u"followups"_s, u"ics"_s, path}).code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("UID:deal-" + QByteArray::number(m_deal) + "-inbound-reply@"));
    QVERIFY(m_fx->ok({u"activity"_s, u"list"_s}).out.contains(u"new"_s));
    QSqlQuery q((*app)->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM activities"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0); // nothing written behind the app's back
    // A command that must write is still refused.
    const Run add =
        m_fx->cli({u"--db"_s, m_fx->db(), u"activity"_s, u"add"_s, QString::number(m_deal),
                   u"--type"_s, u"call"_s, u"--due"_s, u"2026-01-01"_s});
    QCOMPARE(add.code, 2);
    q = QSqlQuery();
    app.value().reset();
    // Closed in the app: the next run writes the follow-up, with an id.
    const QJsonArray written = m_fx->ok({u"activity"_s, u"list"_s, u"--json"_s}).json().toArray();
    QCOMPARE(written.size(), 1);
    QVERIFY(written.at(0)[u"id"_s].toInteger() > 0);
}

QTEST_GUILESS_MAIN(TestCliActivities)
#include "tst_cli_activities.moc"
