// Hiring triggers: the pure evaluation of the playbook's rules, and the inputs read as of a day.

#include "analytics/hiringtriggers.h"
#include "storage/kpientryrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

namespace {

HiringInputs inputs(qint64 mrrEuros, qint64 pipelineEuros, std::optional<int> churnBp,
                    qint64 largestEuros)
{
    HiringInputs in;
    in.mrrNow = Money::fromUnits(mrrEuros);
    in.pipelineAnnualised = Money::fromUnits(pipelineEuros);
    in.latestChurnBp = churnBp;
    in.largestDealMrr = Money::fromUnits(largestEuros);
    return in;
}

const HiringTrigger *find(const QList<HiringTrigger> &triggers, const QString &key)
{
    for (const HiringTrigger &t : triggers)
        if (t.key == key)
            return &t;
    return nullptr;
}

} // namespace

class TestHiringTriggers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsThePlaybook();
    void accountExecutiveNeedsBoth();
    void customerSuccessNeedsEither();
    void sdrAndSolutionsEngineer();
    void strictlyAbove();
    void matchOverridesAndEmptyTriggers();
    void loadsAsOf();

private:
    Playbook m_pb;
};

void TestHiringTriggers::initTestCase()
{
    Result<Playbook> pb = Playbook::loadDefault();
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    m_pb = pb.value();
}

void TestHiringTriggers::readsThePlaybook()
{
    const QList<HiringTrigger> t = HiringTrigger::evaluate(m_pb, inputs(0, 0, {}, 0));
    QCOMPARE(t.size(), 4);
    QCOMPARE(t.at(0).key, u"ae"_s);
    QCOMPARE(t.at(0).name.en, u"Account executive"_s);
    QCOMPARE(t.at(0).conditions.size(), 2);
    QCOMPARE(t.at(0).conditions.at(0).what, HiringTrigger::Measure::MrrNow);
    QCOMPARE(t.at(0).conditions.at(0).threshold, qint64(3000000));
    QCOMPARE(t.at(0).conditions.at(1).what, HiringTrigger::Measure::PipelineAnnualised);
    QCOMPARE(t.at(0).conditions.at(1).threshold, qint64(10000000));
    QVERIFY(!t.at(0).anyCondition);
    QCOMPARE(t.at(1).key, u"cs"_s);
    QVERIFY(t.at(1).anyCondition);
    QCOMPARE(t.at(1).conditions.at(1).what, HiringTrigger::Measure::LatestChurn);
    QCOMPARE(t.at(1).conditions.at(1).threshold, qint64(500));
    QVERIFY(!t.at(1).conditions.at(1).actual); // no churn entry yet
    QCOMPARE(t.at(3).conditions.at(0).what, HiringTrigger::Measure::LargestDeal);
    for (const HiringTrigger &trigger : t)
        QVERIFY(!trigger.met);
    for (auto m : {HiringTrigger::Measure::MrrNow, HiringTrigger::Measure::PipelineAnnualised,
                   HiringTrigger::Measure::LatestChurn, HiringTrigger::Measure::LargestDeal})
        QVERIFY(!HiringTrigger::measureName(m).isEmpty());
}

void TestHiringTriggers::accountExecutiveNeedsBoth()
{
    // MRR > 30 K€ and pipeline > 100 K€ a year.
    auto ae = [this](qint64 mrr, qint64 pipeline) {
        return find(HiringTrigger::evaluate(m_pb, inputs(mrr, pipeline, {}, 0)), u"ae"_s)->met;
    };
    QVERIFY(!ae(35000, 90000));
    QVERIFY(!ae(25000, 150000));
    QVERIFY(ae(35000, 150000));
    const HiringTrigger *t =
        find(HiringTrigger::evaluate(m_pb, inputs(35000, 90000, {}, 0)), u"ae"_s);
    QVERIFY(t->conditions.at(0).met);
    QCOMPARE(t->conditions.at(0).actual, std::optional<qint64>(3500000));
    QVERIFY(!t->conditions.at(1).met);
}

void TestHiringTriggers::customerSuccessNeedsEither()
{
    // MRR > 40 K€ or the latest churn > 5 %.
    auto cs = [this](qint64 mrr, std::optional<int> churn) {
        return find(HiringTrigger::evaluate(m_pb, inputs(mrr, 0, churn, 0)), u"cs"_s)->met;
    };
    QVERIFY(!cs(30000, {}));
    QVERIFY(!cs(30000, 400));
    QVERIFY(cs(30000, 600));
    QVERIFY(cs(45000, {}));
    QVERIFY(cs(45000, 100));
}

void TestHiringTriggers::sdrAndSolutionsEngineer()
{
    const QList<HiringTrigger> t = HiringTrigger::evaluate(m_pb, inputs(55000, 0, {}, 6000));
    QVERIFY(find(t, u"sdr"_s)->met); // MRR > 50 K€
    QVERIFY(find(t, u"se"_s)->met);  // a deal above 5 K€ MRR
    QVERIFY(find(t, u"cs"_s)->met);
    QVERIFY(!find(t, u"ae"_s)->met); // no pipeline
    const QList<HiringTrigger> small = HiringTrigger::evaluate(m_pb, inputs(45000, 0, {}, 4000));
    QVERIFY(!find(small, u"sdr"_s)->met);
    QVERIFY(!find(small, u"se"_s)->met);
}

void TestHiringTriggers::strictlyAbove()
{
    // Each trigger with its inputs exactly at its thresholds, then one cent (or bp) above.
    const auto met = [this](const HiringInputs &in, const QString &key) {
        return find(HiringTrigger::evaluate(m_pb, in), key)->met;
    };
    QVERIFY(!met(inputs(30000, 100000, {}, 0), u"ae"_s));
    QVERIFY(!met(inputs(40000, 0, 500, 0), u"cs"_s));
    QVERIFY(!met(inputs(50000, 0, {}, 0), u"sdr"_s));
    QVERIFY(!met(inputs(0, 0, {}, 5000), u"se"_s));
    const HiringInputs above{Money(5000001), Money(10000001), 501, Money(500001)};
    for (const HiringTrigger &trigger : HiringTrigger::evaluate(m_pb, above))
        QVERIFY2(trigger.met, qPrintable(trigger.key));
    QVERIFY(met({Money(3000001), Money(10000001), {}, Money(0)}, u"ae"_s));
    QVERIFY(met({Money(0), Money(0), 501, Money(0)}, u"cs"_s));
}

void TestHiringTriggers::matchOverridesAndEmptyTriggers()
{
    QJsonObject root = QJsonDocument::fromJson(m_pb.toJson()).object();
    QJsonArray triggers = root.value("hiringTriggers"_L1).toArray();
    QJsonObject ae = triggers.at(0).toObject();
    ae.insert(u"match"_s, u"any"_s);
    triggers.replace(0, ae);
    QJsonObject cs = triggers.at(1).toObject();
    cs.insert(u"match"_s, u"all"_s);
    triggers.replace(1, cs);
    triggers.append(
        QJsonObject{{u"key"_s, u"cfo"_s}, {u"name"_s, QJsonObject{{u"en"_s, u"CFO"_s}}}});
    root.insert(u"hiringTriggers"_s, triggers);
    const Result<Playbook> pb = Playbook::fromJson(QJsonDocument(root).toJson(), u"test"_s);
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    const QList<HiringTrigger> t = HiringTrigger::evaluate(pb.value(), inputs(35000, 0, 600, 0));
    QVERIFY(find(t, u"ae"_s)->met);  // either one now
    QVERIFY(!find(t, u"cs"_s)->met); // both now
    QVERIFY(find(t, u"cfo"_s)->conditions.isEmpty());
    QVERIFY(!find(t, u"cfo"_s)->met);
}

void TestHiringTriggers::loadsAsOf()
{
    DatabaseFixture fx;
    QCOMPARE(fx.open(u"hiring.db"_s), QString());
    Database &db = *fx.db;
    DealRepository deals(db);
    auto at = [&fx](int month, int day) {
        fx.clock.set(QDateTime(QDate(2026, month, day), QTime(10, 0), Qt::UTC));
    };
    at(1, 5);
    Company c = sampleCompany();
    const qint64 company = CompanyRepository(db).create(c).value();
    auto add = [&](const QString &stage, qint64 euros) {
        Deal d = sampleDeal(company, u"Deal"_s, stage, euros * 100);
        return deals.create(d).value();
    };
    const qint64 oldWin = add(u"nego"_s, 8000); // won 110 days before 30 April
    at(1, 10);
    QVERIFY(deals.move(oldWin, u"won"_s).ok());
    at(2, 1);
    const qint64 lost = add(u"nego"_s, 5000);
    QVERIFY(deals.move(lost, u"lost"_s, u"budget"_s).ok());
    at(3, 1);
    const qint64 recent = add(u"nego"_s, 4000); // won 29 days before; MRR raised later
    at(3, 2);
    const qint64 customer = add(u"nego"_s, 2000);
    at(3, 3);
    QVERIFY(deals.move(customer, u"won"_s).ok());
    at(3, 4);
    QVERIFY(deals.move(customer, u"customer"_s).ok());
    at(3, 5);
    const qint64 deleted = add(u"nego"_s, 7000);
    at(3, 6);
    QVERIFY(deals.move(deleted, u"won"_s).ok());
    at(3, 7);
    QVERIFY(deals.remove(deleted).ok());
    at(3, 10);
    const qint64 nego = add(u"nego"_s, 3000);
    QVERIFY(add(u"demo"_s, 1500));
    QVERIFY(add(u"lead"_s, 9000)); // open but not qualified
    at(4, 1);
    QVERIFY(deals.move(recent, u"won"_s).ok());
    KpiEntryRepository entries(db);
    DB_CHECK(entries.set(QDate(2026, 3, 1), KpiEntry::churnFirstMonth(), 600));
    at(5, 2);
    QVERIFY(deals.move(nego, u"won"_s).ok());
    Deal raised = deals.find(recent).value();
    raised.mrr = Money(450000);
    DB_CHECK(deals.update(raised));
    DB_CHECK(entries.set(QDate(2026, 5, 1), KpiEntry::churnFirstMonth(), 300));

    // 30 April: the nego deal was still open; MRR as stored now (4,500 € for the raised one).
    Result<HiringInputs> in = HiringInputs::load(db, db.playbook(), QDate(2026, 4, 30));
    DB_CHECK(in);
    QCOMPARE(in->mrrNow, Money::fromUnits(8000 + 4500 + 2000));
    QCOMPARE(in->pipelineAnnualised, Money::fromUnits((3000 + 1500) * 12));
    QCOMPARE(in->latestChurnBp, std::optional<int>(600));
    QCOMPARE(in->largestDealMrr, Money::fromUnits(4500)); // the 8,000 € win is too old
    QCOMPARE(in->mrrNow.currency(), db.playbook().currency());

    // 2 May, today.
    in = HiringInputs::load(db, db.playbook(), QDate(2026, 5, 2));
    DB_CHECK(in);
    QCOMPARE(in->mrrNow, Money::fromUnits(8000 + 4500 + 2000 + 3000));
    QCOMPARE(in->pipelineAnnualised, Money::fromUnits(1500 * 12));
    QCOMPARE(in->latestChurnBp, std::optional<int>(300));
    QCOMPARE(in->largestDealMrr, Money::fromUnits(4500));

    // 9 January: only deals in nego, none won yet; no churn entry.
    in = HiringInputs::load(db, db.playbook(), QDate(2026, 1, 9));
    DB_CHECK(in);
    QCOMPARE(in->mrrNow, Money(0));
    QCOMPARE(in->pipelineAnnualised, Money::fromUnits(8000 * 12));
    QVERIFY(!in->latestChurnBp);
    QCOMPARE(in->largestDealMrr, Money::fromUnits(8000));

    QVERIFY(!HiringInputs::load(db, db.playbook(), QDate()).ok());
}

QTEST_GUILESS_MAIN(TestHiringTriggers)
#include "tst_hiringtriggers.moc"
