// End-to-end tests of dealboard-cli commands: the real binary on temporary databases.

#include "clirunner.h"
#include "storage/migrations.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void initCreatesDatabase();
    void companies();
    void contacts();
    void dealAddParsesMoneyAndCreatesCompanyAndContact();
    void dealMove();
    void dealListByStage();
    void dealShowHistory();
    void checkAndBackup();
    void demoIsReproducible();

private:
    QString db(const QString &name = u"cli.db"_s) const { return m_fx->db(name); }
    Run cli(const QStringList &arguments) { return m_fx->cli(arguments); }
    Run ok(const QStringList &arguments, const QString &file = {})
    {
        return m_fx->ok(arguments, file);
    }
    qint64 addDeal(const QString &title, const QString &stage = u"lead"_s)
    {
        return m_fx->addDeal(title, stage);
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCli::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
}

void TestCli::cleanup()
{
    QFile::setPermissions(db(), QFile::ReadOwner | QFile::WriteOwner);
    m_fx.reset();
}

void TestCli::initCreatesDatabase()
{
    Run r = ok({u"init"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(QFile::exists(db()));
    QVERIFY(r.out.contains(u"ready"_s));
    QVERIFY(r.err.isEmpty());
    r = ok({u"init"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()[u"schema_version"_s].toInt(), dealboard::Migrations::latestVersion());
    QCOMPARE(r.json()[u"path"_s].toString(), db());
    QVERIFY(!QFile::exists(db() + u".lock"_s)); // released on exit
}

void TestCli::companies()
{
    Run r = ok({u"company"_s, u"add"_s, u"Boulangerie Martin"_s, u"--segment"_s, u"tpe"_s,
                u"--sector"_s, u"Food"_s, u"--website"_s, u"https://martin.example"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"Boulangerie Martin"_s));
    r = ok({u"company"_s, u"add"_s, u"Agence Lumière"_s, u"--segment"_s, u"agency"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json()[u"name"_s].toString(), u"Agence Lumière"_s);
    QCOMPARE(r.json()[u"segment"_s].toString(), u"agency"_s);

    r = cli({u"--db"_s, db(), u"company"_s, u"add"_s, u"Nope"_s, u"--segment"_s, u"startup"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.oneErrorLine() && r.err.contains(u"startup"_s), qPrintable(r.describe()));

    r = ok({u"company"_s, u"list"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Boulangerie Martin"_s) && r.out.contains(u"Agence Lumière"_s));
    QVERIFY(!r.out.contains(u"Nope"_s));
    r = ok({u"company"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray list = r.json().toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)[u"name"_s].toString(), u"Agence Lumière"_s); // by name
    QCOMPARE(list.at(1)[u"sector"_s].toString(), u"Food"_s);
    QCOMPARE(list.at(1)[u"website"_s].toString(), u"https://martin.example"_s);
    QVERIFY(list.at(1)[u"id"_s].toInteger() > 0);
}

void TestCli::contacts()
{
    QCOMPARE(ok({u"company"_s, u"add"_s, u"Acme"_s}).code, 0);
    QCOMPARE(ok({u"company"_s, u"add"_s, u"Other"_s}).code, 0);
    Run r = ok({u"contact"_s, u"add"_s, u"Jean Dupont"_s, u"--company"_s, u"Acme"_s, u"--email"_s,
                u"jean.dupont@acme.fr"_s, u"--decision-role"_s, u"economic-buyer"_s, u"--role"_s,
                u"CTO"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"company_id"_s].toInteger(), 1);
    QCOMPARE(ok({u"contact"_s, u"add"_s, u"Alice"_s, u"--company"_s, u"2"_s}).code, 0);
    for (const QStringList &bad : {QStringList{u"Jean"_s, u"--email"_s, u"jean@"_s},
                                   QStringList{u"Jean"_s, u"--company"_s, u"Nowhere Inc"_s},
                                   QStringList{u"Jean"_s, u"--decision-role"_s, u"boss"_s}}) {
        r = cli(QStringList{u"--db"_s, db(), u"contact"_s, u"add"_s} + bad);
        QVERIFY2(r.code == 1 && r.oneErrorLine(), qPrintable(r.describe()));
    }
    r = ok({u"contact"_s, u"list"_s});
    QVERIFY(r.out.contains(u"Jean Dupont"_s) && r.out.contains(u"economic-buyer"_s));
    r = ok({u"contact"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.json().toArray().size(), 2);
    r = ok({u"contact"_s, u"list"_s, u"--company"_s, u"Acme"_s, u"--json"_s});
    QCOMPARE(r.json().toArray().size(), 1);
    QCOMPARE(r.json()[0][u"email"_s].toString(), u"jean.dupont@acme.fr"_s);
    QCOMPARE(r.json()[0][u"role"_s].toString(), u"CTO"_s);
}

void TestCli::dealAddParsesMoneyAndCreatesCompanyAndContact()
{
    Run r = ok({u"deal"_s, u"add"_s, u"--title"_s, u"Migration cloud"_s, u"--company"_s,
                u"Boulangerie Martin"_s, u"--mrr"_s, u"1 234,50"_s, u"--one-time"_s, u"250"_s,
                u"--email"_s, u"claire.martin@example.fr"_s, u"--stage"_s, u"qualified"_s,
                u"--close-date"_s, u"2026-12-31"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonValue deal = r.json();
    QCOMPARE(deal[u"mrr_cents"_s].toInteger(), 123450);
    QCOMPARE(deal[u"one_time_cents"_s].toInteger(), 25000);
    QCOMPARE(deal[u"stage"_s].toString(), u"qualified"_s);
    QCOMPARE(deal[u"company"_s].toString(), u"Boulangerie Martin"_s);
    QCOMPARE(deal[u"contact"_s].toString(), u"Claire Martin"_s);
    QCOMPARE(deal[u"expected_close"_s].toString(), u"2026-12-31"_s);
    QCOMPARE(deal[u"owner"_s].toString(), u"tester"_s);

    r = ok({u"deal"_s, u"add"_s, u"--title"_s, u"Backup"_s, u"--company"_s, u"boulangerie martin"_s,
            u"--mrr"_s, u"1,234.50"_s, u"--email"_s, u"claire.martin@example.fr"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"mrr_cents"_s].toInteger(), 123450);
    QCOMPARE(r.json()[u"company_id"_s], deal[u"company_id"_s]);
    QCOMPARE(r.json()[u"contact_id"_s], deal[u"contact_id"_s]);
    QCOMPARE(r.json()[u"stage"_s].toString(), u"lead"_s);
    r = ok({u"deal"_s, u"add"_s, u"--title"_s, u"Plain"_s, u"--company"_s, u"1"_s, u"--mrr"_s,
            u"1234.5"_s, u"--json"_s});
    QCOMPARE(r.json()[u"mrr_cents"_s].toInteger(), 123450);
    QVERIFY(r.json()[u"contact_id"_s].isNull());

    // Created implicitly, once: the company (segment suggested by the MRR) and the contact.
    r = ok({u"company"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.json().toArray().size(), 1);
    QCOMPARE(r.json()[0][u"name"_s].toString(), u"Boulangerie Martin"_s);
    QCOMPARE(r.json()[0][u"segment"_s].toString(), u"pme"_s);
    r = ok({u"contact"_s, u"list"_s, u"--json"_s});
    QCOMPARE(r.json().toArray().size(), 1);
    QCOMPARE(r.json()[0][u"email"_s].toString(), u"claire.martin@example.fr"_s);
    QCOMPARE(r.json()[0][u"company_id"_s], deal[u"company_id"_s]);

    // Text output shows the amount.
    r = ok({u"deal"_s, u"add"_s, u"--title"_s, u"Text"_s, u"--company"_s, u"Acme"_s, u"--mrr"_s,
            u"99"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Text"_s) && r.out.contains(u"99"_s), qPrintable(r.out));
    QCOMPARE(ok({u"deal"_s, u"list"_s, u"--json"_s}).json().toArray().size(), 4);
}

void TestCli::dealMove()
{
    const qint64 id = addDeal(u"Movable"_s);
    QVERIFY(id > 0);
    const QString sid = QString::number(id);
    // The Lead → Qualified gate: a BANT+ score, a valid email and the need (tst_cli_workflow).
    QCOMPARE(ok({u"deal"_s, u"qualify"_s, sid, u"--budget"_s, u"3"_s, u"--authority"_s, u"3"_s,
                 u"--need"_s, u"2"_s, u"--timeline"_s, u"2"_s, u"--fit"_s, u"1"_s})
                 .code,
             0);
    Run r = ok({u"deal"_s, u"move"_s, sid, u"qualified"_s, u"--check"_s, u"need-identified"_s,
                u"--email"_s, u"jean.dupont@acme.fr"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"stage"_s].toString(), u"qualified"_s);

    for (const QStringList &bad :
         {QStringList{sid, u"lost"_s}, QStringList{sid, u"lost"_s, u"--reason"_s, u"competitor"_s},
          QStringList{sid, u"lost"_s, u"--reason"_s, u"price"_s}, QStringList{sid, u"closing"_s},
          QStringList{sid, u"qualified"_s}, QStringList{u"abc"_s, u"demo"_s},
          QStringList{u"999999"_s, u"demo"_s}}) {
        r = cli(QStringList{u"--db"_s, db(), u"deal"_s, u"move"_s} + bad);
        QVERIFY2(r.code == 1, qPrintable(bad.join(u' ') + u": "_s + r.describe()));
        QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(ok({u"deal"_s, u"show"_s, sid, u"--json"_s}).json()[u"stage"_s].toString(),
             u"qualified"_s);

    r = ok({u"deal"_s, u"move"_s, sid, u"lost"_s, u"--reason"_s, u"competitor"_s, u"--competitor"_s,
            u"Scaleway"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"stage"_s].toString(), u"lost"_s);
    QCOMPARE(r.json()[u"lost_reason"_s].toString(), u"competitor"_s);
    QCOMPARE(r.json()[u"lost_competitor"_s].toString(), u"Scaleway"_s);
    // 500 €/month is not under the online-terms ceiling: the signature is ticked by hand.
    r = ok({u"deal"_s, u"move"_s, QString::number(addDeal(u"Won"_s, u"nego"_s)), u"won"_s,
            u"--check"_s, u"price-agreed"_s, u"--check"_s, u"signed-quote"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Won"_s));
}

void TestCli::dealListByStage()
{
    addDeal(u"L1"_s, u"lead"_s);
    addDeal(u"D1"_s, u"demo"_s);
    addDeal(u"L2"_s, u"lead"_s);
    addDeal(u"N1"_s, u"nego"_s);
    Run r = ok({u"deal"_s, u"list"_s, u"--stage"_s, u"lead"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    QJsonArray deals = r.json().toArray();
    QCOMPARE(deals.size(), 2);
    QCOMPARE(deals.at(0)[u"title"_s].toString(), u"L1"_s);
    QCOMPARE(deals.at(1)[u"title"_s].toString(), u"L2"_s);
    QCOMPARE(deals.at(0)[u"position"_s].toInt(), 1024); // sparse positions, one step apart
    QCOMPARE(deals.at(1)[u"position"_s].toInt(), 2048);
    QCOMPARE(
        ok({u"deal"_s, u"list"_s, u"--stage"_s, u"won"_s, u"--json"_s}).json().toArray().size(), 0);
    r = ok({u"deal"_s, u"list"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"D1"_s) && r.out.contains(u"N1"_s));
    QVERIFY2(r.out.contains(QRegularExpression(u"\\b4 deal"_s)), qPrintable(r.out));
    r = cli({u"--db"_s, db(), u"deal"_s, u"list"_s, u"--stage"_s, u"closing"_s});
    QVERIFY2(r.code == 1 && r.oneErrorLine() && r.err.contains(u"closing"_s),
             qPrintable(r.describe()));
}

void TestCli::dealShowHistory()
{
    // Lead → Demo skips a stage: both gates' criteria, a score and an email.
    const QString id = QString::number(addDeal(u"History"_s));
    QCOMPARE(ok({u"deal"_s, u"qualify"_s, id, u"--budget"_s, u"4"_s, u"--authority"_s, u"4"_s,
                 u"--need"_s, u"4"_s, u"--timeline"_s, u"4"_s, u"--fit"_s, u"3"_s})
                 .code,
             0);
    QCOMPARE(ok({u"deal"_s, u"move"_s, id, u"demo"_s, u"--email"_s, u"anna.berg@acme.fr"_s,
                 u"--check"_s, u"need-identified"_s, u"--check"_s, u"discovery-done"_s,
                 u"--check"_s, u"needs-documented"_s, u"--check"_s, u"budget-confirmed"_s})
                 .code,
             0);
    QCOMPARE(ok({u"deal"_s, u"move"_s, id, u"lost"_s, u"--reason"_s, u"competitor"_s,
                 u"--competitor"_s, u"Scaleway"_s})
                 .code,
             0);
    Run r = ok({u"deal"_s, u"show"_s, id, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"title"_s].toString(), u"History"_s);
    const QJsonArray history = r.json()[u"history"_s].toArray();
    QStringList kinds;
    for (const QJsonValue e : history)
        kinds << e[u"kind"_s].toString() + u':' + e[u"field"_s].toString();
    QCOMPARE(kinds, (QStringList{u"created:"_s, u"qualified:"_s, u"checked:need-identified"_s,
                                 u"checked:discovery-done"_s, u"checked:needs-documented"_s,
                                 u"checked:budget-confirmed"_s, u"edited:contact_id"_s, u"moved:"_s,
                                 u"lost:"_s}));
    QCOMPARE(history.at(0)[u"new"_s].toString(), u"lead"_s);
    QCOMPARE(history.at(1)[u"new"_s].toString(), u"19"_s);
    QCOMPARE(history.at(7)[u"old"_s].toString(), u"lead"_s);
    QCOMPARE(history.at(7)[u"new"_s].toString(), u"demo"_s);
    QCOMPARE(history.at(8)[u"old"_s].toString(), u"demo"_s);
    QCOMPARE(history.at(8)[u"detail"_s].toString(), u"competitor\nScaleway"_s);
    for (const QJsonValue e : history) {
        QCOMPARE(e[u"actor"_s].toString(), u"tester"_s);
        QVERIFY(QDateTime::fromString(e[u"at"_s].toString(), Qt::ISODateWithMs).isValid());
    }
    r = ok({u"deal"_s, u"show"_s, id});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"History"_s) && r.out.contains(u"Scaleway"_s));
}

void TestCli::checkAndBackup()
{
    addDeal(u"Keep me"_s);
    Run r = ok({u"check"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"ok"_s));
    r = ok({u"check"_s, u"--json"_s});
    QCOMPARE(r.json()[u"ok"_s].toBool(), true);

    const QString backup = db(u"backup.db"_s);
    r = ok({u"backup"_s, backup});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(QFile::exists(backup));
    const QString original = ok({u"deal"_s, u"list"_s, u"--json"_s}).out;
    QCOMPARE(ok({u"deal"_s, u"list"_s, u"--json"_s}, backup).out, original);
    QCOMPARE(ok({u"check"_s}, backup).code, 0);

    addDeal(u"Later"_s);
    const QByteArray before = fileHash(backup);
    r = cli({u"--db"_s, db(), u"backup"_s, backup});
    QVERIFY2(r.code == 1 && r.oneErrorLine() && r.err.contains(u"--force"_s),
             qPrintable(r.describe()));
    QCOMPARE(fileHash(backup), before);
    QCOMPARE(ok({u"backup"_s, backup, u"--force"_s}).code, 0);
    QCOMPARE(ok({u"deal"_s, u"list"_s, u"--json"_s}, backup).json().toArray().size(), 2);
    r = cli({u"--db"_s, db(), u"backup"_s, db()});
    QCOMPARE(r.code, 1);
}

void TestCli::demoIsReproducible()
{
    const QString a = db(u"a.db"_s);
    const QString b = db(u"b.db"_s);
    const QString c = db(u"c.db"_s);
    QCOMPARE(ok({u"init"_s}, a).code, 0);
    QCOMPARE(ok({u"init"_s}, b).code, 0);
    Run r = ok({u"demo"_s, u"--deals"_s, u"500"_s, u"--seed"_s, u"3"_s, u"--json"_s}, a);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"deals"_s].toInt(), 500);
    QCOMPARE(ok({u"demo"_s, u"--deals"_s, u"500"_s, u"--seed"_s, u"3"_s}, b).code, 0);
    QCOMPARE(ok({u"demo"_s, u"--deals"_s, u"500"_s, u"--seed"_s, u"4"_s}, c).code, 0);
    const Run listA = ok({u"deal"_s, u"list"_s, u"--json"_s}, a);
    const Run listB = ok({u"deal"_s, u"list"_s, u"--json"_s}, b);
    QCOMPARE(listA.code, 0);
    QCOMPARE(listA.json().toArray().size(), 500);
    QVERIFY(listA.out == listB.out);
    QVERIFY(listA.out != ok({u"deal"_s, u"list"_s, u"--json"_s}, c).out);
    r = cli({u"--db"_s, a, u"demo"_s, u"--deals"_s, u"many"_s});
    QCOMPARE(r.code, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
