#include "clock.h"
#include "dealeditordialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "review/atriskmodel.h"
#include "review/timesplitbars.h"
#include "review/weeklyreviewpage.h"
#include "startup.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/weeklynoterepository.h"
#include <QApplication>

#include <QAbstractItemModelTester>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

// The Weekly review section of the real MainWindow, headless, on a known database. "Now" is
// Wednesday 4 March 2026, 11:00 in Paris; the week runs from Monday 2 to Sunday 8 March.
class TestWeeklyReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheWeek();
    void prioritiesAreSavedAndUndone();
    void weekNavigation();
    void recomputedWhenDataChange();
    void opensDealsAndSwitchesSections();

private:
    WeeklyReviewPage *page() const { return m_window->reviewPage(); }
    template<typename T>
    T *child(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    QString stored(const QDate &week) const
    {
        return WeeklyNoteRepository(*m_window->database()).priorities(week).value();
    }

    ManualClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<ScopedClock> m_scoped;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_stale = 0;
    const QDate m_monday{2026, 3, 2};
};

void TestWeeklyReviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_weeklyreview"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
    m_scoped = std::make_unique<ScopedClock>(m_clock);
}

void TestWeeklyReviewPage::init()
{
    const QDateTime now = m_clock.now();
    const QString path =
        m_dir.filePath(u"review-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    {
        auto opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Database &db = *opened.value();
        Company c;
        c.name = u"Boulangerie Martin"_s;
        QVERIFY(CompanyRepository(db).create(c));
        DealRepository deals(db);
        // Five days in Lead without a next step: at risk, and from last week.
        m_clock.set(now.addDays(-5));
        Deal stale;
        stale.title = u"Stale lead"_s;
        stale.companyId = c.id;
        stale.stage = u"lead"_s;
        stale.mrr = Money(20000);
        QVERIFY(deals.create(stale));
        m_stale = stale.id;
        // Created on Monday, won on Tuesday.
        m_clock.set(QDateTime(m_monday, QTime(9, 0)));
        Deal won = stale;
        won.title = u"Signed hosting"_s;
        won.stage = u"nego"_s;
        won.mrr = Money(120000);
        won.nextStep = u"Sign"_s;
        QVERIFY(deals.create(won));
        m_clock.set(QDateTime(m_monday.addDays(1), QTime(15, 0)));
        QVERIFY(deals.move(won.id, DealMove{u"won"_s, 0, {}, {}, {}, u"support"_s}));
        Activity call;
        call.dealId = won.id;
        call.kind = Activity::Kind::Call;
        call.title = u"Qualification call"_s;
        call.due = m_monday.addDays(1);
        call.category = u"inbound"_s;
        call.minutes = 60;
        ActivityRepository activities(db);
        const Result<qint64> id = activities.add(call);
        QVERIFY(id);
        QVERIFY(activities.complete(*id));
        m_clock.set(now);
    }
    int code = -1;
    m_window = createMainWindow(path, code);
    QVERIFY(m_window);
    m_window->resize(1280, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSection(MainWindow::Section::WeeklyReview);
    page()->recomputeNow();
}

void TestWeeklyReviewPage::cleanup()
{
    DealEditorDialog::setTestHook({});
    m_window.reset();
}

void TestWeeklyReviewPage::showsTheWeek()
{
    QAbstractItemModelTester tester(page()->atRiskModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page()->week(), m_monday);
    QVERIFY(child<QLabel>(u"reviewWeekLabel"_s)->text().startsWith(u"Week 10"_s));
    auto *table = child<QTableView>(u"reviewAtRiskTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    const QAbstractItemModel *m = table->model();
    QCOMPARE(m->index(0, AtRiskModel::Title).data().toString(), u"Stale lead"_s);
    QCOMPARE(m->index(0, AtRiskModel::DaysInStage).data().toInt(), 5);
    QCOMPARE(m->index(0, AtRiskModel::Reasons).data().toString(),
             u"Rotting in its stage, No next step"_s);
    QCOMPARE(m->index(0, 0).data(AtRiskModel::IdRole).toLongLong(), m_stale);
    QVERIFY(child<QLabel>(u"reviewWins"_s)->text().contains(u"Signed hosting"_s));
    QVERIFY(child<QLabel>(u"reviewWins"_s)->text().contains(u"Support"_s));
    QVERIFY(child<QGroupBox>(u"reviewWinsBox"_s)->title().startsWith(u"Won this week (1"_s));
    QCOMPARE(child<QLabel>(u"reviewLosses"_s)->text(), u"None this week."_s);
    QVERIFY2(child<QLabel>(u"reviewNewPipeline"_s)->text().startsWith(u"1 new deal"_s),
             qPrintable(child<QLabel>(u"reviewNewPipeline"_s)->text()));
    QVERIFY(child<QLabel>(u"reviewObjections"_s)->text().contains(u"Price: 0"_s));
    const QStringList bars = child<TimeSplitBars>(u"reviewTimeSplit"_s)->lines();
    QCOMPARE(bars.size(), 5);
    QCOMPARE(bars.at(0), u"Inbound & qualification: 1 h 00 min, 100 % (target 30 %)"_s);
    QCOMPARE(bars.at(1), u"Demos & calls: 0 h 00 min, 0 % (target 25 %)"_s);
    // A grab for looking at it (not compared).
    if (const QString shot = qEnvironmentVariable("DEALBOARD_REVIEW_SHOT"); !shot.isEmpty()) {
        QTest::qWait(50); // the layout settles
        QVERIFY(m_window->grab().save(shot));
    }
}

void TestWeeklyReviewPage::prioritiesAreSavedAndUndone()
{
    auto *edit = child<QPlainTextEdit>(u"reviewPriorities"_s);
    QUndoStack *undo = m_window->undoStack();
    const int before = undo->count();
    edit->setFocus();
    QTest::keyClicks(edit, u"Close Acme"_s);
    // Saved after a pause in the typing, as one undoable change.
    QTRY_COMPARE_WITH_TIMEOUT(stored(m_monday), u"Close Acme"_s, 5000);
    QCOMPARE(undo->count(), before + 1);
    QTest::keyClicks(edit, u", two demos"_s);
    page()->savePriorities(); // as when the field is left
    QCOMPARE(stored(m_monday), u"Close Acme, two demos"_s);
    QCOMPARE(undo->count(), before + 2);
    page()->savePriorities(); // nothing new: nothing pushed
    QCOMPARE(undo->count(), before + 2);
    undo->undo();
    QCOMPARE(stored(m_monday), u"Close Acme"_s);
    QCOMPARE(edit->toPlainText(), u"Close Acme"_s);
    undo->undo();
    QCOMPARE(stored(m_monday), QString());
    QCOMPARE(edit->toPlainText(), QString());
    undo->redo();
    QCOMPARE(edit->toPlainText(), u"Close Acme"_s);
    // Leaving the section saves the typing at once.
    QTest::keyClicks(edit, u"!"_s);
    m_window->showSection(MainWindow::Section::Board);
    QCOMPARE(stored(m_monday), u"Close Acme!"_s);
}

void TestWeeklyReviewPage::weekNavigation()
{
    auto *edit = child<QPlainTextEdit>(u"reviewPriorities"_s);
    edit->setPlainText(u"This week's"_s);
    page()->savePriorities();
    QTest::mouseClick(child<QPushButton>(u"reviewPreviousWeek"_s), Qt::LeftButton);
    page()->recomputeNow();
    QCOMPARE(page()->week(), m_monday.addDays(-7));
    QCOMPARE(edit->toPlainText(), QString());
    QCOMPARE(child<QLabel>(u"reviewWins"_s)->text(), u"None this week."_s);
    QVERIFY(child<QLabel>(u"reviewNewPipeline"_s)->text().startsWith(u"1 new deal"_s)); // stale
    // Typed then left for another week: saved for the week it was typed in.
    edit->setPlainText(u"Last week's"_s);
    QTest::mouseClick(child<QPushButton>(u"reviewNextWeek"_s), Qt::LeftButton);
    page()->recomputeNow();
    QCOMPARE(page()->week(), m_monday);
    QCOMPARE(edit->toPlainText(), u"This week's"_s);
    QCOMPARE(stored(m_monday.addDays(-7)), u"Last week's"_s);
    QTest::mouseClick(child<QPushButton>(u"reviewNextWeek"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(u"reviewThisWeek"_s), Qt::LeftButton);
    page()->recomputeNow();
    QCOMPARE(page()->week(), m_monday);
    // Undoing last week's note brings that week back into view.
    m_window->undoStack()->undo();
    page()->recomputeNow();
    QCOMPARE(page()->week(), m_monday.addDays(-7));
    QCOMPARE(edit->toPlainText(), QString());
}

void TestWeeklyReviewPage::recomputedWhenDataChange()
{
    auto *table = child<QTableView>(u"reviewAtRiskTable"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    Deal quiet;
    quiet.title = u"No next step"_s;
    quiet.companyId = 1;
    quiet.stage = u"qualified"_s;
    QVERIFY(DealRepository(*m_window->database()).create(quiet));
    m_window->reload();
    QTRY_COMPARE(table->model()->rowCount(), 2);
}

void TestWeeklyReviewPage::opensDealsAndSwitchesSections()
{
    QString opened;
    DealEditorDialog::setTestHook([&opened](DealEditorDialog &d) {
        opened = d.windowTitle();
        d.reject();
    });
    auto *table = child<QTableView>(u"reviewAtRiskTable"_s);
    const QRect cell = table->visualRect(table->model()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY2(opened.contains(u"Stale lead"_s), qPrintable(opened));
    Q_EMIT child<QLabel>(u"reviewMonthlyLink"_s)->linkActivated(u"monthly"_s);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Funnel);
    m_window->showSection(MainWindow::Section::WeeklyReview);
    Q_EMIT child<QLabel>(u"reviewQuarterlyLink"_s)->linkActivated(u"quarterly"_s);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Forecast);
}

int main(int argc, char **argv)
{
    // Paris time without tzdata, as the founder's.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    QApplication app(argc, argv);
    TestWeeklyReviewPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_weeklyreviewpage.moc"
