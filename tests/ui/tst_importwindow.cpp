// File ▸ Import… and Import History… in the real main window: a CSV export scanned, its mapping
// corrected, previewed with its problems, imported off the GUI thread, then undone; a whole
// database JSON export into an empty database.

#include "filedialog.h"
#include "i18n.h"
#include "import/importdialog.h"
#include "import/importhistorydialog.h"
#include "io/databasejson.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/importbatchrepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(DEALBOARD_TEST_DATA_DIR) + u"/import/"_s + QString::fromLatin1(name);
}

// To look at the dialog: DEALBOARD_SCREENSHOTS=dir saves it at each step.
void screenshot(QWidget &w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("DEALBOARD_SCREENSHOTS"); !dir.isEmpty())
        w.grab().save(dir + u'/' + name + u".png"_s);
}

qint64 liveDeals(Database &db)
{
    const Result<QList<Deal>> deals = DealRepository(db).list();
    return deals ? deals->size() : -1;
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void frenchHubSpotExportImported();
    void problemsShownThenLeftOut();
    void stageMappedAndAmbiguousDatesChosen();
    void rowsOfAnotherKindReadAgain();
    void historyUndoesAnImport();
    void wholeDatabaseJsonIntoAnEmptyOne();

private:
    std::unique_ptr<MainWindow> window(const QString &file);
    void trigger(MainWindow &w, const char *action);
    // File ▸ Import… of `file` with the mapping and the preview as they come.
    void importAsIs(MainWindow &w, const QString &file);
    QString writeFile(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
};

void TestImportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_importwindow"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
}

void TestImportWindow::cleanup()
{
    ImportDialog::setTestHook({});
    ImportHistoryDialog::setTestHook({});
}

std::unique_ptr<MainWindow> TestImportWindow::window(const QString &file)
{
    auto db = Database::open(m_dir.filePath(file));
    if (!db)
        return nullptr;
    auto w = std::make_unique<MainWindow>(std::move(db).value());
    w->show();
    return w;
}

void TestImportWindow::trigger(MainWindow &w, const char *action)
{
    auto *a = w.findChild<QAction *>(QString::fromLatin1(action));
    QVERIFY(a);
    a->trigger();
}

void TestImportWindow::importAsIs(MainWindow &w, const QString &file)
{
    ImportDialog::setTestHook([](ImportDialog &d) {
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        child<QPushButton>(d, "importNext")->click();
        QTRY_COMPARE(d.step(), ImportDialog::Step::Preview);
        child<QPushButton>(d, "importNext")->click();
        QTRY_VERIFY(!d.isVisible());
    });
    FileDialog::setNextFileName(file);
    trigger(w, "importAction");
}

QString TestImportWindow::writeFile(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return f.fileName();
}

void TestImportWindow::frenchHubSpotExportImported()
{
    auto w = window(u"hubspot.db"_s);
    QVERIFY(w);
    bool driven = false;
    ImportDialog::setTestHook([&driven](ImportDialog &d) {
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        QVERIFY(child<QLabel>(d, "importSummary")->text().contains(u"hubspot-deals-fr.csv"_s));
        auto *columns = child<QTableWidget>(d, "importColumns");
        QAbstractItemModelTester columnsTester(columns->model());
        QCOMPARE(columns->rowCount(), 9);
        QCOMPARE(columns->item(1, 0)->text(), u"Nom de la transaction"_s);
        QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(1, 2))->currentText(),
                 u"Deal: title"_s);
        QCOMPARE(child<QComboBox>(d, "importDates")->currentText(), u"Day first (24/11/2026)"_s);
        QCOMPARE(child<QComboBox>(d, "importDecimal")->currentText(),
                 u"Decimal comma (1 234,50)"_s);
        QCOMPARE(child<QTableWidget>(d, "importStages")->rowCount(), 4);
        auto *next = child<QPushButton>(d, "importNext");
        QVERIFY(next->isEnabled());
        screenshot(d, u"import-mapping"_s);
        next->click();
        QTRY_COMPARE(d.step(), ImportDialog::Step::Preview);
        screenshot(d, u"import-preview"_s);
        QVERIFY2(child<QLabel>(d, "importCounts")->text().contains(u"Deals: 4 new"_s),
                 qPrintable(child<QLabel>(d, "importCounts")->text()));
        auto *rows = child<QTableWidget>(d, "importRows");
        QAbstractItemModelTester rowsTester(rows->model());
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(rows->item(0, 1)->text(), u"New"_s);
        QVERIFY(!child<QTableWidget>(d, "importProblems")->isVisible());
        QCOMPARE(next->text(), u"&Import"_s);
        next->click();
        QTRY_VERIFY(!d.isVisible());
        driven = true;
    });
    FileDialog::setNextFileName(sample("hubspot-deals-fr.csv"));
    trigger(*w, "importAction");
    QVERIFY(driven);
    QCOMPARE(liveDeals(*w->database()), 4);
    QVERIFY2(w->statusBar()->currentMessage().contains(u"Imported hubspot-deals-fr.csv"_s),
             qPrintable(w->statusBar()->currentMessage()));
    // The same file again: nothing to import, Import stays disabled.
    ImportDialog::setTestHook([](ImportDialog &d) {
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        child<QPushButton>(d, "importNext")->click();
        QTRY_COMPARE(d.step(), ImportDialog::Step::Preview);
        QVERIFY(child<QLabel>(d, "importCounts")
                    ->text()
                    .contains(u"Deals: 0 new, 0 updated, "
                              "4 unchanged"_s));
        QVERIFY(!child<QPushButton>(d, "importNext")->isEnabled());
    });
    FileDialog::setNextFileName(sample("hubspot-deals-fr.csv"));
    trigger(*w, "importAction");
    QCOMPARE(liveDeals(*w->database()), 4);
}

void TestImportWindow::problemsShownThenLeftOut()
{
    auto w = window(u"problems.db"_s);
    QVERIFY(w);
    ImportDialog::setTestHook([](ImportDialog &d) {
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        auto *next = child<QPushButton>(d, "importNext");
        next->click();
        QTRY_COMPARE(d.step(), ImportDialog::Step::Preview);
        auto *problems = child<QTableWidget>(d, "importProblems");
        QAbstractItemModelTester tester(problems->model());
        QCOMPARE(problems->rowCount(), 5);
        QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
        QCOMPARE(problems->item(2, 1)->text(), u"Amount"_s);
        QVERIFY(!next->isEnabled()); // problems not left out yet
        screenshot(d, u"import-problems"_s);
        child<QCheckBox>(d, "importSkipProblems")->setChecked(true);
        QVERIFY(next->isEnabled());
        next->click();
        QTRY_VERIFY(!d.isVisible());
    });
    FileDialog::setNextFileName(sample("bad-rows.csv"));
    trigger(*w, "importAction");
    QCOMPARE(liveDeals(*w->database()), 1);
}

void TestImportWindow::stageMappedAndAmbiguousDatesChosen()
{
    auto w = window(u"mapping.db"_s);
    QVERIFY(w);
    const QString file = writeFile(u"odd.csv"_s, "Deal Name,Deal Stage,Close Date,Amount,"
                                                 "Associated Company\n"
                                                 "Alpha,Waiting for Godot,03/04/2026,10,A\n"
                                                 "Beta,Qualified to buy,05/06/2026,20,B\n");
    QVERIFY(!file.isEmpty());
    ImportDialog::setTestHook([](ImportDialog &d) {
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        auto *next = child<QPushButton>(d, "importNext");
        auto *dates = child<QComboBox>(d, "importDates");
        QCOMPARE(dates->currentIndex(), -1); // ambiguous: the user chooses
        QVERIFY(!next->isEnabled());
        QVERIFY(!child<QLabel>(d, "importWarning")->text().isEmpty());
        dates->setCurrentIndex(dates->findData(int(ValueParsers::DateOrder::MonthDayYear)));
        QVERIFY(next->isEnabled());
        auto *stages = child<QTableWidget>(d, "importStages");
        int godot = -1;
        for (int row = 0; row < stages->rowCount(); ++row)
            if (stages->item(row, 0)->text() == u"Waiting for Godot"_s)
                godot = row;
        QVERIFY(godot >= 0);
        auto *box = qobject_cast<QComboBox *>(stages->cellWidget(godot, 1));
        QCOMPARE(box->currentIndex(), 0); // "Choose a stage…"
        box->setCurrentIndex(box->findData(u"demo"_s));
        next->click();
        QTRY_COMPARE(d.step(), ImportDialog::Step::Preview);
        QCOMPARE(child<QTableWidget>(d, "importProblems")->rowCount(), 0);
        next->click();
        QTRY_VERIFY(!d.isVisible());
    });
    FileDialog::setNextFileName(file);
    trigger(*w, "importAction");
    const Result<QList<Deal>> deals = DealRepository(*w->database()).list();
    QVERIFY(deals);
    QCOMPARE(deals->size(), 2);
    for (const Deal &d : *deals) {
        if (d.title == u"Alpha"_s) {
            QCOMPARE(d.stage, u"demo"_s);
            QCOMPARE(d.expectedClose, QDate(2026, 3, 4));
        }
    }
}

void TestImportWindow::rowsOfAnotherKindReadAgain()
{
    auto w = window(u"entity.db"_s);
    QVERIFY(w);
    // Guessed as contacts; the user says deals: the file is read again as deals.
    const QString file = writeFile(u"people.csv"_s, "Name,Email,Phone,Stage\n"
                                                    "Alpha,a@alpha.fr,0102030405,Waiting\n");
    ImportDialog::setTestHook([](ImportDialog &d) {
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        auto *entity = child<QComboBox>(d, "importEntity");
        QCOMPARE(entity->currentData().toInt(), int(CsvEntity::Contact));
        QCOMPARE(child<QTableWidget>(d, "importStages")->rowCount(), 0);
        entity->setCurrentIndex(entity->findData(int(CsvEntity::Deal)));
        QTRY_COMPARE(d.step(), ImportDialog::Step::Mapping);
        QTRY_COMPARE(child<QTableWidget>(d, "importStages")->rowCount(), 1);
        QCOMPARE(entity->currentData().toInt(), int(CsvEntity::Deal));
        auto *columns = child<QTableWidget>(d, "importColumns");
        QCOMPARE(qobject_cast<QComboBox *>(columns->cellWidget(0, 2))->currentText(),
                 u"Deal: title"_s);
        auto *stages = child<QTableWidget>(d, "importStages");
        auto *box = qobject_cast<QComboBox *>(stages->cellWidget(0, 1));
        box->setCurrentIndex(box->findData(u"qualified"_s));
        child<QPushButton>(d, "importNext")->click();
        QTRY_COMPARE(d.step(), ImportDialog::Step::Preview);
        child<QPushButton>(d, "importNext")->click();
        QTRY_VERIFY(!d.isVisible());
    });
    FileDialog::setNextFileName(file);
    trigger(*w, "importAction");
    const Result<QList<Deal>> deals = DealRepository(*w->database()).list();
    QVERIFY(deals);
    QCOMPARE(deals->size(), 1);
    QCOMPARE(deals->first().title, u"Alpha"_s);
    QCOMPARE(deals->first().stage, u"qualified"_s);
}

void TestImportWindow::historyUndoesAnImport()
{
    auto w = window(u"history.db"_s);
    QVERIFY(w);
    importAsIs(*w, sample("pipedrive-deals-en.csv"));
    QCOMPARE(liveDeals(*w->database()), 5);

    ImportHistoryDialog::setTestHook([](ImportHistoryDialog &d) {
        auto *table = child<QTableWidget>(d, "importHistory");
        QAbstractItemModelTester tester(table->model());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"pipedrive-deals-en.csv"_s);
        auto *undo = child<QPushButton>(d, "undoImport");
        QVERIFY(undo->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        undo->click();
        QVERIFY(undo->isEnabled()); // declined: nothing undone
        MessageBox::setNextAnswer(QMessageBox::Yes);
        undo->click();
        QVERIFY(MessageBox::lastText().contains(u"pipedrive-deals-en.csv"_s));
        QVERIFY(!table->item(0, 5)->text().isEmpty());
        QVERIFY(!undo->isEnabled());
    });
    trigger(*w, "importHistoryAction");
    QCOMPARE(liveDeals(*w->database()), 0);
}

void TestImportWindow::wholeDatabaseJsonIntoAnEmptyOne()
{
    const QString json = m_dir.filePath(u"whole.json"_s);
    {
        auto source = window(u"source.db"_s);
        QVERIFY(source);
        importAsIs(*source, sample("hubspot-deals-en.csv"));
        QVERIFY(DatabaseJson(*source->database()).writeFile(json));
    }
    auto w = window(u"empty.db"_s);
    QVERIFY(w);
    FileDialog::setNextFileName(json);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(*w, "importAction");
    QCOMPARE(liveDeals(*w->database()), 6);
    QCOMPARE(ImportBatchRepository(*w->database()).list()->size(), 1);
    // A second time: the database is no longer empty, and says so (the error box is closed).
    FileDialog::setNextFileName(json);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    closer.start(100);
    trigger(*w, "importAction");
    closer.stop();
    QVERIFY2(MessageBox::lastText().contains(u"empty"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(liveDeals(*w->database()), 6);
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
