// WinLossCalculator: why the deals closed in a period were won or lost, by reason and
// competitor, as the closing events recorded it (docs/analytics.md, "Win/loss").

#include "analytics/winloss.h"
#include "testsupport.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestWinLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyDatabase();
    void reasonsAndCompetitors();
    void reasonOfTheClosingEvent();
    void undoneAndDeletedLeftOut();
    void asOfCutsLaterEvents();

private:
    void at(int year, int month, int day, int hour = 10)
    {
        m_fx->clock.set(QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC));
    }
    qint64 add(qint64 mrrCents, const QString &stage = u"nego"_s)
    {
        Deal d = sampleDeal(m_company, u"Deal"_s, stage, mrrCents);
        const Result<qint64> id = DealRepository(*m_fx->db).create(d);
        if (!id.ok())
            qWarning("%s", qPrintable(id.errorMessage()));
        return id.ok() ? id.value() : 0;
    }
    qint64 move(qint64 id, DealMove m)
    {
        const Result<qint64> e = DealRepository(*m_fx->db).move(id, m);
        if (!e.ok())
            qWarning("%s", qPrintable(e.errorMessage()));
        return e.ok() ? e.value() : 0;
    }
    qint64 lose(qint64 id, const QString &reason, const QString &competitor = {},
                const QString &note = {})
    {
        return move(id, DealMove{u"lost"_s, 0, reason, competitor, note, {}});
    }
    qint64 win(qint64 id, const QString &reason = {}, const QString &note = {})
    {
        return move(id, DealMove{u"won"_s, 0, {}, {}, note, reason});
    }
    WinLoss compute(const Period &p, const QDate &asOf)
    {
        const Result<WinLoss> w =
            WinLossCalculator::compute(*m_fx->db, m_fx->db->playbook(), p, asOf);
        if (!w.ok())
            qWarning("%s", qPrintable(w.errorMessage()));
        return w.ok() ? w.value() : WinLoss{};
    }
    // "key:count:mrr" (competitors: "name:count:mrr"), in the list's order.
    static QStringList rows(const QList<ReasonCount> &list, bool names = false)
    {
        QStringList out;
        for (const ReasonCount &r : list)
            out << u"%1:%2:%3"_s.arg(names ? r.competitor : r.key).arg(r.count).arg(r.mrr.cents());
        return out;
    }
    static Period q1() { return Period::quarter(QDate(2026, 1, 1)); }
    static QDate today() { return fixedNow().date(); } // 2 March 2026

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestWinLoss::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"winloss.db"_s), QString());
    at(2026, 1, 5);
    Company c = sampleCompany();
    const Result<qint64> id = CompanyRepository(*m_fx->db).create(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    m_company = id.value();
}

void TestWinLoss::cleanup()
{
    m_fx.reset();
}

void TestWinLoss::emptyDatabase()
{
    const WinLoss w = compute(q1(), today());
    QCOMPARE(w.period, q1());
    QCOMPARE(w.asOf, today());
    QCOMPARE(w.won, 0);
    QCOMPARE(w.lost, 0);
    QCOMPARE(w.wonMrr.cents(), 0);
    QCOMPARE(w.lostMrr.cents(), 0);
    QVERIFY(w.lostReasons.isEmpty());
    QVERIFY(w.competitors.isEmpty());
    QVERIFY(w.wonReasons.isEmpty());
    QVERIFY(!WinLossCalculator::compute(*m_fx->db, m_fx->db->playbook(), Period{}, today()).ok());
}

void TestWinLoss::reasonsAndCompetitors()
{
    const qint64 a = add(10000);
    const qint64 b = add(20000);
    const qint64 c = add(30000);
    const qint64 d = add(40000);
    const qint64 e = add(50000);
    const qint64 f = add(60000);
    const qint64 g = add(70000);
    const qint64 h = add(80000);
    const qint64 i = add(90000);
    at(2026, 1, 10);
    QVERIFY(lose(a, u"budget"_s));
    QVERIFY(lose(b, u"budget"_s, {}, u"maybe next year"_s));
    // One competitor, three spellings: grouped, the first spelling kept.
    QVERIFY(lose(c, u"competitor"_s, u"OVHcloud"_s, u"cheaper\non paper"_s));
    at(2026, 1, 11);
    QVERIFY(lose(d, u"competitor"_s, u"  ovhCLOUD "_s));
    QVERIFY(lose(e, u"competitor"_s, u"AWS"_s));
    QVERIFY(lose(f, u"no-fit"_s));
    QVERIFY(win(g, u"price"_s, u"best offer"_s));
    QVERIFY(win(h, u"support"_s));
    QVERIFY(win(i)); // no reason given
    at(2026, 1, 12);
    QVERIFY(lose(add(5000), u"competitor"_s, u"OVHCLOUD"_s));
    at(2026, 3, 2);

    const WinLoss w = compute(q1(), today());
    QCOMPARE(w.lost, 7);
    QCOMPARE(w.won, 3);
    QCOMPARE(w.lostMrr.cents(), 215000);
    QCOMPARE(w.wonMrr.cents(), 240000);
    // By count, then key.
    QCOMPARE(rows(w.lostReasons),
             (QStringList{u"competitor:4:125000"_s, u"budget:2:30000"_s, u"no-fit:1:60000"_s}));
    QCOMPARE(rows(w.competitors, true), (QStringList{u"OVHcloud:3:75000"_s, u"AWS:1:50000"_s}));
    QCOMPARE(rows(w.wonReasons),
             (QStringList{u":1:90000"_s, u"price:1:70000"_s, u"support:1:80000"_s}));
    QCOMPARE(w.lostMrr.currency(), m_fx->db->playbook().currency());
}

void TestWinLoss::reasonOfTheClosingEvent()
{
    const qint64 a = add(10000);
    const qint64 b = add(20000);
    at(2026, 1, 10);
    QVERIFY(lose(a, u"budget"_s));
    QVERIFY(win(b, u"price"_s));
    at(2026, 1, 20);
    QVERIFY(move(a, DealMove{u"nego"_s, 0, {}, {}, {}, {}}));
    QVERIFY(move(b, DealMove{u"nego"_s, 0, {}, {}, {}, {}}));
    at(2026, 2, 1);
    QVERIFY(lose(a, u"competitor"_s, u"Scaleway"_s));
    QVERIFY(lose(b, u"timing"_s)); // won, reopened, lost: lost
    at(2026, 3, 2);
    const WinLoss w = compute(q1(), today());
    QCOMPARE(w.won, 0);
    QCOMPARE(w.lost, 2);
    QCOMPARE(rows(w.lostReasons), (QStringList{u"competitor:1:10000"_s, u"timing:1:20000"_s}));
    QCOMPARE(rows(w.competitors, true), QStringList{u"Scaleway:1:10000"_s});
    QVERIFY(w.wonReasons.isEmpty());
    // As of 15 January, the first closes stood.
    const WinLoss early = compute(q1(), QDate(2026, 1, 15));
    QCOMPARE(rows(early.lostReasons), QStringList{u"budget:1:10000"_s});
    QCOMPARE(rows(early.wonReasons), QStringList{u"price:1:20000"_s});
}

void TestWinLoss::undoneAndDeletedLeftOut()
{
    const qint64 a = add(10000);
    const qint64 b = add(20000);
    const qint64 c = add(40000);
    at(2026, 1, 10);
    const Deal before = DealRepository(*m_fx->db).find(a).value();
    const qint64 lost = lose(a, u"budget"_s);
    QVERIFY(lost);
    DB_CHECK(DealWorkflow(*m_fx->db).restore(before, {lost}));
    QVERIFY(lose(b, u"no-fit"_s));
    QVERIFY(win(c, u"price"_s));
    DB_CHECK(DealRepository(*m_fx->db).remove(c));
    at(2026, 3, 2);
    const WinLoss w = compute(q1(), today());
    QCOMPARE(w.lost, 1);
    QCOMPARE(w.won, 0);
    QCOMPARE(rows(w.lostReasons), QStringList{u"no-fit:1:20000"_s});
    QVERIFY(w.wonReasons.isEmpty());
}

void TestWinLoss::asOfCutsLaterEvents()
{
    const qint64 a = add(10000);
    const qint64 b = add(20000);
    at(2026, 1, 10);
    QVERIFY(lose(a, u"budget"_s));
    at(2026, 2, 10);
    QVERIFY(lose(b, u"timing"_s));
    at(2026, 3, 2);
    QCOMPARE(compute(q1(), QDate(2026, 2, 9)).lost, 1);
    QCOMPARE(compute(q1(), today()).lost, 2);
    QCOMPARE(compute(Period::month(QDate(2026, 2, 1)), today()).lost, 1);
    QCOMPARE(compute(q1(), QDate(2026, 1, 9)).lost, 0);
}

QTEST_GUILESS_MAIN(TestWinLoss)
#include "tst_winloss.moc"
