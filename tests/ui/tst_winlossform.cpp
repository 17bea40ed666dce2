// The win/loss form (§8.3) through the real MainWindow: on Won and Lost, its recontact call,
// undo, and filled later from the deal editor.

#include "clock.h"
#include "dealactions.h"
#include "dealeditordialog.h"
#include "dealstore.h"
#include "gatedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "playbook/playbook.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/winlossreviewrepository.h"
#include "winlossdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// To look at the dialog: DEALBOARD_SCREENSHOTS=dir saves it.
void screenshot(QWidget &w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("DEALBOARD_SCREENSHOTS"); !dir.isEmpty())
        w.grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestWinLossForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void wonWithReviewThenUndo();
    void lostWithReasonAndCompetitor();
    void editLaterFromTheDealEditor();
    void screenshots();

private:
    qint64 addDeal(const QString &stage, qint64 mrrCents = 30000);
    Database &db() { return *m_window->database(); }
    std::optional<WinLossReview> review(qint64 id)
    {
        return WinLossReviewRepository(db()).find(id).value();
    }
    int recontacts(qint64 id)
    {
        int n = 0;
        for (const Activity &a : ActivityRepository(db()).forDeal(id).value())
            n += a.rule == WinLossReviewRepository::recontactRule() ? 1 : 0;
        return n;
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

void TestWinLossForm::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_winlossform"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
}

void TestWinLossForm::init()
{
    auto opened = Database::open(m_dir.filePath(u"winloss%1.db"_s.arg(++m_run)));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_window = std::make_unique<MainWindow>(std::move(opened).value());
    m_window->showSection(MainWindow::Section::Board);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWinLossForm::cleanup()
{
    GateDialog::setTestHook({});
    WinLossDialog::setTestHook({});
    DealEditorDialog::setTestHook({});
    m_window.reset();
}

qint64 TestWinLossForm::addDeal(const QString &stage, qint64 mrrCents)
{
    Company company;
    company.name = u"Agence Élan"_s;
    if (!CompanyRepository(db()).create(company))
        return 0;
    Deal d;
    d.title = u"Hosting"_s;
    d.companyId = company.id;
    d.mrr = Money(mrrCents);
    d.stage = stage;
    if (!DealRepository(db()).create(d))
        return 0;
    (void)m_window->store()->load(db());
    return d.id;
}

void TestWinLossForm::wonWithReviewThenUndo()
{
    const qint64 id = addDeal(u"nego"_s);
    GateDialog::setTestHook([](GateDialog &d) { d.tick(u"price-agreed"_s); });
    QString outcome;
    WinLossDialog::setTestHook([&outcome](WinLossDialog &d) {
        outcome = d.findChild<QLabel *>(u"winLossOutcome"_s)->text();
        QVERIFY(d.isComplete()); // everything optional for Won
        d.chooseReason(u"support"_s);
        d.setDecisiveFactor(u"Support in French within the hour"_s);
        d.setCompetitor(u"OVHcloud"_s);
        d.setLearning(u"Offer the trial early"_s);
        d.setRecontact(QDate(2027, 2, 1));
        d.setProductFeedback(u"GPU by the hour"_s);
        d.setProcessImprovement(u"Same-day proposal"_s);
        screenshot(d, u"winloss-won"_s);
    });
    QCOMPARE(m_window->actions()->moveDeals({id}, u"won"_s), 1);
    QCOMPARE(outcome, u"Outcome: Won"_s);
    QCOMPARE(m_window->store()->deal(id)->stage, u"won"_s);
    const std::optional<WinLossReview> r = review(id);
    QVERIFY(r);
    QVERIFY(r->won);
    QCOMPARE(r->competitor, u"OVHcloud"_s);
    QCOMPARE(r->recontactOn, QDate(2027, 2, 1));
    QCOMPARE(recontacts(id), 1);
    // One step: the move, the review and the call go together.
    QCOMPARE(m_window->undoStack()->count(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->deal(id)->stage, u"nego"_s);
    QVERIFY(!review(id));
    QCOMPARE(recontacts(id), 0);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->store()->deal(id)->stage, u"won"_s);
    QVERIFY(review(id));
    QCOMPARE(recontacts(id), 1);
}

void TestWinLossForm::lostWithReasonAndCompetitor()
{
    const qint64 id = addDeal(u"demo"_s);
    // Cancelled without a reason: nothing moves.
    WinLossDialog::setTestHook([](WinLossDialog &d) {
        QVERIFY(!d.isComplete());
        d.chooseReason(u"competitor"_s);
        QVERIFY(!d.isComplete()); // the competitor needs a name
    });
    QCOMPARE(m_window->actions()->markLost({id}), 0);
    QCOMPARE(m_window->store()->deal(id)->stage, u"demo"_s);
    WinLossDialog::setTestHook([](WinLossDialog &d) {
        QCOMPARE(d.findChild<QLabel *>(u"winLossOutcome"_s)->text(), u"Outcome: Lost"_s);
        d.chooseReason(u"competitor"_s);
        d.setCompetitor(u"Scaleway"_s);
        d.setCouldHaveDone(u"Show the GPU roadmap"_s);
        d.setLearning(u"Do not wait for the budget meeting"_s);
        screenshot(d, u"winloss-lost"_s);
    });
    QCOMPARE(m_window->actions()->markLost({id}), 1);
    QCOMPARE(m_window->store()->deal(id)->lostCompetitor, u"Scaleway"_s);
    const std::optional<WinLossReview> r = review(id);
    QVERIFY(r);
    QVERIFY(!r->won);
    QCOMPARE(r->competitor, u"Scaleway"_s);
    QCOMPARE(r->couldHaveDone, u"Show the GPU roadmap"_s);
    QCOMPARE(recontacts(id), 0);
}

void TestWinLossForm::editLaterFromTheDealEditor()
{
    const qint64 id = addDeal(u"demo"_s);
    QVERIFY(DealRepository(db()).move(id, u"lost"_s, u"budget"_s));
    (void)m_window->store()->refresh(db(), id);
    m_clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    bool buttonSeen = false;
    WinLossDialog::setTestHook([](WinLossDialog &d) {
        QVERIFY(!d.findChild<QWidget *>(u"reason_budget"_s)); // the closing event's reason
        d.setLearning(u"Qualify the budget at discovery"_s);
        d.setRecontact(QDate(2027, 1, 15));
    });
    DealEditorDialog::setTestHook([&buttonSeen](DealEditorDialog &editor) {
        auto *button = editor.findChild<QPushButton *>(u"dealWinLossReview"_s);
        buttonSeen = button != nullptr;
        if (button)
            button->click();
        editor.reject();
    });
    m_window->actions()->editDeal(id);
    QVERIFY(buttonSeen);
    QCOMPARE(review(id)->learning, u"Qualify the budget at discovery"_s);
    QCOMPARE(recontacts(id), 1);
    QVERIFY2(m_window->undoStack()->undoText().contains(u"Win/loss review"_s),
             qPrintable(m_window->undoStack()->undoText()));
    // Edited again: the form shows what was saved.
    WinLossDialog::setTestHook([](WinLossDialog &d) {
        QCOMPARE(d.answer().review.learning, u"Qualify the budget at discovery"_s);
        d.setProductFeedback(u"Monthly invoices"_s);
    });
    QVERIFY(m_window->actions()->editReview(id));
    QCOMPARE(review(id)->productFeedback, u"Monthly invoices"_s);
    m_window->undoStack()->undo();
    QCOMPARE(review(id)->productFeedback, QString());
    m_window->undoStack()->undo();
    QVERIFY(!review(id));
    QCOMPARE(recontacts(id), 0);
    // An open deal's editor has no such button.
    const qint64 open = addDeal(u"lead"_s);
    DealEditorDialog::setTestHook([&buttonSeen](DealEditorDialog &editor) {
        buttonSeen = editor.findChild<QPushButton *>(u"dealWinLossReview"_s) != nullptr;
        editor.reject();
    });
    m_window->actions()->editDeal(open);
    QVERIFY(!buttonSeen);
}

// Both outcomes in both languages, to look at (DEALBOARD_SCREENSHOTS).
void TestWinLossForm::screenshots()
{
    for (const QString &language : {u"en"_s, u"fr"_s}) {
        installTranslations(language);
        for (const bool won : {true, false}) {
            WinLossDialog dialog(db().playbook(), u"“Hosting” (Agence Élan)"_s, won,
                                 WinLossDialog::Mode::Close, {}, QDate(2026, 11, 24));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.isComplete() == won);
            screenshot(dialog, u"winloss-%1-%2"_s.arg(won ? u"won"_s : u"lost"_s, language));
        }
    }
    installTranslations(u"en"_s);
}

QTEST_MAIN(TestWinLossForm)
#include "tst_winlossform.moc"
