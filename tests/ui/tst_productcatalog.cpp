#include "i18n.h"
#include "messagebox.h"
#include "productcatalogdialog.h"
#include "producteditordialog.h"
#include "producttablemodel.h"
#include "saveproductcommand.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

// The product catalogue dialog: the table, the editor's checks, and each change (add, edit,
// deactivate, reactivate) as one undoable step, checked in the database after each.
class TestProductCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelUnderTester();
    void showInactive();
    void addEditDeactivateUndo();
    void refusedInputWritesNothing_data();
    void refusedInputWritesNothing();
    void failingRedoIsDropped();

private:
    Result<Product> find(const QString &key) { return ProductRepository(*m_db).findByKey(key); }
    qint64 rows(const QString &sql);
    QPushButton *button(const QString &name);
    void select(const QString &key);

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ProductCatalogDialog> m_dialog;
};

void TestProductCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    QVERIFY(m_dir.isValid());
}

void TestProductCatalog::init()
{
    Result<std::unique_ptr<Database>> db =
        Database::open(m_dir.filePath(u"catalogue%1.db"_s.arg(++m_run)));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    m_db = std::move(db).value();
    m_undo = std::make_unique<QUndoStack>();
    m_dialog = std::make_unique<ProductCatalogDialog>(*m_db, m_undo.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProductCatalog::cleanup()
{
    ProductEditorDialog::setTestHook({});
    m_dialog.reset();
    m_undo.reset();
    m_db.reset();
}

qint64 TestProductCatalog::rows(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QPushButton *TestProductCatalog::button(const QString &name)
{
    return m_dialog->findChild<QPushButton *>(name);
}

void TestProductCatalog::select(const QString &key)
{
    const Result<Product> p = find(key);
    QVERIFY2(p.ok(), qPrintable(p.errorMessage()));
    m_dialog->selectProduct(p->id);
    QCOMPARE(m_dialog->currentProductId(), p->id);
}

void TestProductCatalog::modelUnderTester()
{
    ProductTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(*m_db, false).ok());
    const qsizetype active = ProductRepository(*m_db).list()->size();
    QCOMPARE(model.rowCount(), int(active));
    QCOMPARE(model.columnCount(), int(ProductTableModel::ColumnCount));
    const int row = model.rowOf(find(u"storage"_s)->id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ProductTableModel::Key).data().toString(), u"storage"_s);
    QCOMPARE(model.index(row, ProductTableModel::Unit).data().toString(), u"To / TB"_s);
    const int vps = model.rowOf(find(u"vps-m"_s)->id);
    QCOMPARE(model.index(vps, ProductTableModel::Price).data(ProductTableModel::SortRole),
             QVariant(qint64(3990)));
    QCOMPARE(model.index(vps, ProductTableModel::Price).data().toString(),
             Money(3990).format(QLocale()));
    QCOMPARE(model.index(vps, ProductTableModel::Vat).data().toString(), u"20 %"_s);
    QCOMPARE(model.index(vps, ProductTableModel::BillingColumn).data().toString(), u"Monthly"_s);
    QVERIFY(!model.index(vps, ProductTableModel::Key).data(Qt::ForegroundRole).isValid());

    QVERIFY(ProductRepository(*m_db).deactivate(find(u"cdn"_s)->id).ok());
    QVERIFY(model.load(*m_db, true).ok());
    QCOMPARE(model.rowCount(), int(active));
    const int cdn = model.rowOf(find(u"cdn"_s)->id);
    QVERIFY(model.index(cdn, ProductTableModel::Key).data(Qt::ForegroundRole).isValid()); // grey
    QCOMPARE(model.index(cdn, ProductTableModel::Active).data().toString(), u"No"_s);
    QVERIFY(model.load(*m_db, false).ok());
    QCOMPARE(model.rowCount(), int(active) - 1);
    QCOMPARE(model.rowOf(find(u"cdn"_s)->id), -1);
}

void TestProductCatalog::showInactive()
{
    const qint64 cdn = find(u"cdn"_s)->id;
    QVERIFY(ProductRepository(*m_db).deactivate(cdn).ok());
    m_dialog->reload();
    auto *box = m_dialog->findChild<QCheckBox *>(u"catalogShowInactive"_s);
    QVERIFY(box && box->isChecked());
    QVERIFY(m_dialog->model()->rowOf(cdn) >= 0);
    box->setChecked(false);
    QCOMPARE(m_dialog->model()->rowOf(cdn), -1);
    box->setChecked(true);
    m_dialog->selectProduct(cdn);
    QCOMPARE(button(u"catalogDeactivate"_s)->text().remove(u'&'), u"Reactivate"_s);
    select(u"vps-m"_s);
    QCOMPARE(button(u"catalogDeactivate"_s)->text().remove(u'&'), u"Deactivate"_s);

    // A double-click edits the product: the editor opens on it.
    QString opened;
    ProductEditorDialog::setTestHook(
        [&opened](ProductEditorDialog &dialog) { opened = dialog.product().key; });
    QTableView *view = m_dialog->view();
    const QModelIndex cell = m_dialog->model()->index(
        m_dialog->model()->rowOf(find(u"vps-m"_s)->id), ProductTableModel::NameFr);
    const QPoint at = view->visualRect(cell).center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, at); // what a double-click begins with
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened, u"vps-m"_s);
    QCOMPARE(m_undo->count(), 0); // cancelled: nothing pushed
}

void TestProductCatalog::addEditDeactivateUndo()
{
    const qsizetype all = ProductRepository(*m_db).list(true)->size();
    QSignalSpy changed(m_dialog.get(), &ProductCatalogDialog::catalogueChanged);

    // Add, through the editor the Add button opens.
    bool ran = false;
    ProductEditorDialog::setTestHook([&ran](ProductEditorDialog &dialog) {
        ran = true;
        auto *ok = dialog.findChild<QPushButton *>(u"productEditorOk"_s);
        QVERIFY(!ok->isEnabled()); // no key, no name yet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productKey"_s), u"gpu-h100"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productNameFr"_s),
                         u"Instance GPU (H100)"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productNameEn"_s),
                         u"GPU instance (H100)"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productUnitFr"_s), u"GPU"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productUnitEn"_s), u"GPU"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productPrice"_s), u"2490"_s);
        auto *billing = dialog.findChild<QComboBox *>(u"productBilling"_s);
        billing->setCurrentIndex(billing->findData(u"monthly"_s));
        dialog.findChild<QDoubleSpinBox *>(u"productVat"_s)->setValue(20.0);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        ok->click();
    });
    button(u"catalogAdd"_s)->click();
    QVERIFY(ran);
    Result<Product> added = find(u"gpu-h100"_s);
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    const qint64 id = added->id;
    QCOMPARE(added->price, Money(249000));
    QCOMPARE(added->name.en, u"GPU instance (H100)"_s);
    QVERIFY(added->active);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_dialog->currentProductId(), id);
    QVERIFY(m_dialog->model()->rowOf(id) >= 0);
    QVERIFY(changed.count() >= 1);

    // Edit its price (double-click opens the editor too; the button here).
    ProductEditorDialog::setTestHook([](ProductEditorDialog &dialog) {
        auto *price = dialog.findChild<QLineEdit *>(u"productPrice"_s);
        price->clear();
        QTest::keyClicks(price, u"1990.50"_s);
        dialog.findChild<QPushButton *>(u"productEditorOk"_s)->click();
    });
    button(u"catalogEdit"_s)->click();
    QCOMPARE(find(u"gpu-h100"_s)->price, Money(199050));
    QCOMPARE(m_undo->count(), 2);
    const int row = m_dialog->model()->rowOf(id);
    QCOMPARE(m_dialog->model()->index(row, ProductTableModel::Price).data().toString(),
             Money(199050).format(QLocale()));

    // Deactivate it: kept, greyed, no longer offered.
    QCOMPARE(button(u"catalogDeactivate"_s)->text().remove(u'&'), u"Deactivate"_s);
    button(u"catalogDeactivate"_s)->click();
    QVERIFY(!find(u"gpu-h100"_s)->active);
    QCOMPARE(m_undo->count(), 3);
    QCOMPARE(button(u"catalogDeactivate"_s)->text().remove(u'&'), u"Reactivate"_s);
    QVERIFY(m_dialog->model()
                ->index(m_dialog->model()->rowOf(id), ProductTableModel::Key)
                .data(Qt::ForegroundRole)
                .isValid());

    // Undo each step, the database checked after each; the table follows.
    m_undo->undo(); // deactivate
    QVERIFY(find(u"gpu-h100"_s)->active);
    QCOMPARE(find(u"gpu-h100"_s)->price, Money(199050));
    QCOMPARE(m_dialog->model()
                 ->index(m_dialog->model()->rowOf(id), ProductTableModel::Active)
                 .data()
                 .toString(),
             u"Yes"_s);
    m_undo->undo(); // edit
    QCOMPARE(find(u"gpu-h100"_s)->price, Money(249000));
    QVERIFY(find(u"gpu-h100"_s)->active);
    QCOMPARE(m_dialog->model()
                 ->index(m_dialog->model()->rowOf(id), ProductTableModel::Price)
                 .data()
                 .toString(),
             Money(249000).format(QLocale()));
    m_undo->undo(); // add: deactivated, never deleted
    QVERIFY(!find(u"gpu-h100"_s)->active);
    QCOMPARE(ProductRepository(*m_db).list(true)->size(), all + 1);
    QCOMPARE(ProductRepository(*m_db).list()->size(), all - rows(u"SELECT count(*) FROM products "
                                                                 "WHERE active = 0 AND key <> "
                                                                 "'gpu-h100'"_s));

    // Redo brings each step back.
    m_undo->redo(); // add: active again, the same row
    QCOMPARE(find(u"gpu-h100"_s)->id, id);
    QVERIFY(find(u"gpu-h100"_s)->active);
    m_undo->redo();
    QCOMPARE(find(u"gpu-h100"_s)->price, Money(199050));
    m_undo->redo();
    QVERIFY(!find(u"gpu-h100"_s)->active);

    // Reactivate from the dialog; undo deactivates it again.
    m_dialog->selectProduct(id);
    button(u"catalogDeactivate"_s)->click();
    QVERIFY(find(u"gpu-h100"_s)->active);
    QCOMPARE(m_undo->count(), 4);
    QCOMPARE(m_undo->undoText(), u"Reactivate product “gpu-h100”"_s);
    m_undo->undo();
    QVERIFY(!find(u"gpu-h100"_s)->active);
    QVERIFY(changed.count() >= 9);
}

void TestProductCatalog::refusedInputWritesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("price not an amount") << u"productPrice"_s << u"abc"_s << u"not an amount"_s;
    QTest::newRow("negative price") << u"productPrice"_s << u"-5"_s << u"negative"_s;
    QTest::newRow("key of another product") << u"productKey"_s << u"vps-s"_s << u"vps-s"_s;
    QTest::newRow("key with capitals") << u"productKey"_s << u"VPS M"_s << u"lower-case"_s;
    QTest::newRow("no name") << u"productNameFr"_s << QString() << u"name"_s;
    QTest::newRow("no unit") << u"productUnitFr"_s << QString() << u"unit"_s;
}

void TestProductCatalog::refusedInputWritesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const qint64 events = rows(u"SELECT count(*) FROM events"_s);
    const qint64 products = rows(u"SELECT count(*) FROM products"_s);
    const Product before = find(u"vps-m"_s).value();
    select(u"vps-m"_s);
    bool ran = false;
    ProductEditorDialog::setTestHook([&](ProductEditorDialog &dialog) {
        ran = true;
        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        auto *ok = dialog.findChild<QPushButton *>(u"productEditorOk"_s);
        QVERIFY(!ok->isEnabled());
        auto *error = dialog.findChild<QLabel *>(u"productEditorError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected, Qt::CaseInsensitive), qPrintable(error->text()));
        QVERIFY2(dialog.problems().join(u' ').contains(expected, Qt::CaseInsensitive),
                 qPrintable(dialog.problems().join(u' ')));
        ok->click(); // disabled: the dialog stays open, then the hook's end cancels it
        QVERIFY(dialog.isVisible());
    });
    button(u"catalogEdit"_s)->click();
    QVERIFY(ran);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM events"_s), events);
    QCOMPARE(rows(u"SELECT count(*) FROM products"_s), products);
    const Product after = find(u"vps-m"_s).value();
    QCOMPARE(after.price, before.price);
    QCOMPARE(after.name.fr, before.name.fr);

    // The same refusal on a new product: nothing added.
    ran = false;
    ProductEditorDialog::setTestHook([&](ProductEditorDialog &dialog) {
        ran = true;
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productKey"_s), u"new-one"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productNameFr"_s), u"Nouveau"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productUnitFr"_s), u"VM"_s);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(u"productPrice"_s), u"10"_s);
        QVERIFY(dialog.problems().isEmpty());
        auto *edit = dialog.findChild<QLineEdit *>(field);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QVERIFY(!dialog.findChild<QPushButton *>(u"productEditorOk"_s)->isEnabled());
    });
    button(u"catalogAdd"_s)->click();
    QVERIFY(ran);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(rows(u"SELECT count(*) FROM products"_s), products);
    QCOMPARE(rows(u"SELECT count(*) FROM events"_s), events);
}

void TestProductCatalog::failingRedoIsDropped()
{
    // A key taken behind the editor's back (another window, the command line): the
    // repository refuses, a message says why, and the stack keeps nothing.
    const qint64 products = rows(u"SELECT count(*) FROM products"_s);
    Product p;
    p.key = u"vps-s"_s;
    p.name.fr = u"Doublon"_s;
    p.unit = {u"VM"_s, u"VM"_s};
    MessageBox::setNextAnswer(QMessageBox::Ok);
    auto *command = new SaveProductCommand(*m_db, p, std::nullopt);
    m_undo->push(command);
    QCOMPARE(m_undo->count(), 0);
    QVERIFY2(MessageBox::lastText().contains(u"vps-s"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(rows(u"SELECT count(*) FROM products"_s), products);
}

QTEST_MAIN(TestProductCatalog)
#include "tst_productcatalog.moc"
