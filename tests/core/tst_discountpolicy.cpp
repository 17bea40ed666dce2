#include "playbook/playbook.h"
#include "rules/discountpolicy.h"
#include "rules/discountrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// A quote of `products` distinct catalogue products, `monthlyCents` a month in all.
Quote quote(const QString &contract, qint64 monthlyCents = 120000, int products = 1)
{
    Quote q;
    q.contract = contract;
    for (int i = 0; i < products; ++i) {
        QuoteLine line;
        line.productId = i + 1;
        line.description = u"Product %1"_s.arg(i + 1);
        line.unitPrice = Money(i == 0 ? monthlyCents - (products - 1) * 1000 : 1000);
        q.lines << line;
    }
    return q;
}

QuoteDiscount request(const QString &kind, int bp, const QString &justification = {},
                      bool validated = false, bool exceptional = false)
{
    QuoteDiscount d;
    d.kind = kind;
    d.bp = bp;
    d.justification = justification;
    if (validated)
        d.validation = {u"Founder"_s, QDate(2026, 3, 1), u"<ok-123@vmcloud.fr>"_s};
    d.exceptional = exceptional;
    return d;
}

QStringList rules(const QList<DiscountFinding> &findings)
{
    QStringList out;
    for (const DiscountFinding &f : findings)
        out << f.rule;
    return out;
}

QStringList kinds(const QList<QuoteDiscount> &discounts)
{
    QStringList out;
    for (const QuoteDiscount &d : discounts)
        out << u"%1:%2"_s.arg(d.kind).arg(d.bp);
    return out;
}

// The shipped playbook with some of its "discounts" section replaced.
Playbook withDiscounts(const QJsonObject &changes, const QJsonObject &annualChanges = {})
{
    const Playbook shipped = Playbook::loadDefault().value();
    QJsonObject root = QJsonDocument::fromJson(shipped.toJson()).object();
    QJsonObject discounts = root.value(u"discounts"_s).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        discounts.insert(it.key(), it.value());
    QJsonArray automatic = discounts.value(u"automatic"_s).toArray();
    QJsonObject annual = automatic.at(0).toObject();
    for (auto it = annualChanges.begin(); it != annualChanges.end(); ++it)
        annual.insert(it.key(), it.value());
    automatic.replace(0, annual);
    discounts.insert(u"automatic"_s, automatic);
    root.insert(u"discounts"_s, discounts);
    return Playbook::fromJson(QJsonDocument(root).toJson(), u"test"_s).value();
}

const QString kAnnual = u"discounts.automatic[0] annual"_s;
const QString kReferral = u"discounts.automatic[1] referral"_s;
const QString kMultiProduct = u"discounts.automatic[2] multi-product"_s;
const QString kVolume = u"discounts.founder[0] volume"_s;
const QString kCommitment = u"discounts.founder[1] commitment-24"_s;
const QString kCap = u"discounts.maxTotalBp"_s;
const QString kJustification = u"discounts.justificationAboveBp"_s;
const QString kValidation = u"discounts.founderValidationAboveBp"_s;

} // namespace

// The discount policy (§7.1, §7.2) at each threshold the playbook names.
class TestDiscountPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parsesThePlaybook();
    void annualIsAutomaticAt17();
    void referralAt10OnTheFirstMonths();
    void monthlyContractRefusesNegotiatedDiscount();
    void multiProduct_data();
    void multiProduct();
    void thresholds_data();
    void thresholds();
    void justificationThresholdComesFromThePlaybook();
    void volumeNeedsTheMrrAndStaysUnderItsCap();
    void commitment24();
    void contractRange();
    void termOutsideTheContract();
    void unknownContractAndDiscount();
    void automaticOverTheCapNeedsAnException();
    void statusNamesTheRule();
    void frozenKeepsTheStoredDiscounts();
    void formatsRates();

private:
    Playbook m_pb;
};

void TestDiscountPolicy::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto pb = Playbook::loadDefault();
    QVERIFY2(pb.ok(), qPrintable(pb.errorMessage()));
    m_pb = pb.value();
}

void TestDiscountPolicy::parsesThePlaybook()
{
    const auto r = DiscountRules::fromPlaybook(m_pb);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->automatic.size(), 3);
    QCOMPARE(r->founder.size(), 3);
    QCOMPARE(r->maxTotalBp, 3000);
    QCOMPARE(r->justificationAboveBp, 1000);
    QCOMPARE(r->founderValidationAboveBp, 2000);
    QCOMPARE(r->find(u"volume"_s)->source(), kVolume);
    QCOMPARE(r->find(u"volume"_s)->minMrrCents, qint64(100000));
    QCOMPARE(r->find(u"referral"_s)->months, 3);
    QCOMPARE(r->find(u"partner"_s)->capBp(), 1500);
    QVERIFY(!r->find(u"nope"_s));
    // A malformed section is a user error naming the field.
    const auto bad = DiscountRules::fromPlaybook(withDiscounts({{u"maxTotalBp"_s, -1}}));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().contains("maxTotalBp"_L1), qPrintable(bad.errorMessage()));
}

void TestDiscountPolicy::annualIsAutomaticAt17()
{
    for (const QString &contract :
         {u"annual-standard"_s, u"annual-negotiated"_s, u"enterprise"_s}) {
        const DiscountDecision d = DiscountPolicy::evaluate(m_pb, quote(contract, 50000));
        QCOMPARE(kinds(d.applied), QStringList{u"annual:1700"_s});
        QVERIFY(d.applied.first().automatic);
        QCOMPARE(d.totalBp, 1700);
        QCOMPARE(d.permanentBp, 1700);
        QVERIFY2(d.isComplete(), qPrintable(rules(d.refused + d.required).join(u", "_s)));
        QVERIFY(rules(d.fired).contains(kAnnual));
        QVERIFY(d.fired.first().message.contains("17 %"_L1));
        QCOMPARE(d.fired.first().section, u"§7.2"_s);
    }
    // Never without a commitment.
    const DiscountDecision self = DiscountPolicy::evaluate(m_pb, quote(u"self-service"_s));
    QVERIFY(self.applied.isEmpty());
    QCOMPARE(self.totalBp, 0);
    QVERIFY(self.isComplete());
}

void TestDiscountPolicy::referralAt10OnTheFirstMonths()
{
    Quote q = quote(u"self-service"_s, 9999);
    q.referral = true;
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(kinds(d.applied), QStringList{u"referral:1000"_s});
    QCOMPARE(d.applied.first().months, 3);
    QCOMPARE(d.totalBp, 1000);
    QCOMPARE(d.permanentBp, 0);
    QCOMPARE(d.introMonths, 3);
    QVERIFY(d.isComplete()); // automatic: no justification even at 10 %
    QVERIFY(rules(d.fired).contains(kReferral));
    QVERIFY2(d.fired.first().message.contains("first 3 months"_L1),
             qPrintable(d.fired.first().message));

    // With the annual discount: 27 % in the first months, 17 % after.
    q.contract = u"annual-standard"_s;
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(kinds(d.applied), (QStringList{u"annual:1700"_s, u"referral:1000"_s}));
    QCOMPARE(d.totalBp, 2700);
    QCOMPARE(d.permanentBp, 1700);
    QVERIFY(d.isComplete());
}

void TestDiscountPolicy::monthlyContractRefusesNegotiatedDiscount()
{
    Quote q = quote(u"self-service"_s, 200000);
    q.discounts << request(u"volume"_s, 500, u"Big account"_s);
    const DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(!d.isAllowed());
    QCOMPARE(rules(d.refused), QStringList{u"discounts.forbidWithoutCommitment"_s});
    QCOMPARE(d.refused.first().kind, u"volume"_s);
    QVERIFY(d.refused.first().message.contains("no commitment"_L1));
    QVERIFY(d.applied.isEmpty());
}

void TestDiscountPolicy::multiProduct_data()
{
    QTest::addColumn<int>("products");
    QTest::addColumn<bool>("applies");
    QTest::newRow("2 products") << 2 << false;
    QTest::newRow("3 products") << 3 << true;
    QTest::newRow("4 products") << 4 << true;
}

void TestDiscountPolicy::multiProduct()
{
    QFETCH(int, products);
    QFETCH(bool, applies);
    const DiscountDecision d =
        DiscountPolicy::evaluate(m_pb, quote(u"self-service"_s, 50000, products));
    QCOMPARE(kinds(d.applied), applies ? QStringList{u"multi-product:500"_s} : QStringList{});
    QCOMPARE(rules(d.fired).contains(kMultiProduct), applies);
    QVERIFY(d.isComplete());
}

void TestDiscountPolicy::thresholds_data()
{
    QTest::addColumn<int>("volumeBp");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<bool>("validated");
    QTest::addColumn<bool>("exceptional");
    QTest::addColumn<int>("totalBp");
    QTest::addColumn<QStringList>("refused");
    QTest::addColumn<QStringList>("required");
    const QString why = u"Competing offer from OVH"_s;
    // Enterprise, 1 200 € a month: annual 17 % + volume.
    QTest::newRow("17 %") << 0 << QString() << false << false << 1700 << QStringList()
                          << QStringList();
    QTest::newRow("20 % unjustified") << 300 << QString() << false << false << 2000 << QStringList()
                                      << QStringList{kJustification};
    QTest::newRow("20 % justified")
        << 300 << why << false << false << 2000 << QStringList() << QStringList();
    QTest::newRow("25 % justified only")
        << 800 << why << false << false << 2500 << QStringList() << QStringList{kValidation};
    QTest::newRow("25 % undocumented") << 800 << QString() << false << false << 2500
                                       << QStringList() << QStringList{kJustification, kValidation};
    QTest::newRow("25 % documented")
        << 800 << why << true << false << 2500 << QStringList() << QStringList();
    QTest::newRow("30 %") << 1300 << why << true << false << 3000 << QStringList() << QStringList();
    QTest::newRow("30.01 %") << 1301 << why << true << false << 3001 << QStringList{kCap}
                             << QStringList();
    QTest::newRow("30.01 % exceptional")
        << 1301 << why << true << true << 3001 << QStringList() << QStringList();
    QTest::newRow("30.01 % exceptional, no reason")
        << 1301 << QString() << true << true << 3001 << QStringList{kCap}
        << QStringList{kJustification};
}

void TestDiscountPolicy::thresholds()
{
    QFETCH(int, volumeBp);
    QFETCH(QString, justification);
    QFETCH(bool, validated);
    QFETCH(bool, exceptional);
    QFETCH(int, totalBp);
    QFETCH(QStringList, refused);
    QFETCH(QStringList, required);
    Quote q = quote(u"enterprise"_s, 120000);
    if (volumeBp > 0)
        q.discounts << request(u"volume"_s, volumeBp, justification, validated, exceptional);
    const DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(d.totalBp, totalBp);
    QCOMPARE(rules(d.refused), refused);
    QCOMPARE(rules(d.required), required);
    QCOMPARE(d.isAllowed(), refused.isEmpty());
    QCOMPARE(d.isComplete(), refused.isEmpty() && required.isEmpty());
    if (volumeBp > 0) {
        QVERIFY(rules(d.fired).contains(kVolume));
        QCOMPARE(d.applied.last().justification, justification);
    }
    if (exceptional && !justification.isEmpty())
        QVERIFY(rules(d.fired).contains(kCap));
}

void TestDiscountPolicy::justificationThresholdComesFromThePlaybook()
{
    // With a 5 % annual discount, a 10 % total is reachable with a founder discount.
    const Playbook pb = withDiscounts({}, {{u"bp"_s, 500}});
    Quote q = quote(u"enterprise"_s, 120000);
    q.discounts << request(u"volume"_s, 500);
    DiscountDecision d = DiscountPolicy::evaluate(pb, q);
    QCOMPARE(d.totalBp, 1000);
    QVERIFY(d.isComplete()); // 10 % is not above 10 %
    q.discounts.first().bp = 501;
    d = DiscountPolicy::evaluate(pb, q);
    QCOMPARE(d.totalBp, 1001);
    QCOMPARE(rules(d.required), QStringList{kJustification});

    // Another cap in the file, another refusal.
    const Playbook strict = withDiscounts({{u"maxTotalBp"_s, 2000}});
    q = quote(u"enterprise"_s, 120000);
    q.discounts << request(u"volume"_s, 400, u"why"_s, true);
    d = DiscountPolicy::evaluate(strict, q);
    QCOMPARE(rules(d.refused), QStringList{kCap});
    QVERIFY(d.refused.first().message.contains("20 %"_L1));
}

void TestDiscountPolicy::volumeNeedsTheMrrAndStaysUnderItsCap()
{
    Quote q = quote(u"enterprise"_s, 99999);
    q.discounts << request(u"volume"_s, 300, u"why"_s);
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{kVolume});
    QVERIFY2(d.refused.first().message.contains("1,000.00"_L1),
             qPrintable(d.refused.first().message));
    QCOMPARE(kinds(d.applied), QStringList{u"annual:1700"_s});

    q = quote(u"enterprise"_s, 100000);
    q.discounts << request(u"volume"_s, 300, u"why"_s);
    d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(d.isComplete());
    QCOMPARE(kinds(d.applied), (QStringList{u"annual:1700"_s, u"volume:300"_s}));

    q.discounts.first().bp = 1501;
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{kVolume});
    q.discounts.first().bp = 0; // the rule's maximum: 15 %, over the 30 % total
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(kinds(d.applied), (QStringList{u"annual:1700"_s, u"volume:1500"_s}));
    QCOMPARE(rules(d.refused), QStringList{kCap});
}

void TestDiscountPolicy::commitment24()
{
    Quote q = quote(u"multi-year"_s, 50000);
    q.termMonths = 24;
    q.discounts << request(u"commitment-24"_s, 0, u"Two-year contract"_s);
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(kinds(d.applied), (QStringList{u"annual:1700"_s, u"commitment-24:300"_s}));
    QVERIFY2(d.isComplete(), qPrintable(rules(d.refused + d.required).join(u", "_s)));

    q.discounts.first().bp = 400; // 21 % in total: above the rule's 20 %
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{kCommitment});
    QVERIFY(d.refused.first().message.contains("3 %"_L1));

    // Enterprise for 12 months: not a 24-month commitment.
    q = quote(u"enterprise"_s, 50000);
    q.discounts << request(u"commitment-24"_s, 300, u"why"_s);
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{kCommitment});
    QVERIFY(d.refused.first().message.contains("24 months"_L1));
    q.termMonths = 36;
    d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(d.isComplete());
}

void TestDiscountPolicy::contractRange()
{
    // Annual standard is exactly 17 %: no founder discount on top.
    Quote q = quote(u"annual-standard"_s, 150000);
    q.discounts << request(u"partner"_s, 500, u"Agency"_s, true);
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{u"contracts[1] annual-standard"_s});
    QCOMPARE(d.refused.first().section, u"§7.1"_s);

    // Annual negotiated: 17 to 20 %.
    q = quote(u"annual-negotiated"_s, 150000);
    q.discounts << request(u"volume"_s, 300, u"why"_s);
    d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(d.isComplete());
    QVERIFY(rules(d.fired).contains(u"contracts[2] annual-negotiated"_s));
    q.discounts.first().bp = 400;
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{u"contracts[2] annual-negotiated"_s});

    // Multi-year: 20 % at least, so the annual 17 % alone is not enough; multi-product on top.
    q = quote(u"multi-year"_s, 50000, 3);
    d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(d.isAllowed());
    QCOMPARE(rules(d.required), QStringList{u"contracts[3] multi-year"_s});
    q.discounts << request(u"commitment-24"_s, 300, u"why"_s, true);
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(d.totalBp, 2500);
    QVERIFY2(d.isComplete(), qPrintable(rules(d.refused + d.required).join(u", "_s)));
}

void TestDiscountPolicy::termOutsideTheContract()
{
    Quote q = quote(u"multi-year"_s);
    q.termMonths = 12;
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{u"contracts[3] multi-year"_s});
    QVERIFY(d.refused.first().message.contains("24 to 36 months"_L1));
    q.termMonths = 48;
    QVERIFY(!DiscountPolicy::evaluate(m_pb, q).isAllowed());
    q.contract = u"enterprise"_s; // 12 months or more
    QVERIFY(DiscountPolicy::evaluate(m_pb, q).isAllowed());
}

void TestDiscountPolicy::unknownContractAndDiscount()
{
    Quote q = quote(u"lifetime"_s);
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), QStringList{u"contracts"_s});
    QVERIFY(d.refused.first().message.contains("self-service"_L1));

    q = quote(u"enterprise"_s);
    q.discounts << request(u"friends"_s, 500) << request(u"volume"_s, 100)
                << request(u"volume"_s, 200);
    d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(rules(d.refused), (QStringList{u"discounts"_s, u"discounts.founder"_s}));
    QVERIFY(d.refused.last().message.contains("volume, commitment-24, partner"_L1));
}

void TestDiscountPolicy::automaticOverTheCapNeedsAnException()
{
    // Annual 17 + referral 10 + multi-product 5 = 32 % in the first months.
    Quote q = quote(u"enterprise"_s, 50000, 3);
    q.referral = true;
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    QCOMPARE(d.totalBp, 3200);
    QCOMPARE(d.permanentBp, 2200);
    QCOMPARE(rules(d.refused), QStringList{kCap});
    QVERIFY(d.required.isEmpty()); // automatic discounts need no approval

    // The seller marks the referral exceptional: it then needs the founder's validation.
    q.discounts << request(u"referral"_s, 0, u"Launch partner"_s, false, true);
    d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(d.isAllowed());
    QCOMPARE(rules(d.required), QStringList{kValidation});
    QCOMPARE(d.applied.at(1).bp, 1000); // the rate stays the playbook's
    QCOMPARE(d.applied.at(1).justification, u"Launch partner"_s);
}

void TestDiscountPolicy::statusNamesTheRule()
{
    Quote q = quote(u"enterprise"_s, 120000);
    q.discounts << request(u"volume"_s, 1400, u"why"_s, true);
    DiscountDecision d = DiscountPolicy::evaluate(m_pb, q);
    const Status s = d.asStatus(false);
    QVERIFY(!s.ok());
    QCOMPARE(s.errorKind(), ErrorKind::User);
    QVERIFY2(s.errorMessage().contains("discounts.maxTotalBp"_L1) &&
                 s.errorMessage().contains(u"§7.2"_s) && s.errorMessage().contains("31 %"_L1),
             qPrintable(s.errorMessage()));

    q.discounts.first() = request(u"volume"_s, 800);
    d = DiscountPolicy::evaluate(m_pb, q);
    QVERIFY(d.asStatus(false).ok()); // saving a draft: documentation may come later
    QVERIFY(d.asStatus(true).errorMessage().contains(kJustification));
}

void TestDiscountPolicy::frozenKeepsTheStoredDiscounts()
{
    Quote q = quote(u"annual-standard"_s);
    q.number = u"DEV-2026-0001"_s;
    q.discounts = {QuoteDiscount{u"annual"_s, 1900, true, 0, {}, {}, false},
                   QuoteDiscount{u"referral"_s, 1000, true, 3, {}, {}, false}};
    const DiscountDecision d = DiscountPolicy::frozen(q);
    QCOMPARE(d.applied, q.discounts);
    QCOMPARE(d.totalBp, 2900);
    QCOMPARE(d.permanentBp, 1900);
    QCOMPARE(d.introMonths, 3);
    QVERIFY(d.isComplete());
}

void TestDiscountPolicy::formatsRates()
{
    QCOMPARE(DiscountPolicy::formatBp(1700), u"17 %"_s);
    QCOMPARE(DiscountPolicy::formatBp(3001), u"30.01 %"_s);
    QCOMPARE(DiscountPolicy::formatBp(1250), u"12.5 %"_s);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(DiscountPolicy::formatBp(1250), u"12,5 %"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_GUILESS_MAIN(TestDiscountPolicy)
#include "tst_discountpolicy.moc"
