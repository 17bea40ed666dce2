#pragma once

#include "model/quote.h"
#include "rules/discountrules.h"

#include <QWidget>

class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dealboard {

// The discounts the seller asks for on a quote (§7.2): the founder discounts (volume,
// 24-month commitment, partner) within their caps, and for any of them the justification,
// the founder's validation (name, date, email reference) and the "exceptional" mark. The
// automatic discounts are not listed here: the policy applies them by itself (the rules panel
// shows them). A table of the requests, and beneath it the documentation of the selected one.
class QuoteDiscountsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteDiscountsEditor(QWidget *parent = nullptr);

    void setRules(const DiscountRules &rules);
    void setRequests(const QList<QuoteDiscount> &requests);
    QList<QuoteDiscount> requests() const { return m_requests; }
    void setReadOnly(bool readOnly);
    // Adds a request for the rule `kind` at its maximum (for tests and the Add menu).
    void addRequest(const QString &kind);
    void selectRow(int row);

Q_SIGNALS:
    void requestsChanged();

private:
    void rebuildTable();
    void showSelected();
    void storeDocumentation();
    QString ruleName(const QString &kind) const;

    DiscountRules m_rules;
    QList<QuoteDiscount> m_requests;
    bool m_readOnly = false;
    bool m_updating = false;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_justification;
    QLineEdit *m_validatedBy;
    QDateEdit *m_validatedOn;
    QLineEdit *m_reference;
};

} // namespace dealboard
