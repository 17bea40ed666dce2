#include "rules/stagegates.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

const Playbook &playbook()
{
    static const Playbook pb = Playbook::loadDefault().value();
    return pb;
}

QStringList keysOf(const QList<CriterionState> &states)
{
    QStringList keys;
    for (const CriterionState &s : states)
        keys << s.criterion.key;
    return keys;
}

// Evidence that meets every criterion of every gate: a high score, a valid email, every
// checklist item ticked, and an MRR above the online-terms ceiling with a signed quote.
GateEvidence everything()
{
    GateEvidence e;
    e.bantTotal = 19;
    e.contactEmail = u"jean.dupont@acme.fr"_s;
    e.mrrCents = 150000;
    e.signedQuote = true;
    for (const Gate &g : playbook().gates())
        for (const GateCriterion &c : g.criteria)
            if (!c.computed)
                e.checked.insert(c.key);
    return e;
}

// `e` with criterion `c` no longer met.
GateEvidence without(GateEvidence e, const GateCriterion &c)
{
    if (c.key == "bant-min"_L1) {
        e.bantTotal = c.minScore - 1;
    } else if (c.key == "valid-email"_L1) {
        e.contactEmail.clear();
    } else if (c.key == "signed-quote"_L1) {
        e.signedQuote = false;
        e.checked.remove(c.key);
    } else {
        e.checked.remove(c.key);
    }
    return e;
}

const CriterionState *find(const QList<CriterionState> &states, const QString &key)
{
    for (const CriterionState &s : states)
        if (s.criterion.key == key)
            return &s;
    return nullptr;
}

} // namespace

class TestStageGates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedGates();
    void eachCriterionMissingInTurn_data();
    void eachCriterionMissingInTurn();
    void skippingNeedsEveryGateOnTheWay();
    void movesWithoutGates_data();
    void movesWithoutGates();
    void bantScore();
    void validEmail();
    void signedQuote();
};

void TestStageGates::shippedGates()
{
    QStringList moves;
    for (const Gate &g : playbook().gates())
        moves << g.from + u"→"_s + g.to;
    QCOMPARE(moves, (QStringList{u"lead→qualified"_s, u"qualified→demo"_s, u"demo→proposal"_s,
                                 u"proposal→nego"_s, u"nego→won"_s}));
    const QList<CriterionState> all =
        StageGates::evaluate(playbook(), u"lead"_s, u"won"_s, everything());
    QCOMPARE(
        keysOf(all),
        (QStringList{u"bant-min"_s, u"valid-email"_s, u"need-identified"_s, u"discovery-done"_s,
                     u"needs-documented"_s, u"budget-confirmed"_s, u"demo-done"_s,
                     u"interest-confirmed"_s, u"timeline-under-3-months"_s, u"proposal-sent"_s,
                     u"feedback-received"_s, u"price-agreed"_s, u"signed-quote"_s}));
    QVERIFY(StageGates::allMet(all));
    QVERIFY(StageGates::unmetKeys(all).isEmpty());
}

void TestStageGates::eachCriterionMissingInTurn_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("index"); // of the criterion that is missing
    for (const Gate &g : playbook().gates())
        for (qsizetype i = 0; i < g.criteria.size(); ++i)
            QTest::addRow("%s→%s without %s", qPrintable(g.from), qPrintable(g.to),
                          qPrintable(g.criteria.at(i).key))
                << g.from << g.to << int(i);
}

void TestStageGates::eachCriterionMissingInTurn()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, index);
    const Gate *gate = nullptr;
    for (const Gate &g : playbook().gates())
        if (g.from == from && g.to == to)
            gate = &g;
    QVERIFY(gate);
    QVERIFY(StageGates::isForward(playbook(), from, to));

    // Everything there: exactly this gate's criteria, in order, all met.
    const QList<CriterionState> met = StageGates::evaluate(playbook(), from, to, everything());
    QCOMPARE(met.size(), gate->criteria.size());
    for (qsizetype i = 0; i < met.size(); ++i) {
        QCOMPARE(met.at(i).criterion.key, gate->criteria.at(i).key);
        QCOMPARE(met.at(i).from, from);
        QCOMPARE(met.at(i).to, to);
        QVERIFY2(met.at(i).met, qPrintable(met.at(i).criterion.key));
    }
    QVERIFY(StageGates::allMet(met));

    // One missing: that one, and only that one, is unmet.
    const GateCriterion &missing = gate->criteria.at(index);
    const QList<CriterionState> states =
        StageGates::evaluate(playbook(), from, to, without(everything(), missing));
    QCOMPARE(states.size(), gate->criteria.size());
    QVERIFY(!StageGates::allMet(states));
    QCOMPARE(StageGates::unmetKeys(states), QStringList{missing.key});
    const CriterionState *state = find(states, missing.key);
    QVERIFY(state);
    QCOMPARE(state->tickable, missing.key != "bant-min"_L1 && missing.key != "valid-email"_L1);
    QVERIFY(!state->criterion.label.text().isEmpty());
    if (missing.computed)
        QVERIFY2(!state->explanation.isEmpty(), qPrintable(missing.key));
}

void TestStageGates::skippingNeedsEveryGateOnTheWay()
{
    const Playbook &pb = playbook();
    QVERIFY(StageGates::isForward(pb, u"lead"_s, u"demo"_s));
    GateEvidence e;
    e.checked = {u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s};
    QList<CriterionState> states = StageGates::evaluate(pb, u"lead"_s, u"demo"_s, e);
    QCOMPARE(keysOf(states),
             (QStringList{u"bant-min"_s, u"valid-email"_s, u"need-identified"_s,
                          u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s}));
    QCOMPARE(states.at(0).to, u"qualified"_s);
    QCOMPARE(states.at(3).from, u"qualified"_s);
    QCOMPARE(StageGates::unmetKeys(states),
             (QStringList{u"bant-min"_s, u"valid-email"_s, u"need-identified"_s}));
    // The first gate alone is not enough either.
    e.checked = {u"need-identified"_s};
    e.bantTotal = 12;
    e.contactEmail = u"a@b.fr"_s;
    states = StageGates::evaluate(pb, u"lead"_s, u"demo"_s, e);
    QCOMPARE(StageGates::unmetKeys(states),
             (QStringList{u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s}));
    e.checked.unite(
        QSet<QString>{u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s});
    QVERIFY(StageGates::allMet(StageGates::evaluate(pb, u"lead"_s, u"demo"_s, e)));
    // Straight to Won from Qualified: four gates.
    QCOMPARE(StageGates::evaluate(pb, u"qualified"_s, u"won"_s, everything()).size(), 10);
    QVERIFY(!StageGates::allMet(StageGates::evaluate(pb, u"qualified"_s, u"won"_s, e)));
}

void TestStageGates::movesWithoutGates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const QList<QPair<const char *, const char *>> moves{
        {"demo", "lead"},    {"nego", "qualified"}, {"qualified", "lead"}, {"lead", "lost"},
        {"nego", "lost"},    {"won", "customer"},   {"lost", "lead"},      {"lost", "nego"},
        {"won", "nego"},     {"customer", "won"},   {"lead", "lead"},      {"lead", "customer"},
        {"closing", "demo"}, {"lead", "closing"},
    };
    for (const auto &[from, to] : moves)
        QTest::addRow("%s→%s", from, to) << QString::fromLatin1(from) << QString::fromLatin1(to);
}

void TestStageGates::movesWithoutGates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(!StageGates::isForward(playbook(), from, to));
    // Nothing is asked, even with no evidence at all.
    const QList<CriterionState> states = StageGates::evaluate(playbook(), from, to, {});
    QVERIFY(states.isEmpty());
    QVERIFY(StageGates::allMet(states));
}

void TestStageGates::bantScore()
{
    const Playbook &pb = playbook();
    GateEvidence e;
    auto bant = [&]() {
        return *find(StageGates::evaluate(pb, u"lead"_s, u"qualified"_s, e), u"bant-min"_s);
    };
    CriterionState s = bant();
    QVERIFY(!s.met);
    QVERIFY(!s.tickable);
    QCOMPARE(s.explanation, u"Not qualified yet"_s);
    e.bantTotal = 9;
    s = bant();
    QVERIFY(!s.met);
    QCOMPARE(s.explanation, u"BANT+ score 9/19, needs 10"_s);
    e.bantTotal = 10;
    s = bant();
    QVERIFY(s.met);
    QVERIFY(s.explanation.contains(u"10/19"_s));
    // Ticking it by hand changes nothing: only the score proves it.
    e.bantTotal = 4;
    e.checked = {u"bant-min"_s};
    QVERIFY(!bant().met);
}

void TestStageGates::validEmail()
{
    GateEvidence e;
    auto email = [&]() {
        return *find(StageGates::evaluate(playbook(), u"lead"_s, u"qualified"_s, e),
                     u"valid-email"_s);
    };
    CriterionState s = email();
    QVERIFY(!s.met);
    QVERIFY(!s.tickable);
    QCOMPARE(s.explanation, u"No contact email"_s);
    e.contactEmail = u"jean@"_s;
    s = email();
    QVERIFY(!s.met);
    QCOMPARE(s.explanation, u"“jean@” is not a valid email"_s);
    e.checked = {u"valid-email"_s};
    QVERIFY(!email().met);
    e.contactEmail = u"jean.dupont@acme.fr"_s;
    QVERIFY(email().met);
}

void TestStageGates::signedQuote()
{
    GateEvidence e;
    auto quote = [&]() {
        return *find(StageGates::evaluate(playbook(), u"nego"_s, u"won"_s, e), u"signed-quote"_s);
    };
    // Under 500 €/month (the playbook's online terms): met without a quote.
    e.mrrCents = 30000;
    CriterionState s = quote();
    QVERIFY(s.met);
    QVERIFY(s.tickable);
    QVERIFY2(s.explanation.contains(u"500"_s) && s.explanation.contains(u"online terms"_s),
             qPrintable(s.explanation));
    e.mrrCents = 49999;
    QVERIFY(quote().met);
    // From 500 € on: a signature is needed, recorded by hand until quotes exist.
    e.mrrCents = 50000;
    s = quote();
    QVERIFY(!s.met);
    QVERIFY(s.tickable);
    QVERIFY2(s.explanation.contains(u"by hand"_s), qPrintable(s.explanation));
    e.mrrCents = 250000;
    QVERIFY(!quote().met);
    e.checked = {u"signed-quote"_s};
    QVERIFY(quote().met);
    e.checked.clear();
    e.signedQuote = true;
    QVERIFY(quote().met);
    // The other criterion of the gate is still needed.
    QCOMPARE(StageGates::unmetKeys(StageGates::evaluate(playbook(), u"nego"_s, u"won"_s, e)),
             QStringList{u"price-agreed"_s});
}

QTEST_GUILESS_MAIN(TestStageGates)
#include "tst_stagegates.moc"
