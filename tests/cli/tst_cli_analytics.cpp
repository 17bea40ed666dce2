// End-to-end tests of the figures of the analytics commands of dealboard-cli: forecast over a
// period with its accuracy, metrics, funnel, kpis, objectives and winloss
// (tst_cli_analytics_input: their options, refusals and the monthly KPI entries).

#include "analyticsjson.h"
#include "clock.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <cmath>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::clitest;

class TestCliAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void metricsOfAQuarter();
    void funnelOfAQuarter();
    void forecastOverAPeriod();
    void kpisOfAQuarter();
    void objectivesAndTriggers();
    void winLoss();
    void emptyDatabaseGivesNull();
    void defaultPeriod();
    void demoInvariants();
    void text();

private:
    // A small history in Q1 2025, written with the core under a fixed clock (the CLI has none),
    // then read with --from, --to and --as-of.
    void makeHistory();
    QJsonObject json(const QStringList &arguments) { return analyticsJson(*m_fx, arguments); }
    static QStringList q1()
    {
        return {u"--from"_s,     u"2025-01-01"_s, u"--to"_s,
                u"2025-03-31"_s, u"--as-of"_s,    u"2025-03-31"_s};
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliAnalytics::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(m_fx->ok({u"init"_s}).code, 0);
}

void TestCliAnalytics::cleanup()
{
    m_fx.reset();
}

void TestCliAnalytics::makeHistory()
{
    ManualClock clock;
    const ScopedClock scoped(clock);
    const auto at = [&clock](int month, int day) {
        clock.set(QDateTime(QDate(2025, month, day), QTime(10, 0), Qt::UTC));
    };
    // Closed before the CLI runs: the database is locked while open.
    auto db = Database::open(m_fx->db());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    at(1, 6);
    Company c;
    c.name = u"Acme"_s;
    const Result<qint64> company = CompanyRepository(*db.value()).create(c);
    QVERIFY(company.ok());
    DealRepository deals(*db.value());
    const auto add = [&](const QString &stage, qint64 cents, const QDate &close = {},
                         bool verbal = false) {
        Deal d;
        d.title = u"Deal"_s;
        d.companyId = company.value();
        d.stage = stage;
        d.mrr = Money(cents);
        d.expectedClose = close;
        d.verbalAgreement = verbal;
        const Result<qint64> id = deals.create(d);
        if (!id.ok())
            qWarning("%s", qPrintable(id.errorMessage()));
        return id.ok() ? id.value() : 0;
    };
    const auto move = [&](qint64 id, const QString &stage, const QString &reason = {}) {
        DealMove m;
        m.stage = stage;
        (stage == u"lost"_s ? m.lostReason : m.wonReason) = reason;
        const Result<qint64> e = deals.move(id, m);
        if (!e.ok())
            qWarning("%s", qPrintable(e.errorMessage()));
        return e.ok();
    };
    // A stays a lead; B is won from Demo in 14 days; C is lost from Qualified; D, expected in
    // February, is won from Proposal in 36 days; E is in Nego, agreed, expected in April.
    QVERIFY(add(u"lead"_s, 50000));
    const qint64 b = add(u"demo"_s, 80000);
    at(1, 10);
    const qint64 cId = add(u"qualified"_s, 30000);
    const qint64 d = add(u"proposal"_s, 120000, QDate(2025, 2, 20));
    at(1, 20);
    QVERIFY(move(b, u"won"_s));
    at(2, 1);
    QVERIFY(move(cId, u"lost"_s, u"budget"_s));
    at(2, 15);
    QVERIFY(move(d, u"won"_s, u"price"_s));
    at(3, 1);
    QVERIFY(add(u"nego"_s, 100000, QDate(2025, 4, 15), true));
}

void TestCliAnalytics::metricsOfAQuarter()
{
    makeHistory();
    const QJsonObject m = json(QStringList{u"metrics"_s} + q1());
    QCOMPARE(m[u"from"_s].toString(), u"2025-01-01"_s);
    QCOMPARE(m[u"to"_s].toString(), u"2025-03-31"_s);
    QCOMPARE(m[u"as_of"_s].toString(), u"2025-03-31"_s);
    QCOMPARE(m[u"pipeline_cents"_s].toInteger(), 100000); // E only: a lead has 0 %
    QCOMPARE(m[u"pipeline_annualised_cents"_s].toInteger(), 1200000);
    QCOMPARE(m[u"quota_cents"_s].toInteger(), 1000000); // the 2025-Q1 objective
    QCOMPARE(m[u"coverage_x100"_s].toInteger(), 10);
    QCOMPARE(m[u"won"_s].toInteger(), 2);
    QCOMPARE(m[u"lost"_s].toInteger(), 1);
    QCOMPARE(m[u"win_rate_bp"_s].toInteger(), 6667);
    QCOMPARE(m[u"qualified_win_rate_bp"_s].toInteger(), 10000);
    QCOMPARE(m[u"average_deal_cents"_s].toInteger(), 100000);
    QCOMPARE(m[u"average_cycle_days"_s].toDouble(), 25.0);
    QCOMPARE(m[u"open_deals"_s].toInteger(), 2);
    QVERIFY(m[u"velocity_per_day_cents"_s].toInteger() > 0);
    QCOMPARE(m[u"new_mrr_cents"_s].toInteger(), 200000);
    const QJsonObject t = m[u"targets"_s].toObject();
    QCOMPARE(t[u"win_rate_bp"_s].toInteger(), 3000);
    QCOMPARE(t[u"coverage_x100"_s].toInteger(), 300);
    QCOMPARE(t[u"average_cycle_days"_s].toInteger(), 21);
    // The previous quarter: nothing closed, nothing to divide by.
    const QJsonObject p = m[u"previous"_s].toObject();
    QCOMPARE(p[u"from"_s].toString(), u"2024-10-01"_s);
    QCOMPARE(p[u"won"_s].toInteger(), 0);
    QVERIFY(p[u"win_rate_bp"_s].isNull());
    QVERIFY(p[u"average_cycle_days"_s].isNull());

    // --quota overrides the objective, in euros.
    const QJsonObject q = json(QStringList{u"metrics"_s, u"--quota"_s, u"500"_s} + q1());
    QCOMPARE(q[u"quota_cents"_s].toInteger(), 50000);
    QCOMPARE(q[u"coverage_x100"_s].toInteger(), 200);
}

void TestCliAnalytics::funnelOfAQuarter()
{
    makeHistory();
    const QJsonObject f = json(QStringList{u"funnel"_s} + q1());
    QCOMPARE(f[u"cohort"_s].toInteger(), 5);
    QStringList stages;
    QList<qint64> reached;
    for (const QJsonValue s : f[u"steps"_s].toArray()) {
        stages << s[u"stage"_s].toString();
        reached << s[u"reached"_s].toInteger();
    }
    QCOMPARE(stages, (QStringList{u"lead"_s, u"qualified"_s, u"demo"_s, u"proposal"_s, u"nego"_s,
                                  u"won"_s}));
    QCOMPARE(reached.first(), 5);
    QCOMPARE(reached.at(1), 4); // all but the lead
    QCOMPARE(reached.last(), 2);
    const QJsonArray conversions = f[u"conversions"_s].toArray();
    QCOMPARE(conversions.size(), 5);
    QCOMPARE(conversions[0][u"from"_s].toString(), u"lead"_s);
    QCOMPARE(conversions[0][u"to"_s].toString(), u"qualified"_s);
    QCOMPARE(conversions[0][u"actual_bp"_s].toInteger(), 8000);
    QCOMPARE(conversions[0][u"target_bp"_s].toInteger(), 4000);
    QCOMPARE(conversions[0][u"gap_bp"_s].toInteger(), 4000);
    QCOMPARE(conversions[4][u"actual_bp"_s].toInteger(), 4000); // lead → won: 2 of 5
    QCOMPARE(conversions[4][u"gap_bp"_s].toInteger(), 1000);
}

void TestCliAnalytics::forecastOverAPeriod()
{
    makeHistory();
    // Q1 as of its last day: every deal expected in it is closed; the accuracy of each month.
    const QJsonObject f = json(QStringList{u"forecast"_s} + q1());
    QCOMPARE(f[u"from"_s].toString(), u"2025-01-01"_s);
    QCOMPARE(f[u"to"_s].toString(), u"2025-03-31"_s);
    QCOMPARE(f[u"open_deals"_s].toInteger(), 0);
    QVERIFY(f[u"by_month"_s].toArray().isEmpty());
    const QJsonArray accuracy = f[u"accuracy"_s].toArray();
    QCOMPARE(accuracy.size(), 3);
    QCOMPARE(accuracy[0][u"month"_s].toString(), u"2025-01"_s);
    QCOMPARE(accuracy[0][u"forecast_cents"_s].toInteger(), 0);
    QCOMPARE(accuracy[0][u"actual_cents"_s].toInteger(), 80000);
    QCOMPARE(accuracy[0][u"won_deals"_s].toInteger(), 1);
    QVERIFY(accuracy[0][u"accuracy_bp"_s].isNull()); // nothing was forecast
    QCOMPARE(accuracy[1][u"month"_s].toString(), u"2025-02"_s);
    QCOMPARE(accuracy[1][u"forecast_cents"_s].toInteger(), 72000); // D: 1 200 € × 60 %
    QCOMPARE(accuracy[1][u"actual_cents"_s].toInteger(), 120000);
    QCOMPARE(accuracy[1][u"accuracy_bp"_s].toInteger(), 16667);

    // The next quarter: E alone, agreed in Nego; no month of it has started.
    const QJsonObject next = json({u"forecast"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s,
                                   u"2025-06-30"_s, u"--as-of"_s, u"2025-03-31"_s});
    QCOMPARE(next[u"weighted_cents"_s].toInteger(), 80000);
    QCOMPARE(next[u"commit_cents"_s].toInteger(), 100000);
    QCOMPARE(next[u"open_deals"_s].toInteger(), 1);
    QCOMPARE(next[u"by_month"_s].toArray().size(), 1);
    QVERIFY(next[u"accuracy"_s].toArray().isEmpty());
}

void TestCliAnalytics::kpisOfAQuarter()
{
    makeHistory();
    const QJsonObject k = json(QStringList{u"kpis"_s} + q1());
    qint64 leads = 0;
    for (const QJsonValue w : k[u"leads_per_week"_s].toArray()) {
        QCOMPARE(QDate::fromString(w[u"week"_s].toString(), Qt::ISODate).dayOfWeek(), 1);
        leads += w[u"count"_s].toInteger();
    }
    QCOMPARE(leads, 5);
    const QJsonArray closed = k[u"closed_per_month"_s].toArray();
    QCOMPARE(closed.size(), 3);
    QCOMPARE(closed[0][u"deals"_s].toInteger(), 1);
    QCOMPARE(closed[0][u"new_mrr_cents"_s].toInteger(), 80000);
    QCOMPARE(closed[1][u"new_mrr_cents"_s].toInteger(), 120000);
    QCOMPARE(closed[2][u"deals"_s].toInteger(), 0);
    // No activity at all: nobody answered, no demo was due.
    const QJsonObject response = k[u"first_response"_s].toObject();
    QCOMPARE(response[u"responded"_s].toInteger(), 0);
    QCOMPARE(response[u"unanswered"_s].toInteger(), 5);
    QVERIFY(response[u"median_hours"_s].isNull());
    QCOMPARE(response[u"target_hours"_s].toInteger(), 4);
    QVERIFY(k[u"demo_show_rate"_s][u"rate_bp"_s].isNull());
    QCOMPARE(k[u"demo_show_rate"_s][u"target_bp"_s].toInteger(), 8000);
    QCOMPARE(k[u"manual"_s].toArray().size(), 3); // one row per month, all null
    QVERIFY(k[u"manual"_s][0][u"nps"_s].isNull());
    QCOMPARE(k[u"targets"_s][u"cac_max_cents"_s].toInteger(), 15000);
}

void TestCliAnalytics::objectivesAndTriggers()
{
    makeHistory();
    const QJsonObject o = json({u"objectives"_s, u"--as-of"_s, u"2025-03-31"_s});
    const QJsonArray rows = o[u"objectives"_s].toArray();
    QCOMPARE(rows.size(), 4); // every quarter of the playbook
    const QJsonObject q1 = rows[0].toObject();
    QCOMPARE(q1[u"quarter"_s].toString(), u"2025-Q1"_s);
    QCOMPARE(q1[u"new_mrr_cents"_s].toInteger(), 200000);
    QCOMPARE(q1[u"target_new_mrr_cents"_s].toInteger(), 1000000);
    QCOMPARE(q1[u"new_mrr_met"_s].toBool(), false);
    QCOMPARE(q1[u"deals"_s].toInteger(), 2);
    QCOMPARE(q1[u"deals_met"_s].toBool(), false);
    QCOMPARE(q1[u"average_deal_cents"_s].toInteger(), 100000);
    QCOMPARE(q1[u"average_met"_s].toBool(), true);
    QCOMPARE(q1[u"win_rate_bp"_s].toInteger(), 6667);
    QCOMPARE(q1[u"win_rate_met"_s].toBool(), true);
    QVERIFY(rows[1][u"win_rate_bp"_s].isNull()); // Q2 has not started
    QCOMPARE(o[u"hiring"_s][u"mrr_now_cents"_s].toInteger(), 200000);
    QVERIFY(o[u"hiring"_s][u"latest_churn_bp"_s].isNull());
    const QJsonArray triggers = o[u"triggers"_s].toArray();
    QCOMPARE(triggers.size(), 4);
    for (const QJsonValue t : triggers) {
        QVERIFY(!t[u"met"_s].toBool());
        for (const QJsonValue c : t[u"conditions"_s].toArray())
            QVERIFY(c.toObject().contains(u"threshold_cents"_s) ||
                    c.toObject().contains(u"threshold_bp"_s));
    }
    QCOMPARE(triggers[1][u"key"_s].toString(), u"cs"_s);
    QCOMPARE(triggers[1][u"match"_s].toString(), u"any"_s);

    // A period keeps the quarters it overlaps.
    const QJsonObject one =
        json({u"objectives"_s, u"--from"_s, u"2025-05-01"_s, u"--to"_s, u"2025-05-31"_s});
    QCOMPARE(one[u"objectives"_s].toArray().size(), 1);
    QCOMPARE(one[u"objectives"_s][0][u"quarter"_s].toString(), u"2025-Q2"_s);
}

void TestCliAnalytics::winLoss()
{
    makeHistory();
    const QJsonObject w = json(QStringList{u"winloss"_s} + q1());
    QCOMPARE(w[u"won"_s].toInteger(), 2);
    QCOMPARE(w[u"lost"_s].toInteger(), 1);
    QCOMPARE(w[u"lost_mrr_cents"_s].toInteger(), 30000);
    QCOMPARE(w[u"lost_reasons"_s][0][u"reason"_s].toString(), u"budget"_s);
    const QJsonArray won = w[u"won_reasons"_s].toArray();
    QCOMPARE(won.size(), 2);
    bool notGiven = false;
    for (const QJsonValue r : won)
        notGiven = notGiven || r[u"reason"_s].isNull();
    QVERIFY(notGiven); // B was won without a reason
}

void TestCliAnalytics::emptyDatabaseGivesNull()
{
    const QJsonObject m = json({u"metrics"_s});
    for (const QString &key :
         {u"win_rate_bp"_s, u"qualified_win_rate_bp"_s, u"average_deal_cents"_s,
          u"average_cycle_days"_s, u"velocity_per_day_cents"_s})
        QVERIFY2(m[key].isNull(), qPrintable(key));
    QCOMPARE(m[u"won"_s].toInteger(), 0);
    QCOMPARE(m[u"pipeline_cents"_s].toInteger(), 0);
    const QJsonObject f = json({u"funnel"_s});
    QCOMPARE(f[u"cohort"_s].toInteger(), 0);
    for (const QJsonValue c : f[u"conversions"_s].toArray()) {
        QVERIFY(c[u"actual_bp"_s].isNull());
        QVERIFY(c[u"gap_bp"_s].isNull());
        QVERIFY(c[u"target_bp"_s].toInteger() > 0);
    }
    const QJsonObject k = json({u"kpis"_s});
    QVERIFY(k[u"first_response"_s][u"median_hours"_s].isNull());
    QVERIFY(k[u"first_response"_s][u"within_target_bp"_s].isNull());
    QVERIFY(k[u"demo_show_rate"_s][u"rate_bp"_s].isNull());
    const QJsonObject o = json({u"objectives"_s});
    QVERIFY(o[u"objectives"_s][0][u"average_deal_cents"_s].isNull());
    QVERIFY(json({u"winloss"_s})[u"lost_reasons"_s].toArray().isEmpty());
    // Text: "—" for every undefined figure.
    const Run text = m_fx->ok({u"metrics"_s});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QChar(0x2014)), qPrintable(text.out));
}

void TestCliAnalytics::defaultPeriod()
{
    // Today's quarter up to today, read as of today (UTC).
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    for (const QString &command : {u"metrics"_s, u"funnel"_s, u"kpis"_s, u"winloss"_s}) {
        const QJsonObject o = json({command});
        QCOMPARE(o[u"from"_s].toString(), quarterStart.toString(Qt::ISODate));
        QCOMPARE(o[u"to"_s].toString(), today.toString(Qt::ISODate));
        QCOMPARE(o[u"as_of"_s].toString(), today.toString(Qt::ISODate));
    }
    // --to alone: the quarter of that day.
    const QJsonObject o = json({u"funnel"_s, u"--to"_s, u"2025-05-20"_s});
    QCOMPARE(o[u"from"_s].toString(), u"2025-04-01"_s);
}

void TestCliAnalytics::demoInvariants()
{
    QCOMPARE(m_fx->ok({u"demo"_s, u"--deals"_s, u"300"_s, u"--seed"_s, u"1"_s}).code, 0);
    const QStringList year{u"--from"_s, QDate::currentDate().addYears(-1).toString(Qt::ISODate)};
    const QJsonObject m = json(QStringList{u"metrics"_s} + year);
    const qint64 won = m[u"won"_s].toInteger();
    const qint64 lost = m[u"lost"_s].toInteger();
    QVERIFY(won > 0 && lost > 0);
    QCOMPARE(m[u"win_rate_bp"_s].toInteger(), qint64(std::llround(won * 10000.0 / (won + lost))));
    QVERIFY(m[u"closed_reached_demo"_s].toInteger() <= won + lost);

    const QJsonObject f = json(QStringList{u"funnel"_s} + year);
    QHash<QString, qint64> reached;
    qint64 previous = f[u"cohort"_s].toInteger();
    for (const QJsonValue s : f[u"steps"_s].toArray()) {
        const qint64 n = s[u"reached"_s].toInteger();
        QVERIFY2(n <= previous, qPrintable(s[u"stage"_s].toString())); // never grows
        previous = n;
        reached.insert(s[u"stage"_s].toString(), n);
    }
    QCOMPARE(reached.value(u"lead"_s), f[u"cohort"_s].toInteger());
    for (const QJsonValue c : f[u"conversions"_s].toArray()) {
        const qint64 from = c[u"from_count"_s].toInteger();
        const qint64 to = c[u"to_count"_s].toInteger();
        QCOMPARE(from, reached.value(c[u"from"_s].toString()));
        QCOMPARE(to, reached.value(c[u"to"_s].toString()));
        QCOMPARE(c[u"actual_bp"_s].toInteger(), qint64(std::llround(to * 10000.0 / from)));
        QCOMPARE(c[u"gap_bp"_s].toInteger(),
                 c[u"actual_bp"_s].toInteger() - c[u"target_bp"_s].toInteger());
    }
    // Won and new MRR agree between metrics and kpis.
    const QJsonObject k = json(QStringList{u"kpis"_s} + year);
    qint64 kpiWon = 0;
    qint64 kpiMrr = 0;
    for (const QJsonValue month : k[u"closed_per_month"_s].toArray()) {
        kpiWon += month[u"deals"_s].toInteger();
        kpiMrr += month[u"new_mrr_cents"_s].toInteger();
    }
    QCOMPARE(kpiWon, won);
    QCOMPARE(kpiMrr, m[u"new_mrr_cents"_s].toInteger());
}

void TestCliAnalytics::text()
{
    makeHistory();
    Run r = m_fx->ok(QStringList{u"funnel"_s} + q1());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Lead → Qualified"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"+40 pts"_s));
    r = m_fx->ok(QStringList{u"metrics"_s} + q1());
    QVERIFY2(r.out.contains(u"66.7%"_s) && r.out.contains(u"30%"_s), qPrintable(r.out)); // target
    r = m_fx->ok({u"objectives"_s, u"--as-of"_s, u"2025-03-31"_s});
    QVERIFY2(r.out.contains(u"2025-Q1"_s) && r.out.contains(u"Customer success"_s),
             qPrintable(r.out));
    r = m_fx->ok(QStringList{u"forecast"_s} + q1());
    QVERIFY2(r.out.contains(u"accuracy"_s) && r.out.contains(u"166.7%"_s), qPrintable(r.out));
    // A conversion below target is marked.
    r = m_fx->ok({u"funnel"_s, u"--from"_s, u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s,
                  u"--as-of"_s, u"2025-03-31"_s});
    QVERIFY2(r.out.contains(QString(QChar(0x25BC)) + u' ' + QChar(0x2212)), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliAnalytics)
#include "tst_cli_analytics.moc"
