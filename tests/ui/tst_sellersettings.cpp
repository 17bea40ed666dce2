#include "filedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "sellerdetailsform.h"
#include "settingspage.h"
#include "storage/database.h"
#include "storage/sellerrepository.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

namespace {

SellerDetails vmCloud()
{
    return SellerDetails{u"VM Cloud SAS"_s,
                         {u"12 rue de la Paix"_s, u"75002 Paris"_s, u"France"_s},
                         u"732 829 320 00074"_s,
                         u"FR44732829320"_s,
                         u"FR76 3000 6000 0112 3456 7890 189"_s,
                         u"https://vmcloud.example/terms"_s,
                         {}};
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(QRect(10, 10, width - 20, height - 20), Qt::darkBlue);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestSellerSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveAndReload();
    void invalidSiretSavesNothing();
    void undoRestoresThePreviousDetails();
    void logoThroughTheFileChooser();
    void failedSaveKeepsTheForm();

private:
    template<typename W = QWidget>
    W *find(const QString &name) const
    {
        W *w = m_window->findChild<W *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    void type(const QString &field, const QString &text);
    void fill(const SellerDetails &d);
    SellerDetails stored() const;
    void clickSave() { QTest::mouseClick(find<QPushButton>(u"settingsSave"_s), Qt::LeftButton); }
    QString formError() const { return find<QLabel>(u"sellerError"_s)->text(); }

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestSellerSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_sellersettings"_s);
    QSettings().clear();
    installTranslations(u"en"_s);
}

void TestSellerSettings::init()
{
    auto db = Database::open(m_dir.filePath(u"seller%1.db"_s.arg(++m_run)));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->showSection(MainWindow::Section::Settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSellerSettings::cleanup()
{
    m_window.reset();
}

void TestSellerSettings::type(const QString &field, const QString &text)
{
    auto *edit = find<QLineEdit>(field);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestSellerSettings::fill(const SellerDetails &d)
{
    type(u"sellerName"_s, d.companyName);
    find<QPlainTextEdit>(u"sellerAddress"_s)->setPlainText(d.addressLines.join(u'\n'));
    type(u"sellerSiret"_s, d.siret);
    type(u"sellerVat"_s, d.vatNumber);
    type(u"sellerIban"_s, d.iban);
    type(u"sellerTermsUrl"_s, d.termsUrl);
}

SellerDetails TestSellerSettings::stored() const
{
    Result<SellerDetails> seller = SellerRepository(*m_window->database()).load();
    if (!seller)
        qWarning("%s", qPrintable(seller.errorMessage()));
    return seller ? seller.value() : SellerDetails{};
}

void TestSellerSettings::saveAndReload()
{
    // The page scrolls; an empty form is no problem while nothing was saved.
    QVERIFY(find<QScrollArea>(u"settingsScroll"_s));
    QVERIFY(find<QLineEdit>(u"sellerName"_s)->text().isEmpty());
    QVERIFY(find<QPushButton>(u"settingsSave"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"sellerError"_s)->isHidden());
    fill(vmCloud());
    QVERIFY2(formError().isEmpty(), qPrintable(formError()));
    clickSave();
    QCOMPARE(stored(), vmCloud());
    // A reload of the window (F5 …) keeps what is being typed.
    find<QLineEdit>(u"sellerName"_s)->setText(u"Typing, not saved"_s);
    m_window->reload();
    QCOMPARE(find<QLineEdit>(u"sellerName"_s)->text(), u"Typing, not saved"_s);
    // Reloaded from the database, the form shows what was stored.
    find<QLineEdit>(u"sellerName"_s)->setText(u"Changed, not saved"_s);
    // (as when the database is opened again)
    find<SettingsPage>(u"settingsPage"_s)->setDatabase(m_window->database());
    find<SettingsPage>(u"settingsPage"_s)->refresh();
    QCOMPARE(find<QLineEdit>(u"sellerName"_s)->text(), u"VM Cloud SAS"_s);
    QCOMPARE(find<QPlainTextEdit>(u"sellerAddress"_s)->toPlainText(),
             u"12 rue de la Paix\n75002 Paris\nFrance"_s);
    QCOMPARE(find<QLineEdit>(u"sellerSiret"_s)->text(), u"732 829 320 00074"_s);
    QCOMPARE(find<QLineEdit>(u"sellerIban"_s)->text(), vmCloud().iban);
    QCOMPARE(find<SettingsPage>(u"settingsPage"_s)->sellerForm()->details(), vmCloud());
    // Saving again without a change changes nothing.
    const int steps = m_window->undoStack()->count();
    clickSave();
    QCOMPARE(m_window->undoStack()->count(), steps);
    // The first save is undone like any other: nothing stored, the form empty again.
    QCOMPARE(m_window->undoStack()->undoText(), u"Change the seller's details"_s);
    m_window->undoStack()->undo();
    QCOMPARE(stored(), SellerDetails{});
    QVERIFY(find<QLineEdit>(u"sellerName"_s)->text().isEmpty());
    m_window->undoStack()->redo();
    QCOMPARE(stored(), vmCloud());
}

void TestSellerSettings::invalidSiretSavesNothing()
{
    fill(vmCloud());
    type(u"sellerSiret"_s, u"732 829 320 00075"_s); // fails the check digit
    QVERIFY2(formError().contains(u"SIRET"_s), qPrintable(formError()));
    QVERIFY(find<QLabel>(u"sellerError"_s)->isVisible());
    auto *save = find<QPushButton>(u"settingsSave"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(u"SIRET"_s));
    // Nothing at all is saved, the rotting limits included.
    find<QSpinBox>(u"rotting_demo"_s)->setValue(3);
    clickSave();
    QVERIFY(!find<SettingsPage>(u"settingsPage"_s)->save());
    QCOMPARE(stored(), SellerDetails{});
    QCOMPARE(m_window->database()->playbook().stage(u"demo"_s)->rottingDays, 7);
    QCOMPARE(m_window->undoStack()->count(), 0);
    // A missing company name is named too, once details were saved.
    type(u"sellerSiret"_s, vmCloud().siret);
    QVERIFY(save->isEnabled());
    clickSave();
    QCOMPARE(stored(), vmCloud());
    type(u"sellerName"_s, QString());
    QVERIFY2(formError().contains(u"Company name"_s), qPrintable(formError()));
    QVERIFY(!find<SettingsPage>(u"settingsPage"_s)->save());
    QCOMPARE(stored(), vmCloud());
}

void TestSellerSettings::undoRestoresThePreviousDetails()
{
    QUndoStack *undo = m_window->undoStack();
    fill(vmCloud());
    clickSave();
    QCOMPARE(stored(), vmCloud());
    SellerDetails moved = vmCloud();
    moved.companyName = u"VM Cloud"_s;
    moved.addressLines = {u"1 place Bellecour"_s, u"69002 Lyon"_s};
    moved.iban = u"DE89 3704 0044 0532 0130 00"_s;
    fill(moved);
    // Both parts changed: two undo steps.
    find<QSpinBox>(u"rotting_demo"_s)->setValue(5);
    const int before = undo->count();
    clickSave();
    QCOMPARE(undo->count(), before + 2);
    QCOMPARE(stored(), moved);
    QCOMPARE(m_window->database()->playbook().stage(u"demo"_s)->rottingDays, 5);
    undo->undo(); // the rotting limits
    QCOMPARE(m_window->database()->playbook().stage(u"demo"_s)->rottingDays, 7);
    QCOMPARE(stored(), moved);
    QCOMPARE(undo->undoText(), u"Change the seller's details"_s);
    undo->undo();
    QCOMPARE(stored(), vmCloud());
    QCOMPARE(find<QLineEdit>(u"sellerName"_s)->text(), u"VM Cloud SAS"_s);
    QCOMPARE(find<QPlainTextEdit>(u"sellerAddress"_s)->toPlainText(),
             u"12 rue de la Paix\n75002 Paris\nFrance"_s);
    undo->redo();
    QCOMPARE(stored(), moved);
    QCOMPARE(find<QLineEdit>(u"sellerIban"_s)->text(), moved.iban);
}

void TestSellerSettings::logoThroughTheFileChooser()
{
    fill(vmCloud());
    auto *preview = find<QLabel>(u"sellerLogo"_s);
    auto *choose = find<QPushButton>(u"sellerChooseLogo"_s);
    auto *remove = find<QPushButton>(u"sellerRemoveLogo"_s);
    QVERIFY(preview->pixmap().isNull());
    QVERIFY(!remove->isEnabled());
    // Not an image: refused with a message.
    const QString notes = m_dir.filePath(u"logo.png"_s);
    QFile f(notes);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a picture");
    f.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(notes);
    QTest::mouseClick(choose, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"not an image"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(preview->pixmap().isNull());
    // Too large: refused.
    const QString big = m_dir.filePath(u"big.png"_s);
    QFile b(big);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(QByteArray(SellerRepository::kMaxLogoBytes + 1, '\0'));
    b.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileName(big);
    QTest::mouseClick(choose, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"1 MB"_s), qPrintable(MessageBox::lastText()));
    // A PNG: previewed, then saved with the details.
    const QByteArray logo = pngBytes(320, 120);
    const QString good = m_dir.filePath(u"good.png"_s);
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(logo);
    g.close();
    FileDialog::setNextFileName(good);
    QTest::mouseClick(choose, Qt::LeftButton);
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(remove->isEnabled());
    clickSave();
    QCOMPARE(stored().logo, logo);
    QVERIFY(!preview->pixmap().isNull()); // reloaded from the database
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(preview->pixmap().isNull());
    clickSave();
    QVERIFY(stored().logo.isEmpty());
    QCOMPARE(stored().companyName, vmCloud().companyName);
}

void TestSellerSettings::failedSaveKeepsTheForm()
{
    fill(vmCloud());
    clickSave();
    QCOMPARE(stored(), vmCloud());
    // The table is gone (as a broken database would be): the save fails, says why, and the
    // entries stay in the form with nothing on the undo stack.
    QVERIFY(m_window->database()->exec(u"DROP TABLE seller"_s, u"test"_s));
    type(u"sellerName"_s, u"VM Cloud Europe"_s);
    const int steps = m_window->undoStack()->count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!find<SettingsPage>(u"settingsPage"_s)->save());
    QVERIFY2(MessageBox::lastText().contains(u"seller"_s), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->undoStack()->count(), steps);
    QCOMPARE(find<QLineEdit>(u"sellerName"_s)->text(), u"VM Cloud Europe"_s);
}

QTEST_MAIN(TestSellerSettings)
#include "tst_sellersettings.moc"
