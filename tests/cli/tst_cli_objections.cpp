#include "clirunner.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

// objection list and objection log, end to end.
class TestCliObjections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<CliFixture>();
        QCOMPARE(m_fx->ok({u"init"_s}).code, 0);
    }
    void cleanup() { m_fx.reset(); }
    void listInBothLanguages();
    void listOneCategory();
    void logOnADeal();
    void refusals();
    void help();

private:
    std::unique_ptr<CliFixture> m_fx;
};

void TestCliObjections::listInBothLanguages()
{
    const QJsonArray fr =
        m_fx->ok({u"objection"_s, u"list"_s, u"--lang"_s, u"fr"_s, u"--json"_s}).json().toArray();
    QCOMPARE(fr.size(), 9);
    QCOMPARE(fr.at(0)[u"category"_s].toString(), u"price"_s);
    QCOMPARE(fr.at(0)[u"objection"_s].toString(), u"C'est plus cher que OVH/Hetzner"_s);
    const Run en = m_fx->ok({u"objection"_s, u"list"_s, u"--lang"_s, u"en"_s});
    QVERIFY2(en.out.contains(u"PRICE"_s), qPrintable(en.describe()));
    QVERIFY(en.out.contains(u"[competition-aws] We're fine on AWS"_s));
    QVERIFY(en.out.contains(u"→ \"Try it for free, compare for yourself\""_s));
}

void TestCliObjections::listOneCategory()
{
    const QJsonArray risk = m_fx->ok({u"objection"_s, u"list"_s, u"--category"_s, u"risk"_s,
                                      u"--lang"_s, u"en"_s, u"--json"_s})
                                .json()
                                .toArray();
    QCOMPARE(risk.size(), 2);
    for (const auto &o : risk)
        QCOMPARE(o[u"category"_s].toString(), u"risk"_s);
}

void TestCliObjections::logOnADeal()
{
    const qint64 deal = m_fx->addDeal(u"Alpha"_s);
    const Run logged = m_fx->ok({u"objection"_s, u"log"_s, QString::number(deal),
                                 u"competition-aws"_s, u"--note"_s, u"Runs EKS"_s, u"--json"_s});
    QCOMPARE(logged.json()[u"category"_s].toString(), u"competition"_s);
    QCOMPARE(logged.json()[u"note"_s].toString(), u"Runs EKS"_s);
    QCOMPARE(logged.json()[u"deal"_s].toInteger(), deal);
    const Run text =
        m_fx->ok({u"objection"_s, u"log"_s, QString::number(deal), u"timing-not-now"_s});
    QVERIFY2(text.out.contains(u"timing-not-now"_s), qPrintable(text.describe()));
}

void TestCliObjections::refusals()
{
    const qint64 deal = m_fx->addDeal(u"Alpha"_s);
    for (const QStringList &args :
         {QStringList{u"objection"_s, u"log"_s, QString::number(deal), u"weather"_s},
          QStringList{u"objection"_s, u"log"_s, u"9999"_s, u"competition-aws"_s},
          QStringList{u"objection"_s, u"log"_s, u"abc"_s, u"competition-aws"_s},
          QStringList{u"objection"_s, u"log"_s, QString::number(deal)},
          QStringList{u"objection"_s, u"list"_s, u"--category"_s, u"weather"_s},
          QStringList{u"objection"_s, u"list"_s, u"--lang"_s, u"de"_s}}) {
        const Run r = m_fx->cli(QStringList{u"--db"_s, m_fx->db()} + args);
        QVERIFY2(r.code == 1 && r.oneErrorLine(), qPrintable(args.join(u' ') + r.describe()));
    }
}

void TestCliObjections::help()
{
    for (const QString &command : {u"list"_s, u"log"_s}) {
        const Run r = m_fx->cli({u"objection"_s, command, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"objection "_s + command), qPrintable(r.describe()));
    }
    const Run all = m_fx->cli({u"--help"_s});
    QVERIFY(all.out.contains(u"objection list"_s));
    QVERIFY(all.out.contains(u"objection log"_s));
}

QTEST_GUILESS_MAIN(TestCliObjections)
#include "tst_cli_objections.moc"
