// Quotes in the app, driven through the real main window: the editor with the discount policy
// live, the Quotes section, sending (the deal moves to Proposal), signing (then Won), revising,
// declining, undo, PDF export and print preview.

#include "boardpage.h"
#include "clock.h"
#include "dealactions.h"
#include "dealeditordialog.h"
#include "dealstore.h"
#include "filedialog.h"
#include "gatedialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "productcatalogdialog.h"
#include "producteditordialog.h"
#include "quotes/quoteactions.h"
#include "quotes/quotediscountseditor.h"
#include "quotes/quoteeditordialog.h"
#include "quotes/quotelinesmodel.h"
#include "quotes/quotespage.h"
#include "quotes/quotetablemodel.h"
#include "signaturepad.h"
#include "signquotedialog.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/issueddocumentrepository.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestQuoteEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newQuoteFromTheBoardAndUndo();
    void newQuoteChoosesItsDeal();
    void rulesShowLiveAndRefuse();
    void editDraftAndUndo();
    void sendSignAndWin();
    void reviseAndDecline();
    void exportPdfAndPrint();
    void catalogueFromTheQuotesSection();

private:
    qint64 product(const QString &key);
    // Saves a draft for m_deal through the editor: `lines` as product key → quantity.
    qint64 makeDraft(const QList<std::pair<QString, int>> &lines, const QString &contract);
    QString ruleTexts(QuoteEditorDialog &editor, const QString &state);
    QString total(QuoteEditorDialog &editor, const QString &name);
    QAction *button(const QString &name);

    QTemporaryDir m_dir;
    int m_run = 0;
    qint64 m_deal = 0;
    std::unique_ptr<MainWindow> m_window;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC)};
};

void TestQuoteEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"DealboardTests"_s);
    QCoreApplication::setApplicationName(u"tst_quoteeditor"_s);
    installTranslations(u"en"_s);
    Clock::setCurrent(&m_clock);
}

void TestQuoteEditor::init()
{
    m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    QSettings().clear();
    auto db = Database::open(m_dir.filePath(u"quotes%1.db"_s.arg(++m_run)));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    Company c;
    c.name = u"Atelier Béranger"_s;
    QVERIFY(CompanyRepository(*db.value()).create(c));
    Contact person;
    person.name = u"Camille Martin"_s;
    person.email = u"camille@beranger.example"_s;
    person.companyId = c.id;
    QVERIFY(ContactRepository(*db.value()).create(person));
    Deal d;
    d.title = u"Hébergement multi-sites"_s;
    d.companyId = c.id;
    d.contactId = person.id;
    d.mrr = Money(120000);
    d.stage = u"demo"_s;
    QVERIFY(DealRepository(*db.value()).create(d));
    m_deal = d.id;
    m_window = std::make_unique<MainWindow>(std::move(db).value());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestQuoteEditor::cleanup()
{
    QuoteActions::setEditorHook({});
    QuoteActions::setSignHook({});
    QuoteActions::setPrintHook({});
    GateDialog::setTestHook({});
    m_window.reset();
}

qint64 TestQuoteEditor::product(const QString &key)
{
    const Result<Product> p = ProductRepository(*m_window->database()).findByKey(key);
    return p ? p->id : 0;
}

QString TestQuoteEditor::ruleTexts(QuoteEditorDialog &editor, const QString &state)
{
    auto *rules = editor.findChild<QListWidget *>(u"quoteRules"_s);
    QStringList out;
    for (int i = 0; i < rules->count(); ++i)
        if (rules->item(i)->data(Qt::UserRole).toString() == state)
            out << rules->item(i)->text();
    return out.join(u'\n');
}

QString TestQuoteEditor::total(QuoteEditorDialog &editor, const QString &name)
{
    auto *label = editor.findChild<QLabel *>(name);
    if (!label)
        return {};
    QString text = label->text();
    return text.remove(u"<b>"_s).remove(u"</b>"_s);
}

QAction *TestQuoteEditor::button(const QString &name)
{
    return m_window->quotesPage()->findChild<QAction *>(name);
}

qint64 TestQuoteEditor::makeDraft(const QList<std::pair<QString, int>> &lines,
                                  const QString &contract)
{
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        auto *contracts = editor.findChild<QComboBox *>(u"quoteContract"_s);
        contracts->setCurrentIndex(contracts->findData(contract));
        for (const auto &[key, quantity] : lines)
            editor.addProduct(product(key), quantity * QuoteLine::kQuantityScale);
        editor.findChild<QPushButton *>(u"quoteSave"_s)->click();
    });
    const qint64 id = m_window->quoteActions()->newQuote(m_deal);
    QuoteActions::setEditorHook({});
    return id;
}

void TestQuoteEditor::newQuoteFromTheBoardAndUndo()
{
    m_window->showSection(MainWindow::Section::Board);
    m_window->board()->selectDeal(m_deal);
    bool checked = false;
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        QCOMPARE(editor.findChild<QComboBox *>(u"quoteDeal"_s)->currentData().toLongLong(), m_deal);
        QVERIFY(editor.findChild<QLabel *>(u"quoteBuyer"_s)->text().contains(u"Camille Martin"_s));
        QVERIFY(!editor.findChild<QPushButton *>(u"quoteSave"_s)->isEnabled() ||
                editor.linesModel()->rowCount() == 0);
        QAbstractItemModelTester tester(editor.linesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.addProduct(product(u"vps-m"_s), 4 * QuoteLine::kQuantityScale);
        editor.addProduct(product(u"backup"_s), 4 * QuoteLine::kQuantityScale);
        // A quantity typed in the table, refused when it is not a number.
        QuoteLinesModel *lines = editor.linesModel();
        QVERIFY(!lines->setData(lines->index(1, QuoteLinesModel::Quantity), u"abc"_s));
        QVERIFY(lines->setData(lines->index(1, QuoteLinesModel::Quantity), u"2.5"_s));
        QCOMPARE(lines->lines().at(1).quantityMilli, 2500);
        // Annual standard by default: the −17 % applies by itself.
        QVERIFY2(ruleTexts(editor, u"Applied"_s).contains(u"17"_s),
                 qPrintable(ruleTexts(editor, u"Applied"_s)));
        // 4 × 39.90 + 2.5 × 4.90 = 171.85; −17 % = 29.21 → 142.64 HT, TTC 171.17.
        QCOMPARE(total(editor, u"totalMonthlyHt"_s), u"€171.85"_s);
        QCOMPARE(total(editor, u"totalMonthlyDiscountedHt"_s), u"€142.64"_s);
        QCOMPARE(total(editor, u"totalMonthlyTtc"_s), u"€171.17"_s);
        QVERIFY(editor.findChild<QPushButton *>(u"quoteSave"_s)->isEnabled());
        checked = true;
        editor.findChild<QPushButton *>(u"quoteSave"_s)->click();
    });
    // From the card's context menu (a right-click offers the Deal actions).
    auto *newQuote = m_window->findChild<QAction *>(u"newQuoteAction"_s);
    QVERIFY(m_window->board()->view(u"demo"_s)->actions().contains(newQuote));
    QCOMPARE(m_window->board()->view(u"demo"_s)->contextMenuPolicy(), Qt::ActionsContextMenu);
    newQuote->trigger();
    QVERIFY(checked);
    QCOMPARE(m_window->currentSection(), MainWindow::Section::Quotes);

    QuoteRepository quotes(*m_window->database());
    QList<Quote> all = quotes.list().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().displayNumber(), u"DEV-2026-0001"_s);
    QCOMPARE(all.first().lines.size(), 2);
    QuoteTableModel *model = m_window->quotesPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, QuoteTableModel::Monthly).data().toString(), u"€142.64"_s);
    QCOMPARE(m_window->quotesPage()->currentQuote(), all.first().id);

    // Undo removes the draft and gives its number back; redo makes it again, same number.
    m_window->undoStack()->undo();
    QCOMPARE(quotes.list().value().size(), 0);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_window->quotesPage()->findChild<QLabel *>(u"quotesEmpty"_s)->isVisible());
    m_window->undoStack()->redo();
    all = quotes.list().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().displayNumber(), u"DEV-2026-0001"_s);
    QCOMPARE(model->rowCount(), 1);
}

void TestQuoteEditor::newQuoteChoosesItsDeal()
{
    // From the Quotes section, no deal selected: the editor asks which one, by search.
    m_window->showSection(MainWindow::Section::Quotes);
    bool checked = false;
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        auto *deal = editor.findChild<QComboBox *>(u"quoteDeal"_s);
        auto *save = editor.findChild<QPushButton *>(u"quoteSave"_s);
        QVERIFY(deal->isEnabled());
        QCOMPARE(deal->currentIndex(), -1);
        editor.addProduct(product(u"starter"_s));
        QVERIFY(!save->isEnabled()); // no deal yet
        QVERIFY(editor.findChild<QLabel *>(u"quoteProblem"_s)->text().contains(u"deal"_s));
        QTest::keyClicks(deal->lineEdit(), u"multi-sites"_s); // part of the deal's title
        QCOMPARE(deal->completer()->completionCount(), 1);
        deal->setCurrentIndex(deal->findData(m_deal));
        QVERIFY(editor.findChild<QLabel *>(u"quoteBuyer"_s)->text().contains(u"Camille"_s));
        QVERIFY(save->isEnabled());
        checked = true;
        save->click();
    });
    button(u"quotesNew"_s)->trigger();
    QVERIFY(checked);
    const QList<Quote> all = QuoteRepository(*m_window->database()).list().value();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().dealId, m_deal);
    QCOMPARE(m_window->quotesPage()->currentQuote(), all.first().id);
}

void TestQuoteEditor::rulesShowLiveAndRefuse()
{
    bool checked = false;
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        auto *contracts = editor.findChild<QComboBox *>(u"quoteContract"_s);
        auto *save = editor.findChild<QPushButton *>(u"quoteSave"_s);
        auto *problem = editor.findChild<QLabel *>(u"quoteProblem"_s);
        for (const char *key : {"vps-l", "backup", "monitoring"})
            editor.addProduct(product(QString::fromLatin1(key)), 10 * QuoteLine::kQuantityScale);
        // Three products: multi-product −5 % on top of the annual −17 %.
        QVERIFY(ruleTexts(editor, u"Applied"_s).contains(u"5"_s));
        QVERIFY(!total(editor, u"totalDiscount_multi-product"_s).isEmpty());

        // A founder discount on a monthly contract: refused, saving impossible.
        contracts->setCurrentIndex(contracts->findData(u"self-service"_s));
        editor.discountsEditor()->addRequest(u"volume"_s);
        QVERIFY(!ruleTexts(editor, u"Refused"_s).isEmpty());
        QVERIFY(!save->isEnabled());
        QVERIFY(!problem->text().isEmpty());

        // Annual negotiated allows −20 % of its own (annual + founder): 17 + 15 is refused.
        contracts->setCurrentIndex(contracts->findData(u"annual-negotiated"_s));
        QVERIFY(!save->isEnabled());
        QVERIFY(ruleTexts(editor, u"Refused"_s).contains(u"20"_s));
        // Enterprise is negotiated: 17 + 5 + 15 = 37 % > the 30 % cap: refused …
        contracts->setCurrentIndex(contracts->findData(u"enterprise"_s));
        QVERIFY(!save->isEnabled());
        QVERIFY2(ruleTexts(editor, u"Refused"_s).contains(u"30"_s),
                 qPrintable(ruleTexts(editor, u"Refused"_s)));
        // … unless marked exceptional with a justification; then saving is allowed but the
        // founder's validation is still required before sending (> 20 %).
        auto *table = editor.discountsEditor()->findChild<QTableView *>(u"quoteDiscounts"_s);
        QVERIFY(table);
        editor.discountsEditor()->selectRow(0);
        auto *justification = editor.findChild<QLineEdit *>(u"discountJustification"_s);
        QTest::keyClicks(justification, u"Migration de 40 VM, engagement ferme"_s);
        QAbstractItemModel *discounts = table->model();
        QVERIFY(discounts->setData(discounts->index(0, 2), Qt::Checked, Qt::CheckStateRole));
        QVERIFY2(save->isEnabled(), qPrintable(problem->text()));
        QVERIFY(!ruleTexts(editor, u"Required before sending"_s).isEmpty());
        QVERIFY(problem->text().contains(u"before sending"_s));

        // The referral shows its first months apart.
        editor.findChild<QCheckBox *>(u"quoteReferral"_s)->setChecked(true);
        QVERIFY(!total(editor, u"totalIntro"_s).isEmpty());
        // To look at it: DEALBOARD_SCREENSHOTS=dir saves the editor as it is now.
        if (const QString dir = qEnvironmentVariable("DEALBOARD_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(100); // the new rows show on the next turn of the event loop
            QVERIFY(editor.grab().save(QDir(dir).filePath(u"quote-editor.png"_s)));
        }
        checked = true;
    });
    QCOMPARE(m_window->quoteActions()->newQuote(m_deal), 0); // the hook left it open: cancelled
    QVERIFY(checked);
    QCOMPARE(QuoteRepository(*m_window->database()).list().value().size(), 0);
}

void TestQuoteEditor::editDraftAndUndo()
{
    const qint64 id = makeDraft({{u"vps-s"_s, 2}}, u"annual-standard"_s);
    QVERIFY(id > 0);
    m_window->showSection(MainWindow::Section::Quotes);
    m_window->quotesPage()->selectQuote(id);
    QCOMPARE(button(u"quotesOpen"_s)->text(), u"&Edit…"_s);
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        QuoteLinesModel *lines = editor.linesModel();
        QVERIFY(lines->setData(lines->index(0, QuoteLinesModel::Quantity), u"5"_s));
        editor.findChild<QPushButton *>(u"quoteSave"_s)->click();
    });
    button(u"quotesOpen"_s)->trigger();
    QuoteRepository quotes(*m_window->database());
    QCOMPARE(quotes.find(id).value().lines.first().quantityMilli, 5000);
    QVERIFY(m_window->undoStack()->undoText().contains(u"DEV-2026-0001"_s));
    m_window->undoStack()->undo();
    QCOMPARE(quotes.find(id).value().lines.first().quantityMilli, 2000);
    m_window->undoStack()->redo();
    QCOMPARE(quotes.find(id).value().lines.first().quantityMilli, 5000);
}

void TestQuoteEditor::sendSignAndWin()
{
    const qint64 id = makeDraft({{u"vps-l"_s, 10}}, u"annual-standard"_s);
    QVERIFY(id > 0);
    m_window->showSection(MainWindow::Section::Quotes);
    m_window->quotesPage()->selectQuote(id);
    QVERIFY(button(u"quotesSend"_s)->isEnabled());
    QVERIFY(!button(u"quotesSign"_s)->isEnabled());

    // Sending asks to confirm, then the gate checklist on the way to Proposal.
    const auto tickAll = [](GateDialog &dialog) {
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            box->setChecked(true);
    };
    GateDialog::setTestHook(tickAll);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button(u"quotesSend"_s)->trigger();
    QuoteRepository quotes(*m_window->database());
    QCOMPARE(quotes.find(id).value().status, QuoteStatus::Sent);
    QCOMPARE(m_window->store()->deal(m_deal)->stage, u"proposal"_s);
    QVERIFY(button(u"quotesSign"_s)->isEnabled());

    // Signing: who and how, with a drawn signature; then the offer to move the deal to Won.
    m_clock.advanceSecs(3 * 3600);
    QuoteActions::setSignHook([](SignQuoteDialog &dialog) {
        auto *method = dialog.findChild<QComboBox *>(u"signMethod"_s);
        method->setCurrentIndex(method->findData(static_cast<int>(SignatureMethod::InPerson)));
        SignaturePad *pad = dialog.pad();
        QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
        for (int x = 30; x < 200; x += 10)
            QTest::mouseMove(pad, QPoint(x, 40 + (x % 30)));
        QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(200, 50));
        dialog.findChild<QPushButton *>(u"signOk"_s)->click();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes); // move to Won now
    button(u"quotesSign"_s)->trigger();
    const Quote signedQuote = quotes.find(id).value();
    QCOMPARE(signedQuote.status, QuoteStatus::Signed);
    QCOMPARE(signedQuote.signature->signer, u"Camille Martin"_s);
    QCOMPARE(signedQuote.signature->method, SignatureMethod::InPerson);
    QVERIFY(!signedQuote.signature->image.isEmpty());
    // The signed quote satisfies the Nego → Won gate: the deal is won.
    QCOMPARE(m_window->store()->deal(m_deal)->stage, u"won"_s);
    // The deal's editor lists its quotes.
    QString listed;
    DealEditorDialog::setTestHook([&](DealEditorDialog &editor) {
        auto *list = editor.findChild<QListWidget *>(u"dealQuotes"_s);
        listed = list && list->count() > 0 ? list->item(0)->text() : QString();
    });
    m_window->actions()->editDeal(m_deal);
    DealEditorDialog::setTestHook({});
    QVERIFY2(listed.startsWith(u"DEV-2026-0001 · Signed"_s) && listed.contains(u"Camille"_s),
             qPrintable(listed));
    QCOMPARE(button(u"quotesOpen"_s)->text(), u"&View…"_s);
    QVERIFY(!button(u"quotesSend"_s)->isEnabled());
}

void TestQuoteEditor::reviseAndDecline()
{
    const qint64 id = makeDraft({{u"paas"_s, 3}}, u"annual-standard"_s);
    GateDialog::setTestHook([](GateDialog &dialog) {
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            box->setChecked(true);
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->quoteActions()->sendQuote(id));

    // A sent quote opens read-only.
    QuoteActions::setEditorHook([](QuoteEditorDialog &editor) {
        QVERIFY(editor.isReadOnly());
        QVERIFY(!editor.findChild<QPushButton *>(u"quoteSave"_s));
        QVERIFY(
            !(editor.linesModel()->flags(editor.linesModel()->index(0, 1)) & Qt::ItemIsEditable));
    });
    QVERIFY(!m_window->quoteActions()->editQuote(id));

    // A new revision: same number, -R2, the edited content; the original untouched.
    QuoteActions::setEditorHook([](QuoteEditorDialog &editor) {
        QVERIFY(!editor.isReadOnly());
        QuoteLinesModel *lines = editor.linesModel();
        QVERIFY(lines->setData(lines->index(0, QuoteLinesModel::Quantity), u"4"_s));
        editor.findChild<QPushButton *>(u"quoteSave"_s)->click();
    });
    const qint64 r2 = m_window->quoteActions()->reviseQuote(id);
    QVERIFY(r2 > 0);
    QuoteRepository quotes(*m_window->database());
    QCOMPARE(quotes.find(r2).value().displayNumber(), u"DEV-2026-0001-R2"_s);
    QCOMPARE(quotes.find(r2).value().lines.first().quantityMilli, 4000);
    QCOMPARE(quotes.find(id).value().lines.first().quantityMilli, 3000);
    QCOMPARE(quotes.find(id).value().status, QuoteStatus::Sent);
    // The Quotes section reads them when shown, not before.
    QCOMPARE(m_window->quotesPage()->model()->rowCount(), 0);
    m_window->showSection(MainWindow::Section::Quotes);
    QCOMPARE(m_window->quotesPage()->model()->rowCount(), 2);
    m_window->undoStack()->undo();
    QCOMPARE(quotes.list().value().size(), 1);

    // Declined with a reason, kept in the quote's history.
    QuoteActions::setNextDeclineReason(u"Budget gelé jusqu'en mars"_s);
    QVERIFY(m_window->quoteActions()->declineQuote(id));
    QCOMPARE(quotes.find(id).value().status, QuoteStatus::Declined);
    bool found = false;
    for (const Event &e : quotes.history(id).value())
        found = found || e.detail.contains(u"Budget gelé"_s);
    QVERIFY(found);
}

void TestQuoteEditor::exportPdfAndPrint()
{
    const qint64 id = makeDraft({{u"vps-m"_s, 3}, {u"storage"_s, 2}}, u"annual-standard"_s);
    QVERIFY(id > 0);
    const QString path = m_dir.filePath(u"export%1"_s.arg(m_run)); // ".pdf" gets added
    FileDialog::setNextFileName(path);
    QVERIFY(m_window->quoteActions()->exportPdf(id));
    QFile pdf(path + u".pdf"_s);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray sha =
        QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256).toHex();
    const auto issued = IssuedDocumentRepository(*m_window->database()).findBySha256(sha);
    QVERIFY(issued && issued->has_value());
    QCOMPARE((*issued)->quoteId, id);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"DEV-2026-0001"_s));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf.fileName(), u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(body.contains(u"DEV-2026-0001"_s) && body.contains(u"Atelier Béranger"_s),
             qPrintable(body));

    int pages = 0;
    QuoteActions::setPrintHook([&](QPrintPreviewDialog &preview) {
        auto *widget = preview.findChild<QPrintPreviewWidget *>();
        QVERIFY(widget);
        widget->updatePreview();
        pages = widget->pageCount();
    });
    m_window->quoteActions()->printQuote(id);
    QCOMPARE(pages, 1);
}

void TestQuoteEditor::catalogueFromTheQuotesSection()
{
    // A product added to the catalogue is offered by the next quote editor.
    m_window->showSection(MainWindow::Section::Quotes);
    ProductEditorDialog::setTestHook([](ProductEditorDialog &editor) {
        editor.findChild<QLineEdit *>(u"productKey"_s)->setText(u"gpu-h100"_s);
        editor.findChild<QLineEdit *>(u"productNameFr"_s)->setText(u"Instance GPU (H100)"_s);
        editor.findChild<QLineEdit *>(u"productUnitFr"_s)->setText(u"GPU"_s);
        editor.findChild<QLineEdit *>(u"productPrice"_s)->setText(u"1890"_s);
        QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(u'\n')));
        editor.findChild<QPushButton *>(u"productEditorOk"_s)->click();
    });
    QuoteActions::setCatalogueHook([](ProductCatalogDialog &dialog) { dialog.addProduct(); });
    button(u"quotesCatalogue"_s)->trigger();
    ProductEditorDialog::setTestHook({});
    QuoteActions::setCatalogueHook({});
    QVERIFY(product(u"gpu-h100"_s) > 0);
    bool offered = false;
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        auto *products = editor.findChild<QComboBox *>(u"quoteProduct"_s);
        offered = products->findData(product(u"gpu-h100"_s)) >= 0;
    });
    m_window->quoteActions()->newQuote(m_deal);
    QVERIFY(offered);
    // Undone: the product is deactivated (products are never deleted) and no longer offered.
    m_window->undoStack()->undo();
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        auto *products = editor.findChild<QComboBox *>(u"quoteProduct"_s);
        offered = products->findData(product(u"gpu-h100"_s)) >= 0;
    });
    m_window->quoteActions()->newQuote(m_deal);
    QVERIFY(!offered);
}

QTEST_MAIN(TestQuoteEditor)
#include "tst_quoteeditor.moc"
