#pragma once

#include <QObject>

#include <functional>
#include <optional>

class QPrintPreviewDialog;
class QUndoStack;
class QWidget;

namespace dealboard {

class Database;
class DealActions;
class DealStore;
class ProductCatalogDialog;
class QuoteEditorDialog;
class SignQuoteDialog;

// What the user asks of quotes — new, edit, revise, send, sign, decline, export to PDF, print —
// with the dialogs each needs, through the core (QuoteRepository, QuoteWorkflow, QuoteIssuer).
// Content changes are undoable (SaveQuoteCommand). Sending, signing and declining are facts
// about the buyer, not edits: they are confirmed first and change the quote for good (a
// change is a new revision), as §7.2 wants.
class QuoteActions : public QObject
{
    Q_OBJECT

public:
    QuoteActions(QUndoStack *undoStack, DealStore *store, DealActions *dealActions,
                 QWidget *dialogParent, QObject *parent = nullptr);
    void setDatabase(Database *database) { m_db = database; }

    // The editor on a new draft for `dealId` (0: chosen in the editor); the new quote's id,
    // 0 when cancelled.
    qint64 newQuote(qint64 dealId);
    // A draft in the editor; any other quote read-only. True when a change was saved.
    bool editQuote(qint64 id);
    // The editor on a copy of a sent, signed, declined or expired quote; saving makes it the
    // next revision. Its id, 0 when cancelled.
    qint64 reviseQuote(qint64 id);
    // Marks the quote sent and moves its deal to Proposal through the gates (asking what is
    // unmet); nothing changes when a gate stays unmet.
    bool sendQuote(qint64 id);
    // Records the buyer's signature, then offers to move the deal to Won.
    bool signQuote(qint64 id);
    bool declineQuote(qint64 id);
    // Writes the PDF where the user says (Dealboard records its SHA-256).
    bool exportPdf(qint64 id);
    // The system print dialog with a preview, the PDF's renderer.
    bool printQuote(qint64 id);
    // The product catalogue, editable (each change undoable).
    void editCatalogue();

    // Test hooks (KeePassXC's pattern): called with the dialog once shown; a dialog the hook
    // leaves open is cancelled.
    static void setEditorHook(std::function<void(QuoteEditorDialog &)> hook);
    static void setSignHook(std::function<void(SignQuoteDialog &)> hook);
    static void setPrintHook(std::function<void(QPrintPreviewDialog &)> hook);
    static void setCatalogueHook(std::function<void(ProductCatalogDialog &)> hook);
    // The next decline asks nothing and uses this reason (none: cancelled).
    static void setNextDeclineReason(std::optional<QString> reason);

Q_SIGNALS:
    void quotesChanged();
    void message(const QString &text);

private:
    bool runEditor(QuoteEditorDialog &editor);
    void refreshDeal(qint64 dealId);

    QUndoStack *m_undoStack;
    DealStore *m_store;
    DealActions *m_dealActions;
    QWidget *m_dialogParent;
    Database *m_db = nullptr;
};

} // namespace dealboard
