#include "dealspage.h"
#include "dealtablemodel.h"
#include "filedialog.h"
#include "firstrundialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "startup.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunCancelCreatesNothing();
    void refusedDatabaseAtStartIsReported();
    void firstRunWithSampleData();
    void navigationAndShortcuts();
    void searchFiltersTheDeals();
    void openRefusedFileKeepsCurrentDatabase();
    void openAnotherDatabase();
    void newEmptyDatabaseShowsEmptyState();
    void backUpDatabase();
    void remembersLastSection();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
}

void TestMainWindow::firstRunCancelCreatesNothing()
{
    FirstRunDialog::setTestAnswer(FirstRunDialog::Choice::Cancel);
    int code = -1;
    auto window = createMainWindow(path(u"cancelled.db"_s), code);
    QVERIFY(!window);
    QCOMPARE(code, 0);
    QVERIFY(!QFile::exists(path(u"cancelled.db"_s)));
}

void TestMainWindow::refusedDatabaseAtStartIsReported()
{
    const QString notes = path(u"notes.db"_s);
    QFile f(notes);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a database\n");
    f.close();
    const QByteArray before = fileHash(notes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    int code = -1;
    auto window = createMainWindow(notes, code);
    QVERIFY(!window);
    QCOMPARE(code, 2);
    QVERIFY2(MessageBox::lastText().contains(u"not a Dealboard database"_s),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(fileHash(notes), before);
}

void TestMainWindow::firstRunWithSampleData()
{
    FirstRunDialog::setTestAnswer(FirstRunDialog::Choice::SampleData);
    int code = -1;
    m_window = createMainWindow(path(u"main.db"_s), code);
    QVERIFY(m_window);
    QCOMPARE(code, 0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(QFile::exists(path(u"main.db"_s)));
    QCOMPARE(m_window->dealModel()->rowCount(), 300);
    auto *status = m_window->findChild<QLabel *>(u"pipelineStatus"_s);
    QVERIFY(status);
    QVERIFY2(status->text().startsWith(u"Open pipeline €"_s), qPrintable(status->text()));
    QVERIFY(m_window->windowTitle().contains(u"main.db"_s));
    // Every section is there, named for the user.
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    QCOMPARE(nav->count(), MainWindow::kSectionCount);
    QCOMPARE(nav->item(int(MainWindow::Section::WeeklyReview))->text(), u"Weekly review"_s);
    QCOMPARE(nav->item(int(MainWindow::Section::Deals))->text(), u"Deals (300)"_s);
}

void TestMainWindow::navigationAndShortcuts()
{
    auto *sections = m_window->findChild<QStackedWidget *>(u"sections"_s);
    QVERIFY(sections);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Today);
    QCOMPARE(sections->currentWidget()->objectName(), u"todayPage"_s);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::WeeklyReview);
    QCOMPARE(sections->currentWidget()->objectName(), u"weeklyReviewPage"_s);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Deals);
    QCOMPARE(sections->currentWidget()->objectName(), u"dealsPage"_s);
    // The company and contact lists load when first shown.
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Companies);
    QVERIFY(m_window->findChild<QTableView *>(u"companyTable"_s)->model()->rowCount() > 0);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    QVERIFY(m_window->findChild<QTableView *>(u"contactTable"_s)->model()->rowCount() > 0);
    QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Funnel);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Settings);
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    nav->setCurrentRow(int(MainWindow::Section::Deals));
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Deals);
}

void TestMainWindow::searchFiltersTheDeals()
{
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Deals);
    auto *search = m_window->findChild<QLineEdit *>(u"dealSearch"_s);
    auto *table = m_window->findChild<QTableView *>(u"dealTable"_s);
    auto *count = m_window->findChild<QLabel *>(u"dealCount"_s);
    QVERIFY(search && table && count);
    QTRY_VERIFY(search->hasFocus());
    const QString company = m_window->dealModel()
                                ->data(m_window->dealModel()->index(0, DealTableModel::Company))
                                .toString();
    QTest::keyClicks(search, company);
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->rowCount() < 300);
    QVERIFY2(count->text().contains(u"of 300"_s), qPrintable(count->text()));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 300);
    QTest::keyClicks(search, u"zzz-nothing-matches"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    auto *empty = m_window->findChild<QLabel *>(u"dealsEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Clear the search"_s));
    search->clear();
}

void TestMainWindow::openRefusedFileKeepsCurrentDatabase()
{
    const QString current = m_window->database()->path();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(path(u"notes.db"_s));
    m_window->openDatabaseDialog();
    QVERIFY(MessageBox::lastText().contains(u"not a Dealboard database"_s));
    QCOMPARE(m_window->database()->path(), current);
    QCOMPARE(m_window->dealModel()->rowCount(), 300);
}

void TestMainWindow::openAnotherDatabase()
{
    const QString other = path(u"other.db"_s);
    {
        auto db = Database::open(other);
        QVERIFY(db);
        Company c;
        c.name = u"Agence Élan"_s;
        QVERIFY(CompanyRepository(*db.value()).create(c));
        Deal d;
        d.title = u"Multi-project hosting"_s;
        d.companyId = c.id;
        d.mrr = Money(180000);
        d.stage = u"demo"_s;
        QVERIFY(DealRepository(*db.value()).create(d));
    }
    FileDialog::setNextFileName(other);
    m_window->openDatabaseDialog();
    QCOMPARE(m_window->database()->path(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(m_window->dealModel()->rowCount(), 1);
    auto *status = m_window->findChild<QLabel *>(u"pipelineStatus"_s);
    QCOMPARE(status->text(), u"Open pipeline €1,800 · weighted €720 · 1 open deal"_s);
    QVERIFY(m_window->windowTitle().contains(u"other.db"_s));
    // The first database is free again: its lock went with it.
    QVERIFY(Database::open(path(u"main.db"_s)));
}

void TestMainWindow::newEmptyDatabaseShowsEmptyState()
{
    FileDialog::setNextFileName(path(u"fresh.db"_s));
    FirstRunDialog::setTestAnswer(FirstRunDialog::Choice::Empty);
    m_window->newDatabase();
    QCOMPARE(m_window->database()->path(), QFileInfo(path(u"fresh.db"_s)).absoluteFilePath());
    QCOMPARE(m_window->dealModel()->rowCount(), 0);
    m_window->showSection(MainWindow::Section::Deals);
    auto *empty = m_window->findChild<QLabel *>(u"dealsEmpty"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(u"No deals yet"_s));
    // An existing file is never overwritten by New Database.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(path(u"notes.db"_s));
    m_window->newDatabase();
    QVERIFY(MessageBox::lastText().contains(u"never overwrites"_s));
    QCOMPARE(m_window->database()->path(), QFileInfo(path(u"fresh.db"_s)).absoluteFilePath());
}

void TestMainWindow::backUpDatabase()
{
    FileDialog::setNextFileName(path(u"other.db"_s));
    m_window->openDatabaseDialog();
    const QString copy = path(u"backup.db"_s);
    FileDialog::setNextFileName(copy);
    m_window->backUpDatabase();
    QVERIFY(QFile::exists(copy));
    auto db = Database::open(copy, Database::Mode::ReadOnly);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    auto deals = DealRepository(*db.value()).list();
    QVERIFY(deals);
    QCOMPARE(deals->size(), 1);
    QCOMPARE(deals->first().title, u"Multi-project hosting"_s);
}

void TestMainWindow::remembersLastSection()
{
    m_window->showSection(MainWindow::Section::Forecast);
    auto *stage = m_window->findChild<QComboBox *>(u"dealStageFilter"_s);
    QVERIFY(stage);
    stage->setCurrentIndex(stage->findData(u"demo"_s));
    m_window->close();
    m_window.reset();
    int code = -1;
    m_window = createMainWindow(path(u"other.db"_s), code);
    QVERIFY(m_window);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Forecast);
    // The filter comes back too: only the Demo deal of other.db is listed.
    stage = m_window->findChild<QComboBox *>(u"dealStageFilter"_s);
    QCOMPARE(stage->currentData().toString(), u"demo"_s);
    QCOMPARE(m_window->findChild<QTableView *>(u"dealTable"_s)->model()->rowCount(), 1);
    stage->setCurrentIndex(0);
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
