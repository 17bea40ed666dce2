#include "storage/eventlog.h"
#include "testsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// DealRepository's side of the workflow: placing a deal before another, the Lost event's
// note, the gate checklist, and writing a row back for undo.
class TestDealMoves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void moveBeforeAndLostNote();
    void checksAndRestoreRow();
    void updateKeepsThePosition();

private:
    Database &db() { return *m_fx->db; }
    ManualClock &clock() { return m_fx->clock; }
    qint64 addCompany()
    {
        Company c = sampleCompany(u"Acme"_s);
        const auto id = CompanyRepository(db()).create(c);
        return id.ok() ? *id : 0;
    }

    std::unique_ptr<DatabaseFixture> m_fx;
};

void TestDealMoves::init()
{
    m_fx = std::make_unique<DatabaseFixture>();
    QCOMPARE(m_fx->open(u"moves.db"_s), QString());
}

void TestDealMoves::cleanup()
{
    m_fx.reset();
}

void TestDealMoves::moveBeforeAndLostNote()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    QList<qint64> demo;
    for (int i = 0; i < 3; ++i) {
        Deal d = sampleDeal(acme, u"D%1"_s.arg(i), u"demo"_s);
        DB_CHECK(repo.create(d));
        demo << d.id;
    }
    Deal lead = sampleDeal(acme, u"L"_s);
    DB_CHECK(repo.create(lead));
    auto order = [&] {
        QList<qint64> ids;
        for (const Deal &d : repo.list({.stage = u"demo"_s}).value())
            ids << d.id;
        return ids;
    };
    // Between the first two: the midpoint, nobody else renumbered.
    const auto event = repo.move(lead.id, DealMove{u"demo"_s, demo.at(1), {}, {}, {}, {}});
    QVERIFY2(event.ok(), qPrintable(event.errorMessage()));
    QCOMPARE(order(), (QList<qint64>{demo.at(0), lead.id, demo.at(1), demo.at(2)}));
    QCOMPARE(repo.find(lead.id)->position, 1536);
    QCOMPARE(repo.find(demo.at(2))->position, 3072);
    QCOMPARE(EventLog(db()).find(*event)->kind, Event::Kind::Moved);
    // First of the column: one step before the first deal.
    DB_CHECK(repo.move(lead.id, DealMove{u"qualified"_s, 0, {}, {}, {}, {}}));
    DB_CHECK(repo.move(lead.id, DealMove{u"demo"_s, demo.at(0), {}, {}, {}, {}}));
    QCOMPARE(order().first(), lead.id);
    QCOMPARE(repo.find(lead.id)->position, 0);
    // A "before" deal that is not in the target column: refused, nothing written.
    const qint64 events = EventLog(db()).count().value();
    const auto refused = repo.move(lead.id, DealMove{u"nego"_s, demo.at(0), {}, {}, {}, {}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorKind(), ErrorKind::User);
    QCOMPARE(repo.find(lead.id)->stage, u"demo"_s);
    QCOMPARE(EventLog(db()).count().value(), events);

    // Lost: "reason\ncompetitor", and the note after them when there is one.
    DB_CHECK(repo.move(demo.at(0), DealMove{u"lost"_s, 0, u"budget"_s, {}, {}, {}}));
    DB_CHECK(repo.move(demo.at(1),
                       DealMove{u"lost"_s, 0, u"budget"_s, {}, u"Too dear\nfor now "_s, {}}));
    DB_CHECK(repo.move(demo.at(2),
                       DealMove{u"lost"_s, 0, u"competitor"_s, u" Scaleway "_s, u"Cheaper"_s, {}}));
    DB_CHECK(repo.move(lead.id, DealMove{u"lost"_s, 0, u"competitor"_s, u"OVH"_s, {}, {}}));
    auto lastDetail = [&](qint64 id) { return repo.history(id).value().last().detail; };
    QCOMPARE(lastDetail(demo.at(0)), u"budget"_s);
    QCOMPARE(lastDetail(demo.at(1)), u"budget\n\nToo dear for now"_s);
    QCOMPARE(lastDetail(demo.at(2)), u"competitor\nScaleway\nCheaper"_s);
    QCOMPARE(lastDetail(lead.id), u"competitor\nOVH"_s);
    QCOMPARE(repo.find(demo.at(2))->lostCompetitor, u"Scaleway"_s);

    // Won: "wonReason", then the note; an unknown reason is refused with nothing written.
    Deal w = sampleDeal(acme);
    DB_CHECK(repo.create(w));
    const qint64 before = EventLog(db()).count().value();
    DealMove win{u"won"_s, 0, {}, {}, u"Signed after the pilot"_s, u"warp-speed"_s};
    const auto unknown = repo.move(w.id, win);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.errorMessage().contains(u"support"_s));
    QCOMPARE(EventLog(db()).count().value(), before);
    win.wonReason = u"support"_s;
    DB_CHECK(repo.move(w.id, win));
    QCOMPARE(lastDetail(w.id), u"support\nSigned after the pilot"_s);
    QCOMPARE(repo.history(w.id).value().last().kind, Event::Kind::Won);
}

void TestDealMoves::checksAndRestoreRow()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    Deal d = sampleDeal(acme);
    DB_CHECK(repo.create(d));
    const auto first =
        repo.check(d.id, {u"need-identified"_s, u"demo-done"_s, u"need-identified"_s});
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QCOMPARE(first->size(), 2);
    const auto again = repo.check(d.id, {u"demo-done"_s, u"price-agreed"_s});
    QCOMPARE(again->size(), 1); // demo-done was already ticked: no second event
    QCOMPARE(repo.checked(d.id).value(),
             (QSet<QString>{u"need-identified"_s, u"demo-done"_s, u"price-agreed"_s}));
    const Event e = EventLog(db()).find(again->first()).value();
    QCOMPARE(e.kind, Event::Kind::Checked);
    QCOMPARE(e.field, u"price-agreed"_s);
    QCOMPARE(e.entityId, d.id);
    DB_CHECK(repo.deleteCheckRow(d.id, u"demo-done"_s));
    QCOMPARE(repo.checked(d.id)->size(), 2);

    // restoreRow writes every column back, even those update() and move() never take.
    const Deal before = repo.find(d.id).value();
    clock().advanceSecs(3600);
    DB_CHECK(repo.move(d.id, u"lost"_s, u"competitor"_s, u"OVH"_s));
    Deal changed = repo.find(d.id).value();
    changed.title = u"Other"_s;
    DB_CHECK(repo.update(changed));
    DB_CHECK(repo.restoreRow(before));
    const Deal after = repo.find(d.id).value();
    QCOMPARE(after.stage, before.stage);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.position, before.position);
    QCOMPARE(after.lostReason, QString());
    QCOMPARE(after.lostCompetitor, QString());
    QCOMPARE(after.stageEnteredAt, before.stageEnteredAt);
    QCOMPARE(after.updatedAt, before.updatedAt);
    Deal ghost = before;
    ghost.id = 424242;
    QVERIFY(!repo.restoreRow(ghost).ok());
}

void TestDealMoves::updateKeepsThePosition()
{
    const qint64 acme = addCompany();
    DealRepository repo(db());
    Deal a = sampleDeal(acme, u"A"_s, u"demo"_s);
    Deal b = sampleDeal(acme, u"B"_s, u"demo"_s);
    DB_CHECK(repo.create(a));
    DB_CHECK(repo.create(b));
    Deal stale = repo.find(b.id).value();
    DB_CHECK(repo.reorder(b.id, a.id)); // b is now first
    const int placed = repo.find(b.id)->position;
    stale.title = u"B, renamed"_s;
    stale.position = 999999; // neither the stale nor an invented position is saved
    const qint64 events = EventLog(db()).count().value();
    DB_CHECK(repo.update(stale));
    QCOMPARE(repo.find(b.id)->position, placed);
    QCOMPARE(repo.find(b.id)->title, u"B, renamed"_s);
    QCOMPARE(EventLog(db()).count().value(), events + 1); // the title only
    QCOMPARE(repo.list({.stage = u"demo"_s})->first().id, b.id);
}

QTEST_GUILESS_MAIN(TestDealMoves)
#include "tst_dealmoves.moc"
