#include "qualificationchecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
// Keys of the answers (stored in qualification.answers: never rename them).
const QString kName = u"fullName"_s;
const QString kEmail = u"email"_s;
const QString kPhone = u"phone"_s;
const QString kCompany = u"company"_s;
const QString kRole = u"role"_s;
const QString kLinkedin = u"linkedin"_s;
const QString kSource = u"source"_s;
const QString kDecisionRole = u"decisionRole"_s;
const QString kUrgency = u"urgency"_s;
const QString kIcpFit = u"icpFit"_s;
constexpr int kColumns = 3; // sections side by side
} // namespace

QualificationChecklist::QualificationChecklist(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"qualificationChecklist"_s);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int column = 0; column < kColumns; ++column)
        layout->setColumnStretch(column, 1);

    QFormLayout *identity = section(u"identity"_s, tr("Identity"));
    addLine(identity, kName, tr("Full &name:"));
    addLine(identity, kEmail, tr("Professional &email:"), tr("name@company.com"));
    addLine(identity, kPhone, tr("P&hone:"));
    addLine(identity, kCompany, tr("Compan&y:"));
    addLine(identity, kRole, tr("Role / &title:"));
    addLine(identity, kLinkedin, tr("&LinkedIn (optional):"), tr("https://linkedin.com/in/…"));

    QFormLayout *context = section(u"context"_s, tr("Context"));
    addLine(context, kSource, tr("How they found us:"));
    addLine(context, u"currentSetup"_s, tr("Current host and stack:"));
    addLine(context, u"infraSize"_s, tr("Infrastructure size:"), tr("VPS, budgets, users"));
    addLine(context, u"techTeam"_s, tr("Tech team:"), tr("size, skills"));

    QFormLayout *need = section(u"need"_s, tr("Need"));
    addLine(need, u"mainProblem"_s, tr("Main problem:"));
    addLine(need, u"impact"_s, tr("Its impact:"), tr("€, time, risk"));
    m_urgency = new QSpinBox(this);
    m_urgency->setObjectName(u"answer_"_s + kUrgency);
    m_urgency->setRange(0, 10);
    m_urgency->setSpecialValueText(tr("Not set"));
    m_urgency->setSuffix(tr(" / 10"));
    need->addRow(tr("Urgency (1–10):"), m_urgency);
    connect(m_urgency, &QSpinBox::valueChanged, this, &QualificationChecklist::edited);
    addLine(need, u"useCase"_s, tr("Use case:"));

    QFormLayout *decision = section(u"decision"_s, tr("Decision"));
    m_decisionRole = new QComboBox(this);
    m_decisionRole->setObjectName(u"answer_"_s + kDecisionRole);
    m_decisionRole->addItem(tr("Not known"), QString());
    const QStringList roleLabels = {tr("User"), tr("Influencer"), tr("Decision maker"),
                                    tr("Economic buyer")};
    const QStringList roles = Contact::decisionRoles();
    for (qsizetype i = 0; i < roles.size(); ++i)
        m_decisionRole->addItem(i < roleLabels.size() ? roleLabels.at(i) : roles.at(i),
                                roles.at(i));
    decision->addRow(tr("Decision maker or influencer:"), m_decisionRole);
    connect(m_decisionRole, &QComboBox::currentIndexChanged, this, &QualificationChecklist::edited);
    addLine(decision, u"decisionProcess"_s, tr("Decision process:"));
    addLine(decision, u"stakeholders"_s, tr("Other stakeholders:"));
    addLine(decision, u"decisionTimeline"_s, tr("Decision timeline:"));

    QFormLayout *budget = section(u"budget"_s, tr("Budget"));
    addLine(budget, u"currentBudget"_s, tr("Current cloud budget:"));
    addLine(budget, u"availableBudget"_s, tr("Available budget:"));
    addLine(budget, u"budgetApprover"_s, tr("Who approves:"));

    QFormLayout *fit = section(u"fit"_s, tr("Fit"));
    m_icpFit = new QCheckBox(tr("Matches the ICP"), this);
    m_icpFit->setObjectName(u"answer_"_s + kIcpFit);
    fit->addRow(QString(), m_icpFit);
    connect(m_icpFit, &QCheckBox::toggled, this, &QualificationChecklist::edited);
    addLine(fit, u"redFlags"_s, tr("Red flags:"), tr("sector, values"));
    addLine(fit, u"upsell"_s, tr("Upsell potential:"));
    layout->setRowStretch(layout->rowCount(), 1);
}

QFormLayout *QualificationChecklist::section(const QString &key, const QString &title)
{
    auto *group = new QGroupBox(title, this);
    group->setObjectName(u"section_"_s + key);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *grid = static_cast<QGridLayout *>(layout());
    grid->addWidget(group, m_sections / kColumns, m_sections % kColumns);
    ++m_sections;
    return form;
}

QLineEdit *QualificationChecklist::addLine(QFormLayout *form, const QString &key,
                                           const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"answer_"_s + key);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    m_edits.insert(key, edit);
    m_order << key;
    connect(edit, &QLineEdit::textEdited, this, &QualificationChecklist::edited);
    return edit;
}

void QualificationChecklist::setKnown(const Contact &contact, const Company &company,
                                      const QString &source)
{
    m_edits.value(kName)->setText(contact.name);
    m_edits.value(kEmail)->setText(contact.email);
    m_edits.value(kPhone)->setText(contact.phone);
    m_edits.value(kRole)->setText(contact.role);
    m_edits.value(kLinkedin)->setText(contact.linkedin);
    m_edits.value(kCompany)->setText(company.name);
    m_edits.value(kSource)->setText(source);
    const int role = m_decisionRole->findData(contact.decisionRole);
    m_decisionRole->setCurrentIndex(role < 0 ? 0 : role);
}

QJsonObject QualificationChecklist::answers() const
{
    QJsonObject answers;
    for (const QString &key : m_order)
        answers.insert(key, m_edits.value(key)->text().trimmed());
    answers.insert(kDecisionRole, m_decisionRole->currentData().toString());
    answers.insert(kUrgency,
                   m_urgency->value() == 0 ? QJsonValue() : QJsonValue(m_urgency->value()));
    answers.insert(kIcpFit, m_icpFit->isChecked());
    return answers;
}

Contact QualificationChecklist::contactWith(Contact contact) const
{
    contact.name = m_edits.value(kName)->text().trimmed();
    contact.email = m_edits.value(kEmail)->text().trimmed();
    contact.phone = m_edits.value(kPhone)->text().trimmed();
    contact.role = m_edits.value(kRole)->text().trimmed();
    contact.linkedin = m_edits.value(kLinkedin)->text().trimmed();
    if (const QString role = m_decisionRole->currentData().toString(); !role.isEmpty())
        contact.decisionRole = role;
    return contact;
}

Company QualificationChecklist::companyWith(Company company) const
{
    company.name = m_edits.value(kCompany)->text().trimmed();
    if (const QString source = m_edits.value(kSource)->text().trimmed(); !source.isEmpty())
        company.source = source;
    return company;
}

} // namespace dealboard
