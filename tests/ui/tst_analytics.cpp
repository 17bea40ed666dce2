// The Forecast and Funnel & KPIs screens, driven through the real main window.

#include "analytics/forecastpage.h"
#include "analytics/forecasttablemodel.h"
#include "analytics/funnelpage.h"
#include "analytics/funnelview.h"
#include "analytics/kpientrydialog.h"
#include "analytics/kpisview.h"
#include "analytics/metricsview.h"
#include "analytics/metrictile.h"
#include "analytics/objectivesdialog.h"
#include "analytics/objectivesview.h"
#include "analytics/periodselector.h"
#include "analytics/winlossview.h"
#include "charts/barchart.h"
#include "charts/funnelchart.h"
#include "charts/stackedbarchart.h"
#include "clock.h"
#include "dealactions.h"
#include "dealstore.h"
#include "gatedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "model/kpientry.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "winlossdialog.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestAnalytics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void forecastShowsTheSeedExample();
    void aMoveOnTheBoardUpdatesTheForecastAtOnce();
    void asOfRebuildsThePast();
    void funnelPictureAndConversions();
    void emptyDatabaseShowsDashes();
    void metricsAgainstTargets();
    void winLossByReason();
    void objectivesEditedAndUndone();
    void monthlyFiguresEnteredAndUndone();
    void statusBarCoverage();
    void checkpointWhenTheUserPauses();
    void chartExportsFromThePage();

private:
    qint64 addDeal(const QString &stage, qint64 mrrCents, const QDate &close = {});
    void seedExample();
    ForecastPage *forecast();
    FunnelPage *funnel(FunnelPage::Tab tab);

    QTemporaryDir m_dir;
    int m_run = 0;
    qint64 m_company = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

void TestAnalytics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_analytics"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
}

void TestAnalytics::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    QSettings().clear();
    auto db = Database::open(m_dir.filePath(u"analytics%1.db"_s.arg(++m_run)));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    Company c;
    c.name = u"Agence Élan"_s;
    QVERIFY(CompanyRepository(*db.value()).create(c));
    m_company = c.id;
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAnalytics::cleanup()
{
    ObjectivesDialog::setTestHook({});
    KpiEntryDialog::setTestHook({});
    GateDialog::setTestHook({});
    WinLossDialog::setTestHook({});
    m_window.reset();
}

qint64 TestAnalytics::addDeal(const QString &stage, qint64 mrrCents, const QDate &close)
{
    Database &db = *m_window->database();
    Deal d;
    d.title = u"Hosting %1"_s.arg(mrrCents);
    d.companyId = m_company;
    d.mrr = Money(mrrCents);
    d.stage = stage;
    d.expectedClose = close;
    if (!DealRepository(db).create(d))
        return 0;
    (void)m_window->store()->refresh(db, d.id);
    return d.id;
}

// PLAYBOOK.md: 5 Demo × 500 €, 3 Proposal × 800 €, 2 Nego × 1,200 € → 4,360 € weighted.
void TestAnalytics::seedExample()
{
    const QDate december(2026, 12, 15);
    for (int i = 0; i < 5; ++i)
        addDeal(u"demo"_s, 50000, december);
    for (int i = 0; i < 3; ++i)
        addDeal(u"proposal"_s, 80000, december);
    for (int i = 0; i < 2; ++i)
        addDeal(u"nego"_s, 120000, december);
}

ForecastPage *TestAnalytics::forecast()
{
    m_window->showSection(MainWindow::Section::Forecast);
    ForecastPage *page = m_window->forecastPage();
    page->recomputeNow();
    return page;
}

FunnelPage *TestAnalytics::funnel(FunnelPage::Tab tab)
{
    m_window->showSection(MainWindow::Section::Funnel);
    FunnelPage *page = m_window->funnelPage();
    page->tabs()->setCurrentIndex(tab);
    page->recomputeNow();
    return page;
}

void TestAnalytics::forecastShowsTheSeedExample()
{
    seedExample();
    ForecastPage *page = forecast();
    QCOMPARE(page->periodSelector()->period(), Period::quarter(QDate(2026, 11, 24)));
    QCOMPARE(page->tile(u"weightedTile"_s)->value(), u"€4,360"_s);
    QCOMPARE(page->tile(u"pipelineTile"_s)->value(), u"€7,300"_s);
    QCOMPARE(page->tile(u"commitTile"_s)->value(), u"€0"_s);

    // One row per month of the quarter; December holds the ten deals.
    ForecastTableModel *model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    const QModelIndex dec = model->index(2, ForecastTableModel::WeightedColumn);
    QCOMPARE(dec.data(ForecastTableModel::CentsRole).toLongLong(), 436000);
    QCOMPARE(model->index(2, ForecastTableModel::DealsColumn).data().toInt(), 10);
    QCOMPARE(model->index(0, ForecastTableModel::WeightedColumn).data().toString(), u"€0"_s);

    // The chart: stacks add up to the pipeline, the weighted line over it.
    StackedBarChart *chart = page->chart();
    QCOMPARE(chart->categories(), (QStringList{u"Oct 2026"_s, u"Nov 2026"_s, u"Dec 2026"_s}));
    QCOMPARE(chart->lineValues(u"Weighted"_s), (QList<double>{0, 0, 4360}));
    QCOMPARE(chart->values(u"Rest of the pipeline"_s), (QList<double>{0, 0, 7300}));
    QVERIFY(!chart->grab().isNull());

    // Commit and best case follow the verbal agreement and the confirmed timeline.
    Database &db = *m_window->database();
    Deal nego = DealRepository(db).list({.stage = u"nego"_s}).value().first();
    nego.verbalAgreement = true;
    QVERIFY(DealRepository(db).update(nego));
    (void)m_window->store()->refresh(db, nego.id);
    page->recomputeNow();
    QCOMPARE(page->tile(u"commitTile"_s)->value(), u"€1,200"_s);
    QCOMPARE(page->tile(u"bestCaseTile"_s)->value(), u"€1,200"_s);
    QCOMPARE(chart->values(u"Commit"_s), (QList<double>{0, 0, 1200}));
    QCOMPARE(chart->values(u"Rest of the pipeline"_s), (QList<double>{0, 0, 6100}));
}

void TestAnalytics::aMoveOnTheBoardUpdatesTheForecastAtOnce()
{
    seedExample();
    ForecastPage *page = forecast();
    QCOMPARE(page->tile(u"weightedTile"_s)->value(), u"€4,360"_s);
    // A Negotiation deal goes back to Proposal: 1,200 € × (80 % − 60 %) less.
    const qint64 id =
        DealRepository(*m_window->database()).list({.stage = u"nego"_s}).value().first().id;
    QCOMPARE(m_window->actions()->moveDeals({id}, u"proposal"_s), 1);
    QTRY_COMPARE(page->tile(u"weightedTile"_s)->value(), u"€4,120"_s);
    m_window->undoStack()->undo();
    QTRY_COMPARE(page->tile(u"weightedTile"_s)->value(), u"€4,360"_s);
}

void TestAnalytics::asOfRebuildsThePast()
{
    // Created on 2 November in Demo, moved to Negotiation on 20 November.
    m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    const qint64 id = addDeal(u"demo"_s, 100000, QDate(2026, 12, 1));
    m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    QVERIFY(DealRepository(*m_window->database()).move(id, u"nego"_s));
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    (void)m_window->store()->refresh(*m_window->database(), id);

    ForecastPage *page = forecast();
    QCOMPARE(page->tile(u"weightedTile"_s)->value(), u"€800"_s);
    page->periodSelector()->setAsOf(QDate(2026, 11, 10));
    page->recomputeNow();
    QCOMPARE(page->tile(u"weightedTile"_s)->value(), u"€400"_s); // still in Demo then
    page->periodSelector()->setAsOf(QDate(2026, 10, 31));
    page->recomputeNow();
    QCOMPARE(page->tile(u"weightedTile"_s)->value(), u"€0"_s); // not created yet
    page->periodSelector()->setAsOf({});
    QVERIFY(page->periodSelector()->isToday());
}

void TestAnalytics::funnelPictureAndConversions()
{
    // Ten leads this month: 6 qualified, 3 of them to Demo, 1 of those lost.
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids << addDeal(u"lead"_s, 30000);
    DealRepository repo(*m_window->database());
    for (int i = 0; i < 6; ++i)
        QVERIFY(repo.move(ids.at(i), u"qualified"_s));
    for (int i = 0; i < 3; ++i)
        QVERIFY(repo.move(ids.at(i), u"demo"_s));
    QVERIFY(repo.move(ids.at(0), u"lost"_s, u"budget"_s));

    FunnelPage *page = funnel(FunnelPage::FunnelTab);
    FunnelChart *chart = page->funnel()->chart();
    QCOMPARE(chart->stages().mid(0, 3), (QStringList{u"Lead"_s, u"Qualified"_s, u"Demo"_s}));
    QCOMPARE(chart->counts(), (QList<double>{10, 6, 3, 0, 0, 0}));
    QVERIFY(!chart->isBelowTarget(1)); // 60 % ≥ 40 %
    QVERIFY(chart->isBelowTarget(2));  // 50 % < 60 %
    QTableWidget *table = page->funnel()->table();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(0, 0)->text(), u"Lead → Qualified"_s);
    QCOMPARE(table->item(0, 2)->text(), u"60%"_s);
    QCOMPARE(table->item(0, 4)->text(), u"+20 pts"_s);
    QCOMPARE(table->item(1, 4)->text(), u"−10 pts"_s);
    QCOMPARE(table->item(3, 2)->text(), u"—"_s); // nobody reached Proposal: no ratio
}

void TestAnalytics::emptyDatabaseShowsDashes()
{
    FunnelPage *page = funnel(FunnelPage::MetricsTab);
    MetricsView *m = page->metrics();
    QCOMPARE(m->tile(u"winRate"_s)->value(), u"—"_s);
    QCOMPARE(m->tile(u"averageDeal"_s)->value(), u"—"_s);
    QCOMPARE(m->tile(u"cycle"_s)->value(), u"—"_s);
    QCOMPARE(m->tile(u"velocity"_s)->value(), u"—"_s);
    QCOMPARE(m->tile(u"pipelineTotal"_s)->value(), u"€0"_s);
    QVERIFY(!page->funnel()->chart()->hasData());
    ForecastPage *f = forecast();
    QCOMPARE(f->tile(u"weightedTile"_s)->value(), u"€0"_s);
    QVERIFY(!f->chart()->hasData() || f->chart()->values(u"Commit"_s) == QList<double>(3, 0.0));
}

void TestAnalytics::metricsAgainstTargets()
{
    // Three deals closed this quarter: two won (600 € and 200 €), one lost.
    m_clock.set(QDateTime(QDate(2026, 10, 5), QTime(9, 0), Qt::UTC));
    const qint64 a = addDeal(u"nego"_s, 60000);
    const qint64 b = addDeal(u"proposal"_s, 20000);
    const qint64 c = addDeal(u"demo"_s, 50000);
    DealRepository repo(*m_window->database());
    m_clock.set(QDateTime(QDate(2026, 10, 15), QTime(9, 0), Qt::UTC));
    QVERIFY(repo.move(a, u"won"_s));
    m_clock.set(QDateTime(QDate(2026, 11, 4), QTime(9, 0), Qt::UTC));
    QVERIFY(repo.move(b, u"won"_s));
    QVERIFY(repo.move(c, u"lost"_s, u"timing"_s));
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    (void)m_window->store()->load(*m_window->database());

    MetricsView *m = funnel(FunnelPage::MetricsTab)->metrics();
    QCOMPARE(m->tile(u"winRate"_s)->value(), u"66.7%"_s);
    QCOMPARE(m->tile(u"winRate"_s)->state(), MetricTile::State::Met); // ≥ 30 %
    QCOMPARE(m->tile(u"averageDeal"_s)->value(), u"€400"_s);
    QCOMPARE(m->tile(u"cycle"_s)->value(), u"20 d"_s); // (10 + 30) / 2
    QCOMPARE(m->tile(u"cycle"_s)->state(), MetricTile::State::Met);
    QCOMPARE(m->tile(u"newMrr"_s)->value(), u"€800"_s);
    QVERIFY(!m->tile(u"winRate"_s)->toolTip().isEmpty());
}

void TestAnalytics::winLossByReason()
{
    const qint64 a = addDeal(u"nego"_s, 30000);
    const qint64 b = addDeal(u"demo"_s, 40000);
    // Won through the real flow: the gate, then the win/loss form asks for the reason.
    GateDialog::setTestHook([](GateDialog &d) { d.tick(u"price-agreed"_s); });
    WinLossDialog::setTestHook([](WinLossDialog &d) {
        d.chooseReason(u"support"_s);
        d.setCompetitor(u"OVHcloud"_s);
        d.setDecisiveFactor(u"French support"_s);
        d.setProductFeedback(u"GPU by the hour"_s);
    });
    QCOMPARE(m_window->actions()->moveDeals({a}, u"won"_s), 1);
    QVERIFY(DealRepository(*m_window->database()).move(b, u"lost"_s, u"competitor"_s, u"OVH"_s));
    WinLossView *w = funnel(FunnelPage::WinLossTab)->winLoss();
    QCOMPARE(w->wonReasons()->categories(), QStringList{u"Support"_s});
    QCOMPARE(w->lostReasons()->categories(), QStringList{u"Competitor"_s});
    QCOMPARE(w->competitors()->categories(), QStringList{u"OVH"_s});
    QCOMPARE(w->competitors()->values(), QList<double>{1});
    QVERIFY2(w->summary().contains(u"Won: 1"_s), qPrintable(w->summary()));
    // What the review said.
    QCOMPARE(w->competitorsBeaten()->categories(), QStringList{u"OVHcloud"_s});
    QVERIFY2(w->notes().contains(u"French support"_s) && w->notes().contains(u"GPU by the hour"_s),
             qPrintable(w->notes()));
    if (const QString dir = qEnvironmentVariable("DEALBOARD_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + u"/winloss-analytics.png"_s);
}

void TestAnalytics::objectivesEditedAndUndone()
{
    FunnelPage *page = funnel(FunnelPage::ObjectivesTab);
    QCOMPARE(page->objectives()->barText(u"2025-Q1"_s, u"newMrr"_s), u"€0 of €10,000"_s);
    ObjectivesDialog::setTestHook([](ObjectivesDialog &d) {
        d.addQuarter(); // 2026-Q1, from Q4 2025's targets
        d.findChild<QSpinBox *>(u"objectiveDealsMin"_s)->setValue(45);
        d.findChild<QPushButton *>(u"objectivesOk"_s)->click();
    });
    page->findChild<QPushButton *>(u"editObjectivesButton"_s)->click();
    QCOMPARE(m_window->store()->playbook().objectives().size(), 5);
    QCOMPARE(m_window->store()->playbook().objective(u"2026-Q1"_s)->dealsMin, 45);
    page->recomputeNow();
    QCOMPARE(page->objectives()->barText(u"2026-Q1"_s, u"deals"_s), u"0 (target 45–50)"_s);
    // Stored in the database, and one undoable step.
    QCOMPARE(m_window->database()->playbook().objectives().size(), 5);
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->playbook().objectives().size(), 4);
    page->recomputeNow();
    QVERIFY(page->objectives()->barText(u"2026-Q1"_s, u"deals"_s).isEmpty());

    // A refused edit (two objectives for one quarter) changes nothing.
    ObjectivesDialog::setTestHook([](ObjectivesDialog &d) {
        d.addQuarter();
        d.findChild<QLineEdit *>(u"objectiveQuarter"_s)->setText(u"2025-Q1"_s);
        d.findChild<QPushButton *>(u"objectivesOk"_s)->click();
        QVERIFY(d.isVisible()); // stays open with the problem shown
        QVERIFY(!d.findChild<QLabel *>(u"objectiveError"_s)->text().isEmpty());
    });
    page->findChild<QPushButton *>(u"editObjectivesButton"_s)->click();
    QCOMPARE(m_window->store()->playbook().objectives().size(), 4);
}

void TestAnalytics::monthlyFiguresEnteredAndUndone()
{
    FunnelPage *page = funnel(FunnelPage::KpisTab);
    KpiEntryDialog::setTestHook([](KpiEntryDialog &d) {
        d.setMonth(QDate(2026, 11, 1));
        d.setValue(KpiEntry::nps(), 55);
        d.setValue(KpiEntry::churnFirstMonth(), 4.5);
        d.findChild<QPushButton *>(u"kpiOk"_s)->click();
    });
    page->findChild<QPushButton *>(u"enterKpisButton"_s)->click();
    page->recomputeNow();
    QTableWidget *table = page->kpis()->manualTable();
    QCOMPARE(table->rowCount(), 2); // October and November, up to the as-of day
    QCOMPARE(table->item(1, 1)->text(), u"55"_s);
    QCOMPARE(table->item(1, 2)->text(), u"4.5%"_s);
    QCOMPARE(table->item(0, 1)->text(), u"—"_s);
    m_window->undoStack()->undo();
    page->recomputeNow();
    QCOMPARE(table->item(1, 1)->text(), u"—"_s);
    m_window->undoStack()->redo();
    page->recomputeNow();
    QCOMPARE(table->item(1, 1)->text(), u"55"_s);
}

void TestAnalytics::statusBarCoverage()
{
    seedExample(); // 7,300 € of pipeline from Qualified on
    auto *status = m_window->findChild<QLabel *>(u"pipelineStatus"_s);
    QVERIFY(!status->text().contains(u"coverage"_s)); // no objective for 2026-Q4
    ObjectivesDialog::setTestHook([](ObjectivesDialog &d) {
        d.addQuarter();
        d.findChild<QLineEdit *>(u"objectiveQuarter"_s)->setText(u"2026-Q4"_s);
        auto *mrr = d.findChild<QLineEdit *>(u"objectiveNewMrr"_s);
        mrr->setText(u"2000"_s);
        d.findChild<QPushButton *>(u"objectivesOk"_s)->click();
    });
    funnel(FunnelPage::ObjectivesTab)->findChild<QPushButton *>(u"editObjectivesButton"_s)->click();
    QCOMPARE(m_window->store()->playbook().objective(u"2026-Q4"_s)->newMrrCents, 200000);
    QVERIFY2(status->text().endsWith(u"coverage 3.7×"_s), qPrintable(status->text()));
    QVERIFY(status->toolTip().contains(u"2026-Q4"_s));
}

// No move pays for writing the log into the file: the window does it after a pause.
void TestAnalytics::checkpointWhenTheUserPauses()
{
    seedExample();
    Database &db = *m_window->database();
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 10000);
    q.finish();
    QTimer *timer = m_window->checkpointTimer();
    timer->stop();
    const qint64 id = DealRepository(db).list({.stage = u"nego"_s}).value().first().id;
    QCOMPARE(m_window->actions()->moveDeals({id}, u"proposal"_s), 1);
    QVERIFY(timer->isActive());
    timer->setInterval(10);
    timer->start();
    QTRY_VERIFY(!timer->isActive());
    // Everything the log held is in the file now: a second checkpoint has nothing left to do.
    QVERIFY(q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(q.value(1).toInt(), q.value(2).toInt());
}

void TestAnalytics::chartExportsFromThePage()
{
    seedExample();
    StackedBarChart *chart = forecast()->chart();
    const QString png = m_dir.filePath(u"forecast.png"_s);
    const QString pdf = m_dir.filePath(u"forecast.pdf"_s);
    QString error;
    QVERIFY2(chart->exportPng(png, &error), qPrintable(error));
    QVERIFY2(chart->exportPdf(pdf, &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), ChartPanel::pngSize());
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

QTEST_MAIN(TestAnalytics)
#include "tst_analytics.moc"
