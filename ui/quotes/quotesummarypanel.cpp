#include "quotesummarypanel.h"

#include "rules/discountrules.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

QuoteSummaryPanel::QuoteSummaryPanel(QWidget *parent)
    : QWidget(parent)
    , m_rules(new QListWidget(this))
    , m_totalsBox(new QWidget(this))
    , m_totals(new QFormLayout(m_totalsBox))
{
    m_rules->setObjectName(u"quoteRules"_s);
    m_rules->setAccessibleName(tr("Discount rules"));
    m_rules->setWordWrap(true);
    m_rules->setTextElideMode(Qt::ElideNone);
    m_rules->setSelectionMode(QAbstractItemView::NoSelection);
    m_rules->setFocusPolicy(Qt::TabFocus);
    m_totalsBox->setObjectName(u"quoteTotals"_s);
    m_totals->setLabelAlignment(Qt::AlignLeft);
    m_totals->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *rulesBox = new QGroupBox(tr("Discount policy"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules);
    auto *totalsBox = new QGroupBox(tr("Totals"), this);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->addWidget(m_totalsBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rulesBox, 1);
    layout->addWidget(totalsBox);
}

void QuoteSummaryPanel::addRow(const QString &label, const QString &value,
                               const QString &objectName, bool strong)
{
    auto *field =
        new QLabel(strong ? u"<b>%1</b>"_s.arg(value.toHtmlEscaped()) : value, m_totalsBox);
    field->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty())
        field->setObjectName(objectName);
    m_totals->addRow(label, field);
}

void QuoteSummaryPanel::display(const DiscountDecision &decision,
                                const std::optional<QuoteTotals> &totals, const QString &error,
                                const DiscountRules &rules)
{
    m_rules->clear();
    const auto add = [this](const DiscountFinding &f, QStyle::StandardPixmap icon,
                            const QString &state) {
        const QString source = tr("Playbook %1 · %2").arg(f.section, f.rule);
        auto *item = new QListWidgetItem(style()->standardIcon(icon), f.message);
        item->setToolTip(source);
        item->setData(Qt::UserRole, state);
        item->setData(Qt::UserRole + 1, f.rule);
        item->setData(Qt::AccessibleTextRole, u"%1: %2 (%3)"_s.arg(state, f.message, source));
        m_rules->addItem(item);
        auto *where = new QListWidgetItem(u"    "_s + source);
        where->setForeground(palette().color(QPalette::PlaceholderText));
        where->setData(Qt::UserRole, u"source"_s);
        m_rules->addItem(where);
    };
    for (const DiscountFinding &f : decision.refused)
        add(f, QStyle::SP_MessageBoxCritical, tr("Refused"));
    for (const DiscountFinding &f : decision.required)
        add(f, QStyle::SP_MessageBoxWarning, tr("Required before sending"));
    for (const DiscountFinding &f : decision.fired)
        add(f, QStyle::SP_DialogApplyButton, tr("Applied"));
    if (m_rules->count() == 0)
        m_rules->addItem(tr("No discount applies to this quote."));

    while (m_totals->rowCount() > 0)
        m_totals->removeRow(0);
    if (!totals) {
        addRow(tr("Totals"), error, u"quoteTotalsError"_s);
        return;
    }
    const QuoteTotals &t = *totals;
    addRow(tr("Monthly HT"), t.monthlyHt.format(), u"totalMonthlyHt"_s);
    for (const DiscountAmount &d : t.discounts) {
        const DiscountRule *rule = rules.find(d.kind);
        const QString name = rule ? rule->name.text() : d.kind;
        const QString label = d.months > 0 ? tr("%1 −%2 (first %n months)", nullptr, d.months)
                                                 .arg(name, DiscountPolicy::formatBp(d.bp))
                                           : tr("%1 −%2").arg(name, DiscountPolicy::formatBp(d.bp));
        addRow(label, u"−"_s + d.monthly.format(), u"totalDiscount_"_s + d.kind);
    }
    addRow(tr("Monthly after discounts HT"), t.monthlyDiscountedHt.format(),
           u"totalMonthlyDiscountedHt"_s, true);
    for (const VatAmount &v : t.monthlyVat)
        addRow(tr("VAT %1").arg(DiscountPolicy::formatBp(v.rateBp)), v.vat.format());
    addRow(tr("Monthly TTC"), t.monthlyTtc.format(), u"totalMonthlyTtc"_s, true);
    if (t.introMonths > 0)
        addRow(tr("First %n months HT (TTC)", nullptr, t.introMonths),
               tr("%1 (%2)").arg(t.introMonthlyHt.format(), t.introMonthlyTtc.format()),
               u"totalIntro"_s);
    if (t.oneTimeHt.cents() != 0)
        addRow(tr("One-time HT (TTC)"),
               tr("%1 (%2)").arg(t.oneTimeHt.format(), t.oneTimeTtc.format()), u"totalOneTime"_s);
    addRow(tr("First-year value HT"), t.firstYearHt.format(), u"totalFirstYear"_s, true);
}

} // namespace dealboard
