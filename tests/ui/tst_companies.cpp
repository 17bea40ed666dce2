#include "companiespage.h"
#include "companyeditordialog.h"
#include "companytablemodel.h"
#include "i18n.h"
#include "mergedialog.h"
#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/qualificationrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestCompanies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelUnderTester();
    void searchAndSort();
    void emptyStates();
    void editorRefusesBadWebsite();
    void createUndoRedo();
    void editUndoRedoKeepsChosenSegment();
    void deleteUndoRedo();
    void mergeUndoRedo();
    void editorListsDealsAndQualifications();

private:
    qint64 companyOfDeal(qint64 dealId);
    void select(const QStringList &names);

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CompaniesPage> m_page;
    qint64 m_elan = 0;  // agency, one open deal of 1,800
    qint64 m_elan2 = 0; // its duplicate: one deal of 300 and a contact
    qint64 m_bakery = 0;
    qint64 m_elanDeal = 0;
    qint64 m_elan2Deal = 0;
    qint64 m_elan2Contact = 0;
};

void TestCompanies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    QVERIFY(m_dir.isValid());
}

void TestCompanies::init()
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir.filePath(u"companies%1.db"_s.arg(++m_run)));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    const auto company = [this](const QString &name, const QString &segment) {
        Company c;
        c.name = name;
        c.segment = segment;
        c.sector = u"Web"_s;
        return CompanyRepository(*m_db).create(c).value();
    };
    const auto deal = [this](qint64 companyId, const QString &title, qint64 units) {
        Deal d;
        d.title = title;
        d.companyId = companyId;
        d.stage = u"lead"_s;
        d.mrr = Money::fromUnits(units);
        return DealRepository(*m_db).create(d).value();
    };
    m_elan = company(u"Agence Élan"_s, u"agency"_s);
    m_elan2 = company(u"Agence Elan SARL"_s, QString());
    m_bakery = company(u"Boulangerie Martin"_s, u"tpe"_s);
    m_elanDeal = deal(m_elan, u"Multi-project hosting"_s, 1800);
    m_elan2Deal = deal(m_elan2, u"Backups"_s, 300);
    Contact contact;
    contact.name = u"Marc Petit"_s;
    contact.companyId = m_elan2;
    m_elan2Contact = ContactRepository(*m_db).create(contact).value();
    Qualification q;
    q.dealId = m_elanDeal;
    q.budget = q.authority = q.need = q.timeline = 4;
    q.fit = 3;
    QVERIFY(QualificationRepository(*m_db).add(q).ok());

    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<CompaniesPage>(m_undo.get());
    m_page->setDatabase(m_db.get());
    m_page->resize(1000, 500);
    m_page->show();
}

void TestCompanies::cleanup()
{
    CompanyEditorDialog::setTestHook({});
    MergeDialog::setTestHook({});
    m_page.reset();
    m_undo.reset();
    m_db.reset();
}

qint64 TestCompanies::companyOfDeal(qint64 dealId)
{
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT company_id FROM deals WHERE id = %1"_s.arg(dealId));
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestCompanies::select(const QStringList &names)
{
    QTableView *view = m_page->view();
    view->clearSelection();
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_page->proxy()->index(row, CompanyTableModel::Name);
        if (names.contains(index.data().toString())) {
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }
}

void TestCompanies::modelUnderTester()
{
    CompanyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_db.get()).ok());
    QCOMPARE(model.rowCount(), 3);
    const int row = model.rowOf(m_elan);
    QCOMPARE(model.index(row, CompanyTableModel::Segment).data().toString(), u"Agency"_s);
    QCOMPARE(model.index(row, CompanyTableModel::OpenDeals).data().toString(), u"1"_s);
    QCOMPARE(model.index(row, CompanyTableModel::OpenMrr).data(CompanyTableModel::SortRole),
             QVariant(qint64(180000)));
    QVERIFY(model.load(nullptr).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestCompanies::searchAndSort()
{
    auto *search = m_page->findChild<QLineEdit *>(u"companySearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"agence"_s);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, u"agency"_s); // the segment's name is searched too
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"zzz"_s);
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    search->clear();
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    m_page->view()->sortByColumn(CompanyTableModel::OpenMrr, Qt::DescendingOrder);
    QCOMPARE(m_page->proxy()->index(0, 0).data().toString(), u"Agence Élan"_s);
    QCOMPARE(m_page->proxy()->index(2, 0).data().toString(), u"Boulangerie Martin"_s);
}

void TestCompanies::emptyStates()
{
    auto *stack = m_page->findChild<QStackedWidget *>();
    auto *empty = m_page->findChild<QLabel *>(u"companiesEmpty"_s);
    QTest::keyClicks(m_page->findChild<QLineEdit *>(u"companySearch"_s), u"zzz"_s);
    QCOMPARE(stack->currentWidget(), empty);
    QVERIFY(empty->text().contains(u"Clear the search"_s));
    m_page->setDatabase(nullptr);
    QVERIFY(empty->text().contains(u"Open or create"_s));
}

void TestCompanies::editorRefusesBadWebsite()
{
    bool ran = false;
    CompanyEditorDialog::setTestHook([&ran](CompanyEditorDialog &dialog) {
        ran = true;
        auto *ok = dialog.findChild<QPushButton *>(u"companyEditorOk"_s);
        QVERIFY(!ok->isEnabled()); // no name yet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"companyName"_s), u"Studio Nord"_s);
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"companyWebsite"_s), u"not a url"_s);
        auto *error = dialog.findChild<QLabel *>(u"companyEditorError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"is not a web address"_s), qPrintable(error->text()));
        QVERIFY(!ok->isEnabled());
        ok->click(); // refused: the dialog stays open
        QVERIFY(dialog.isVisible());
    });
    m_page->newCompany();
    QVERIFY(ran);
    QCOMPARE(CompanyRepository(*m_db).list()->size(), 3); // nothing half-saved
    QCOMPARE(m_undo->count(), 0);
}

void TestCompanies::createUndoRedo()
{
    QSignalSpy changed(m_page.get(), &CompaniesPage::changed);
    CompanyEditorDialog::setTestHook([](CompanyEditorDialog &dialog) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"companyName"_s), u"Studio Nord"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"companyWebsite"_s), u"studionord.fr"_s);
        auto *segment = dialog.findChild<QComboBox *>(u"companySegment"_s);
        segment->setCurrentIndex(segment->findData(u"agency"_s));
        dialog.findChild<QPushButton *>(u"companyEditorOk"_s)->click();
    });
    m_page->newCompany();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(changed.count(), 1);
    const Result<std::optional<Company>> created =
        CompanyRepository(*m_db).findByName(u"Studio Nord"_s);
    QVERIFY(created.ok() && created.value());
    const qint64 id = created.value()->id;
    QCOMPARE(created.value()->segment, u"agency"_s);
    QCOMPARE(created.value()->website, u"studionord.fr"_s);
    QCOMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(m_page->view()->currentIndex().data().toString(), u"Studio Nord"_s);

    m_undo->undo();
    QVERIFY(!CompanyRepository(*m_db).find(id).ok());
    QCOMPARE(m_page->model()->rowCount(), 3);
    m_undo->redo();
    QVERIFY(CompanyRepository(*m_db).find(id).ok()); // the same row, shown again
    QCOMPARE(m_page->model()->rowCount(), 4);
    QCOMPARE(changed.count(), 3);
}

void TestCompanies::editUndoRedoKeepsChosenSegment()
{
    select({u"Agence Élan"_s});
    QString hint;
    CompanyEditorDialog::setTestHook([&hint](CompanyEditorDialog &dialog) {
        auto *segment = dialog.findChild<QComboBox *>(u"companySegment"_s);
        QCOMPARE(segment->currentData().toString(), u"agency"_s); // the user's choice wins
        hint = dialog.findChild<QLabel *>(u"companySegmentHint"_s)->text();
        auto *sector = dialog.findChild<QLineEdit *>(u"companySector"_s);
        sector->setText(u"Design"_s);
        dialog.findChild<QPushButton *>(u"companyEditorOk"_s)->click();
    });
    m_page->editCurrent();
    QVERIFY2(hint.contains(u"suggests"_s), qPrintable(hint));
    QCOMPARE(CompanyRepository(*m_db).find(m_elan)->sector, u"Design"_s);
    QCOMPARE(CompanyRepository(*m_db).find(m_elan)->segment, u"agency"_s);
    m_undo->undo();
    QCOMPARE(CompanyRepository(*m_db).find(m_elan)->sector, u"Web"_s);
    m_undo->redo();
    QCOMPARE(CompanyRepository(*m_db).find(m_elan)->sector, u"Design"_s);
}

void TestCompanies::deleteUndoRedo()
{
    select({u"Agence Élan"_s});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_page->deleteSelected();
    // "deal(s)" until the English plural forms are translated.
    QVERIFY2(MessageBox::lastText().startsWith(
                 u"Delete the company “Agence Élan” and hide its 1 deal"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_undo->count(), 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->deleteSelected();
    QVERIFY(!CompanyRepository(*m_db).find(m_elan).ok());
    QVERIFY(!DealRepository(*m_db).find(m_elanDeal).ok());
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_undo->undo();
    QVERIFY(CompanyRepository(*m_db).find(m_elan).ok());
    QVERIFY(DealRepository(*m_db).find(m_elanDeal).ok());
    QCOMPARE(m_page->model()->rowCount(), 3);
    m_undo->redo();
    QVERIFY(!CompanyRepository(*m_db).find(m_elan).ok());
    QVERIFY(!DealRepository(*m_db).find(m_elanDeal).ok());
}

void TestCompanies::mergeUndoRedo()
{
    auto *merge = m_page->findChild<QPushButton *>(u"companyMerge"_s);
    select({u"Agence Élan"_s});
    QVERIFY(!merge->isEnabled());
    select({u"Agence Élan"_s, u"Agence Elan SARL"_s});
    QVERIFY(merge->isEnabled());
    MergeDialog::setTestHook([](MergeDialog &dialog) {
        // Keep "Agence Élan", whichever row it is.
        auto *first = dialog.findChild<QRadioButton *>(u"mergeKeepFirst"_s);
        dialog.setKept(first->text().contains(u"SARL"_s) ? 1 : 0);
        dialog.findChild<QPushButton *>(u"mergeOk"_s)->click();
    });
    m_page->mergeSelected();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(companyOfDeal(m_elan2Deal), m_elan);
    QCOMPARE(ContactRepository(*m_db).find(m_elan2Contact)->companyId, m_elan);
    QVERIFY(!CompanyRepository(*m_db).find(m_elan2).ok());
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_page->model()->openDeals(m_elan), 2);
    m_undo->undo();
    QCOMPARE(companyOfDeal(m_elan2Deal), m_elan2);
    QCOMPARE(ContactRepository(*m_db).find(m_elan2Contact)->companyId, m_elan2);
    QVERIFY(CompanyRepository(*m_db).find(m_elan2).ok());
    QCOMPARE(m_page->model()->rowCount(), 3);
    m_undo->redo();
    QCOMPARE(companyOfDeal(m_elan2Deal), m_elan);
    QVERIFY(!CompanyRepository(*m_db).find(m_elan2).ok());
}

void TestCompanies::editorListsDealsAndQualifications()
{
    const Company elan = CompanyRepository(*m_db).find(m_elan).value();
    CompanyEditorDialog dialog(*m_db, &elan);
    auto *deals = dialog.findChild<QTreeWidget *>(u"companyDeals"_s);
    QVERIFY(deals);
    QCOMPARE(deals->topLevelItemCount(), 1);
    QCOMPARE(deals->topLevelItem(0)->text(0), u"Multi-project hosting"_s);
    QCOMPARE(deals->topLevelItem(0)->text(1), u"Lead"_s);
    auto *qualifications = dialog.findChild<QTreeWidget *>(u"companyQualifications"_s);
    QCOMPARE(qualifications->topLevelItemCount(), 1);
    QCOMPARE(qualifications->topLevelItem(0)->text(1), u"19"_s);
    QVERIFY(!qualifications->topLevelItem(0)->text(2).isEmpty()); // the band's name

    const Company bakery = CompanyRepository(*m_db).find(m_bakery).value();
    CompanyEditorDialog empty(*m_db, &bakery);
    auto *none = empty.findChild<QTreeWidget *>(u"companyDeals"_s);
    QCOMPARE(none->topLevelItemCount(), 1);
    QVERIFY(none->topLevelItem(0)->text(0).contains(u"No deals"_s));
    QVERIFY(empty.suggestedSegment().isEmpty());
}

QTEST_MAIN(TestCompanies)
#include "tst_companies.moc"
