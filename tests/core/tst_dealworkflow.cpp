#include "workflowsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// DealWorkflow::move(): the gates, the ticks and the email, and what a refusal leaves.
class TestDealWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<WorkflowFixture>();
        QCOMPARE(m_fx->start(), QString());
    }
    void cleanup() { m_fx.reset(); }

    void evidenceAndGates();
    void refusedMoveWritesNothing();
    void ticksAndEmailMakeItMove();
    void emailOnTheExistingContact();
    void invalidRequestsWriteNothing_data();
    void invalidRequestsWriteNothing();
    void lostNeedsAReason();
    void moveBeforeADeal();

private:
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestDealWorkflow::evidenceAndGates()
{
    const qint64 id = m_fx->addDeal(u"lead"_s, u"Deal"_s, 123400);
    DealWorkflow flow(*m_fx->db);
    GateEvidence e = flow.evidence(id).value();
    QVERIFY(!e.bantTotal);
    QVERIFY(e.contactEmail.isEmpty());
    QCOMPARE(e.mrrCents, qint64(123400));
    QVERIFY(!e.signedQuote);
    QVERIFY(e.checked.isEmpty());
    QVERIFY(m_fx->qualify(id, 12));
    DB_CHECK(DealRepository(*m_fx->db).check(id, {u"demo-done"_s}));
    e = flow.evidence(id).value();
    QCOMPARE(e.bantTotal, std::optional<int>(12));
    QCOMPARE(e.checked, QSet<QString>{u"demo-done"_s});

    const auto gates = flow.gates(id, u"demo"_s);
    QVERIFY2(gates.ok(), qPrintable(gates.errorMessage()));
    QCOMPARE(gates->size(), 6);
    QCOMPARE(StageGates::unmetKeys(gates.value()),
             (QStringList{u"valid-email"_s, u"need-identified"_s, u"discovery-done"_s,
                          u"needs-documented"_s, u"budget-confirmed"_s}));
    QVERIFY(flow.gates(id, u"lost"_s)->isEmpty());
    QVERIFY(!flow.gates(id, u"closing"_s).ok());
    QVERIFY(!flow.gates(424242, u"demo"_s).ok());
    QVERIFY(!flow.evidence(424242).ok());
}

void TestDealWorkflow::refusedMoveWritesNothing()
{
    const qint64 id = m_fx->addDeal(u"lead"_s);
    QVERIFY(m_fx->qualify(id, 9)); // one short
    const QStringList before = m_fx->snapshot();
    DealWorkflow flow(*m_fx->db);
    MoveRequest r = request(id, u"qualified"_s, {u"need-identified"_s}, u"jean.dupont@acme.fr"_s);
    const auto outcome = flow.move(r);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(!outcome->moved);
    QVERIFY(outcome->eventIds.isEmpty());
    // Only the score is missing: the tick and the email counted, then were rolled back.
    QCOMPARE(StageGates::unmetKeys(outcome->unmet), QStringList{u"bant-min"_s});
    QCOMPARE(outcome->unmet.first().explanation, u"BANT+ score 9/19, needs 10"_s);
    QCOMPARE(m_fx->snapshot(), before);
    QVERIFY(DealRepository(*m_fx->db).checked(id)->isEmpty());

    // Skipping to Demo needs the next gate too; without any tick nothing is written either.
    QVERIFY(m_fx->qualify(id, 10));
    const QStringList again = m_fx->snapshot();
    r.toStage = u"demo"_s;
    r.email.clear();
    const auto skip = flow.move(r);
    QVERIFY(skip.ok() && !skip->moved);
    QCOMPARE(StageGates::unmetKeys(skip->unmet),
             (QStringList{u"valid-email"_s, u"discovery-done"_s, u"needs-documented"_s,
                          u"budget-confirmed"_s}));
    QCOMPARE(m_fx->snapshot(), again);
}

void TestDealWorkflow::ticksAndEmailMakeItMove()
{
    const qint64 id = m_fx->addDeal(u"lead"_s);
    QVERIFY(m_fx->qualify(id, 14));
    const qint64 logBefore = EventLog(*m_fx->db).count().value();
    m_fx->clock.advanceSecs(600);
    DealWorkflow flow(*m_fx->db);
    const auto outcome = flow.move({id,
                                    u"qualified"_s,
                                    0,
                                    {u"need-identified"_s},
                                    u" jean.dupont@acme.fr "_s,
                                    {},
                                    {},
                                    {},
                                    {}});
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
    QVERIFY(outcome->moved);
    QVERIFY(outcome->unmet.isEmpty());
    // Every event written is returned, and every id returned exists.
    QCOMPARE(EventLog(*m_fx->db).count().value(), logBefore + outcome->eventIds.size());
    QList<Event> written;
    for (const qint64 e : outcome->eventIds) {
        const auto event = EventLog(*m_fx->db).find(e);
        QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
        written << event.value();
    }
    QCOMPARE(kinds(written), (QStringList{u"checked:need-identified"_s, u"created"_s,
                                          u"edited:contact_id"_s, u"moved"_s}));
    QCOMPARE(written.at(1).entity, u"contact"_s);
    QCOMPARE(written.at(3).newValue, u"qualified"_s);

    const Deal d = DealRepository(*m_fx->db).find(id).value();
    QCOMPARE(d.stage, u"qualified"_s);
    QCOMPARE(d.stageEnteredAt, fixedNow().addSecs(600));
    QCOMPARE(d.contactEmail, u"jean.dupont@acme.fr"_s);
    QCOMPARE(d.contactName, u"Jean Dupont"_s);
    QCOMPARE(ContactRepository(*m_fx->db).find(d.contactId)->companyId, m_fx->company);
    QCOMPARE(DealRepository(*m_fx->db).checked(id).value(), QSet<QString>{u"need-identified"_s});

    // Skipping two gates at once, with every tick given.
    const auto skip =
        flow.move(request(id, u"proposal"_s,
                          {u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s,
                           u"demo-done"_s, u"interest-confirmed"_s, u"timeline-under-3-months"_s}));
    QVERIFY2(skip.ok() && skip->moved, qPrintable(skip.errorMessage()));
    QCOMPARE(skip->eventIds.size(), 7);
    // 300 €/month: Won needs only the price (online terms, no signed quote).
    QVERIFY(m_fx->moves(request(id, u"nego"_s, {u"proposal-sent"_s, u"feedback-received"_s})));
    const auto won = flow.move(request(id, u"won"_s, {u"price-agreed"_s}));
    QVERIFY(won.ok() && won->moved);
    QCOMPARE(EventLog(*m_fx->db).find(won->eventIds.last())->kind, Event::Kind::Won);
}

void TestDealWorkflow::emailOnTheExistingContact()
{
    Contact person;
    person.name = u"Claire Martin"_s;
    person.email = u"claire@"_s; // not valid: the gate is unmet until it is fixed
    person.companyId = m_fx->company;
    person.id = ContactRepository(*m_fx->db).insertRow(person).value();
    Deal d = sampleDeal(m_fx->company);
    d.contactId = person.id;
    DB_CHECK(DealRepository(*m_fx->db).create(d));
    QVERIFY(m_fx->qualify(d.id, 10));
    DealWorkflow flow(*m_fx->db);
    const auto refused = flow.move(request(d.id, u"qualified"_s, {u"need-identified"_s}));
    QCOMPARE(StageGates::unmetKeys(refused->unmet), QStringList{u"valid-email"_s});
    QCOMPARE(refused->unmet.first().explanation, u"“claire@” is not a valid email"_s);
    const auto moved = flow.move(
        request(d.id, u"qualified"_s, {u"need-identified"_s}, u"claire.martin@acme.fr"_s));
    QVERIFY2(moved.ok() && moved->moved, qPrintable(moved.errorMessage()));
    const Contact after = ContactRepository(*m_fx->db).find(person.id).value();
    QCOMPARE(after.email, u"claire.martin@acme.fr"_s);
    QCOMPARE(after.name, u"Claire Martin"_s);
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM contacts"_s), qint64(1));
    const Event edit = EventLog(*m_fx->db).find(moved->eventIds.at(1)).value();
    QCOMPARE(edit.entity, u"contact"_s);
    QCOMPARE(edit.field, u"email"_s);
    QCOMPARE(edit.oldValue, u"claire@"_s);
}

void TestDealWorkflow::invalidRequestsWriteNothing_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("check");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown stage") << u"closing"_s << QStringList() << QString() << u"closing"_s;
    QTest::newRow("same stage") << u"lead"_s << QStringList() << QString() << u"already"_s;
    QTest::newRow("unknown key") << u"qualified"_s
                                 << QStringList{u"need-identified"_s, u"demo-done"_s} << QString()
                                 << u"need-identified"_s; // lists the valid ones
    QTest::newRow("computed key") << u"qualified"_s << QStringList{u"bant-min"_s} << QString()
                                  << u"bant-min"_s;
    QTest::newRow("nothing to tick")
        << u"lost"_s << QStringList{u"need-identified"_s} << QString() << u"nothing to tick"_s;
    QTest::newRow("invalid email")
        << u"qualified"_s << QStringList{u"need-identified"_s} << u"jean@"_s << u"jean@"_s;
}

void TestDealWorkflow::invalidRequestsWriteNothing()
{
    QFETCH(QString, stage);
    QFETCH(QStringList, check);
    QFETCH(QString, email);
    QFETCH(QString, fragment);
    const qint64 id = m_fx->addDeal(u"lead"_s);
    QVERIFY(m_fx->qualify(id, 15));
    const QStringList before = m_fx->snapshot();
    MoveRequest req = request(id, stage, check, email);
    req.lostReason = u"budget"_s;
    const auto r = DealWorkflow(*m_fx->db).move(req);
    QVERIFY(!r.ok());
    QCOMPARE(r.errorKind(), ErrorKind::User);
    QVERIFY2(r.errorMessage().contains(fragment), qPrintable(r.errorMessage()));
    QCOMPARE(m_fx->snapshot(), before);
    QVERIFY(!DealWorkflow(*m_fx->db).move(request(424242, u"demo"_s)).ok());
}

void TestDealWorkflow::lostNeedsAReason()
{
    const qint64 id = m_fx->addDeal(u"demo"_s);
    const QStringList before = m_fx->snapshot();
    DealWorkflow flow(*m_fx->db);
    auto r = flow.move(request(id, u"lost"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorKind(), ErrorKind::User);
    r = flow.move(lost(id, u"competitor"_s));
    QVERIFY(!r.ok()); // the competitor's name is missing
    QCOMPARE(m_fx->snapshot(), before);
    r = flow.move(lost(id, u"competitor"_s, u"Scaleway"_s, u"Half the price"_s));
    QVERIFY2(r.ok() && r->moved, qPrintable(r.errorMessage()));
    const Event lostEvent = EventLog(*m_fx->db).find(r->eventIds.last()).value();
    QCOMPARE(lostEvent.kind, Event::Kind::Lost);
    QCOMPARE(lostEvent.detail, u"competitor\nScaleway\nHalf the price"_s);
    // Reopening needs no gate.
    QVERIFY(m_fx->moves(request(id, u"proposal"_s)));
}

void TestDealWorkflow::moveBeforeADeal()
{
    const qint64 a = m_fx->addDeal(u"demo"_s, u"A"_s);
    const qint64 b = m_fx->addDeal(u"demo"_s, u"B"_s);
    const qint64 mover = m_fx->addDeal(u"proposal"_s, u"M"_s);
    DealWorkflow flow(*m_fx->db);
    const auto r = flow.move(request(mover, u"demo"_s, {}, {}, b)); // backwards: no gate
    QVERIFY2(r.ok() && r->moved, qPrintable(r.errorMessage()));
    QCOMPARE(m_fx->column(u"demo"_s), (QList<qint64>{a, mover, b}));
    const auto bad = flow.move(request(mover, u"nego"_s, {}, {}, a)); // a is not in Nego
    QVERIFY(!bad.ok());
    QCOMPARE(DealRepository(*m_fx->db).find(mover)->stage, u"demo"_s);
}

QTEST_GUILESS_MAIN(TestDealWorkflow)
#include "tst_dealworkflow.moc"
