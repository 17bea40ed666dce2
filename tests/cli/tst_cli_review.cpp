#include "clirunner.h"

#include <QDate>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

// review week and review priorities, end to end.
class TestCliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void weekAsJsonAndText();
    void priorities();
    void refusals();

private:
    std::unique_ptr<CliFixture> m_fx;
    qint64 m_deal = 0;
};

void TestCliReview::init()
{
    m_fx = std::make_unique<CliFixture>();
    m_deal = m_fx->addDeal(u"Alpha"_s); // no next step, no activity: at risk
    QVERIFY(m_deal > 0);
}

void TestCliReview::cleanup()
{
    m_fx.reset();
}

void TestCliReview::weekAsJsonAndText()
{
    const Run late =
        m_fx->ok({u"deal"_s, u"add"_s, u"--title"_s, u"Beta"_s, u"--company"_s, u"Acme"_s,
                  u"--mrr"_s, u"900"_s, u"--close-date"_s, u"2020-01-01"_s, u"--json"_s});
    QCOMPARE(late.code, 0);
    const qint64 beta = late.json()[u"id"_s].toInteger();

    const QByteArray before = fileHash(m_fx->db());
    const Run week = m_fx->ok({u"review"_s, u"week"_s, u"--json"_s});
    QCOMPARE(week.code, 0);
    QCOMPARE(fileHash(m_fx->db()), before); // read-only
    const QJsonObject r = week.json().toObject();
    const QDate start = QDate::fromString(r[u"week_start"_s].toString(), Qt::ISODate);
    QCOMPARE(start.dayOfWeek(), 1);
    QCOMPARE(QDate::fromString(r[u"week_end"_s].toString(), Qt::ISODate), start.addDays(6));
    const QJsonArray atRisk = r[u"at_risk"_s].toArray();
    QCOMPARE(atRisk.size(), 2);
    // Beta has two reasons and comes first.
    QCOMPARE(atRisk.at(0)[u"deal_id"_s].toInteger(), beta);
    QCOMPARE(atRisk.at(0)[u"reasons"_s].toArray(),
             (QJsonArray{u"past-close"_s, u"no-next-step"_s}));
    QCOMPARE(atRisk.at(0)[u"mrr_cents"_s].toInteger(), 90000);
    QCOMPARE(atRisk.at(1)[u"deal_id"_s].toInteger(), m_deal);
    QCOMPARE(r[u"time_split"_s].toArray().size(), 5);
    QCOMPARE(r[u"time_split"_s].toArray().at(0)[u"target_percent"_s].toInt(), 30);
    QCOMPARE(r[u"objections"_s].toObject().size(), 5);

    // A past week: nothing new, the same deals at risk now.
    const QJsonObject past =
        m_fx->ok({u"review"_s, u"week"_s, u"--week"_s, u"2020-01-01"_s, u"--json"_s})
            .json()
            .toObject();
    QCOMPARE(past[u"week_start"_s].toString(), u"2019-12-30"_s);
    QCOMPARE(past[u"new_pipeline"_s][u"deals"_s].toInt(), 0);
    QCOMPARE(past[u"new_pipeline"_s][u"mrr_cents"_s].toInteger(), 0);
    QCOMPARE(past[u"won"_s].toArray().size(), 0);
    QCOMPARE(past[u"at_risk"_s].toArray().size(), 2);

    const Run text = m_fx->ok({u"review"_s, u"week"_s, u"--week"_s, u"2020-01-01"_s});
    QCOMPARE(text.code, 0);
    for (const QString &part : {u"Weekly review, 2019-12-30 → 2020-01-05"_s, u"Deals at risk (2)"_s,
                                u"Expected close passed, No next step"_s, u"Won (0"_s, u"Lost (0"_s,
                                u"New pipeline: 0 "_s, u"Objections met"_s,
                                u"Inbound & qualification"_s, u"Priorities"_s})
        QVERIFY2(text.out.contains(part), qPrintable(part + u"\n"_s + text.out));
}

void TestCliReview::priorities()
{
    const Run saved = m_fx->ok(
        {u"review"_s, u"priorities"_s, u"Close Beta\nTwo demos"_s, u"--week"_s, u"2020-01-03"_s});
    QCOMPARE(saved.code, 0);
    QVERIFY(saved.out.contains(u"2019-12-30"_s));
    QJsonObject r = m_fx->ok({u"review"_s, u"week"_s, u"--week"_s, u"2019-12-30"_s, u"--json"_s})
                        .json()
                        .toObject();
    QCOMPARE(r[u"priorities"_s].toString(), u"Close Beta\nTwo demos"_s);
    const Run text = m_fx->ok({u"review"_s, u"week"_s, u"--week"_s, u"2020-01-05"_s});
    QVERIFY2(text.out.contains(u"  Close Beta\n  Two demos\n"_s), qPrintable(text.out));
    // Another week has none; an empty text removes them.
    r = m_fx->ok({u"review"_s, u"week"_s, u"--week"_s, u"2020-01-06"_s, u"--json"_s})
            .json()
            .toObject();
    QCOMPARE(r[u"priorities"_s].toString(), QString());
    const Run removed = m_fx->ok(
        {u"review"_s, u"priorities"_s, QString(), u"--week"_s, u"2020-01-01"_s, u"--json"_s});
    QCOMPARE(removed.code, 0);
    QVERIFY(removed.json()[u"priorities"_s].isNull());
    r = m_fx->ok({u"review"_s, u"week"_s, u"--week"_s, u"2019-12-30"_s, u"--json"_s})
            .json()
            .toObject();
    QCOMPARE(r[u"priorities"_s].toString(), QString());
}

void TestCliReview::refusals()
{
    const Run bad =
        m_fx->cli({u"--db"_s, m_fx->db(), u"review"_s, u"week"_s, u"--week"_s, u"next tuesday"_s});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.oneErrorLine());
    QVERIFY(bad.err.contains(u"--week"_s));
    const Run missing = m_fx->cli({u"--db"_s, m_fx->db(), u"review"_s, u"priorities"_s});
    QCOMPARE(missing.code, 1);
    const Run help = m_fx->cli({u"review"_s, u"week"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"--week"_s));
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
