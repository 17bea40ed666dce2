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
    void badDate();
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
}

QTEST_GUILESS_MAIN(TestCliForecast)
#include "tst_cli_forecast.moc"
