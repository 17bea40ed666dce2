// End-to-end tests of `dealboard-cli forecast`.

#include "clirunner.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::clitest;

class TestCliForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void seedExample();
    void asOfBeforeAnyDeal();
    void period();
    void badDate();
    void badPeriod();
    void text();

private:
    std::unique_ptr<CliFixture> m_fx;
};

void TestCliForecast::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(m_fx->ok({u"init"_s}).code, 0);
    // The seed's example, with one Nego deal agreed verbally, prepared with the core.
    auto db = Database::open(m_fx->db());
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Company c;
    c.name = u"Acme"_s;
    const Result<qint64> company = CompanyRepository(*db.value()).create(c);
    QVERIFY(company.ok());
    const auto add = [&](const QString &stage, qint64 cents, bool verbal = false) {
        Deal d;
        d.title = u"Deal"_s;
        d.companyId = company.value();
        d.stage = stage;
        d.mrr = Money(cents);
        d.verbalAgreement = verbal;
        d.expectedClose = verbal ? QDate(2026, 6, 15) : QDate();
        const Result<qint64> r = DealRepository(*db.value()).create(d);
        if (!r.ok())
            qWarning("%s", qPrintable(r.errorMessage()));
        return r.ok();
    };
    for (int i = 0; i < 5; ++i)
        QVERIFY(add(u"demo"_s, 50000));
    for (int i = 0; i < 3; ++i)
        QVERIFY(add(u"proposal"_s, 80000));
    QVERIFY(add(u"nego"_s, 120000, true));
    QVERIFY(add(u"nego"_s, 120000));
    QVERIFY(add(u"lead"_s, 10000));
}

void TestCliForecast::cleanup()
{
    m_fx.reset();
}

void TestCliForecast::seedExample()
{
    const Run r = m_fx->ok({u"forecast"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().toObject();
    QCOMPARE(o[u"weighted_cents"_s].toInteger(), 436000);
    QCOMPARE(o[u"commit_cents"_s].toInteger(), 120000);
    QCOMPARE(o[u"best_case_cents"_s].toInteger(), 120000);
    QCOMPARE(o[u"pipeline_cents"_s].toInteger(), 730000);
    QCOMPARE(o[u"open_mrr_cents"_s].toInteger(), 740000);
    QCOMPARE(o[u"open_deals"_s].toInteger(), 11);
    QVERIFY(o[u"as_of"_s].isNull());
    // Without --from or --to: the whole pipeline, no accuracy.
    QVERIFY(o[u"from"_s].isNull());
    QVERIFY(o[u"to"_s].isNull());
    QVERIFY(o[u"accuracy"_s].isNull());
    const QJsonArray months = o[u"by_month"_s].toArray();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months[0][u"month"_s].toString(), u"2026-06"_s);
    QCOMPARE(months[0][u"commit_cents"_s].toInteger(), 120000);
    QCOMPARE(months[0][u"weighted_cents"_s].toInteger(), 96000);
    QCOMPARE(months[0][u"deals"_s].toInteger(), 1);
    QVERIFY(months[1][u"month"_s].isNull());
    QCOMPARE(months[1][u"deals"_s].toInteger(), 10);
    for (const QString &key : {u"weighted_cents"_s, u"best_case_cents"_s, u"pipeline_cents"_s})
        QVERIFY(months[1].toObject().contains(key));

    // As of today: rebuilt from the log, the same figures.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QJsonObject t =
        m_fx->ok({u"forecast"_s, u"--as-of"_s, today, u"--json"_s}).json().toObject();
    QCOMPARE(t[u"as_of"_s].toString(), today);
    QCOMPARE(t[u"weighted_cents"_s].toInteger(), 436000);
    QCOMPARE(t[u"commit_cents"_s].toInteger(), 120000);
}

void TestCliForecast::asOfBeforeAnyDeal()
{
    const Run r = m_fx->ok({u"forecast"_s, u"--as-of"_s, u"2000-01-01"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().toObject();
    QCOMPARE(o[u"as_of"_s].toString(), u"2000-01-01"_s);
    QCOMPARE(o[u"weighted_cents"_s].toInteger(), 0);
    QCOMPARE(o[u"open_deals"_s].toInteger(), 0);
    QVERIFY(o[u"by_month"_s].toArray().isEmpty());
}

void TestCliForecast::period()
{
    // June 2026: the agreed Nego deal alone; the unscheduled ones are left out.
    const Run r = m_fx->ok(
        {u"forecast"_s, u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-06-30"_s, u"--json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().toObject();
    QCOMPARE(o[u"from"_s].toString(), u"2026-06-01"_s);
    QCOMPARE(o[u"to"_s].toString(), u"2026-06-30"_s);
    QCOMPARE(o[u"weighted_cents"_s].toInteger(), 96000);
    QCOMPARE(o[u"commit_cents"_s].toInteger(), 120000);
    QCOMPARE(o[u"pipeline_cents"_s].toInteger(), 120000);
    QCOMPARE(o[u"open_mrr_cents"_s].toInteger(), 120000);
    QCOMPARE(o[u"open_deals"_s].toInteger(), 1);
    const QJsonArray months = o[u"by_month"_s].toArray();
    QCOMPARE(months.size(), 1);
    QCOMPARE(months[0][u"month"_s].toString(), u"2026-06"_s);
    // One accuracy row per month of the period started by today, none after.
    const QJsonArray accuracy = o[u"accuracy"_s].toArray();
    const bool started = QDateTime::currentDateTimeUtc().date() >= QDate(2026, 6, 1);
    QCOMPARE(accuracy.size(), started ? 1 : 0);
    for (const QJsonValue m : accuracy)
        for (const QString &key :
             {u"month"_s, u"forecast_cents"_s, u"actual_cents"_s, u"won_deals"_s, u"accuracy_bp"_s})
            QVERIFY2(m.toObject().contains(key), qPrintable(key));

    // --to alone: the quarter of that day, up to it.
    const QJsonObject q =
        m_fx->ok({u"forecast"_s, u"--to"_s, u"2026-06-30"_s, u"--json"_s}).json().toObject();
    QCOMPARE(q[u"from"_s].toString(), u"2026-04-01"_s);
    QCOMPARE(q[u"weighted_cents"_s].toInteger(), 96000);

    // A period without any deal expected in it.
    const QJsonObject none = m_fx->ok({u"forecast"_s, u"--from"_s, u"2040-01-01"_s, u"--to"_s,
                                       u"2040-03-31"_s, u"--json"_s})
                                 .json()
                                 .toObject();
    QCOMPARE(none[u"weighted_cents"_s].toInteger(), 0);
    QCOMPARE(none[u"open_deals"_s].toInteger(), 0);
    QVERIFY(none[u"by_month"_s].toArray().isEmpty());
    QVERIFY(none[u"accuracy"_s].toArray().isEmpty());

    // The whole pipeline is unchanged by --as-of alone: the seed's example.
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(m_fx->ok({u"forecast"_s, u"--as-of"_s, today, u"--json"_s})
                 .json()[u"weighted_cents"_s]
                 .toInteger(),
             436000);
}

void TestCliForecast::badPeriod()
{
    const QList<QStringList> bad{{u"--from"_s, u"2026-07-01"_s, u"--to"_s, u"2026-06-01"_s},
                                 {u"--from"_s, u"2026-02-30"_s},
                                 {u"--to"_s, u"next month"_s}};
    for (const QStringList &arguments : bad) {
        const Run r = m_fx->cli(QStringList{u"--db"_s, m_fx->db(), u"forecast"_s} + arguments);
        QVERIFY2(r.code == 1 && r.oneErrorLine() && r.out.isEmpty(), qPrintable(r.describe()));
    }
}

void TestCliForecast::badDate()
{
    for (const QString &bad : {u"2026-13-01"_s, u"yesterday"_s, u"01/02/2026"_s}) {
        const Run r = m_fx->cli({u"--db"_s, m_fx->db(), u"forecast"_s, u"--as-of"_s, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.oneErrorLine(), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliForecast::text()
{
    const Run r = m_fx->ok({u"forecast"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Weighted"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"2026-06"_s));
    QVERIFY(r.out.contains(u"unscheduled"_s));
    const Run p = m_fx->ok({u"forecast"_s, u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-06-30"_s,
                            u"--as-of"_s, u"2026-06-30"_s});
    QCOMPARE(p.code, 0);
    QVERIFY2(p.out.contains(u"2026-06-01"_s) && !p.out.contains(u"unscheduled"_s),
             qPrintable(p.out));
    QVERIFY(p.out.contains(u"accuracy"_s));
}

QTEST_GUILESS_MAIN(TestCliForecast)
#include "tst_cli_forecast.moc"
