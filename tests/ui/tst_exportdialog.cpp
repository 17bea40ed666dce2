// File ▸ Export… in the main window: the dialog, the file chooser, the file written.

#include "dealstore.h"
#include "exportdialog.h"
#include "filedialog.h"
#include "i18n.h"
#include "io/csvreader.h"
#include "io/databasejson.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void defaultDelimiterFollowsTheLocale();
    void exportsDealsAsCsv();
    void exportsTheWholeDatabase();
    void cancelWritesNothing();
    void errorIsReported();

private:
    std::unique_ptr<MainWindow> window(const QString &file);
    // Answers the dialog: what (the combo's index), delimiter, BOM, then OK.
    static void answer(int what, QChar delimiter, bool bom);

    QTemporaryDir m_dir;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_exportdialog"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
}

void TestExportDialog::cleanup()
{
    ExportDialog::setTestHook({});
}

std::unique_ptr<MainWindow> TestExportDialog::window(const QString &file)
{
    auto db = Database::open(m_dir.filePath(file));
    if (!db)
        return nullptr;
    for (const QString &title : {u"Migration; \"phase 1\""_s, u"Hébergement GPU"_s}) {
        Company c;
        c.name = title + u" SAS"_s;
        if (!CompanyRepository(*db.value()).create(c))
            return nullptr;
        Deal d;
        d.title = title;
        d.companyId = c.id;
        d.stage = u"lead"_s;
        d.mrr = Money(123450);
        if (!DealRepository(*db.value()).create(d))
            return nullptr;
    }
    auto w = std::make_unique<MainWindow>(std::move(db).value());
    w->show();
    return w;
}

void TestExportDialog::answer(int what, QChar delimiter, bool bom)
{
    ExportDialog::setTestHook([what, delimiter, bom](ExportDialog &dialog) {
        auto *whatBox = dialog.findChild<QComboBox *>(u"exportWhat"_s);
        auto *delimiterBox = dialog.findChild<QComboBox *>(u"exportDelimiter"_s);
        auto *bomBox = dialog.findChild<QCheckBox *>(u"exportBom"_s);
        QVERIFY(whatBox && delimiterBox && bomBox);
        QVERIFY(bomBox->isChecked());
        whatBox->setCurrentIndex(what);
        delimiterBox->setCurrentIndex(delimiterBox->findData(delimiter));
        bomBox->setChecked(bom);
        dialog.accept();
    });
}

void TestExportDialog::defaultDelimiterFollowsTheLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(ExportDialog::defaultDelimiter(), QChar(u';'));
    {
        ExportDialog dialog;
        QCOMPARE(dialog.choice().options.delimiter, QChar(u';'));
        QVERIFY(dialog.choice().options.bom);
        QCOMPARE(dialog.choice().entity, std::optional<ExportEntity>(ExportEntity::Deals));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(ExportDialog::defaultDelimiter(), QChar(u','));
    QLocale::setDefault(before);
}

void TestExportDialog::exportsDealsAsCsv()
{
    auto w = window(u"csv.db"_s);
    QVERIFY(w);
    auto *action = w->findChild<QAction *>(u"exportAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QString path = m_dir.filePath(u"deals.csv"_s);
    answer(0, u';', true);
    FileDialog::setNextFileName(path);
    action->trigger();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.peek(3) == "\xEF\xBB\xBF");
    const auto format = CsvReader::sniff(file);
    QVERIFY(format.ok());
    QCOMPARE(format->delimiter, QChar(u';'));
    CsvReader reader(file, *format);
    QList<QStringList> records;
    for (auto r = reader.next(); r.ok() && r.value(); r = reader.next())
        records << r.value()->fields;
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).at(1), u"Migration; \"phase 1\""_s);
    QCOMPARE(records.at(2).at(1), u"Hébergement GPU"_s);
    QCOMPARE(records.at(1).at(records.first().indexOf(u"mrr"_s)), u"1234,50"_s);
    const QString message = w->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(u"2 deals written to"_s), qPrintable(message));
}

void TestExportDialog::exportsTheWholeDatabase()
{
    auto w = window(u"json.db"_s);
    QVERIFY(w);
    const QString path = m_dir.filePath(u"all.json"_s);
    ExportDialog::setTestHook([](ExportDialog &dialog) {
        auto *whatBox = dialog.findChild<QComboBox *>(u"exportWhat"_s);
        whatBox->setCurrentIndex(whatBox->count() - 1);
        QVERIFY(!dialog.findChild<QComboBox *>(u"exportDelimiter"_s)->isEnabled());
        QVERIFY(!dialog.choice().entity);
        dialog.accept();
    });
    FileDialog::setNextFileName(path);
    w->findChild<QAction *>(u"exportAction"_s)->trigger();
    QVERIFY(QFile::exists(path));
    QVERIFY(w->statusBar()->currentMessage().contains(u"whole database"_s));

    auto copy = Database::open(m_dir.filePath(u"json-copy.db"_s));
    QVERIFY(copy.ok());
    const auto imported = DatabaseJson(**copy).readFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(DealRepository(**copy).list().value().size(), 2);
}

void TestExportDialog::cancelWritesNothing()
{
    auto w = window(u"cancel.db"_s);
    QVERIFY(w);
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    ExportDialog::setTestHook([](ExportDialog &) {}); // left open: cancelled
    w->findChild<QAction *>(u"exportAction"_s)->trigger();
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    QVERIFY(w->statusBar()->currentMessage().isEmpty());
}

void TestExportDialog::errorIsReported()
{
    auto w = window(u"error.db"_s);
    QVERIFY(w);
    const QString path = m_dir.filePath(u"no/such/folder/deals.csv"_s);
    answer(1, u',', false);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w->findChild<QAction *>(u"exportAction"_s)->trigger();
    QVERIFY2(MessageBox::lastText().contains(u"no/such/folder"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
