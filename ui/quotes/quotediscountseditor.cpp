#include "quotediscountseditor.h"

#include "rules/discountpolicy.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
enum Column
{
    KindColumn,
    RateColumn,
    ExceptionalColumn,
};
}

QuoteDiscountsEditor::QuoteDiscountsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("Add Discount"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_justification(new QLineEdit(this))
    , m_validatedBy(new QLineEdit(this))
    , m_validatedOn(new QDateEdit(this))
    , m_reference(new QLineEdit(this))
{
    m_table->setObjectName(u"quoteDiscounts"_s);
    m_table->setHorizontalHeaderLabels({tr("Founder discount"), tr("Rate"), tr("Exceptional")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RateColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ExceptionalColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Founder discounts"));
    m_table->setMaximumHeight(84);
    m_add->setObjectName(u"quoteAddDiscount"_s);
    m_add->setMenu(new QMenu(m_add));
    m_remove->setObjectName(u"quoteRemoveDiscount"_s);
    m_justification->setObjectName(u"discountJustification"_s);
    m_justification->setPlaceholderText(tr("Why this discount (required above 10 %)"));
    m_validatedBy->setObjectName(u"discountValidatedBy"_s);
    m_validatedBy->setPlaceholderText(tr("Founder's name"));
    m_validatedOn->setObjectName(u"discountValidatedOn"_s);
    m_validatedOn->setCalendarPopup(true);
    m_validatedOn->setSpecialValueText(tr("not validated"));
    m_validatedOn->setMinimumDate(QDate(2000, 1, 1));
    m_validatedOn->setMinimumWidth(
        m_validatedOn->fontMetrics().horizontalAdvance(m_validatedOn->specialValueText()) + 48);
    m_reference->setObjectName(u"discountValidationReference"_s);
    m_reference->setPlaceholderText(tr("The validation email (subject or date)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *validation = new QHBoxLayout;
    validation->addWidget(m_validatedBy, 2);
    validation->addWidget(m_validatedOn, 1);
    validation->addWidget(m_reference, 3);
    auto *form = new QFormLayout;
    form->addRow(tr("&Justification:"), m_justification);
    auto *validationLabel = new QLabel(tr("Fou&nder validation:"), this);
    validationLabel->setBuddy(m_validatedBy);
    form->addRow(validationLabel, validation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_requests.size())
            return;
        m_requests.removeAt(row);
        rebuildTable();
        Q_EMIT requestsChanged();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &QuoteDiscountsEditor::showSelected);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != ExceptionalColumn || item->row() >= m_requests.size())
            return;
        m_requests[item->row()].exceptional = item->checkState() == Qt::Checked;
        Q_EMIT requestsChanged();
    });
    for (QLineEdit *edit : {m_justification, m_validatedBy, m_reference})
        connect(edit, &QLineEdit::textEdited, this, &QuoteDiscountsEditor::storeDocumentation);
    connect(m_validatedOn, &QDateEdit::dateChanged, this, [this] {
        if (!m_updating)
            storeDocumentation();
    });
    showSelected();
}

void QuoteDiscountsEditor::setRules(const DiscountRules &rules)
{
    m_rules = rules;
    QMenu *menu = m_add->menu();
    menu->clear();
    for (const DiscountRule &rule : m_rules.founder) {
        const QString kind = rule.key;
        const QString label =
            rule.maxTotalBp > 0
                ? tr("%1 (up to %2 in total)")
                      .arg(rule.name.text(), DiscountPolicy::formatBp(rule.maxTotalBp))
                : tr("%1 (up to %2)").arg(rule.name.text(), DiscountPolicy::formatBp(rule.capBp()));
        QAction *a = menu->addAction(label, this, [this, kind] { addRequest(kind); });
        a->setObjectName(u"addDiscount_"_s + kind);
    }
    rebuildTable();
}

QString QuoteDiscountsEditor::ruleName(const QString &kind) const
{
    const DiscountRule *rule = m_rules.find(kind);
    return rule ? rule->name.text() : kind;
}

void QuoteDiscountsEditor::setRequests(const QList<QuoteDiscount> &requests)
{
    m_requests = requests;
    rebuildTable();
}

void QuoteDiscountsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setEnabled(!readOnly);
    rebuildTable();
}

void QuoteDiscountsEditor::addRequest(const QString &kind)
{
    const DiscountRule *rule = m_rules.find(kind);
    if (!rule || m_readOnly)
        return;
    for (int i = 0; i < m_requests.size(); ++i)
        if (m_requests.at(i).kind == kind) { // one of each kind: select the one there
            selectRow(i);
            return;
        }
    QuoteDiscount d;
    d.kind = kind;
    d.bp = rule->capBp();
    m_requests.append(d);
    rebuildTable();
    selectRow(static_cast<int>(m_requests.size()) - 1);
    Q_EMIT requestsChanged();
}

void QuoteDiscountsEditor::selectRow(int row)
{
    m_table->setCurrentCell(row, KindColumn);
    showSelected();
}

void QuoteDiscountsEditor::rebuildTable()
{
    m_updating = true;
    const int current = m_table->currentRow();
    m_table->setRowCount(static_cast<int>(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const QuoteDiscount &d = m_requests.at(row);
        auto *kind = new QTableWidgetItem(ruleName(d.kind));
        kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, KindColumn, kind);
        auto *rate = new QDoubleSpinBox(m_table);
        rate->setObjectName(u"discountRate_"_s + d.kind);
        rate->setSuffix(u" %"_s);
        rate->setDecimals(1);
        rate->setSingleStep(0.5);
        // Up to 100 %: what the rule allows is the policy's to say, in words, not the spin box's.
        // 0 asks for the rule's maximum (DiscountPolicy).
        rate->setRange(0, 100);
        rate->setSpecialValueText(tr("maximum"));
        rate->setValue(d.bp / 100.0);
        rate->setEnabled(!m_readOnly);
        rate->setAccessibleName(tr("Rate of %1").arg(ruleName(d.kind)));
        connect(rate, &QDoubleSpinBox::valueChanged, this, [this, row](double value) {
            if (m_updating || row >= m_requests.size())
                return;
            m_requests[row].bp = static_cast<int>(std::lround(value * 100));
            Q_EMIT requestsChanged();
        });
        m_table->setCellWidget(row, RateColumn, rate);
        auto *exceptional = new QTableWidgetItem;
        exceptional->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                               Qt::ItemIsUserCheckable);
        exceptional->setCheckState(d.exceptional ? Qt::Checked : Qt::Unchecked);
        exceptional->setToolTip(tr("Allows a total above the playbook's cap, with a written "
                                   "justification"));
        m_table->setItem(row, ExceptionalColumn, exceptional);
    }
    if (current >= 0 && current < m_requests.size())
        m_table->setCurrentCell(current, KindColumn);
    m_updating = false;
    showSelected();
}

void QuoteDiscountsEditor::showSelected()
{
    const int row = m_table->currentRow();
    const bool has = row >= 0 && row < m_requests.size();
    m_updating = true;
    const QuoteDiscount d = has ? m_requests.at(row) : QuoteDiscount{};
    m_justification->setText(d.justification);
    m_validatedBy->setText(d.validation.name);
    m_validatedOn->setDate(d.validation.date.isValid() ? d.validation.date
                                                       : m_validatedOn->minimumDate());
    m_reference->setText(d.validation.emailReference);
    m_updating = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_justification, m_validatedBy,
                                                       m_validatedOn, m_reference})
        w->setEnabled(has && !m_readOnly);
    m_remove->setEnabled(has && !m_readOnly);
}

void QuoteDiscountsEditor::storeDocumentation()
{
    const int row = m_table->currentRow();
    if (m_updating || row < 0 || row >= m_requests.size())
        return;
    QuoteDiscount &d = m_requests[row];
    d.justification = m_justification->text().trimmed();
    d.validation.name = m_validatedBy->text().trimmed();
    d.validation.date =
        m_validatedOn->date() == m_validatedOn->minimumDate() ? QDate() : m_validatedOn->date();
    d.validation.emailReference = m_reference->text().trimmed();
    Q_EMIT requestsChanged();
}

} // namespace dealboard
