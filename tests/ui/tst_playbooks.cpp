#include "boardpage.h"
#include "clock.h"
#include "dealactions.h"
#include "dealeditordialog.h"
#include "dealspage.h"
#include "dealstore.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "playbooks/dealobjectionlistmodel.h"
#include "playbooks/dealobjectionslist.h"
#include "playbooks/objectiondialog.h"
#include "playbooks/objectionmetdialog.h"
#include "playbooks/objectionstab.h"
#include "playbooks/objectiontreemodel.h"
#include "playbooks/playbookfiltermodel.h"
#include "playbooks/playbookscripts.h"
#include "playbooks/playbookspanel.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealobjectionrepository.h"
#include "storage/dealrepository.h"
#include "storage/objectionrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

// The Playbooks panel in the real main window: search, the objection library's edits and the
// objections met on a deal, each undoable.
class TestPlaybooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void panelIsThereAndToggles();
    void searchFindsAcrossTabsIgnoringAccents();
    void demoHighlightsTheDealsSegment();
    void editAnAnswerAndUndo();
    void addRefusesEmptyAndAdds();
    void logOnTheSelectedDealAndUndo();
    void followsTheDealsList();
    void hideThenReset();

private:
    ObjectionsTab *tab() const { return m_window->playbooks()->objections(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    Objection stored(const QString &key)
    {
        return ObjectionRepository(*m_window->database()).find(key, u"en"_s).value();
    }
    bool shown(const QString &key) const
    {
        return tab()->filter()->mapFromSource(tab()->model()->indexOf(key)).isValid();
    }

    QTemporaryDir m_dir;
    int m_run = 0;
    qint64 m_deal = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

void TestPlaybooks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_playbooks"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
}

void TestPlaybooks::init()
{
    auto db = Database::open(m_dir.filePath(u"playbooks%1.db"_s.arg(++m_run)));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    Company company;
    company.name = u"Agence Élan"_s;
    company.segment = u"agency"_s;
    QVERIFY(CompanyRepository(**db).create(company));
    Deal deal;
    deal.title = u"Multi-project hosting"_s;
    deal.companyId = company.id;
    deal.stage = u"demo"_s;
    deal.mrr = Money(180000);
    deal.oneTime = Money(0);
    QVERIFY(DealRepository(**db).create(deal));
    m_deal = deal.id;
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->showSection(MainWindow::Section::Board);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPlaybooks::cleanup()
{
    ObjectionDialog::setTestHook({});
    ObjectionMetDialog::setTestHook({});
    m_window.reset();
}

void TestPlaybooks::modelsPassTheTester()
{
    ObjectionTreeModel tree;
    QAbstractItemModelTester treeTester(&tree,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setObjections(ObjectionRepository(*m_window->database()).list(u"en"_s).value());
    QCOMPARE(tree.rowCount(), 5);
    QCOMPARE(tree.rowCount(tree.index(0, 0)), 2);
    PlaybookFilterModel filter;
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&tree);
    filter.setSearch(u"scaleway"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearch({});
    QCOMPARE(filter.rowCount(), 5);
    std::unique_ptr<QStandardItemModel> demo(PlaybookScripts::demo(nullptr));
    filter.setSourceModel(demo.get());
    filter.setSearch(u"gpu"_s);
    QCOMPARE(filter.rowCount(), 1); // the product demo, down to the ML team's features

    DealObjectionListModel met;
    QAbstractItemModelTester metTester(&met,
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    DealObjectionRepository repo(*m_window->database());
    QVERIFY(repo.log(m_deal, u"competition-aws"_s, u"EKS"_s));
    met.setObjections(repo.list(m_deal).value(), {{u"competition-aws"_s, u"We're fine on AWS"_s}});
    QCOMPARE(met.rowCount(), 1);
    QVERIFY(met.index(0).data().toString().startsWith(u"We're fine on AWS · "_s));
    QVERIFY(met.index(0).data().toString().endsWith(u" · EKS"_s));
}

void TestPlaybooks::panelIsThereAndToggles()
{
    PlaybooksPanel *panel = m_window->playbooks();
    QVERIFY(panel->isVisible()); // beside the board from the first start
    QCOMPARE(panel->tabs()->count(), 3);
    QAction *toggle = action(u"playbooksAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
    toggle->trigger();
    QVERIFY(!panel->isVisible());
    toggle->trigger();
    QVERIFY(panel->isVisible());
}

void TestPlaybooks::searchFindsAcrossTabsIgnoringAccents()
{
    PlaybooksPanel *panel = m_window->playbooks();
    panel->searchField()->setText(u"AWS"_s);
    QVERIFY(shown(u"competition-aws"_s));
    QVERIFY(!shown(u"competition-scaleway"_s));
    QVERIFY(!shown(u"price-no-budget"_s));
    QCOMPARE(tab()->filter()->rowCount(), 1); // the competition category only
    // "Simplicity vs AWS" in the demo's differentiation; nothing in the inbound playbook.
    QCOMPARE(panel->demoView()->model()->rowCount(), 1);
    QCOMPARE(panel->inboundView()->model()->rowCount(), 0);
    QCOMPARE(PlaybookFilterModel::fold(u"Réactivité PÉRENNITÉ"_s), u"reactivite perennite"_s);
    panel->searchField()->setText(u"fit"_s);
    QVERIFY(panel->inboundView()->model()->rowCount() > 0);
    panel->searchField()->clear();
    QCOMPARE(tab()->filter()->rowCount(), 5);
}

void TestPlaybooks::demoHighlightsTheDealsSegment()
{
    auto texts = [this] {
        QStringList out;
        QAbstractItemModel *m = m_window->playbooks()->demoView()->model();
        const QModelIndexList all = m->match(m->index(0, 0), Qt::DisplayRole, u"*"_s, -1,
                                             Qt::MatchWildcard | Qt::MatchRecursive);
        for (const QModelIndex &i : all)
            out << i.data().toString();
        return out;
    };
    QVERIFY(!texts().join(u'\n').contains(u"this deal's segment"_s));
    m_window->board()->selectDeal(m_deal);
    QCOMPARE(m_window->playbooks()->deal(), m_deal);
    QVERIFY(texts().contains(u"Agency: multi-projects, backups, CDN  ◀ this deal's segment"_s));
    QVERIFY(texts().contains(u"Tech SME: PaaS, monitoring, API"_s));
}

void TestPlaybooks::editAnAnswerAndUndo()
{
    const QString original = stored(u"competition-aws"_s).answer;
    QVERIFY(tab()->selectObjection(u"competition-aws"_s));
    ObjectionDialog::setTestHook([](ObjectionDialog &d) {
        QCOMPARE(d.objection().key, u"competition-aws"_s);
        d.setAnswer(u"• Ask what frustrates them\n→ Offer a free trial"_s);
        d.accept();
    });
    action(u"editObjectionAction"_s)->trigger();
    QCOMPARE(stored(u"competition-aws"_s).answer,
             u"• Ask what frustrates them\n→ Offer a free trial"_s);
    QVERIFY(
        tab()
            ->model()
            ->data(tab()->model()->indexOf(u"competition-aws"_s), ObjectionTreeModel::EditedRole)
            .toBool());
    QVERIFY(action(u"resetObjectionAction"_s)->isEnabled());
    m_window->undoStack()->undo();
    QCOMPARE(stored(u"competition-aws"_s).answer, original);
    QVERIFY(!stored(u"competition-aws"_s).edited);
    m_window->undoStack()->redo();
    QVERIFY(stored(u"competition-aws"_s).edited);
}

void TestPlaybooks::addRefusesEmptyAndAdds()
{
    bool okWhenEmpty = true;
    ObjectionDialog::setTestHook([&okWhenEmpty](ObjectionDialog &d) {
        d.setCategory(u"timing"_s);
        d.setObjectionText(u"We're in a budget freeze"_s);
        okWhenEmpty = d.isComplete(); // no answer yet
        d.setAnswer(u"→ Plan the start for when it ends"_s);
        d.accept();
    });
    action(u"addObjectionAction"_s)->trigger();
    QVERIFY(!okWhenEmpty);
    QVERIFY(shown(u"timing-1"_s));
    QCOMPARE(stored(u"timing-1"_s).objection, u"We're in a budget freeze"_s);
    m_window->undoStack()->undo();
    QVERIFY(!shown(u"timing-1"_s));
}

void TestPlaybooks::logOnTheSelectedDealAndUndo()
{
    QVERIFY(tab()->selectObjection(u"competition-aws"_s));
    QAction *met = action(u"objectionMetAction"_s);
    QVERIFY(!met->isEnabled()); // no deal yet
    m_window->board()->selectDeal(m_deal);
    QVERIFY(met->isEnabled());
    QString asked;
    ObjectionMetDialog::setTestHook([&asked](ObjectionMetDialog &d) {
        asked = d.findChild<QLabel *>()->text();
        d.setNote(u"They run EKS"_s);
        d.accept();
    });
    met->trigger();
    QVERIFY2(asked.contains(u"Multi-project hosting"_s), qPrintable(asked));
    DealObjectionRepository repo(*m_window->database());
    QList<DealObjection> logged = repo.list(m_deal).value();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.first().category, u"competition"_s);
    QCOMPARE(logged.first().note, u"They run EKS"_s);
    QCOMPARE(tab()->metModel()->rowCount(), 1);
    m_window->undoStack()->undo();
    QCOMPARE(repo.list(m_deal).value().size(), 0);
    QCOMPARE(tab()->metModel()->rowCount(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(repo.list(m_deal).value().size(), 1);
    QCOMPARE(tab()->metModel()->rowCount(), 1);
    // Removing it from the deal is undoable too.
    auto *metView = m_window->findChild<QListView *>(u"dealObjectionsView"_s);
    metView->setCurrentIndex(tab()->metModel()->index(0));
    action(u"removeDealObjectionAction"_s)->trigger();
    QCOMPARE(repo.list(m_deal).value().size(), 0);
    m_window->undoStack()->undo();
    QCOMPARE(repo.list(m_deal).value().size(), 1);
    // The deal editor lists it too.
    int listed = -1;
    DealEditorDialog::setTestHook([&listed](DealEditorDialog &d) {
        if (auto *list = d.findChild<DealObjectionsList *>())
            listed = list->model()->rowCount();
    });
    m_window->actions()->editDeal(m_deal);
    DealEditorDialog::setTestHook({});
    QCOMPARE(listed, 1);
}

void TestPlaybooks::followsTheDealsList()
{
    m_window->showSection(MainWindow::Section::Deals);
    auto *deals = m_window->findChild<DealsPage *>();
    QVERIFY(deals);
    QCOMPARE(m_window->playbooks()->deal(), 0);
    deals->view()->setCurrentIndex(deals->view()->model()->index(0, 0));
    QCOMPARE(m_window->playbooks()->deal(), m_deal);
    QVERIFY(action(u"objectionMetAction"_s)->isEnabled() ||
            !tab()->view()->currentIndex().isValid());
}

void TestPlaybooks::hideThenReset()
{
    QVERIFY(tab()->selectObjection(u"timing-not-now"_s));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    action(u"hideObjectionAction"_s)->trigger();
    QVERIFY(shown(u"timing-not-now"_s)); // not confirmed: nothing hidden
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action(u"hideObjectionAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"Not now"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!shown(u"timing-not-now"_s));
    QVERIFY(stored(u"timing-not-now"_s).hidden);
    // Shown again with the hidden ones, then reset to the playbook's text.
    m_window->findChild<QCheckBox *>(u"showHiddenObjections"_s)->setChecked(true);
    QVERIFY(tab()->selectObjection(u"timing-not-now"_s));
    QVERIFY(action(u"resetObjectionAction"_s)->isEnabled());
    action(u"resetObjectionAction"_s)->trigger();
    QVERIFY(!stored(u"timing-not-now"_s).hidden);
    QVERIFY(!stored(u"timing-not-now"_s).edited);
    m_window->findChild<QCheckBox *>(u"showHiddenObjections"_s)->setChecked(false);
    QVERIFY(shown(u"timing-not-now"_s));
    m_window->undoStack()->undo(); // the reset: hidden again
    QVERIFY(!shown(u"timing-not-now"_s));
}

QTEST_MAIN(TestPlaybooks)
#include "tst_playbooks.moc"
