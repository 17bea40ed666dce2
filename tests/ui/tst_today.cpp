#include "clock.h"
#include "dealeditordialog.h"
#include "dealstore.h"
#include "filedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "outcomedialog.h"
#include "palette.h"
#include "remindernotifier.h"
#include "reminderscheduler.h"
#include "rescheduledialog.h"
#include "storage/activityrepository.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "todaymodel.h"
#include "todaypage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

// Tuesday 24 November 2026, 09:00 local time, whatever the machine's zone.
const QDate kToday(2026, 11, 24);

QDateTime at(int days, int hour, int minute = 0)
{
    return QDateTime(kToday.addDays(days), QTime(hour, minute));
}

} // namespace

// The Today view in the real main window, on a known set of deals and follow-ups.
class TestToday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groupsAndCount();
    void modelPassesTheTester();
    void doneAndUndo();
    void doneWithOutcome();
    void snoozeOneHourAndUndo();
    void snoozeFromTheKeyboard();
    void rescheduleThroughTheDialog();
    void newInboundLeadGetsItsReplyTarget();
    void lateLeadCountsUp();
    void openDealOnEnter();
    void reminderFiresOnce();
    void emptyStateSaysWhatToDo();
    void exportToCalendar();

private:
    qint64 addActivity(Activity::Kind kind, const QString &title, int days, QTime time = {});
    qint64 addDeal(const QString &title, const QString &source);
    // The first column's index of the activity titled so, invalid when not listed.
    QModelIndex find(const QString &title) const;
    QStringList titles(int group) const;
    Activity stored(qint64 id) { return ActivityRepository(db()).find(id).value(); }
    Database &db() { return *m_window->database(); }
    TodayPage *page() const { return m_window->todayPage(); }
    QString navText() const
    {
        return m_window->findChild<QListWidget *>(u"navigation"_s)->item(0)->text();
    }
    void openWindow(const QString &name);

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{at(0, 9)};
    qint64 m_company = 0;
    qint64 m_contact = 0;
    qint64 m_deal = 0;
    qint64 m_proposal = 0;
    qint64 m_callBack = 0;
};

void TestToday::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_today"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
}

void TestToday::openWindow(const QString &name)
{
    auto opened = Database::open(m_dir.filePath(name));
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_window = std::make_unique<MainWindow>(std::move(opened).value());
    m_window->showSection(MainWindow::Section::Today);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestToday::init()
{
    m_clock.set(at(0, 8));
    openWindow(u"today%1.db"_s.arg(++m_run));
    Company company;
    company.name = u"Agence Élan"_s;
    QVERIFY(CompanyRepository(db()).create(company));
    m_company = company.id;
    Contact contact;
    contact.name = u"Jean Dupont"_s;
    contact.companyId = company.id;
    QVERIFY(ContactRepository(db()).create(contact));
    m_contact = contact.id;
    m_deal = addDeal(u"Hébergement du site"_s, u"Outbound"_s);
    // A lead that came in an hour ago: 3 hours left at 09:00.
    addDeal(u"Migration cloud"_s, u"Website"_s);
    m_clock.set(at(0, 9));
    m_proposal = addActivity(Activity::Kind::Email, u"Send the proposal"_s, 0, QTime(11, 0));
    m_callBack = addActivity(Activity::Kind::Call, u"Call back Jean"_s, -1);
    addActivity(Activity::Kind::Demo, u"Demo VMCloud"_s, 0, QTime(15, 0));
    addActivity(Activity::Kind::Task, u"Next week"_s, 7);
    m_window->reload(); // the store changed: the rules run half a second later
    QTRY_COMPARE(page()->model()->itemCount(), 6);
}

void TestToday::cleanup()
{
    OutcomeDialog::setTestHook({});
    RescheduleDialog::setTestHook({});
    DealEditorDialog::setTestHook({});
    m_window.reset();
}

qint64 TestToday::addDeal(const QString &title, const QString &source)
{
    Deal d;
    d.title = title;
    d.companyId = m_company;
    d.contactId = m_contact;
    d.stage = u"lead"_s;
    d.source = source;
    d.mrr = Money(50000);
    if (!DealRepository(db()).create(d))
        return 0;
    return d.id;
}

qint64 TestToday::addActivity(Activity::Kind kind, const QString &title, int days, QTime time)
{
    Activity a;
    a.dealId = m_deal;
    a.kind = kind;
    a.title = title;
    a.due = kToday.addDays(days);
    a.dueTime = time;
    const Result<qint64> id = ActivityRepository(db()).add(a);
    return id ? *id : 0;
}

QModelIndex TestToday::find(const QString &title) const
{
    const TodayModel *model = page()->model();
    for (int g = 0; g < TodayModel::GroupCount; ++g)
        for (int row = 0; row < model->rowCount(model->index(g, 0)); ++row) {
            const QModelIndex i = model->index(row, 0, model->index(g, 0));
            if (i.data().toString() == title)
                return i;
        }
    return {};
}

QStringList TestToday::titles(int group) const
{
    const TodayModel *model = page()->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(model->index(group, 0)); ++row)
        out << model->index(row, 0, model->index(group, 0)).data().toString();
    return out;
}

void TestToday::groupsAndCount()
{
    const TodayModel *model = page()->model();
    QCOMPARE(titles(TodayModel::NewLeads),
             QStringList{u"Reply to the new lead: Migration cloud"_s});
    QCOMPARE(titles(TodayModel::Replies),
             (QStringList{u"Send the proposal"_s, u"Send the demo recap: Hébergement du site"_s}));
    QCOMPARE(titles(TodayModel::FollowUps), QStringList{u"Call back Jean"_s});
    QCOMPARE(titles(TodayModel::Demos),
             (QStringList{u"Demo VMCloud"_s, u"Prepare the demo: Hébergement du site"_s}));
    QCOMPARE(model->index(TodayModel::Replies, 0).data().toString(), u"Replies to send (2)"_s);

    // Each line: what, about what, when.
    const QModelIndex lead = find(u"Reply to the new lead: Migration cloud"_s);
    QCOMPARE(lead.siblingAtColumn(TodayModel::AboutColumn).data().toString(),
             u"Migration cloud · Agence Élan · Jean Dupont"_s);
    QCOMPARE(lead.siblingAtColumn(TodayModel::DueColumn).data().toString(), u"3 h 0 min left"_s);
    const QModelIndex late = find(u"Call back Jean"_s);
    QVERIFY(late.data(TodayModel::OverdueRole).toBool());
    QVERIFY(late.siblingAtColumn(TodayModel::DueColumn).data().toString().startsWith(u"Overdue"_s));
    QCOMPARE(late.siblingAtColumn(TodayModel::DueColumn).data(Qt::ForegroundRole).value<QColor>(),
             Palette::overdue(QGuiApplication::palette()));
    QVERIFY(!find(u"Send the proposal"_s).data(TodayModel::OverdueRole).toBool());
    // The demo's preparation shows its checklist.
    const QModelIndex prep = find(u"Prepare the demo: Hébergement du site"_s);
    QCOMPARE(model->rowCount(prep), 4);
    QCOMPARE(model->index(0, 0, prep).data().toString(), u"☐ Review the discovery notes"_s);
    QVERIFY(!(model->flags(model->index(0, 0, prep)) & Qt::ItemIsSelectable));

    QCOMPARE(navText(), u"Today (6)"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"todayHeading"_s)->text().contains(u"6 item"_s));
    QVERIFY(!page()->view()->accessibleName().isEmpty());
    QVERIFY(!m_window->findChild<QLabel *>(u"todayEmpty"_s)->isVisible());
}

void TestToday::modelPassesTheTester()
{
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester onPage(page()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Agenda agenda;
    AgendaItem prep;
    prep.activity.id = 1;
    prep.activity.title = u"Prepare"_s;
    prep.activity.rule = u"demo-prep:3"_s;
    prep.activity.note = u"One\nTwo"_s;
    agenda.demos << prep;
    model.setAgenda(agenda, m_clock.now());
    QCOMPARE(model.rowCount(model.indexOf(1)), 2);
    page()->refresh();
    QVERIFY(find(u"Send the proposal"_s).isValid());
}

void TestToday::doneAndUndo()
{
    QVERIFY(page()->selectActivity(m_callBack));
    auto *done = m_window->findChild<QPushButton *>(u"todayDoneButton"_s);
    QVERIFY(done && done->isEnabled());
    QTest::mouseClick(done, Qt::LeftButton);
    QVERIFY(stored(m_callBack).isDone());
    QVERIFY(!find(u"Call back Jean"_s).isValid());
    QCOMPARE(navText(), u"Today (5)"_s);
    // The next line is current, ready for the next gesture.
    QVERIFY(page()->currentActivity() != 0);

    m_window->undoStack()->undo();
    const Activity back = stored(m_callBack);
    QVERIFY(!back.isDone());
    QCOMPARE(back.due, kToday.addDays(-1));
    QVERIFY(!back.dueTime.isValid());
    QVERIFY(find(u"Call back Jean"_s).isValid());
    QCOMPARE(navText(), u"Today (6)"_s);
    m_window->undoStack()->redo();
    QVERIFY(stored(m_callBack).isDone());
}

void TestToday::doneWithOutcome()
{
    QVERIFY(page()->selectActivity(m_proposal));
    OutcomeDialog::setTestHook([](OutcomeDialog &d) {
        d.setOutcome(u"Sent, Jean answers Friday"_s);
        d.accept();
    });
    m_window->findChild<QAction *>(u"todayDoneWithOutcome"_s)->trigger();
    QVERIFY(stored(m_proposal).isDone());
    QCOMPARE(stored(m_proposal).outcome, u"Sent, Jean answers Friday"_s);
    m_window->undoStack()->undo();
    QVERIFY(!stored(m_proposal).isDone());
    QVERIFY(stored(m_proposal).outcome.isEmpty());
    // Cancelled: nothing changes.
    OutcomeDialog::setTestHook([](OutcomeDialog &d) { d.reject(); });
    m_window->findChild<QAction *>(u"todayDoneWithOutcome"_s)->trigger();
    QVERIFY(!stored(m_proposal).isDone());
}

void TestToday::snoozeOneHourAndUndo()
{
    m_clock.set(at(0, 10, 30));
    QVERIFY(page()->selectActivity(m_proposal));
    m_window->findChild<QAction *>(u"todaySnoozeHour"_s)->trigger();
    QCOMPARE(stored(m_proposal).due, kToday);
    QCOMPARE(stored(m_proposal).dueTime, QTime(11, 30));
    QVERIFY(find(u"Send the proposal"_s).isValid()); // still today
    m_window->undoStack()->undo();
    QCOMPARE(stored(m_proposal).dueTime, QTime(11, 0));

    m_window->findChild<QAction *>(u"todaySnoozeMonday"_s)->trigger();
    QCOMPARE(stored(m_proposal).due, QDate(2026, 11, 30));
    QCOMPARE(stored(m_proposal).dueTime, QTime(9, 0));
    QVERIFY(!find(u"Send the proposal"_s).isValid());
    QCOMPARE(navText(), u"Today (5)"_s);
    m_window->undoStack()->undo();
    QCOMPARE(stored(m_proposal).due, kToday);
    QCOMPARE(stored(m_proposal).dueTime, QTime(11, 0));
    QCOMPARE(navText(), u"Today (6)"_s);
}

void TestToday::snoozeFromTheKeyboard()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    page()->view()->setFocus();
    QVERIFY(page()->selectActivity(m_callBack));
    QTest::keyClick(page()->view(), Qt::Key_T, Qt::ControlModifier);
    QCOMPARE(stored(m_callBack).due, kToday.addDays(1));
    QCOMPARE(stored(m_callBack).dueTime, QTime(9, 0));
    QVERIFY(!find(u"Call back Jean"_s).isValid());
    m_window->undoStack()->undo();
    QCOMPARE(stored(m_callBack).due, kToday.addDays(-1));
    QVERIFY(!stored(m_callBack).dueTime.isValid());
    QVERIFY(page()->selectActivity(m_callBack));
    QTest::keyClick(page()->view(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(stored(m_callBack).isDone());
}

void TestToday::rescheduleThroughTheDialog()
{
    QVERIFY(page()->selectActivity(m_proposal));
    RescheduleDialog::setTestHook([](RescheduleDialog &d) {
        QCOMPARE(d.when().due, kToday);
        QCOMPARE(d.when().time, QTime(11, 0));
        d.setWhen({kToday.addDays(2), QTime(14, 30)});
        d.accept();
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"todayRescheduleButton"_s),
                      Qt::LeftButton);
    QCOMPARE(stored(m_proposal).due, kToday.addDays(2));
    QCOMPARE(stored(m_proposal).dueTime, QTime(14, 30));
    QVERIFY(!find(u"Send the proposal"_s).isValid());
    m_window->undoStack()->undo();
    QCOMPARE(stored(m_proposal).due, kToday);
    QCOMPARE(stored(m_proposal).dueTime, QTime(11, 0));
    QVERIFY(find(u"Send the proposal"_s).isValid());
}

void TestToday::newInboundLeadGetsItsReplyTarget()
{
    // A lead that comes in through the deal store (as the editor saves it).
    const qint64 id = addDeal(u"Site e-commerce"_s, u"Referral"_s);
    QVERIFY(m_window->store()->refresh(db(), id));
    QTRY_COMPARE(titles(TodayModel::NewLeads).size(), 2);
    const QModelIndex lead = find(u"Reply to the new lead: Site e-commerce"_s);
    QVERIFY(lead.isValid());
    QCOMPARE(lead.siblingAtColumn(TodayModel::DueColumn).data().toString(), u"4 h 0 min left"_s);
    QCOMPARE(navText(), u"Today (7)"_s);
}

void TestToday::lateLeadCountsUp()
{
    // The minute timer re-reads; refresh() is what it calls.
    m_clock.set(at(0, 12, 35));
    page()->refresh();
    const QModelIndex lead = find(u"Reply to the new lead: Migration cloud"_s);
    QCOMPARE(lead.siblingAtColumn(TodayModel::DueColumn).data().toString(), u"35 min late"_s);
    QCOMPARE(lead.siblingAtColumn(TodayModel::DueColumn).data(Qt::ForegroundRole).value<QColor>(),
             Palette::overdue(QGuiApplication::palette()));
    m_clock.set(at(0, 10, 40));
    page()->refresh();
    QCOMPARE(find(u"Reply to the new lead: Migration cloud"_s)
                 .siblingAtColumn(TodayModel::DueColumn)
                 .data()
                 .toString(),
             u"1 h 20 min left"_s);
}

void TestToday::openDealOnEnter()
{
    qint64 opened = 0;
    DealEditorDialog::setTestHook([&opened](DealEditorDialog &d) { opened = d.draft().deal.id; });
    const QModelIndex index = find(u"Call back Jean"_s);
    page()->view()->setCurrentIndex(index);
    Q_EMIT page()->view()->activated(index);
    QCOMPARE(opened, m_deal);
}

void TestToday::reminderFiresOnce()
{
    ReminderScheduler *reminders = page()->reminders();
    QSignalSpy spy(reminders, &ReminderScheduler::due);
    reminders->check();
    QCOMPARE(spy.count(), 0); // nothing with a time is due yet
    m_clock.set(at(0, 11, 1));
    reminders->check();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Activity>().id, m_proposal);
    reminders->check();
    QCOMPARE(spy.count(), 1); // never twice
    // Shown in the status bar where there is no system tray (offscreen).
    auto *notifier = m_window->findChild<ReminderNotifier *>(u"reminderNotifier"_s);
    QVERIFY(notifier->lastMessage().contains(u"Send the proposal"_s));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Send the proposal"_s));
    // Clicking the tray message opens Today.
    m_window->showSection(MainWindow::Section::Board);
    Q_EMIT notifier->opened();
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Today);
    // Snoozed, it is reminded again at its new time.
    QVERIFY(page()->selectActivity(m_proposal));
    m_window->findChild<QAction *>(u"todaySnoozeHour"_s)->trigger();
    reminders->check();
    QCOMPARE(spy.count(), 1);
    m_clock.set(at(0, 12, 1));
    reminders->check();
    QCOMPARE(spy.count(), 3); // with the lead's reply target, 12:00
    QList<qint64> ids;
    for (const QList<QVariant> &args : spy)
        ids << args.at(0).value<Activity>().id;
    QCOMPARE(ids.count(m_proposal), 2);
}

void TestToday::emptyStateSaysWhatToDo()
{
    m_window.reset();
    openWindow(u"empty%1.db"_s.arg(++m_run));
    QCOMPARE(page()->model()->itemCount(), 0);
    QCOMPARE(navText(), u"Today (0)"_s);
    auto *empty = m_window->findChild<QLabel *>(u"todayEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(u"Nothing due today"_s));
    QVERIFY(!m_window->findChild<QPushButton *>(u"todayDoneButton"_s)->isEnabled());
}

void TestToday::exportToCalendar()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"followups.ics"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"todayExportCalendar"_s), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"written to"_s));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ics = f.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.contains("SUMMARY:Send the proposal"));
    QVERIFY(ics.contains("SUMMARY:Call back Jean"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), ics.count("END:VEVENT"));
    // A cancelled file choice writes nothing.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(m_window->findChild<QPushButton *>(u"todayExportCalendar"_s), Qt::LeftButton);
}

QTEST_MAIN(TestToday)
#include "tst_today.moc"
