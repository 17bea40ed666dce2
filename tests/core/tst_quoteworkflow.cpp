#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "workflow/quoteworkflow.h"
#include "workflowsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// What sending and signing a quote do to its deal: the move to Proposal through the gates,
// the "proposal-sent" tick, and the Nego → Won gate's signed-quote criterion.
class TestQuoteWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendMovesTheDealToProposal();
    void sendIsRefusedWithNothingWrittenWhenTheGateHolds();
    void sendTicksTheGateLikeAMove();
    void sendFromALaterStageOnlyTicks();
    void sendForAClosedDealIsRefused();
    void signProvesTheSignedQuoteCriterion();
    void signatureTimesAndValidity();

private:
    Database &db() { return *m_fx->db; }
    qint64 deal(const QString &stage, qint64 mrrCents = 80000);
    qint64 quote(qint64 dealId);
    QString stageOf(qint64 dealId);

    std::unique_ptr<DatabaseFixture> m_fx;
    qint64 m_company = 0;
};

void TestQuoteWorkflow::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"quoteworkflow.db"_s), QString());
    Company c = sampleCompany();
    const auto company = CompanyRepository(db()).create(c);
    QVERIFY(company.ok());
    m_company = *company;
}

void TestQuoteWorkflow::cleanup()
{
    m_fx.reset();
}

qint64 TestQuoteWorkflow::deal(const QString &stage, qint64 mrrCents)
{
    Deal d = sampleDeal(m_company, u"Cloud migration"_s, stage, mrrCents);
    const auto id = DealRepository(db()).create(d);
    return id.ok() ? *id : 0;
}

// One VPS M on an annual standard contract: a quote that can be sent as it is.
qint64 TestQuoteWorkflow::quote(qint64 dealId)
{
    const auto vps = ProductRepository(db()).findByKey(u"vps-m"_s);
    if (!vps.ok())
        return 0;
    Quote q;
    q.dealId = dealId;
    q.contract = u"annual-standard"_s;
    QuoteLine l;
    l.productId = vps->id;
    l.description = u"VPS M"_s;
    l.unitPrice = vps->price;
    q.lines << l;
    const auto id = QuoteRepository(db()).create(q);
    return id.ok() ? *id : 0;
}

QString TestQuoteWorkflow::stageOf(qint64 dealId)
{
    const auto d = DealRepository(db()).find(dealId);
    return d.ok() ? d->stage : QString();
}

void TestQuoteWorkflow::sendMovesTheDealToProposal()
{
    const qint64 d = deal(u"demo"_s);
    const qint64 q = quote(d);
    QVERIFY(q > 0);
    DB_CHECK(DealRepository(db()).check(
        d, {u"demo-done"_s, u"interest-confirmed"_s, u"timeline-under-3-months"_s}));
    const auto outcome = QuoteWorkflow(db()).send(q);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->sent);
    QVERIFY(outcome->moved);
    QCOMPARE(stageOf(d), u"proposal"_s);
    QCOMPARE(QuoteRepository(db()).find(q)->status, QuoteStatus::Sent);
    QVERIFY(DealRepository(db()).checked(d)->contains(u"proposal-sent"_s));
}

void TestQuoteWorkflow::sendIsRefusedWithNothingWrittenWhenTheGateHolds()
{
    const qint64 d = deal(u"demo"_s);
    const qint64 q = quote(d);
    QVERIFY(q > 0);
    const qint64 events = countRows(db(), u"SELECT count(*) FROM events"_s);
    const auto outcome = QuoteWorkflow(db()).send(q);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(!outcome->sent);
    QVERIFY(!outcome->moved);
    QCOMPARE(StageGates::unmetKeys(outcome->unmet),
             (QStringList{u"demo-done"_s, u"interest-confirmed"_s, u"timeline-under-3-months"_s}));
    QCOMPARE(stageOf(d), u"demo"_s);
    QCOMPARE(QuoteRepository(db()).find(q)->status, QuoteStatus::Draft);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM events"_s), events);
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM deal_checks"_s), 0);
}

void TestQuoteWorkflow::sendTicksTheGateLikeAMove()
{
    const qint64 d = deal(u"demo"_s);
    const qint64 q = quote(d);
    // One tick short: refused, and the ticks given are not kept.
    auto outcome = QuoteWorkflow(db()).send(q, {u"demo-done"_s, u"interest-confirmed"_s});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(!outcome->sent);
    QCOMPARE(StageGates::unmetKeys(outcome->unmet), QStringList{u"timeline-under-3-months"_s});
    QCOMPARE(countRows(db(), u"SELECT count(*) FROM deal_checks"_s), 0);
    QCOMPARE(QuoteRepository(db()).find(q)->status, QuoteStatus::Draft);
    // An unknown tick is an error, and writes nothing either.
    QVERIFY(!QuoteWorkflow(db()).send(q, {u"nonsense"_s}).ok());
    QCOMPARE(QuoteRepository(db()).find(q)->status, QuoteStatus::Draft);
    outcome = QuoteWorkflow(db()).send(
        q, {u"demo-done"_s, u"interest-confirmed"_s, u"timeline-under-3-months"_s});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->sent && outcome->moved);
    QCOMPARE(stageOf(d), u"proposal"_s);
}

void TestQuoteWorkflow::sendFromALaterStageOnlyTicks()
{
    const qint64 d = deal(u"nego"_s);
    const qint64 q = quote(d);
    const auto outcome = QuoteWorkflow(db()).send(q);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->sent);
    QVERIFY(!outcome->moved);
    QCOMPARE(stageOf(d), u"nego"_s);
    QVERIFY(DealRepository(db()).checked(d)->contains(u"proposal-sent"_s));
    // Nothing to tick when the deal does not move.
    const qint64 other = quote(d);
    QVERIFY(!QuoteWorkflow(db()).send(other, {u"demo-done"_s}).ok());
    QCOMPARE(QuoteRepository(db()).find(other)->status, QuoteStatus::Draft);
}

void TestQuoteWorkflow::sendForAClosedDealIsRefused()
{
    const qint64 d = deal(u"nego"_s);
    const qint64 q = quote(d);
    DB_CHECK(DealWorkflow(db()).move(lost(d, u"budget"_s)));
    const auto outcome = QuoteWorkflow(db()).send(q);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.errorKind(), ErrorKind::User);
    QCOMPARE(QuoteRepository(db()).find(q)->status, QuoteStatus::Draft);
}

void TestQuoteWorkflow::signProvesTheSignedQuoteCriterion()
{
    const qint64 d = deal(u"nego"_s); // 800 €/month: a signed quote is needed
    const qint64 q = quote(d);
    DB_CHECK(QuoteWorkflow(db()).send(q));
    auto refused = DealWorkflow(db()).move(request(d, u"won"_s, {u"price-agreed"_s}));
    QVERIFY2(refused.ok(), qPrintable(refused.errorMessage()));
    QVERIFY(!refused->moved);
    QCOMPARE(StageGates::unmetKeys(refused->unmet), QStringList{u"signed-quote"_s});

    // Dated in the future or before it was sent: refused.
    const QDateTime sent = QuoteRepository(db()).find(q)->sentAt;
    for (const QDateTime &at : {sent.addSecs(-60), fixedNow().addDays(1)}) {
        const SignatureRecord early{u"Claire"_s, at, SignatureMethod::InPerson, {}, {}};
        const Status s = QuoteWorkflow(db()).sign(q, early);
        QVERIFY(!s.ok());
        QCOMPARE(s.errorKind(), ErrorKind::User);
    }
    QCOMPARE(QuoteRepository(db()).find(q)->status, QuoteStatus::Sent);
    const SignatureRecord sig{u"Claire Martin"_s, {}, SignatureMethod::Email, u"Re: devis"_s, {}};
    DB_CHECK(QuoteWorkflow(db()).sign(q, sig));
    QCOMPARE(stageOf(d), u"nego"_s); // the founder moves it himself
    const auto gates = DealWorkflow(db()).gates(d, u"won"_s);
    QVERIFY(gates.ok());
    for (const CriterionState &s : gates.value())
        if (s.criterion.key == "signed-quote"_L1)
            QVERIFY2(s.met, qPrintable(s.explanation));
    const auto moved = DealWorkflow(db()).move(request(d, u"won"_s, {u"price-agreed"_s}));
    QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
    QVERIFY(moved->moved);
    QCOMPARE(stageOf(d), u"won"_s);
}

void TestQuoteWorkflow::signatureTimesAndValidity()
{
    const qint64 d = deal(u"nego"_s);
    const qint64 q = quote(d);
    QCOMPARE(QuoteRepository(db()).find(q)->termMonths, 0); // a draft: the contract's minimum
    m_fx->clock.advanceSecs(41);                            // sent at hh:mm:41
    DB_CHECK(QuoteWorkflow(db()).send(q));
    const Quote sent = QuoteRepository(db()).find(q).value();
    QCOMPARE(sent.termMonths, 12); // sent: the term as a number, whatever the playbook says later
    // Typed to the minute, the minute it was sent counts as after it.
    const QDateTime typed = sent.sentAt.addSecs(-sent.sentAt.time().second());
    DB_CHECK(QuoteWorkflow(db()).sign(
        q, SignatureRecord{u"Claire"_s, typed, SignatureMethod::InPerson, {}, {}}));
    QCOMPARE(QuoteRepository(db()).find(q)->signature->at, sent.sentAt);

    // Recorded after the validity, but agreed within it: accepted; agreed after it: refused.
    const qint64 late = quote(deal(u"nego"_s));
    const qint64 later = quote(deal(u"nego"_s));
    DB_CHECK(QuoteWorkflow(db()).send(late));
    DB_CHECK(QuoteWorkflow(db()).send(later));
    const QDateTime sentAt = QuoteRepository(db()).find(late)->sentAt;
    m_fx->clock.advanceSecs(40 * 86400);
    DB_CHECK(QuoteWorkflow(db()).sign(
        late, SignatureRecord{u"Claire"_s, sentAt.addDays(2), SignatureMethod::InPerson, {}, {}}));
    const Status refused = QuoteWorkflow(db()).sign(
        later, SignatureRecord{u"Claire"_s, sentAt.addDays(31), SignatureMethod::InPerson, {}, {}});
    QVERIFY(refused.errorMessage().contains(u"valid until"_s));
}

QTEST_GUILESS_MAIN(TestQuoteWorkflow)
#include "tst_quoteworkflow.moc"
