// End-to-end tests of the stage gates through dealboard-cli: deal move with --check and
// --email, deal qualify, and a deal taken from Lead to Won.

#include "clirunner.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "workflow/dealworkflow.h"

using namespace Qt::StringLiterals;
using namespace dealboard::clitest;

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusalIsOneLine();
    void checkTicksThenMoves();
    void refusedTicksAreNotKept();
    void badTicksAndEmails();
    void qualify();
    void qualifyErrors_data();
    void qualifyErrors();
    void leadToWonFor300Euros();
    void signatureAbove500Euros();
    void lostWithANote();
    void winLossReview();
    void showHidesUndoneChanges();

private:
    QString db() const { return m_fx->db(); }
    Run cli(const QStringList &arguments) { return m_fx->cli(arguments); }
    Run ok(const QStringList &arguments) { return m_fx->ok(arguments); }
    // `deal move` that must fail with exit 1 and one line on stderr, writing nothing.
    Run refused(const QStringList &arguments)
    {
        const QByteArray before = fileHash(db());
        const Run r = cli(QStringList{u"--db"_s, db(), u"deal"_s, u"move"_s} + arguments);
        if (r.code != 1 || !r.oneErrorLine() || !r.out.isEmpty() || fileHash(db()) != before)
            qWarning("not a clean refusal: %s", qPrintable(r.describe()));
        return r;
    }
    bool clean(const Run &r) const { return r.code == 1 && r.oneErrorLine() && r.out.isEmpty(); }
    QString addDeal(const QString &stage, const QString &mrr = u"500"_s, const QString &email = {})
    {
        QStringList args{u"deal"_s,  u"add"_s, u"--title"_s, u"Cloud"_s, u"--company"_s, u"Acme"_s,
                         u"--mrr"_s, mrr,      u"--stage"_s, stage,      u"--json"_s};
        if (!email.isEmpty())
            args << u"--email"_s << email;
        const Run r = ok(args);
        return r.code == 0 ? QString::number(r.json()[u"id"_s].toInteger()) : QString();
    }
    QString stageOf(const QString &id)
    {
        return ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"stage"_s].toString();
    }
    Run qualifyDeal(const QString &id, const QStringList &scores)
    {
        QStringList args{u"deal"_s, u"qualify"_s, id};
        const QStringList names{u"--budget"_s, u"--authority"_s, u"--need"_s, u"--timeline"_s,
                                u"--fit"_s};
        for (qsizetype i = 0; i < scores.size(); ++i)
            args << names.at(i) << scores.at(i);
        return cli(QStringList{u"--db"_s, db()} + args + QStringList{u"--json"_s});
    }

    std::unique_ptr<CliFixture> m_fx;
};

void TestCliWorkflow::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->dir.isValid());
    QCOMPARE(ok({u"init"_s}).code, 0);
}

void TestCliWorkflow::cleanup()
{
    m_fx.reset();
}

void TestCliWorkflow::refusalIsOneLine()
{
    const QString id = addDeal(u"qualified"_s);
    const Run r = refused({id, u"demo"_s, u"--check"_s, u"needs-documented"_s});
    QVERIFY2(clean(r), qPrintable(r.describe()));
    QCOMPARE(r.err, u"Cannot move deal %1 to demo: unmet discovery-done (Discovery call done), "
                    "budget-confirmed (Budget confirmed). Tick them with --check KEY.\n"_s.arg(id));
    QCOMPARE(stageOf(id), u"qualified"_s);

    // A lead: the score and the email come from data, with their own hint.
    const QString lead = addDeal(u"lead"_s);
    const Run l = refused({lead, u"qualified"_s, u"--json"_s});
    QVERIFY2(clean(l), qPrintable(l.describe()));
    for (const QString &part :
         {u"bant-min"_s, u"Not qualified yet"_s, u"valid-email"_s, u"No contact email"_s,
          u"need-identified"_s, u"deal qualify %1"_s.arg(lead), u"--email"_s, u"--check"_s})
        QVERIFY2(l.err.contains(part), qPrintable(part + u": "_s + l.err));
}

void TestCliWorkflow::checkTicksThenMoves()
{
    const QString id = addDeal(u"qualified"_s);
    QVERIFY(clean(refused({id, u"demo"_s})));
    const Run r = ok({u"deal"_s, u"move"_s, id, u"demo"_s, u"--check"_s, u"discovery-done"_s,
                      u"--check"_s, u"needs-documented"_s, u"--check"_s, u"budget-confirmed"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"Demo"_s));
    QCOMPARE(stageOf(id), u"demo"_s);
    const QJsonArray history =
        ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"history"_s].toArray();
    QStringList checked;
    for (const QJsonValue e : history)
        if (e[u"kind"_s].toString() == "checked"_L1)
            checked << e[u"field"_s].toString();
    QCOMPARE(checked,
             (QStringList{u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s}));
    QVERIFY(ok({u"deal"_s, u"show"_s, id}).out.contains(u"checked \"budget-confirmed\""_s));
}

void TestCliWorkflow::refusedTicksAreNotKept()
{
    const QString id = addDeal(u"qualified"_s);
    QVERIFY(clean(refused(
        {id, u"demo"_s, u"--check"_s, u"discovery-done"_s, u"--check"_s, u"needs-documented"_s})));
    // The earlier ticks were rolled back: they are asked for again.
    const Run r = refused({id, u"demo"_s, u"--check"_s, u"budget-confirmed"_s});
    QVERIFY2(clean(r) && r.err.contains(u"discovery-done"_s) &&
                 r.err.contains(u"needs-documented"_s) && !r.err.contains(u"budget-confirmed"_s),
             qPrintable(r.describe()));
}

void TestCliWorkflow::badTicksAndEmails()
{
    const QString id = addDeal(u"lead"_s);
    Run r = refused({id, u"qualified"_s, u"--check"_s, u"demo-done"_s});
    QVERIFY2(clean(r) && r.err.contains(u"demo-done"_s) && r.err.contains(u"need-identified"_s),
             qPrintable(r.describe()));
    r = refused({id, u"qualified"_s, u"--check"_s, u"bant-min"_s});
    QVERIFY2(clean(r) && r.err.contains(u"bant-min"_s), qPrintable(r.describe()));
    r = refused({id, u"qualified"_s, u"--email"_s, u"jean@"_s});
    QVERIFY2(clean(r) && r.err.contains(u"jean@"_s), qPrintable(r.describe()));
    QCOMPARE(ok({u"contact"_s, u"list"_s, u"--json"_s}).json().toArray().size(), 0);
}

void TestCliWorkflow::qualify()
{
    const QString id = addDeal(u"lead"_s);
    Run r = qualifyDeal(id, {u"3"_s, u"2"_s, u"4"_s, u"3"_s, u"1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QCOMPARE(r.json()[u"deal_id"_s].toInteger(), id.toLongLong());
    QCOMPARE(r.json()[u"total"_s].toInt(), 13);
    QCOMPARE(r.json()[u"band"_s].toString(), u"warm"_s);
    QCOMPARE(r.json()[u"budget"_s].toInt(), 3);
    QCOMPARE(r.json()[u"fit"_s].toInt(), 1);
    QVERIFY(r.json()[u"id"_s].toInteger() > 0);
    r = qualifyDeal(id, {u"4"_s, u"4"_s, u"4"_s, u"4"_s, u"3"_s});
    QCOMPARE(r.json()[u"band"_s].toString(), u"hot"_s);
    r = qualifyDeal(id, {u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"0"_s});
    QCOMPARE(r.json()[u"total"_s].toInt(), 4);
    QCOMPARE(r.json()[u"band"_s].toString(), u"cold"_s);
    r = ok({u"deal"_s, u"qualify"_s, id, u"--budget"_s, u"2"_s, u"--authority"_s, u"2"_s,
            u"--need"_s, u"2"_s, u"--timeline"_s, u"2"_s, u"--fit"_s, u"2"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"10/19"_s) && r.out.contains(u"Warm"_s), qPrintable(r.out));
    const Run shown = ok({u"deal"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(shown.json()[u"bant_total"_s].toInt(), 10);
    QCOMPARE(shown.json()[u"company_segment"_s].toString(), u"pme"_s);
    QVERIFY(shown.json()[u"contact_email"_s].isNull());
    // The latest counts: 10, enough for the gate.
    QVERIFY(ok({u"deal"_s, u"move"_s, id, u"qualified"_s, u"--check"_s, u"need-identified"_s,
                u"--email"_s, u"paul@acme.fr"_s})
                .code == 0);
    QCOMPARE(ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"contact_email"_s].toString(),
             u"paul@acme.fr"_s);
    // The playbook's name for it works too: dealboard-cli qualify ID ….
    r = ok({u"qualify"_s, id, u"--budget"_s, u"4"_s, u"--authority"_s, u"4"_s, u"--need"_s, u"4"_s,
            u"--timeline"_s, u"3"_s, u"--fit"_s, u"3"_s, u"--json"_s});
    QCOMPARE(r.json()[u"total"_s].toInt(), 18);
    QCOMPARE(r.json()[u"band"_s].toString(), u"hot"_s);
}

void TestCliWorkflow::qualifyErrors_data()
{
    QTest::addColumn<QStringList>("scores");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("budget 5") << QStringList{u"5"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s} << u"Budget"_s;
    QTest::newRow("fit 4") << QStringList{u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"4"_s} << u"Fit"_s;
    QTest::newRow("not a number") << QStringList{u"1"_s, u"high"_s, u"1"_s, u"1"_s, u"1"_s}
                                  << u"authority"_s;
    QTest::newRow("missing fit") << QStringList{u"1"_s, u"1"_s, u"1"_s, u"1"_s} << u"--fit"_s;
}

void TestCliWorkflow::qualifyErrors()
{
    QFETCH(QStringList, scores);
    QFETCH(QString, fragment);
    const QString id = addDeal(u"lead"_s);
    const QByteArray before = fileHash(db());
    const Run r = qualifyDeal(id, scores);
    QVERIFY2(clean(r) && r.err.contains(fragment), qPrintable(r.describe()));
    QCOMPARE(fileHash(db()), before);
    const Run unknown = qualifyDeal(u"999999"_s, {u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s});
    QVERIFY2(clean(unknown), qPrintable(unknown.describe()));
}

void TestCliWorkflow::leadToWonFor300Euros()
{
    const QString id = addDeal(u"lead"_s, u"300"_s, u"claire.martin@example.fr"_s);
    QCOMPARE(qualifyDeal(id, {u"2"_s, u"3"_s, u"3"_s, u"3"_s, u"2"_s}).code, 0);
    const QList<QPair<QString, QStringList>> steps{
        {u"qualified"_s, {u"need-identified"_s}},
        {u"demo"_s, {u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s}},
        {u"proposal"_s, {u"demo-done"_s, u"interest-confirmed"_s, u"timeline-under-3-months"_s}},
        {u"nego"_s, {u"proposal-sent"_s, u"feedback-received"_s}},
        {u"won"_s, {u"price-agreed"_s}}, // under 500 €: online terms, no signed quote
        {u"customer"_s, {}},
    };
    for (const auto &[stage, checks] : steps) {
        // Without the ticks the gate holds (Customer has none).
        if (!checks.isEmpty())
            QVERIFY2(clean(refused({id, stage})), qPrintable(stage));
        QStringList args{u"deal"_s, u"move"_s, id, stage, u"--json"_s};
        for (const QString &c : checks)
            args << u"--check"_s << c;
        const Run r = ok(args);
        QVERIFY2(r.code == 0, qPrintable(stage + u": "_s + r.describe()));
        QCOMPARE(r.json()[u"stage"_s].toString(), stage);
    }
    const QJsonArray history =
        ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"history"_s].toArray();
    QStringList stages;
    for (const QJsonValue e : history)
        if (!e[u"old"_s].toString().isEmpty())
            stages << e[u"new"_s].toString();
    QCOMPARE(stages, (QStringList{u"qualified"_s, u"demo"_s, u"proposal"_s, u"nego"_s, u"won"_s,
                                  u"customer"_s}));
    // Backwards needs nothing.
    QCOMPARE(ok({u"deal"_s, u"move"_s, id, u"nego"_s}).code, 0);
}

void TestCliWorkflow::signatureAbove500Euros()
{
    const QString id = addDeal(u"nego"_s, u"600"_s);
    const Run r = refused({id, u"won"_s, u"--check"_s, u"price-agreed"_s});
    QVERIFY2(clean(r) && r.err.contains(u"signed-quote"_s) &&
                 !r.err.contains(u"price-agreed ("_s) && r.err.contains(u"--check"_s),
             qPrintable(r.describe()));
    // A won reason must be one of the playbook's, else nothing moves.
    const Run badReason = refused({id, u"won"_s, u"--check"_s, u"price-agreed"_s, u"--check"_s,
                                   u"signed-quote"_s, u"--reason"_s, u"budget"_s});
    QVERIFY2(clean(badReason) && badReason.err.contains(u"support, price, features, timing"_s),
             qPrintable(badReason.describe()));
    QCOMPARE(stageOf(id), u"nego"_s);
    QCOMPARE(ok({u"deal"_s, u"move"_s, id, u"won"_s, u"--check"_s, u"price-agreed"_s, u"--check"_s,
                 u"signed-quote"_s, u"--reason"_s, u"support"_s, u"--note"_s, u"Fast answers"_s})
                 .code,
             0);
    QCOMPARE(stageOf(id), u"won"_s);
    const QJsonArray history =
        ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"history"_s].toArray();
    QCOMPARE(history.last()[u"detail"_s].toString(), u"support\nFast answers"_s);
    const Run text = ok({u"deal"_s, u"show"_s, id});
    QVERIFY2(text.out.contains(u"won (from Negotiation): Support · Fast answers"_s),
             qPrintable(text.out));
}

void TestCliWorkflow::lostWithANote()
{
    const QString id = addDeal(u"demo"_s);
    QCOMPARE(ok({u"deal"_s, u"move"_s, id, u"lost"_s, u"--reason"_s, u"budget"_s, u"--note"_s,
                 u"Too expensive for now"_s})
                 .code,
             0);
    const QJsonArray history =
        ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"history"_s].toArray();
    QCOMPARE(history.last()[u"detail"_s].toString(), u"budget\n\nToo expensive for now"_s);
    const Run text = ok({u"deal"_s, u"show"_s, id});
    QVERIFY2(text.out.contains(u"lost at Demo: Budget: Too expensive for now"_s),
             qPrintable(text.out));
    QVERIFY(!text.out.contains(u"()"_s));
}

void TestCliWorkflow::winLossReview()
{
    const QString id = addDeal(u"nego"_s, u"300"_s);
    // A recontact date before the close is refused, nothing written.
    const Run past =
        refused({id, u"won"_s, u"--check"_s, u"price-agreed"_s, u"--recontact"_s, u"2000-01-01"_s});
    QVERIFY2(clean(past) && past.err.contains(u"recontact"_s), qPrintable(past.describe()));
    QVERIFY(clean(refused({id, u"won"_s, u"--recontact"_s, u"someday"_s})));
    QCOMPARE(ok({u"deal"_s,
                 u"move"_s,
                 id,
                 u"won"_s,
                 u"--check"_s,
                 u"price-agreed"_s,
                 u"--reason"_s,
                 u"support"_s,
                 u"--decisive"_s,
                 u"French support"_s,
                 u"--competitor"_s,
                 u"OVHcloud"_s,
                 u"--learning"_s,
                 u"Trial early"_s,
                 u"--recontact"_s,
                 u"2099-03-01"_s,
                 u"--feedback"_s,
                 u"GPU by the hour"_s,
                 u"--improvement"_s,
                 u"Same-day proposal"_s})
                 .code,
             0);
    const QJsonObject shown = ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json().toObject();
    const QJsonObject review = shown[u"win_loss_review"_s].toObject();
    QCOMPARE(review[u"outcome"_s].toString(), u"won"_s);
    QCOMPARE(review[u"competitor"_s].toString(), u"OVHcloud"_s);
    QCOMPARE(review[u"recontact_on"_s].toString(), u"2099-03-01"_s);
    const Run text = ok({u"deal"_s, u"show"_s, id});
    QVERIFY2(text.out.contains(u"Win/loss review"_s) && text.out.contains(u"Competitor beaten"_s) &&
                 text.out.contains(u"Same-day proposal"_s) &&
                 text.out.contains(u"win/loss review saved"_s),
             qPrintable(text.out));
    // The recontact call is in the follow-ups.
    const Run calls = ok({u"activity"_s, u"list"_s, u"--deal"_s, id});
    QVERIFY2(calls.out.contains(u"Recontact"_s) && calls.out.contains(u"2099"_s),
             qPrintable(calls.describe()));

    const QString lost = addDeal(u"demo"_s);
    QCOMPARE(ok({u"deal"_s, u"move"_s, lost, u"lost"_s, u"--reason"_s, u"competitor"_s,
                 u"--competitor"_s, u"Scaleway"_s, u"--could-have-done"_s, u"Show the roadmap"_s})
                 .code,
             0);
    const QJsonObject lostReview =
        ok({u"deal"_s, u"show"_s, lost, u"--json"_s}).json()[u"win_loss_review"_s].toObject();
    QCOMPARE(lostReview[u"outcome"_s].toString(), u"lost"_s);
    QCOMPARE(lostReview[u"competitor"_s].toString(), u"Scaleway"_s);
    QCOMPARE(lostReview[u"could_have_done"_s].toString(), u"Show the roadmap"_s);
    // Review options go with won or lost only.
    QVERIFY(clean(refused({addDeal(u"lead"_s), u"qualified"_s, u"--learning"_s, u"x"_s})));
}

void TestCliWorkflow::showHidesUndoneChanges()
{
    const QString id = addDeal(u"qualified"_s);
    const QJsonArray before =
        ok({u"deal"_s, u"show"_s, id, u"--json"_s}).json()[u"history"_s].toArray();
    {
        // The application moves the deal, then the user undoes it.
        auto opened = dealboard::Database::open(db());
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        dealboard::Database &database = *opened.value();
        const dealboard::Deal deal =
            dealboard::DealRepository(database).find(id.toLongLong()).value();
        dealboard::MoveRequest request;
        request.dealId = deal.id;
        request.toStage = u"demo"_s;
        request.check = {u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s};
        dealboard::DealWorkflow workflow(database);
        const auto moved = workflow.move(request);
        QVERIFY(moved.ok() && moved->moved);
        QVERIFY(workflow.restore(deal, moved->eventIds).ok());
    }
    const Run r = ok({u"deal"_s, u"show"_s, id, u"--json"_s});
    QCOMPARE(r.json()[u"stage"_s].toString(), u"qualified"_s);
    QCOMPARE(r.json()[u"history"_s].toArray(), before);
    QVERIFY(!ok({u"deal"_s, u"show"_s, id}).out.contains(u"undid"_s));
}

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cli_workflow.moc"
