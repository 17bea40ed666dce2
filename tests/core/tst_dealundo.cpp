#include "workflowsupport.h"

using namespace Qt::StringLiterals;
using namespace dealboard;
using namespace dealboard::test;

// Reordering a column with sparse positions, and undoing moves and reorders (restore()).
class TestDealUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<WorkflowFixture>();
        QCOMPARE(m_fx->start(), QString());
    }
    void cleanup() { m_fx.reset(); }

    void reorderPlacesBetweenNeighbours();
    void manyReordersToTheSameSpot();
    void restoreAfterMove();
    void restoreAfterReorder();
    void restoreRefusals();

private:
    std::unique_ptr<WorkflowFixture> m_fx;
};

void TestDealUndo::reorderPlacesBetweenNeighbours()
{
    const qint64 a = m_fx->addDeal(u"demo"_s, u"A"_s);
    const qint64 b = m_fx->addDeal(u"demo"_s, u"B"_s);
    const qint64 c = m_fx->addDeal(u"demo"_s, u"C"_s);
    const qint64 other = m_fx->addDeal(u"nego"_s, u"N"_s);
    DealRepository repo(*m_fx->db);
    DealWorkflow flow(*m_fx->db);
    const int oldC = repo.find(c)->position;
    const auto ids = flow.reorder(c, b);
    QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
    QCOMPARE(m_fx->column(u"demo"_s), (QList<qint64>{a, c, b}));
    const int posA = repo.find(a)->position;
    const int posB = repo.find(b)->position;
    const int posC = repo.find(c)->position;
    QVERIFY(posA < posC && posC < posB);
    QCOMPARE(repo.find(a)->position, DealRepository::kPositionStep); // neighbours untouched
    QCOMPARE(ids->size(), 1);
    const Event e = EventLog(*m_fx->db).find(ids->first()).value();
    QCOMPARE(e.kind, Event::Kind::Edited);
    QCOMPARE(e.field, u"position"_s);
    QCOMPARE(e.oldValue, QString::number(oldC));
    QCOMPARE(e.newValue, QString::number(posC));
    QCOMPARE(repo.find(c)->stage, u"demo"_s);

    // Already there: nothing written.
    const QStringList before = m_fx->snapshot();
    QVERIFY(flow.reorder(c, b)->isEmpty());
    QVERIFY(flow.reorder(b, 0)->isEmpty());
    QCOMPARE(m_fx->snapshot(), before);
    // Another column, itself, or a missing deal: refused.
    QVERIFY(!flow.reorder(c, other).ok());
    QVERIFY(!flow.reorder(c, c).ok());
    QVERIFY(!flow.reorder(c, 424242).ok());
    QCOMPARE(m_fx->snapshot(), before);
    // To the end, and to the top.
    QCOMPARE(flow.reorder(a, 0)->size(), 1);
    QCOMPARE(m_fx->column(u"demo"_s), (QList<qint64>{c, b, a}));
    QCOMPARE(flow.reorder(a, c)->size(), 1);
    QCOMPARE(m_fx->column(u"demo"_s), (QList<qint64>{a, c, b}));
}

void TestDealUndo::manyReordersToTheSameSpot()
{
    QList<qint64> model;
    for (int i = 0; i < 6; ++i)
        model << m_fx->addDeal(u"demo"_s, u"D%1"_s.arg(i));
    const qint64 anchor = model.at(1);
    DealWorkflow flow(*m_fx->db);
    DealRepository repo(*m_fx->db);
    const int anchorBefore = repo.find(anchor)->position;
    bool renumbered = false;
    // Each time the last deal goes just before the anchor: the gap there halves every time.
    for (int i = 0; i < 1000; ++i) {
        // (Once the anchor is last, the first deal goes instead.)
        const qint64 last = model.last() != anchor ? model.last() : model.first();
        const auto ids = flow.reorder(last, anchor);
        QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
        QCOMPARE(ids->size(), 1);
        model.removeOne(last);
        model.insert(model.indexOf(anchor), last);
        QCOMPARE(m_fx->column(u"demo"_s), model);
        // The anchor never moves itself: its position changes only when the column is renumbered.
        renumbered = renumbered || repo.find(anchor)->position != anchorBefore;
    }
    QVERIFY(renumbered); // the column ran out of room and was spread out again
    QSet<int> positions;
    for (const Deal &d : repo.list({.stage = u"demo"_s}).value())
        positions.insert(d.position);
    QCOMPARE(positions.size(), model.size());
    QCOMPARE(countRows(*m_fx->db, u"SELECT count(*) FROM events WHERE field = 'position'"_s),
             qint64(1000));
}

void TestDealUndo::restoreAfterMove()
{
    const qint64 id = m_fx->addDeal(u"lead"_s);
    QVERIFY(m_fx->qualify(id, 16));
    DB_CHECK(DealRepository(*m_fx->db).check(id, {u"discovery-done"_s})); // ticked earlier: stays
    const QString rowSql = u"SELECT * FROM deals WHERE id = %1"_s.arg(id);
    const QString checksSql = u"SELECT * FROM deal_checks ORDER BY criterion"_s;
    const QStringList row = rows(*m_fx->db, rowSql);
    const QStringList checks = rows(*m_fx->db, checksSql);
    const QStringList contacts =
        rows(*m_fx->db, u"SELECT * FROM contacts WHERE deleted_at IS NULL"_s);
    const QList<Event> history = DealRepository(*m_fx->db).history(id).value();
    const qint64 logBefore = EventLog(*m_fx->db).count().value();
    const Deal before = DealRepository(*m_fx->db).find(id).value();

    m_fx->clock.advanceSecs(3600);
    DealWorkflow flow(*m_fx->db);
    const auto moved = flow.move(request(
        id, u"demo"_s,
        {u"need-identified"_s, u"needs-documented"_s, u"budget-confirmed"_s, u"discovery-done"_s},
        u"anna.berg@acme.fr"_s));
    QVERIFY2(moved.ok() && moved->moved, qPrintable(moved.errorMessage()));
    QVERIFY(rows(*m_fx->db, rowSql) != row);
    m_fx->clock.advanceSecs(60);
    DB_CHECK(flow.restore(before, moved->eventIds));

    QCOMPARE(rows(*m_fx->db, rowSql), row); // every column, stage entry time and position included
    QCOMPARE(rows(*m_fx->db, checksSql), checks);
    QCOMPARE(rows(*m_fx->db, u"SELECT * FROM contacts WHERE deleted_at IS NULL"_s), contacts);
    const QList<Event> effective =
        DealRepository(*m_fx->db).history(id, EventLog::History::Effective).value();
    QCOMPARE(kinds(effective), kinds(history));
    for (qsizetype i = 0; i < history.size(); ++i)
        QCOMPARE(effective.at(i).id, history.at(i).id);
    // The raw log keeps everything: the move's events and one "undone" each.
    const qint64 written = moved->eventIds.size();
    QCOMPARE(EventLog(*m_fx->db).count().value(), logBefore + 2 * written);
    const QList<Event> raw = DealRepository(*m_fx->db).history(id).value();
    QCOMPARE(raw.size(), history.size() + 2 * (written - 1)); // the contact's two are elsewhere
    QCOMPARE(raw.last().kind, Event::Kind::Undone);
    // The deal can make the same move again.
    QVERIFY(m_fx->moves(
        request(id, u"demo"_s, {u"need-identified"_s, u"needs-documented"_s, u"budget-confirmed"_s},
                u"anna.berg@acme.fr"_s)));
}

void TestDealUndo::restoreAfterReorder()
{
    const qint64 a = m_fx->addDeal(u"demo"_s, u"A"_s);
    const qint64 b = m_fx->addDeal(u"demo"_s, u"B"_s);
    const QString rowSql = u"SELECT * FROM deals WHERE id = %1"_s.arg(b);
    const QStringList row = rows(*m_fx->db, rowSql);
    const QList<Event> history = DealRepository(*m_fx->db).history(b).value();
    const Deal before = DealRepository(*m_fx->db).find(b).value();
    DealWorkflow flow(*m_fx->db);
    m_fx->clock.advanceSecs(5);
    const auto ids = flow.reorder(b, a);
    QCOMPARE(m_fx->column(u"demo"_s), (QList<qint64>{b, a}));
    DB_CHECK(flow.restore(before, ids.value()));
    QCOMPARE(rows(*m_fx->db, rowSql), row);
    QCOMPARE(m_fx->column(u"demo"_s), (QList<qint64>{a, b}));
    QCOMPARE(kinds(DealRepository(*m_fx->db).history(b, EventLog::History::Effective).value()),
             kinds(history));
    QCOMPARE(kinds(DealRepository(*m_fx->db).history(b).value()),
             (kinds(history) + QStringList{u"edited:position"_s, u"undone"_s}));
}

void TestDealUndo::restoreRefusals()
{
    const qint64 id = m_fx->addDeal(u"demo"_s);
    const qint64 other = m_fx->addDeal(u"demo"_s);
    const Deal before = DealRepository(*m_fx->db).find(id).value();
    DealWorkflow flow(*m_fx->db);
    const auto moved = flow.move(request(id, u"lead"_s));
    DB_CHECK(flow.restore(before, moved->eventIds));
    const QStringList snap = m_fx->snapshot();
    QVERIFY(!flow.restore(before, moved->eventIds).ok()); // already undone
    QCOMPARE(m_fx->snapshot(), snap);
    const auto otherMove = flow.move(request(other, u"lead"_s));
    const QStringList snap2 = m_fx->snapshot();
    QVERIFY(!flow.restore(before, otherMove->eventIds).ok()); // another deal's event
    QVERIFY(!flow.restore(before, {424242}).ok());
    QCOMPARE(m_fx->snapshot(), snap2);
    QVERIFY(snap != snap2);
}

QTEST_GUILESS_MAIN(TestDealUndo)
#include "tst_dealundo.moc"
