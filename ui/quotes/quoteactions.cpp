#include "quoteactions.h"

#include "dealactions.h"
#include "dealstore.h"
#include "dialoghook.h"
#include "documents/quoteissuer.h"
#include "filedialog.h"
#include "gatedialog.h"
#include "messagebox.h"
#include "movedealscommand.h"
#include "productcatalogdialog.h"
#include "quoteeditordialog.h"
#include "savequotecommand.h"
#include "signquotedialog.h"
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storage/quoterepository.h"
#include "workflow/quoteworkflow.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(QuoteEditorDialog &)> s_editorHook;
std::function<void(SignQuoteDialog &)> s_signHook;
std::function<void(QPrintPreviewDialog &)> s_printHook;
std::function<void(ProductCatalogDialog &)> s_catalogueHook;
std::optional<std::optional<QString>> s_nextDeclineReason;
} // namespace

QuoteActions::QuoteActions(QUndoStack *undoStack, DealStore *store, DealActions *dealActions,
                           QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
    , m_store(store)
    , m_dealActions(dealActions)
    , m_dialogParent(dialogParent)
{}

void QuoteActions::setEditorHook(std::function<void(QuoteEditorDialog &)> hook)
{
    s_editorHook = std::move(hook);
}

void QuoteActions::setSignHook(std::function<void(SignQuoteDialog &)> hook)
{
    s_signHook = std::move(hook);
}

void QuoteActions::setPrintHook(std::function<void(QPrintPreviewDialog &)> hook)
{
    s_printHook = std::move(hook);
}

void QuoteActions::setCatalogueHook(std::function<void(ProductCatalogDialog &)> hook)
{
    s_catalogueHook = std::move(hook);
}

void QuoteActions::setNextDeclineReason(std::optional<QString> reason)
{
    s_nextDeclineReason = std::move(reason);
}

void QuoteActions::refreshDeal(qint64 dealId)
{
    if (m_db && dealId > 0)
        (void)m_store->refresh(*m_db, dealId);
    Q_EMIT quotesChanged();
}

bool QuoteActions::runEditor(QuoteEditorDialog &editor)
{
    return execWithHook(editor, s_editorHook) && !editor.isReadOnly();
}

qint64 QuoteActions::newQuote(qint64 dealId)
{
    if (!m_db)
        return 0;
    const Result<QList<Product>> products = ProductRepository(*m_db).list();
    if (!products) {
        MessageBox::critical(m_dialogParent, tr("Cannot make a quote"), products.errorMessage());
        return 0;
    }
    Quote draft;
    draft.dealId = dealId;
    QuoteEditorDialog editor(m_store->playbook(), *m_store, products.value(), draft,
                             m_dialogParent);
    if (!runEditor(editor))
        return 0;
    const Quote content = editor.quote();
    auto *command = new SaveQuoteCommand(*m_db, content, std::nullopt, 0,
                                         [this, dealId = content.dealId] { refreshDeal(dealId); });
    m_undoStack->push(command); // a failed command is dropped by the stack at once
    if (m_undoStack->command(m_undoStack->index() - 1) != command)
        return 0;
    Q_EMIT message(tr("Quote %1 saved as a draft.").arg(command->displayNumber()));
    return command->quoteId();
}

bool QuoteActions::editQuote(qint64 id)
{
    if (!m_db)
        return false;
    QuoteRepository quotes(*m_db);
    const Result<Quote> quote = quotes.find(id);
    const Result<QList<Product>> products = ProductRepository(*m_db).list(true);
    if (!quote || !products) {
        MessageBox::critical(m_dialogParent, tr("Cannot open the quote"),
                             !quote ? quote.errorMessage() : products.errorMessage());
        return false;
    }
    QuoteEditorDialog editor(m_store->playbook(), *m_store, products.value(), quote.value(),
                             m_dialogParent);
    if (!runEditor(editor))
        return false;
    const Quote after = editor.quote();
    auto *command = new SaveQuoteCommand(*m_db, after, quote.value(), 0,
                                         [this, dealId = after.dealId] { refreshDeal(dealId); });
    m_undoStack->push(command);
    return m_undoStack->command(m_undoStack->index() - 1) == command;
}

qint64 QuoteActions::reviseQuote(qint64 id)
{
    if (!m_db)
        return 0;
    const Result<Quote> original = QuoteRepository(*m_db).find(id);
    const Result<QList<Product>> products = ProductRepository(*m_db).list(true);
    if (!original || !products) {
        MessageBox::critical(m_dialogParent, tr("Cannot revise the quote"),
                             !original ? original.errorMessage() : products.errorMessage());
        return 0;
    }
    if (original->status == QuoteStatus::Draft) {
        editQuote(id); // a draft changes in place
        return 0;
    }
    // The editor on a draft copy; the requested discounts are the ones the original carries.
    Quote copy = original.value();
    copy.id = 0;
    copy.status = QuoteStatus::Draft;
    copy.signature.reset();
    copy.sentAt = {};
    QuoteEditorDialog editor(m_store->playbook(), *m_store, products.value(), copy, m_dialogParent);
    editor.setWindowTitle(tr("New Revision of %1").arg(original->displayNumber()));
    if (!runEditor(editor))
        return 0;
    Quote content = editor.quote();
    content.number = original->number;
    auto *command = new SaveQuoteCommand(*m_db, content, std::nullopt, id,
                                         [this, dealId = content.dealId] { refreshDeal(dealId); });
    m_undoStack->push(command);
    if (m_undoStack->command(m_undoStack->index() - 1) != command)
        return 0;
    return command->quoteId();
}

bool QuoteActions::sendQuote(qint64 id)
{
    if (!m_db)
        return false;
    const Result<Quote> quote = QuoteRepository(*m_db).find(id);
    if (!quote) {
        MessageBox::critical(m_dialogParent, tr("Cannot send the quote"), quote.errorMessage());
        return false;
    }
    const QString number = quote->displayNumber();
    if (MessageBox::question(m_dialogParent, tr("Send %1").arg(number),
                             tr("Mark %1 as sent to the buyer? Its deal moves to Proposal, and "
                                "from now on the quote changes only through a new revision.")
                                 .arg(number),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    QuoteWorkflow workflow(*m_db);
    Result<SendOutcome> outcome = workflow.send(id);
    if (outcome && !outcome->sent) {
        // A gate on the way to Proposal is unmet: the checklist, as a move on the board asks.
        const Deal *deal = m_store->deal(quote->dealId);
        const std::optional<GateDialog::Answer> answer = GateDialog::ask(
            m_store->playbook(), deal ? deal->title : number, outcome->unmet, m_dialogParent);
        if (!answer)
            return false;
        outcome = workflow.send(id, answer->check, answer->email);
    }
    if (!outcome || !outcome->sent) {
        MessageBox::critical(m_dialogParent, tr("Cannot send the quote"),
                             outcome ? tr("A gate on the way to Proposal is still unmet.")
                                     : outcome.errorMessage());
        return false;
    }
    if (outcome->moved) {
        // The deal's move is an ordinary undoable move, so that undoing an earlier one never
        // takes it back unseen; the quote stays sent (a fact about the buyer).
        const QString stage = m_store->playbook().stage(outcome->move.toStage)
                                  ? m_store->playbook().stage(outcome->move.toStage)->name.text()
                                  : outcome->move.toStage;
        m_undoStack->push(new MoveDealsCommand(
            *m_db, *m_store, {{outcome->dealBefore, outcome->move, outcome->moveEventIds}},
            tr("Move “%1” to %2 (quote %3 sent)").arg(outcome->dealBefore.title, stage, number)));
    }
    refreshDeal(quote->dealId);
    Q_EMIT message(outcome->moved ? tr("%1 sent; the deal moved to Proposal.").arg(number)
                                  : tr("%1 sent.").arg(number));
    return true;
}

bool QuoteActions::signQuote(qint64 id)
{
    if (!m_db)
        return false;
    const Result<Quote> quote = QuoteRepository(*m_db).find(id);
    if (!quote) {
        MessageBox::critical(m_dialogParent, tr("Cannot sign the quote"), quote.errorMessage());
        return false;
    }
    const Deal *deal = m_store->deal(quote->dealId);
    SignQuoteDialog dialog(quote.value(), deal ? deal->contactName : QString(), m_dialogParent);
    if (!execWithHook(dialog, s_signHook))
        return false;
    if (Status s = QuoteWorkflow(*m_db).sign(id, dialog.signature()); !s) {
        MessageBox::critical(m_dialogParent, tr("Cannot sign the quote"), s.errorMessage());
        return false;
    }
    refreshDeal(quote->dealId);
    const Playbook &pb = m_store->playbook();
    deal = m_store->deal(quote->dealId);
    if (deal && pb.stage(deal->stage) && pb.stage(deal->stage)->isOpen() &&
        MessageBox::question(
            m_dialogParent, tr("Signed"),
            tr("%1 is signed. Move “%2” to %3 now?")
                .arg(quote->displayNumber(), deal->title, pb.stage(pb.wonStage())->name.text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
        m_dealActions->moveDeals({deal->id}, pb.wonStage());
    return true;
}

bool QuoteActions::declineQuote(qint64 id)
{
    if (!m_db)
        return false;
    const Result<Quote> quote = QuoteRepository(*m_db).find(id);
    if (!quote) {
        MessageBox::critical(m_dialogParent, tr("Cannot decline the quote"), quote.errorMessage());
        return false;
    }
    std::optional<QString> reason;
    if (s_nextDeclineReason) {
        reason = *s_nextDeclineReason;
        s_nextDeclineReason.reset();
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            m_dialogParent, tr("Decline %1").arg(quote->displayNumber()),
            tr("The buyer declined %1. Why (for the history)?").arg(quote->displayNumber()),
            QLineEdit::Normal, QString(), &ok);
        if (ok)
            reason = text.trimmed();
    }
    if (!reason)
        return false;
    if (reason->isEmpty()) { // a declined quote is final: not by an accidental Enter
        MessageBox::critical(m_dialogParent, tr("Cannot decline the quote"),
                             tr("Say why the buyer declined %1; it goes in the history.")
                                 .arg(quote->displayNumber()));
        return false;
    }
    if (Status s = QuoteRepository(*m_db).decline(id, *reason); !s) {
        MessageBox::critical(m_dialogParent, tr("Cannot decline the quote"), s.errorMessage());
        return false;
    }
    refreshDeal(quote->dealId);
    return true;
}

bool QuoteActions::exportPdf(qint64 id)
{
    if (!m_db)
        return false;
    const Result<Quote> quote = QuoteRepository(*m_db).find(id);
    if (!quote) {
        MessageBox::critical(m_dialogParent, tr("Cannot export the quote"), quote.errorMessage());
        return false;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::saveFileName(m_dialogParent, tr("Export Quote as PDF"),
                                            QDir(dir).filePath(quote->displayNumber() + u".pdf"_s),
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        // The dialog asked about the name as typed; the file written is another one.
        path += u".pdf"_s;
        if (QFileInfo::exists(path) &&
            MessageBox::question(
                m_dialogParent, tr("Export Quote as PDF"),
                tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    const Result<IssuedDocument> issued = QuoteIssuer(*m_db).writePdf(id, path);
    if (!issued) {
        MessageBox::critical(m_dialogParent, tr("Cannot export the quote"), issued.errorMessage());
        return false;
    }
    Q_EMIT message(tr("%1 written to %2 (SHA-256 %3…).")
                       .arg(issued->displayNumber, QDir::toNativeSeparators(path),
                            QString::fromLatin1(issued->sha256.left(12))));
    return true;
}

bool QuoteActions::printQuote(qint64 id)
{
    if (!m_db)
        return false;
    Result<QuoteDocument> document = QuoteIssuer(*m_db).document(id);
    if (!document) {
        MessageBox::critical(m_dialogParent, tr("Cannot print the quote"), document.errorMessage());
        return false;
    }
    // The PDF's layout: A4, the document's own margins, 96 dpi (QuoteDocument::print).
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setResolution(96);
    printer.setDocName(document->title());
    QPrintPreviewDialog preview(&printer, m_dialogParent);
    preview.setObjectName(u"quotePrintPreview"_s);
    preview.setWindowTitle(tr("Print %1").arg(document->quote().displayNumber()));
    QString error;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (const Result<int> pages = document->print(*target); !pages)
            error = pages.errorMessage();
    });
    const bool printed = execWithHook(preview, s_printHook);
    if (!error.isEmpty()) {
        MessageBox::critical(m_dialogParent, tr("Cannot print the quote"), error);
        return false;
    }
    return printed;
}

void QuoteActions::editCatalogue()
{
    if (!m_db)
        return;
    ProductCatalogDialog dialog(*m_db, m_undoStack, m_dialogParent);
    execWithHook(dialog, s_catalogueHook);
}

} // namespace dealboard
