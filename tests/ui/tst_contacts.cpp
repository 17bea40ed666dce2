#include "contacteditordialog.h"
#include "contactspage.h"
#include "contacttablemodel.h"
#include "i18n.h"
#include "mergedialog.h"
#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelUnderTester();
    void searchAndSort();
    void editorRefusesBadFields_data();
    void editorRefusesBadFields();
    void createUndoRedo();
    void editUndoRedo();
    void deleteUndoRedo();
    void mergeUndoRedo();
    void editorListsDeals();

private:
    void select(const QString &name);

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ContactsPage> m_page;
    qint64 m_elan = 0;
    qint64 m_marc = 0;
    qint64 m_julie = 0;
};

void TestContacts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    QVERIFY(m_dir.isValid());
}

void TestContacts::init()
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir.filePath(u"contacts%1.db"_s.arg(++m_run)));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    Company elan;
    elan.name = u"Agence Élan"_s;
    m_elan = CompanyRepository(*m_db).create(elan).value();
    Contact marc;
    marc.name = u"Marc Petit"_s;
    marc.companyId = m_elan;
    marc.email = u"marc@elan.fr"_s;
    marc.decisionRole = u"economic-buyer"_s;
    m_marc = ContactRepository(*m_db).create(marc).value();
    Contact julie;
    julie.name = u"Julie Roux"_s;
    julie.email = u"julie@roux.fr"_s;
    julie.decisionRole = u"user"_s;
    m_julie = ContactRepository(*m_db).create(julie).value();
    Deal deal;
    deal.title = u"Multi-project hosting"_s;
    deal.companyId = m_elan;
    deal.contactId = m_marc;
    deal.stage = u"lead"_s;
    deal.mrr = Money::fromUnits(1800);
    QVERIFY(DealRepository(*m_db).create(deal).ok());

    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<ContactsPage>(m_undo.get());
    m_page->setDatabase(m_db.get());
    m_page->resize(1000, 500);
    m_page->show();
}

void TestContacts::cleanup()
{
    ContactEditorDialog::setTestHook({});
    MergeDialog::setTestHook({});
    m_page.reset();
    m_undo.reset();
    m_db.reset();
}

void TestContacts::select(const QString &name)
{
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_page->proxy()->index(row, ContactTableModel::Name);
        if (index.data().toString() == name)
            m_page->view()->setCurrentIndex(index);
    }
}

void TestContacts::modelUnderTester()
{
    ContactTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_db.get()).ok());
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(m_marc);
    QCOMPARE(model.index(row, ContactTableModel::Company).data().toString(), u"Agence Élan"_s);
    QCOMPARE(model.index(row, ContactTableModel::DecisionRole).data().toString(),
             u"Economic buyer"_s);
    QVERIFY(model.load(nullptr).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestContacts::searchAndSort()
{
    auto *search = m_page->findChild<QLineEdit *>(u"contactSearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"élan"_s.toUpper()); // the company's name, any case
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"roux.fr"_s);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data().toString(), u"Julie Roux"_s);
    search->clear();
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    // Decision roles sort by weight, not alphabetically.
    m_page->view()->sortByColumn(ContactTableModel::DecisionRole, Qt::DescendingOrder);
    QCOMPARE(m_page->proxy()->index(0, 0).data().toString(), u"Marc Petit"_s);
    m_page->view()->sortByColumn(ContactTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(m_page->proxy()->index(0, 0).data().toString(), u"Julie Roux"_s);
}

void TestContacts::editorRefusesBadFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("email") << u"contactEmail"_s << u"marc@elan"_s << u"is not an email address"_s;
    QTest::newRow("phone letters")
        << u"contactPhone"_s << u"01 23 AB"_s << u"is not a phone number"_s;
    QTest::newRow("phone short") << u"contactPhone"_s << u"+33 12"_s << u"at least 6 digits"_s;
    QTest::newRow("linkedin") << u"contactLinkedin"_s << u"linkedin marc"_s
                              << u"is not a web address"_s;
}

void TestContacts::editorRefusesBadFields()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, message);
    bool ran = false;
    ContactEditorDialog::setTestHook([&](ContactEditorDialog &dialog) {
        ran = true;
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"contactName"_s), u"Paul Durand"_s);
        auto *ok = dialog.findChild<QPushButton *>(u"contactEditorOk"_s);
        QVERIFY(ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>(field), text);
        auto *error = dialog.findChild<QLabel *>(u"contactEditorError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QVERIFY(!ok->isEnabled());
    });
    m_page->newContact();
    QVERIFY(ran);
    QCOMPARE(ContactRepository(*m_db).list()->size(), 2);
    QCOMPARE(m_undo->count(), 0);
}

void TestContacts::createUndoRedo()
{
    QSignalSpy changed(m_page.get(), &ContactsPage::changed);
    ContactEditorDialog::setTestHook([this](ContactEditorDialog &dialog) {
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"contactName"_s), u"Paul Durand"_s);
        auto *company = dialog.findChild<QComboBox *>(u"contactCompany"_s);
        company->setCurrentIndex(company->findData(m_elan));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"contactEmail"_s), u"paul@elan.fr"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"contactPhone"_s),
                         u"+33 (1) 23.45-67 89"_s);
        auto *role = dialog.findChild<QComboBox *>(u"contactDecisionRole"_s);
        QCOMPARE(role->itemText(role->findData(u"decision-maker"_s)), u"Decision maker"_s);
        role->setCurrentIndex(role->findData(u"decision-maker"_s));
        dialog.findChild<QPushButton *>(u"contactEditorOk"_s)->click();
    });
    m_page->newContact();
    QCOMPARE(m_undo->count(), 1);
    const Result<std::optional<Contact>> created =
        ContactRepository(*m_db).findByEmail(u"paul@elan.fr"_s);
    QVERIFY(created.ok() && created.value());
    const Contact paul = *created.value();
    QCOMPARE(paul.companyId, m_elan);
    QCOMPARE(paul.decisionRole, u"decision-maker"_s);
    QCOMPARE(paul.phone, u"+33 (1) 23.45-67 89"_s);
    QCOMPARE(m_page->model()->rowCount(), 3);
    m_undo->undo();
    QVERIFY(!ContactRepository(*m_db).find(paul.id).ok());
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_undo->redo();
    QVERIFY(ContactRepository(*m_db).find(paul.id).ok());
    QCOMPARE(changed.count(), 3);
}

void TestContacts::editUndoRedo()
{
    select(u"Julie Roux"_s);
    ContactEditorDialog::setTestHook([this](ContactEditorDialog &dialog) {
        auto *company = dialog.findChild<QComboBox *>(u"contactCompany"_s);
        company->setCurrentIndex(company->findData(m_elan));
        dialog.findChild<QLineEdit *>(u"contactRole"_s)->setText(u"CTO"_s);
        dialog.findChild<QPushButton *>(u"contactEditorOk"_s)->click();
    });
    m_page->editCurrent();
    QCOMPARE(ContactRepository(*m_db).find(m_julie)->role, u"CTO"_s);
    QCOMPARE(ContactRepository(*m_db).find(m_julie)->companyId, m_elan);
    m_undo->undo();
    QCOMPARE(ContactRepository(*m_db).find(m_julie)->role, QString());
    QCOMPARE(ContactRepository(*m_db).find(m_julie)->companyId, 0);
    m_undo->redo();
    QCOMPARE(ContactRepository(*m_db).find(m_julie)->role, u"CTO"_s);
}

void TestContacts::deleteUndoRedo()
{
    select(u"Marc Petit"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->deleteSelected();
    QVERIFY2(MessageBox::lastText().startsWith(u"Delete the contact “Marc Petit”?"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!ContactRepository(*m_db).find(m_marc).ok());
    QCOMPARE(m_page->model()->rowCount(), 1);
    m_undo->undo();
    QVERIFY(ContactRepository(*m_db).find(m_marc).ok());
    QCOMPARE(m_page->model()->rowCount(), 2);
    m_undo->redo();
    QVERIFY(!ContactRepository(*m_db).find(m_marc).ok());
}

void TestContacts::mergeUndoRedo()
{
    // A duplicate of Marc with a phone number and a deal of its own.
    Contact dup;
    dup.name = u"M. Petit"_s;
    dup.companyId = m_elan;
    dup.phone = u"+33 1 23 45 67 89"_s;
    const qint64 dupId = ContactRepository(*m_db).create(dup).value();
    Deal deal;
    deal.title = u"Backups"_s;
    deal.companyId = m_elan;
    deal.contactId = dupId;
    deal.stage = u"lead"_s;
    const qint64 dealId = DealRepository(*m_db).create(deal).value();
    const auto contactOfDeal = [this](qint64 id) {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT contact_id FROM deals WHERE id = %1"_s.arg(id));
        return q.next() ? q.value(0).toLongLong() : -1;
    };
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 3);

    auto *merge = m_page->findChild<QPushButton *>(u"contactMerge"_s);
    QVERIFY(merge);
    select(u"Marc Petit"_s);
    QVERIFY(!merge->isEnabled());
    QTableView *view = m_page->view();
    view->clearSelection();
    for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
        const QModelIndex index = m_page->proxy()->index(row, ContactTableModel::Name);
        if (index.data().toString() == u"Marc Petit"_s || index.data().toString() == u"M. Petit"_s)
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(merge->isEnabled());
    QSignalSpy changed(m_page.get(), &ContactsPage::changed);
    MergeDialog::setTestHook([](MergeDialog &dialog) {
        // Keep "Marc Petit", whichever row it is.
        auto *first = dialog.findChild<QRadioButton *>(u"mergeKeepFirst"_s);
        dialog.setKept(first->text().contains(u"M. Petit"_s) ? 1 : 0);
        dialog.findChild<QPushButton *>(u"mergeOk"_s)->click();
    });
    m_page->mergeSelected();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(contactOfDeal(dealId), m_marc);
    QVERIFY(!ContactRepository(*m_db).find(dupId).ok());
    QCOMPARE(ContactRepository(*m_db).find(m_marc)->phone, u"+33 1 23 45 67 89"_s);
    QCOMPARE(ContactRepository(*m_db).find(m_marc)->email, u"marc@elan.fr"_s);
    QCOMPARE(m_page->model()->rowCount(), 2);

    m_undo->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(contactOfDeal(dealId), dupId);
    QVERIFY(ContactRepository(*m_db).find(dupId).ok());
    QVERIFY(ContactRepository(*m_db).find(m_marc)->phone.isEmpty());
    QCOMPARE(m_page->model()->rowCount(), 3);

    m_undo->redo();
    QCOMPARE(changed.count(), 3);
    QCOMPARE(contactOfDeal(dealId), m_marc);
    QVERIFY(!ContactRepository(*m_db).find(dupId).ok());
    QCOMPARE(m_page->model()->rowCount(), 2);
}

void TestContacts::editorListsDeals()
{
    const Contact marc = ContactRepository(*m_db).find(m_marc).value();
    ContactEditorDialog dialog(*m_db, &marc);
    auto *deals = dialog.findChild<QTreeWidget *>(u"contactDeals"_s);
    QVERIFY(deals);
    QCOMPARE(deals->topLevelItemCount(), 1);
    QCOMPARE(deals->topLevelItem(0)->text(0), u"Multi-project hosting"_s);
    QVERIFY(deals->topLevelItem(0)->text(2).contains(u"1,800"_s));
    QCOMPARE(dialog.findChild<QComboBox *>(u"contactDecisionRole"_s)->currentData().toString(),
             u"economic-buyer"_s);
}

QTEST_MAIN(TestContacts)
#include "tst_contacts.moc"
