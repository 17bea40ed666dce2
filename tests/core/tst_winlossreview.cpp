// The win/loss form (§8.3): saved with the move to Won or Lost in one transaction, its
// recontact call, undo, filled later, and what the win/loss analytics read of it.

#include "analytics/winloss.h"
#include "storage/activityrepository.h"
#include "storage/winlossreviewrepository.h"
#include "workflowsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

class TestWinLossReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void wonWithReviewAndRecontact();
    void undoRemovesReviewAndCall();
    void lostWithReview();
    void refusedMoveWritesNoReview();
    void validation();
    void fillLaterAndUndo();
    void analyticsReadTheReviews();

private:
    std::optional<WinLossReview> review(qint64 id)
    {
        const auto r = WinLossReviewRepository(*m_fx->db).find(id);
        return r.ok() ? r.value() : std::nullopt;
    }
    QList<Activity> recontacts(qint64 id)
    {
        QList<Activity> out;
        for (const Activity &a : ActivityRepository(*m_fx->db).forDeal(id).value())
            if (a.rule == WinLossReviewRepository::recontactRule())
                out << a;
        return out;
    }
    MoveRequest won(qint64 id, const WinLossReview &r)
    {
        MoveRequest m = request(id, u"won"_s, {u"price-agreed"_s});
        m.wonReason = u"support"_s;
        m.review = r;
        return m;
    }
    static WinLossReview sample()
    {
        WinLossReview r;
        r.decisiveFactor = u"  Support answered in French within the hour "_s;
        r.competitor = u" OVHcloud  "_s;
        r.learning = u"Offer the trial early"_s;
        r.recontactOn = QDate(2026, 9, 1);
        r.productFeedback = u"GPU instances by the hour"_s;
        r.processImprovement = u"Send the proposal the same day"_s;
        return r;
    }

    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestWinLossReview::init()
{
    m_fx = std::make_unique<WorkflowFixture>();
    QCOMPARE(m_fx->start(), QString());
}

void TestWinLossReview::cleanup()
{
    m_fx.reset();
}

void TestWinLossReview::wonWithReviewAndRecontact()
{
    const qint64 id = m_fx->addDeal(u"nego"_s, u"Hosting"_s);
    QVERIFY(m_fx->moves(won(id, sample())));
    const std::optional<WinLossReview> r = review(id);
    QVERIFY(r);
    QVERIFY(r->won);
    QCOMPARE(r->decisiveFactor, u"Support answered in French within the hour"_s);
    QCOMPARE(r->competitor, u"OVHcloud"_s);
    QCOMPARE(r->recontactOn, QDate(2026, 9, 1));
    QCOMPARE(r->updatedAt, fixedNow());
    const QList<Activity> calls = recontacts(id);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().kind, Activity::Kind::Call);
    QCOMPARE(calls.first().due, QDate(2026, 9, 1));
    QVERIFY(calls.first().title.startsWith(u"Recontact "_s));
    // The move, the review and the call are logged together.
    QCOMPARE(kinds(EventLog(*m_fx->db).forEntity(u"deal"_s, id).value()).mid(1),
             (QStringList{u"checked:price-agreed"_s, u"won"_s, u"edited:win_loss_review"_s}));
}

void TestWinLossReview::undoRemovesReviewAndCall()
{
    const qint64 id = m_fx->addDeal(u"nego"_s);
    const Deal before = DealRepository(*m_fx->db).find(id).value();
    const auto outcome = DealWorkflow(*m_fx->db).move(won(id, sample()));
    QVERIFY(outcome.ok() && outcome->moved);
    DB_CHECK(DealWorkflow(*m_fx->db).restore(before, outcome->eventIds));
    QCOMPARE(DealRepository(*m_fx->db).find(id)->stage, u"nego"_s);
    QVERIFY(!review(id));
    QVERIFY(recontacts(id).isEmpty());
    QCOMPARE(rows(*m_fx->db, u"SELECT count(*) FROM win_loss_reviews"_s), QStringList{u"0"_s});
}

void TestWinLossReview::lostWithReview()
{
    const qint64 id = m_fx->addDeal(u"demo"_s);
    MoveRequest m = lost(id, u"competitor"_s, u"Scaleway"_s);
    WinLossReview r;
    r.competitor = u"Scaleway"_s;
    r.couldHaveDone = u"Show the GPU roadmap"_s;
    r.learning = u"Do not wait for the budget meeting"_s;
    m.review = r;
    QVERIFY(m_fx->moves(m));
    const std::optional<WinLossReview> saved = review(id);
    QVERIFY(saved);
    QVERIFY(!saved->won);
    QCOMPARE(saved->couldHaveDone, u"Show the GPU roadmap"_s);
    QVERIFY(recontacts(id).isEmpty()); // no date, no call
    // An empty form writes no row.
    const qint64 other = m_fx->addDeal(u"demo"_s);
    MoveRequest empty = lost(other, u"budget"_s);
    empty.review = WinLossReview{};
    QVERIFY(m_fx->moves(empty));
    QVERIFY(!review(other));
}

void TestWinLossReview::refusedMoveWritesNoReview()
{
    // The price-agreed gate is not ticked: nothing moves, no review, no call.
    const qint64 id = m_fx->addDeal(u"nego"_s);
    MoveRequest m = request(id, u"won"_s);
    m.review = sample();
    const auto outcome = DealWorkflow(*m_fx->db).move(m);
    QVERIFY(outcome.ok());
    QVERIFY(!outcome->moved);
    QVERIFY(!review(id));
    QVERIFY(recontacts(id).isEmpty());
    // A review goes with Won or Lost only.
    MoveRequest open = request(m_fx->addDeal(u"lead"_s), u"qualified"_s);
    open.review = sample();
    QVERIFY(!DealWorkflow(*m_fx->db).move(open).ok());
}

void TestWinLossReview::validation()
{
    const qint64 id = m_fx->addDeal(u"nego"_s);
    const QString snapshot = m_fx->snapshot().join(u'\n');
    WinLossReview past = sample();
    past.recontactOn = fixedNow().date().addDays(-1);
    const auto refused = DealWorkflow(*m_fx->db).move(won(id, past));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"recontact"_s), qPrintable(refused.errorMessage()));
    QCOMPARE(m_fx->snapshot().join(u'\n'), snapshot); // nothing written, not even the tick
    WinLossReview longText = sample();
    longText.learning = QString(WinLossReviewRepository::kMaxText + 1, u'x');
    QVERIFY(!DealWorkflow(*m_fx->db).move(won(id, longText)).ok());
    WinLossReview today = sample();
    today.recontactOn = fixedNow().date(); // the day it closed is fine
    QVERIFY(m_fx->moves(won(id, today)));
}

void TestWinLossReview::fillLaterAndUndo()
{
    const qint64 id = m_fx->addDeal(u"demo"_s);
    QVERIFY(m_fx->moves(lost(id, u"budget"_s)));
    QVERIFY(!review(id));
    m_fx->clock.set(fixedNow().addDays(3));
    WinLossReview r;
    r.dealId = id;
    r.learning = u"Qualify the budget at discovery"_s;
    r.recontactOn = QDate(2026, 3, 2); // the day it closed, before today: allowed
    DealWorkflow flow(*m_fx->db);
    const auto first = flow.saveReview(r);
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->size(), 2); // the review, the call
    QVERIFY(!review(id)->won);
    QCOMPARE(recontacts(id).size(), 1);
    r.recontactOn = QDate(2026, 3, 1);
    QVERIFY(!flow.saveReview(r).ok()); // before the close
    // Edited: the call is made once.
    r.recontactOn = QDate(2026, 4, 1);
    r.productFeedback = u"Monthly invoices"_s;
    const auto second = flow.saveReview(r);
    QVERIFY(second.ok());
    QCOMPARE(second->size(), 1);
    QCOMPARE(recontacts(id).size(), 1);
    DB_CHECK(flow.undoReview(id, second.value()));
    QCOMPARE(review(id)->productFeedback, QString());
    QCOMPARE(review(id)->recontactOn, QDate(2026, 3, 2));
    DB_CHECK(flow.undoReview(id, first.value()));
    QVERIFY(!review(id));
    QVERIFY(recontacts(id).isEmpty());
    // An open deal has no review.
    WinLossReview open;
    open.dealId = m_fx->addDeal(u"lead"_s);
    open.learning = u"x"_s;
    QVERIFY(!flow.saveReview(open).ok());
}

void TestWinLossReview::analyticsReadTheReviews()
{
    const qint64 a = m_fx->addDeal(u"nego"_s, u"Alpha"_s, 10000);
    const qint64 b = m_fx->addDeal(u"nego"_s, u"Beta"_s, 20000);
    const qint64 c = m_fx->addDeal(u"demo"_s, u"Gamma"_s, 40000);
    WinLossReview ra = sample();
    QVERIFY(m_fx->moves(won(a, ra)));
    m_fx->clock.set(fixedNow().addSecs(3600));
    WinLossReview rb;
    rb.competitor = u"ovhcloud"_s;
    rb.decisiveFactor = u"Price"_s;
    QVERIFY(m_fx->moves(won(b, rb)));
    MoveRequest m = lost(c, u"competitor"_s, u"AWS"_s);
    WinLossReview rc;
    rc.competitor = u"AWS"_s;
    rc.couldHaveDone = u"Call sooner"_s;
    rc.productFeedback = u"Managed Kubernetes"_s;
    m.review = rc;
    QVERIFY(m_fx->moves(m));
    const auto w = WinLossCalculator::compute(*m_fx->db, m_fx->db->playbook(),
                                              Period::month(QDate(2026, 3, 1)), QDate(2026, 3, 2));
    QVERIFY2(w.ok(), qPrintable(w.errorMessage()));
    // Beaten: the won reviews' competitors only, grouped regardless of case.
    QCOMPARE(w->competitorsBeaten.size(), 1);
    QCOMPARE(w->competitorsBeaten.first().competitor, u"OVHcloud"_s);
    QCOMPARE(w->competitorsBeaten.first().count, 2);
    QCOMPARE(w->competitorsBeaten.first().mrr.cents(), 30000);
    // Latest close first.
    QCOMPARE(w->decisiveFactors.size(), 2);
    QCOMPARE(w->decisiveFactors.first().dealTitle, u"Beta"_s);
    QCOMPARE(w->decisiveFactors.first().text, u"Price"_s);
    QStringList learnings;
    for (const ReviewNote &n : w->learnings)
        learnings << n.text;
    QCOMPARE(learnings, (QStringList{u"Call sooner"_s, u"Offer the trial early"_s}));
    QCOMPARE(w->productFeedback.size(), 2);
    QCOMPARE(w->productFeedback.first().text, u"Managed Kubernetes"_s);
    QVERIFY(!w->productFeedback.first().won);
}

QTEST_GUILESS_MAIN(TestWinLossReview)
#include "tst_winlossreview.moc"
