// What the Quotes section does to quotes, through the real main window: send (the deal moves
// to Proposal), sign (then Won), revise, decline, export to PDF, print, the catalogue.

#include "quotewindowfixture.h"

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestQuoteActions : public QObject, public QuoteWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_quoteactions");
        Clock::setCurrent(&m_clock);
    }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void sendSignAndWin();
    void reviseAndDecline();
    void exportPdfAndPrint();
    void catalogueFromTheQuotesSection();
};

void TestQuoteActions::sendSignAndWin()
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
    MessageBox::setNextAnswer(QMessageBox::Yes);        // move to Won now
    WinLossDialog::setTestHook([](WinLossDialog &) {}); // the review left empty
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

void TestQuoteActions::reviseAndDecline()
{
    const qint64 id = makeDraft({{u"paas"_s, 3}}, u"annual-standard"_s);
    GateDialog::setTestHook([](GateDialog &dialog) {
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
            box->setChecked(true);
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->quoteActions()->sendQuote(id));
    // The deal's move is an undoable move of its own; the quote stays sent.
    QVERIFY2(m_window->undoStack()->undoText().contains(u"DEV-2026-0001 sent"_s),
             qPrintable(m_window->undoStack()->undoText()));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->store()->deal(m_deal)->stage, u"demo"_s);
    QCOMPARE(QuoteRepository(*m_window->database()).find(id)->status, QuoteStatus::Sent);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->store()->deal(m_deal)->stage, u"proposal"_s);

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

void TestQuoteActions::exportPdfAndPrint()
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

void TestQuoteActions::catalogueFromTheQuotesSection()
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

QTEST_MAIN(TestQuoteActions)
#include "tst_quoteactions.moc"
