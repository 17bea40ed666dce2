#pragma once

#include "model/product.h"
#include "model/quote.h"
#include "playbook/playbook.h"
#include "rules/discountrules.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace dealboard {

class DealStore;
class QuoteDiscountsEditor;
class QuoteLinesModel;
class QuoteSummaryPanel;

// The quote editor (from a deal: "New Quote…"): the buyer from the deal, the contract type
// (term and payment as the playbook says), lines from the catalogue or free, the founder
// discounts the seller asks for; beside them every rule of the discount policy that fires, in
// words with its source, and the totals, recomputed on each change. Saving is refused while
// the policy refuses something; missing documentation only blocks sending.
// A quote that is no longer a draft opens read-only (a change is a new revision).
class QuoteEditorDialog : public QDialog
{
    Q_OBJECT

public:
    QuoteEditorDialog(const Playbook &playbook, const DealStore &store,
                      const QList<Product> &products, Quote quote, QWidget *parent = nullptr);

    // The quote as edited: the fields, the lines and the requested discounts.
    Quote quote() const;
    bool isReadOnly() const { return m_readOnly; }
    QuoteLinesModel *linesModel() const { return m_lines; }
    QuoteDiscountsEditor *discountsEditor() const { return m_discounts; }
    // Adds a catalogue product (its price, billing and VAT copied) as a new line.
    void addProduct(qint64 productId, qint64 quantityMilli = QuoteLine::kQuantityScale);
    void addFreeLine();

private:
    void recompute();
    void contractChanged();
    void showBuyer();
    const Product *product(qint64 productId) const;
    QString unitOf(qint64 productId) const;
    const ContractType *contract() const;

    Playbook m_playbook;
    const DealStore &m_store;
    QList<Product> m_products;
    DiscountRules m_rules;
    Quote m_quote;
    bool m_readOnly;
    QComboBox *m_deal;
    QLabel *m_buyer;
    QComboBox *m_contract;
    QLabel *m_contractTerms;
    QSpinBox *m_term;
    QComboBox *m_language;
    QCheckBox *m_referral;
    QSpinBox *m_validity;
    QuoteLinesModel *m_lines;
    QTableView *m_linesView;
    QComboBox *m_product;
    QuoteDiscountsEditor *m_discounts;
    QuoteSummaryPanel *m_summary;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace dealboard
