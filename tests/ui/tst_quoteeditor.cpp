// The quote editor, driven through the real main window: a new quote from a board card and
// from the Quotes section, the discount policy's rules live, editing a draft, undo and redo.

#include "quotewindowfixture.h"

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestQuoteEditor : public QObject, public QuoteWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication("tst_quoteeditor");
        Clock::setCurrent(&m_clock);
    }
    void init() { openWindow(); }
    void cleanup() { closeWindow(); }
    void newQuoteFromTheBoardAndUndo();
    void newQuoteChoosesItsDeal();
    void rulesShowLiveAndRefuse();
    void editDraftAndUndo();
};

void TestQuoteEditor::newQuoteFromTheBoardAndUndo()
{
    m_window->showSection(MainWindow::Section::Board);
    m_window->board()->selectDeal(m_deal);
    bool checked = false;
    QuoteActions::setEditorHook([&](QuoteEditorDialog &editor) {
        QCOMPARE(editor.findChild<QComboBox *>(u"quoteDeal"_s)->currentData().toLongLong(), m_deal);
        QVERIFY(editor.findChild<QLabel *>(u"quoteBuyer"_s)->text().contains(u"Camille Martin"_s));
        // Tab goes through the header as it reads, then to the lines.
        auto *contract = editor.findChild<QComboBox *>(u"quoteContract"_s);
        QCOMPARE(contract->nextInFocusChain()->objectName(), u"quoteTerm"_s);
        QWidget *after = editor.findChild<QCheckBox *>(u"quoteReferral"_s)->nextInFocusChain();
        QCOMPARE(after->objectName(), u"quoteLines"_s);
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
        QCOMPARE(lines->index(1, QuoteLinesModel::Unit).data().toString(), u"VM"_s);
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

QTEST_MAIN(TestQuoteEditor)
#include "tst_quoteeditor.moc"
