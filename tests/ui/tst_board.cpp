#include "boardcolumnmodel.h"
#include "boardpage.h"
#include "clock.h"
#include "dealactions.h"
#include "dealeditordialog.h"
#include "dealstore.h"
#include "gatedialog.h"
#include "i18n.h"
#include "lostdropzone.h"
#include "mainwindow.h"
#include "qualificationdialog.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/eventlog.h"
#include "storage/qualificationrepository.h"
#include "storage/winlossreviewrepository.h"
#include "winlossdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void columnsAndHeaders();
    void columnModelsPassTheTester();
    void dropThroughTheModelRunsTheGate();
    void syntheticDropOnTheView();
    void keyboardThroughTheGatesToWonAndUndo();
    void newDealFromTheEditorToWon();
    void lostNeedsAReason();
    void reorderPersistsAndUndoes();
    void filtersFollowCountsAndTotals();
    void rottingLimitsEditedInSettings();
    void qualifyFromTheBoardAndUndo();
    void qualifyFromAContact();

private:
    qint64 addDeal(const QString &title, const QString &stage, qint64 mrrCents,
                   std::optional<int> bant, const QString &email = u"jean.dupont@elan.fr"_s);
    Deal stored(qint64 id);
    void dropOn(QWidget *target, const QMimeData *mime);
    QListView *view(const QString &stage) { return m_window->board()->view(stage); }
    QString stageOf(qint64 id) { return stored(id).stage; }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

void TestBoard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_board"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
}

void TestBoard::init()
{
    auto db = Database::open(m_dir.filePath(u"board%1.db"_s.arg(++m_run)));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->showSection(MainWindow::Section::Board);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBoard::cleanup()
{
    GateDialog::setTestHook({});
    WinLossDialog::setTestHook({});
    m_window.reset();
}

qint64 TestBoard::addDeal(const QString &title, const QString &stage, qint64 mrrCents,
                          std::optional<int> bant, const QString &email)
{
    Database &db = *m_window->database();
    Company company;
    company.name = u"Agence Élan"_s;
    company.segment = u"agency"_s;
    if (!CompanyRepository(db).create(company))
        return 0;
    Deal d;
    d.title = title;
    d.companyId = company.id;
    d.mrr = Money(mrrCents);
    d.stage = stage;
    if (!email.isEmpty()) {
        Contact c;
        c.name = u"Jean Dupont"_s;
        c.email = email;
        c.companyId = company.id;
        if (!ContactRepository(db).create(c))
            return 0;
        d.contactId = c.id;
    }
    if (!DealRepository(db).create(d))
        return 0;
    if (bant) {
        Qualification q;
        q.dealId = d.id;
        // Spread the total over the criteria from their minimums (1,1,1,1,0) up to (4,4,4,4,3).
        int rest = *bant - 4;
        for (int *score : {&q.budget, &q.authority, &q.need, &q.timeline, &q.fit}) {
            const int add = std::min(3, rest);
            *score += add;
            rest -= add;
        }
        if (!QualificationRepository(db).add(q))
            return 0;
    }
    (void)m_window->store()->refresh(db, d.id);
    return d.id;
}

// What a real drag ends with, as QT-NOTES.md describes: enter, move, drop, MoveAction only.
void TestBoard::dropOn(QWidget *target, const QMimeData *mime)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

Deal TestBoard::stored(qint64 id)
{
    return DealRepository(*m_window->database()).find(id).value();
}

void TestBoard::columnsAndHeaders()
{
    addDeal(u"Hosting"_s, u"demo"_s, 50000, 12);
    addDeal(u"Backups"_s, u"demo"_s, 30000, 12);
    BoardPage *board = m_window->board();
    QCOMPARE(board->columnStages(), (QStringList{u"lead"_s, u"qualified"_s, u"demo"_s,
                                                 u"proposal"_s, u"nego"_s, u"won"_s}));
    m_window->findChild<QAction *>(u"customerColumnAction"_s)->setChecked(true);
    QVERIFY(board->columnStages().contains(u"customer"_s));
    auto *header = board->findChild<QLabel *>(u"columnHeader_demo"_s);
    QVERIFY(header);
    // 2 deals · 800 € MRR · 320 € weighted (40 %)
    QVERIFY2(header->text().contains(u"40 %"_s) && header->text().contains(u"2 · €800 · €320"_s),
             qPrintable(header->text()));
    QVERIFY(board->findChild<LostDropZone *>(u"lostDropZone"_s));
}

void TestBoard::columnModelsPassTheTester()
{
    for (int i = 0; i < 5; ++i)
        addDeal(u"Deal %1"_s.arg(i), u"lead"_s, 10000 * (i + 1), std::nullopt);
    const qint64 id = addDeal(u"Qualified one"_s, u"lead"_s, 40000, 12);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const QString &stage : m_window->board()->columnStages())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m_window->board()->column(stage),
            QAbstractItemModelTester::FailureReportingMode::QtTest));
    GateDialog::setTestHook([](GateDialog &d) { d.tick(u"need-identified"_s); });
    QCOMPARE(m_window->actions()->moveDeals({id}, u"qualified"_s), 1);
    m_window->undoStack()->undo();
    m_window->undoStack()->redo();
    m_window->board()->applyFilter();
    QVERIFY(m_window->store()->load(*m_window->database()));
}

void TestBoard::dropThroughTheModelRunsTheGate()
{
    const qint64 id = addDeal(u"Hosting"_s, u"lead"_s, 40000, 12);
    BoardColumnModel *lead = m_window->board()->column(u"lead"_s);
    BoardColumnModel *qualified = m_window->board()->column(u"qualified"_s);
    std::unique_ptr<QMimeData> mime(lead->mimeData({lead->index(lead->rowOfDeal(id))}));
    QVERIFY(qualified->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(!qualified->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, {}));
    // The gate is not met (need identified is unticked): the dialog is cancelled, nothing moves.
    int asked = 0;
    GateDialog::setTestHook([&asked](GateDialog &) { ++asked; });
    QVERIFY(qualified->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QTRY_COMPARE(asked, 1);
    QCOMPARE(stageOf(id), u"lead"_s);
    QCOMPARE(lead->rowOfDeal(id), 0);
    // Ticked: it moves, the columns follow.
    GateDialog::setTestHook([](GateDialog &d) {
        QVERIFY(!d.allMet());
        d.tick(u"need-identified"_s);
    });
    QVERIFY(qualified->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QTRY_COMPARE(stageOf(id), u"qualified"_s);
    QCOMPARE(lead->rowOfDeal(id), -1);
    QCOMPARE(qualified->rowOfDeal(id), 0);
}

void TestBoard::syntheticDropOnTheView()
{
    const qint64 id = addDeal(u"Hosting"_s, u"qualified"_s, 40000, 12);
    BoardColumnModel *from = m_window->board()->column(u"qualified"_s);
    std::unique_ptr<QMimeData> mime(from->mimeData({from->index(from->rowOfDeal(id))}));
    GateDialog::setTestHook([](GateDialog &d) {
        for (const QString &key :
             {u"discovery-done"_s, u"needs-documented"_s, u"budget-confirmed"_s})
            d.tick(key);
    });
    dropOn(view(u"demo"_s)->viewport(), mime.get());
    QTRY_COMPARE(stageOf(id), u"demo"_s);
}

void TestBoard::keyboardThroughTheGatesToWonAndUndo()
{
    // 300 €/month: under the online-terms threshold, so no signed quote is needed to win.
    const qint64 id = addDeal(u"Small hosting"_s, u"lead"_s, 30000, 12);
    GateDialog::setTestHook([](GateDialog &d) {
        for (const QString &key : {u"need-identified"_s, u"discovery-done"_s, u"needs-documented"_s,
                                   u"budget-confirmed"_s, u"demo-done"_s, u"interest-confirmed"_s,
                                   u"timeline-under-3-months"_s, u"proposal-sent"_s,
                                   u"feedback-received"_s, u"price-agreed"_s})
            d.tick(key);
    });
    WinLossDialog::setTestHook([](WinLossDialog &d) { // asked only on the way to Won
        d.chooseReason(u"support"_s);
    });
    const QStringList path{u"qualified"_s, u"demo"_s, u"proposal"_s, u"nego"_s, u"won"_s};
    m_window->board()->selectDeal(id);
    for (const QString &stage : path) {
        QListView *current = qobject_cast<QListView *>(QApplication::focusWidget());
        QVERIFY(current);
        QTest::keyClick(current, Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(id), stage);
        QCOMPARE(m_window->board()->column(stage)->rowOfDeal(id), 0);
    }
    const QList<Event> before = EventLog(*m_window->database()).forEntity(u"deal"_s, id).value();
    const auto won = std::find_if(before.cbegin(), before.cend(),
                                  [](const Event &e) { return e.kind == Event::Kind::Won; });
    QVERIFY(won != before.cend());
    QCOMPARE(won->detail, u"support"_s);
    // Undo the last move: back in Negotiation, the Won event no longer in the history.
    QVERIFY(m_window->undoStack()->undoText().contains(u"Won"_s));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stageOf(id), u"nego"_s);
    QCOMPARE(m_window->board()->column(u"nego"_s)->rowOfDeal(id), 0);
    QCOMPARE(m_window->board()->column(u"won"_s)->rowOfDeal(id), -1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stageOf(id), u"won"_s);
}

// The whole path a user takes: Ctrl+N, the editor, then the board's gates up to Won, then
// Ctrl+Z on the last move, and an edit of the deal undone.
void TestBoard::newDealFromTheEditorToWon()
{
    DealEditorDialog::setTestHook([](DealEditorDialog &dialog) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"dealTitle"_s), u"Backup offer"_s);
        QTest::keyClicks(dialog.findChild<QComboBox *>(u"dealCompany"_s)->lineEdit(),
                         u"Studio Nova"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"dealMrr"_s), u"300"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"dealEditorOk"_s), Qt::LeftButton);
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    DealEditorDialog::setTestHook({});
    BoardColumnModel *lead = m_window->board()->column(u"lead"_s);
    QCOMPARE(lead->rowCount(), 1);
    const qint64 id = lead->dealAt(0).id;
    QCOMPARE(stored(id).mrr.cents(), 30000);
    QCOMPARE(stored(id).companyName, u"Studio Nova"_s);
    // Qualified on the discovery call (the qualification dialog is another feature).
    Qualification q;
    q.dealId = id;
    q.budget = 2;
    q.authority = 3;
    q.need = 3;
    q.timeline = 3;
    q.fit = 2;
    QVERIFY(QualificationRepository(*m_window->database()).add(q));
    (void)m_window->store()->refresh(*m_window->database(), id);

    WinLossDialog::setTestHook([](WinLossDialog &) {}); // Won: the review left empty
    // The deal has no contact: the gate asks for an email, which creates one.
    GateDialog::setTestHook([](GateDialog &d) {
        if (d.findChild<QLineEdit *>(u"gateEmail"_s))
            d.setEmail(u"lea.martin@studio-nova.fr"_s);
        for (const QString &key : {u"need-identified"_s, u"discovery-done"_s, u"needs-documented"_s,
                                   u"budget-confirmed"_s, u"demo-done"_s, u"interest-confirmed"_s,
                                   u"timeline-under-3-months"_s, u"proposal-sent"_s,
                                   u"feedback-received"_s, u"price-agreed"_s})
            d.tick(key);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->board()->selectDeal(id);
    for (const QString &stage : {u"qualified"_s, u"demo"_s, u"proposal"_s, u"nego"_s, u"won"_s}) {
        auto *current = qobject_cast<QListView *>(QApplication::focusWidget());
        QVERIFY(current);
        QTest::keyClick(current, Qt::Key_Right, Qt::ControlModifier);
        QTRY_COMPARE(stageOf(id), stage);
    }
    QCOMPARE(stored(id).contactName, u"Lea Martin"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stageOf(id), u"nego"_s);
    QCOMPARE(m_window->board()->column(u"nego"_s)->rowOfDeal(id), 0);

    // Enter opens the editor; the edit is one undoable step.
    DealEditorDialog::setTestHook([](DealEditorDialog &dialog) {
        auto *title = dialog.findChild<QLineEdit *>(u"dealTitle"_s);
        title->selectAll();
        QTest::keyClicks(title, u"Backup offer, 2 sites"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"dealEditorOk"_s), Qt::LeftButton);
    });
    m_window->board()->selectDeal(id);
    QTest::keyClick(view(u"nego"_s), Qt::Key_Return);
    DealEditorDialog::setTestHook({});
    QCOMPARE(stored(id).title, u"Backup offer, 2 sites"_s);
    QCOMPARE(m_window->board()->column(u"nego"_s)->dealAt(0).title, u"Backup offer, 2 sites"_s);
    m_window->undoStack()->undo();
    QCOMPARE(stored(id).title, u"Backup offer"_s);
    const QList<Event> history = EventLog(*m_window->database())
                                     .forEntity(u"deal"_s, id, EventLog::History::Effective)
                                     .value();
    QVERIFY(std::none_of(history.cbegin(), history.cend(),
                         [](const Event &e) { return e.kind == Event::Kind::Won; }));
    QVERIFY(std::none_of(history.cbegin(), history.cend(), [](const Event &e) {
        return e.kind == Event::Kind::Edited && e.field == u"title"_s;
    }));
}

void TestBoard::lostNeedsAReason()
{
    const qint64 id = addDeal(u"Hosting"_s, u"demo"_s, 90000, 12);
    const Deal before = stored(id);
    auto *zone = m_window->board()->findChild<LostDropZone *>(u"lostDropZone"_s);
    BoardColumnModel *demo = m_window->board()->column(u"demo"_s);
    std::unique_ptr<QMimeData> mime(demo->mimeData({demo->index(demo->rowOfDeal(id))}));
    // No reason chosen: the dialog cannot be accepted and nothing moves.
    bool seen = false;
    WinLossDialog::setTestHook([&seen](WinLossDialog &d) {
        seen = true;
        QVERIFY(!d.isComplete());
        d.chooseReason(u"competitor"_s);
        QVERIFY(!d.isComplete()); // the competitor needs a name
    });
    dropOn(zone, mime.get());
    QTRY_VERIFY(seen);
    QCOMPARE(stageOf(id), u"demo"_s);
    WinLossDialog::setTestHook([](WinLossDialog &d) {
        d.chooseReason(u"competitor"_s);
        d.setCompetitor(u"Scaleway"_s);
        d.setCouldHaveDone(u"Cheaper GPUs"_s);
    });
    dropOn(zone, mime.get());
    QTRY_COMPARE(stageOf(id), u"lost"_s);
    QCOMPARE(stored(id).lostCompetitor, u"Scaleway"_s);
    QCOMPARE(demo->rowOfDeal(id), -1);
    const auto review = WinLossReviewRepository(*m_window->database()).find(id);
    QVERIFY(review.ok() && review.value());
    QCOMPARE(review.value()->competitor, u"Scaleway"_s);
    QCOMPARE(review.value()->couldHaveDone, u"Cheaper GPUs"_s);
    m_window->undoStack()->undo();
    const Deal after = stored(id);
    QCOMPARE(after.stage, before.stage);
    QCOMPARE(after.position, before.position);
    QCOMPARE(after.stageEnteredAt, before.stageEnteredAt);
    QVERIFY(after.lostReason.isEmpty());
    QCOMPARE(demo->rowOfDeal(id), 0);
    QVERIFY(!WinLossReviewRepository(*m_window->database()).find(id).value());
}

void TestBoard::reorderPersistsAndUndoes()
{
    const qint64 a = addDeal(u"A"_s, u"proposal"_s, 10000, 12);
    const qint64 b = addDeal(u"B"_s, u"proposal"_s, 10000, 12);
    const qint64 c = addDeal(u"C"_s, u"proposal"_s, 10000, 12);
    BoardColumnModel *column = m_window->board()->column(u"proposal"_s);
    QCOMPARE(column->rowOfDeal(c), 2);
    m_window->board()->selectDeal(c);
    QTest::keyClick(view(u"proposal"_s), Qt::Key_Up, Qt::ControlModifier);
    QTest::keyClick(view(u"proposal"_s), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(column->rowOfDeal(c), 0);
    QCOMPARE(column->rowOfDeal(a), 1);
    // Persisted: a fresh read gives the same order.
    QVERIFY(m_window->store()->load(*m_window->database()));
    column = m_window->board()->column(u"proposal"_s);
    QCOMPARE(column->rowOfDeal(c), 0);
    QCOMPARE(column->rowOfDeal(b), 2);
    m_window->board()->selectDeal(c);
    QTest::keyClick(view(u"proposal"_s), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(column->rowOfDeal(c), 1);
    m_window->undoStack()->undo();
    QCOMPARE(column->rowOfDeal(c), 0);
}

void TestBoard::filtersFollowCountsAndTotals()
{
    addDeal(u"Kubernetes cluster"_s, u"demo"_s, 200000, 15);
    addDeal(u"Backups"_s, u"demo"_s, 30000, 8);
    auto *search = m_window->board()->findChild<QLineEdit *>(u"boardSearch"_s);
    QTest::keyClicks(search, u"kubern"_s);
    QCOMPARE(m_window->board()->column(u"demo"_s)->rowCount(), 1);
    auto *header = m_window->board()->findChild<QLabel *>(u"columnHeader_demo"_s);
    QVERIFY2(header->text().contains(u"1 · €2,000 · €800"_s), qPrintable(header->text()));
    search->clear();
    auto *band = m_window->board()->findChild<QComboBox *>(u"boardBand"_s);
    band->setCurrentIndex(band->findData(u"cool"_s));
    QCOMPARE(m_window->board()->column(u"demo"_s)->rowCount(), 1);
    QCOMPARE(m_window->board()->column(u"demo"_s)->dealAt(0).title, u"Backups"_s);
    band->setCurrentIndex(0);
    QCOMPARE(m_window->board()->column(u"demo"_s)->rowCount(), 2);
}

void TestBoard::rottingLimitsEditedInSettings()
{
    const qint64 id = addDeal(u"Hosting"_s, u"demo"_s, 50000, 12);
    // Entered Demo three days ago: under the playbook's 7 days, not rotting.
    m_clock.advanceSecs(3 * 86400);
    auto *rotting = m_window->board()->findChild<QCheckBox *>(u"boardOnlyRotting"_s);
    rotting->setChecked(true);
    QCOMPARE(m_window->board()->column(u"demo"_s)->rowCount(), 0);
    m_window->showSection(MainWindow::Section::Settings);
    auto *days = m_window->findChild<QSpinBox *>(u"rotting_demo"_s);
    QVERIFY(days);
    QCOMPARE(days->value(), 7);
    days->setValue(2);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"settingsSave"_s), Qt::LeftButton);
    QCOMPARE(m_window->database()->playbook().stage(u"demo"_s)->rottingDays, 2);
    QTRY_COMPARE(m_window->board()->column(u"demo"_s)->rowCount(), 1);
    QCOMPARE(m_window->board()->column(u"demo"_s)->dealAt(0).id, id);
    // Stored: a reopened database keeps it; and the change can be undone.
    QVERIFY(m_window->undoStack()->undoText().contains(u"rotting"_s));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->database()->playbook().stage(u"demo"_s)->rottingDays, 7);
    QTRY_COMPARE(m_window->board()->column(u"demo"_s)->rowCount(), 0);
    rotting->setChecked(false);
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
}

void TestBoard::qualifyFromTheBoardAndUndo()
{
    const qint64 warm = addDeal(u"Hosting"_s, u"lead"_s, 50000, std::nullopt);
    const qint64 cold = addDeal(u"Tiny site"_s, u"lead"_s, 2000, std::nullopt);
    Database &db = *m_window->database();
    auto score = [](QualificationDialog &d, std::initializer_list<int> scores) {
        auto it = scores.begin();
        for (const QString &key : {u"budget"_s, u"authority"_s, u"need"_s, u"timeline"_s, u"fit"_s})
            d.setScore(key, *it++);
    };
    // Warm (12): one call within two weeks, the badge follows, all in one undoable step.
    QualificationDialog::setTestHook([&score](QualificationDialog &d) {
        // Known details are filled in; a correction made during the call is kept.
        auto *phone = d.findChild<QLineEdit *>(u"answer_phone"_s);
        QVERIFY(phone);
        phone->setText(u"+33 6 11 22 33 44"_s);
        score(d, {3, 3, 2, 2, 2});
        QCOMPARE(d.total(), 12);
        QCOMPARE(d.bandKey(), u"warm"_s);
        d.accept();
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->board()->selectDeal(warm);
    QTest::keyClick(view(u"lead"_s), Qt::Key_Q, Qt::ControlModifier);
    QCOMPARE(stored(warm).bantTotal, std::optional<int>(12));
    QCOMPARE(m_window->store()->deal(warm)->bantTotal, std::optional<int>(12));
    QCOMPARE(ContactRepository(db).find(stored(warm).contactId).value().phone,
             u"+33 6 11 22 33 44"_s);
    const QList<Activity> calls = ActivityRepository(db).forDeal(warm).value();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().due, QDate(2026, 12, 8));
    m_window->undoStack()->undo();
    QCOMPARE(stored(warm).bantTotal, std::nullopt);
    QVERIFY(ContactRepository(db).find(stored(warm).contactId).value().phone.isEmpty());
    QVERIFY(ActivityRepository(db).forDeal(warm).value().isEmpty());
    m_window->undoStack()->redo();
    QCOMPARE(stored(warm).bantTotal, std::optional<int>(12));
    // The follow-up shows on the deal.
    QString shown;
    DealEditorDialog::setTestHook([&shown](DealEditorDialog &d) {
        auto *list = d.findChild<QListWidget *>(u"dealFollowUps"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        shown = list->item(0)->text();
    });
    m_window->board()->selectDeal(warm);
    QTest::keyClick(view(u"lead"_s), Qt::Key_Return);
    DealEditorDialog::setTestHook({});
    QVERIFY2(shown.contains(ActivityRepository(db).forDeal(warm).value().first().title),
             qPrintable(shown));

    // Cold (5) with "mark Lost / No fit": qualified and lost in one step, undone together.
    QualificationDialog::setTestHook([&score](QualificationDialog &d) {
        score(d, {1, 1, 1, 1, 1});
        QCOMPARE(d.bandKey(), u"cold"_s);
        auto *lost = d.findChild<QCheckBox *>(u"markLostNoFit"_s);
        QVERIFY(lost);
        lost->setChecked(true);
        d.accept();
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->board()->selectDeal(cold);
    QTest::keyClick(view(u"lead"_s), Qt::Key_Q, Qt::ControlModifier);
    QualificationDialog::setTestHook({});
    QCOMPARE(stageOf(cold), u"lost"_s);
    QCOMPARE(stored(cold).lostReason, u"no-fit"_s);
    QCOMPARE(stored(cold).bantTotal, std::optional<int>(5));
    m_window->undoStack()->undo();
    QCOMPARE(stageOf(cold), u"lead"_s);
    QCOMPARE(stored(cold).bantTotal, std::nullopt);
    QCOMPARE(m_window->board()->column(u"lead"_s)->rowOfDeal(cold) >= 0, true);
}

// From the Contacts list, Ctrl+Q qualifies the contact's open deal in the earliest stage.
void TestBoard::qualifyFromAContact()
{
    const qint64 demo = addDeal(u"Second site"_s, u"demo"_s, 50000, 12);
    Deal lead = stored(demo);
    lead.id = 0;
    lead.title = u"First site"_s;
    lead.stage = u"lead"_s;
    QVERIFY(DealRepository(*m_window->database()).create(lead));
    (void)m_window->store()->refresh(*m_window->database(), lead.id);
    QString asked;
    QualificationDialog::setTestHook([&asked](QualificationDialog &d) {
        asked = d.windowTitle();
        for (const QString &key : {u"budget"_s, u"authority"_s, u"need"_s, u"timeline"_s})
            d.setScore(key, 3);
        d.setScore(u"fit"_s, 2);
        d.accept();
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    auto *contacts = m_window->findChild<QTableView *>(u"contactTable"_s);
    QVERIFY(contacts);
    QCOMPARE(contacts->model()->rowCount(), 1);
    contacts->setCurrentIndex(contacts->model()->index(0, 0));
    contacts->setFocus();
    QTest::keyClick(contacts, Qt::Key_Q, Qt::ControlModifier);
    QualificationDialog::setTestHook({});
    QVERIFY2(asked.contains(u"First site"_s), qPrintable(asked));
    QCOMPARE(stored(lead.id).bantTotal, std::optional<int>(14));
    QCOMPARE(stored(demo).bantTotal, std::optional<int>(12)); // untouched
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
