#include "dealeditorform.h"

#include "clock.h"
#include "moneylineedit.h"
#include "optionaldateedit.h"
#include "storage/companyrepository.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

constexpr qint64 kNewContact = -1;
constexpr int kNameAndEmailRole = Qt::UserRole + 1; // of a contact in the list

// Names a widget for tests and for screen readers.
template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName,
         const QString &placeholder = {})
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    if constexpr (std::is_base_of_v<QLineEdit, W>)
        if (!placeholder.isEmpty())
            widget->setPlaceholderText(placeholder);
    return widget;
}

} // namespace

DealEditorForm::DealEditorForm(Database &db, const Deal *existing, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_isNew(existing == nullptr)
    , m_original(existing ? *existing : Deal())
{
    setObjectName(u"dealEditorForm"_s);
    if (m_isNew) {
        const Playbook &pb = db.playbook();
        const QString currency = pb.currency().isEmpty() ? Money::defaultCurrency() : pb.currency();
        m_original.mrr = Money(0, currency);
        m_original.oneTime = Money(0, currency);
        m_original.owner = db.actor();
        if (!pb.openStages().isEmpty())
            m_original.stage = pb.openStages().constFirst().key;
    }
    createFields();
    fill();

    // From here on a change is the user's.
    for (QLineEdit *e : {m_title, static_cast<QLineEdit *>(m_mrr),
                         static_cast<QLineEdit *>(m_oneTime), m_contactName, m_contactEmail,
                         m_contactPhone, m_contactRole, m_source, m_owner, m_nextStep}) {
        connect(e, &QLineEdit::textChanged, this, [this, e] { Q_EMIT edited(e); });
        connect(e, &QLineEdit::editingFinished, this, [this, e] { Q_EMIT edited(e); });
    }
    connect(m_company, &QComboBox::editTextChanged, this, &DealEditorForm::companyChanged);
    connect(m_company->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { Q_EMIT edited(m_company); });
    connect(m_contact, &QComboBox::currentIndexChanged, this, &DealEditorForm::contactChanged);
    connect(m_mrr, &QLineEdit::textChanged, this, &DealEditorForm::mrrChanged);
    connect(m_segment, &QComboBox::activated, this, [this] { m_segmentChosen = true; });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT edited(m_segment); });
}

QWidget *DealEditorForm::firstField() const
{
    return m_title;
}

void DealEditorForm::createFields()
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const Playbook &pb = m_db.playbook();

    m_title = named(new QLineEdit(this), u"dealTitle"_s, tr("Title"),
                    tr("What the customer buys, e.g. Multi-project hosting"));
    m_form->addRow(tr("&Title:"), m_title);

    m_company = named(new QComboBox(this), u"dealCompany"_s, tr("Company"));
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->lineEdit()->setPlaceholderText(tr("Choose a company or type a new one's name"));
    auto *completer = new QCompleter(m_company->model(), m_company);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_company->setCompleter(completer);
    m_form->addRow(tr("C&ompany:"), m_company);

    m_segment =
        named(new QComboBox(this), u"newCompanySegment"_s, tr("Segment of the new company"));
    for (const Segment &s : pb.segments())
        m_segment->addItem(s.name.text(), s.key);
    m_segment->addItem(tr("Not set"), QString());
    int longest = 0;
    for (int i = 0; i < m_segment->count(); ++i)
        longest = std::max(longest, int(m_segment->itemText(i).size()));
    m_segment->setMinimumContentsLength(longest); // the same width whichever is shown first
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setToolTip(tr("Suggested by the MRR. The segment belongs to the company: an "
                             "agency stays an agency whatever the deal's budget."));
    auto *newCompanyHint = new QLabel(tr("New company, created with the deal"), this);
    newCompanyHint->setObjectName(u"newCompanyHint"_s);
    newCompanyHint->setWordWrap(true);
    newCompanyHint->setForegroundRole(QPalette::PlaceholderText);
    m_newCompanyRow = new QWidget(this);
    auto *newCompanyLayout = new QHBoxLayout(m_newCompanyRow);
    newCompanyLayout->setContentsMargins(0, 0, 0, 0);
    newCompanyLayout->addWidget(m_segment);
    newCompanyLayout->addWidget(newCompanyHint, 1);
    m_form->addRow(tr("Se&gment:"), m_newCompanyRow);

    m_contact = named(new QComboBox(this), u"dealContact"_s, tr("Primary contact"));
    m_form->addRow(tr("Primary &contact:"), m_contact);
    m_contactName = named(new QLineEdit(this), u"newContactName"_s, tr("New contact's name"));
    m_form->addRow(tr("&Name:"), m_contactName);
    m_contactEmail = named(new QLineEdit(this), u"newContactEmail"_s, tr("New contact's email"),
                           tr("name@company.com"));
    m_form->addRow(tr("&Email:"), m_contactEmail);
    m_contactPhone =
        named(new QLineEdit(this), u"newContactPhone"_s, tr("New contact's phone"), tr("Optional"));
    m_form->addRow(tr("P&hone:"), m_contactPhone);
    m_contactRole = named(new QLineEdit(this), u"newContactRole"_s, tr("New contact's job title"),
                          tr("Optional, e.g. CTO"));
    m_form->addRow(tr("&Job title:"), m_contactRole);

    const int amountWidth = fontMetrics().horizontalAdvance(u"000 000 000,00 €"_s) + 24;
    m_mrr = named(new MoneyLineEdit(this), u"dealMrr"_s, tr("Monthly recurring revenue"));
    m_mrr->setCurrency(currency());
    m_mrr->setMaximumWidth(amountWidth);
    m_motion = new QLabel(this);
    m_motion->setObjectName(u"dealMotion"_s);
    m_motion->setForegroundRole(QPalette::PlaceholderText);
    auto *mrrRow = new QHBoxLayout;
    mrrRow->addWidget(m_mrr, 1);
    mrrRow->addWidget(m_motion, 1);
    auto *mrrLabel = new QLabel(tr("&MRR per month:"), this);
    mrrLabel->setBuddy(m_mrr); // a row of two widgets gets no buddy from the form
    m_form->addRow(mrrLabel, mrrRow);
    m_oneTime = named(new MoneyLineEdit(this), u"dealOneTime"_s, tr("One-time amount"));
    m_oneTime->setCurrency(currency());
    m_oneTime->setMaximumWidth(amountWidth);
    m_oneTime->setToolTip(tr("Set-up, migration or other fees billed once."));
    m_form->addRow(tr("One-time &amount:"), m_oneTime);

    if (m_isNew) {
        m_stage = named(new QComboBox(this), u"dealStage"_s, tr("Stage"));
        for (const Stage &s : pb.openStages())
            m_stage->addItem(s.name.text(), s.key);
        m_form->addRow(tr("&Stage:"), m_stage);
    } else {
        const Stage *stage = pb.stage(m_original.stage);
        auto *label = named(new QLabel(stage ? stage->name.text() : m_original.stage, this),
                            u"dealStage"_s, tr("Stage"));
        label->setToolTip(tr("Move the deal on the board to change its stage: each move checks "
                             "the playbook's stage gates."));
        m_form->addRow(tr("Stage:"), label);
    }

    m_close = new OptionalDateEdit(this);
    named(m_close->checkBox(), u"dealHasCloseDate"_s, tr("Has an expected close date"));
    named(m_close->dateEdit(), u"dealCloseDate"_s, tr("Expected close"));
    m_close->setSuggestion([this] { // today plus the longest cycle of the deal's motion
        const Result<Money> mrr = m_mrr->amount();
        const Motion *m = mrr ? m_db.playbook().motionFor(mrr->cents()) : nullptr;
        return Clock::current().now().toLocalTime().date().addDays(m ? m->cycleDaysMax : 0);
    });
    m_form->addRow(tr("E&xpected close:"), m_close);

    m_source = named(new QLineEdit(this), u"dealSource"_s, tr("Source"),
                     tr("Where the deal came from: inbound, referral, trade show…"));
    m_form->addRow(tr("So&urce:"), m_source);
    m_owner = named(new QLineEdit(this), u"dealOwner"_s, tr("Owner"));
    m_form->addRow(tr("O&wner:"), m_owner);
    m_nextStep = named(new QLineEdit(this), u"dealNextStep"_s, tr("Next step"),
                       tr("e.g. Send the proposal"));
    m_form->addRow(tr("Next ste&p:"), m_nextStep);
    m_due = new OptionalDateEdit(this);
    named(m_due->checkBox(), u"dealHasNextStepDue"_s, tr("Next step has a due date"));
    named(m_due->dateEdit(), u"dealNextStepDue"_s, tr("Next step due"));
    m_form->addRow(tr("D&ue:"), m_due);

    m_verbal = new QCheckBox(tr("&Verbal agreement"), this);
    m_verbal->setObjectName(u"dealVerbalAgreement"_s);
    m_verbal->setToolTip(tr("The buyer said yes; only the signature is missing. Feeds the "
                            "forecast: a deal in Nego with a verbal agreement counts in Commit."));
    m_timeline = new QCheckBox(tr("Time&line confirmed"), this);
    m_timeline->setObjectName(u"dealTimelineConfirmed"_s);
    m_timeline->setToolTip(tr("The buyer confirmed when they will decide. Feeds the forecast: a "
                              "deal in Proposal with a confirmed timeline counts in Best case."));
    auto *forecast = new QHBoxLayout;
    forecast->addWidget(m_verbal);
    forecast->addWidget(m_timeline);
    forecast->addStretch(1);
    m_form->addRow(tr("Forecast:"), forecast);
}

void DealEditorForm::fill()
{
    const Deal &d = m_original;
    loadCompanies();
    m_title->setText(d.title);
    m_company->setCurrentIndex(m_isNew ? -1 : m_company->findData(d.companyId));
    companyChanged();
    if (!m_isNew) {
        m_contact->setCurrentIndex(std::max(0, m_contact->findData(d.contactId)));
        m_mrr->setAmount(d.mrr);
    }
    m_oneTime->setAmount(d.oneTime, true);
    mrrChanged();
    if (m_stage)
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(d.stage)));
    m_close->setDate(d.expectedClose);
    m_source->setText(d.source);
    m_owner->setText(d.owner);
    m_nextStep->setText(d.nextStep);
    m_due->setDate(d.nextStepDue);
    m_verbal->setChecked(d.verbalAgreement);
    m_timeline->setChecked(d.timelineConfirmed);
}

void DealEditorForm::loadCompanies()
{
    Result<QList<Company>> companies = CompanyRepository(m_db).list();
    if (companies)
        m_companies = std::move(companies).value();
    const auto isOriginal = [this](const Company &c) { return c.id == m_original.companyId; };
    if (!m_isNew && std::none_of(m_companies.cbegin(), m_companies.cend(), isOriginal)) {
        Company c; // deleted since: the deal keeps it
        c.id = m_original.companyId;
        c.name = m_original.companyName;
        m_companies.append(c);
    }
    std::sort(m_companies.begin(), m_companies.end(), [](const Company &a, const Company &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_company);
    for (const Company &c : std::as_const(m_companies))
        m_company->addItem(c.name, c.id);
}

qint64 DealEditorForm::selectedCompanyId() const
{
    const QString text = m_company->currentText().trimmed();
    const int current = m_company->currentIndex();
    if (current >= 0 && m_company->itemText(current).compare(text, Qt::CaseInsensitive) == 0)
        return m_company->itemData(current).toLongLong();
    const int i = m_company->findText(text, Qt::MatchFixedString); // case-insensitive
    return i >= 0 ? m_company->itemData(i).toLongLong() : 0;
}

bool DealEditorForm::isNewCompany() const
{
    return selectedCompanyId() == 0 && !m_company->currentText().trimmed().isEmpty();
}

void DealEditorForm::companyChanged()
{
    m_form->setRowVisible(m_newCompanyRow, isNewCompany());
    if (m_contact->count() == 0 ||
        m_contact->property("companyId").toLongLong() != selectedCompanyId())
        loadContacts();
    Q_EMIT edited(m_company);
}

void DealEditorForm::loadContacts()
{
    const qint64 companyId = selectedCompanyId();
    const bool wasCreating = m_contact->currentData().toLongLong() == kNewContact;
    const QSignalBlocker blocker(m_contact);
    m_contact->clear();
    m_contact->setProperty("companyId", companyId);
    m_contact->addItem(tr("None"), qint64(0));
    QList<Contact> contacts;
    if (companyId > 0) {
        Result<QList<Contact>> listed = ContactRepository(m_db).list(companyId);
        if (listed)
            contacts = std::move(listed).value();
    }
    const auto isOriginal = [this](const Contact &c) { return c.id == m_original.contactId; };
    if (!m_isNew && companyId == m_original.companyId && m_original.contactId > 0 &&
        std::none_of(contacts.cbegin(), contacts.cend(), isOriginal)) {
        Contact c; // the deal's contact has left the company since: keep it
        c.id = m_original.contactId;
        c.name = m_original.contactName;
        contacts.prepend(c);
    }
    for (const Contact &c : std::as_const(contacts)) {
        m_contact->addItem(c.email.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.email), c.id);
        m_contact->setItemData(m_contact->count() - 1, QStringList{c.name, c.email},
                               kNameAndEmailRole);
    }
    m_contact->insertSeparator(m_contact->count());
    m_contact->addItem(tr("New contact…"), kNewContact);
    // A new deal proposes the company's first contact; a contact being typed stays.
    const int index = wasCreating                      ? m_contact->findData(kNewContact)
                      : m_isNew && !contacts.isEmpty() ? 1
                                                       : 0;
    m_contact->setCurrentIndex(index);
    contactChanged();
}

void DealEditorForm::contactChanged()
{
    const bool creating = m_contact->currentData().toLongLong() == kNewContact;
    for (QWidget *w : {m_contactName, m_contactEmail, m_contactPhone, m_contactRole})
        m_form->setRowVisible(w, creating);
    if (creating && m_contact->hasFocus())
        m_contactName->setFocus(Qt::TabFocusReason);
    Q_EMIT edited(m_contact);
}

void DealEditorForm::mrrChanged()
{
    const Result<Money> mrr = m_mrr->amount();
    const Motion *motion =
        mrr && !mrr->isZero() ? m_db.playbook().motionFor(mrr->cents()) : nullptr;
    m_motion->setText(motion ? tr("%1, expected cycle %2–%3 days")
                                   .arg(motion->name.text())
                                   .arg(motion->cycleDaysMin)
                                   .arg(motion->cycleDaysMax)
                             : QString());
    if (!mrr || m_segmentChosen)
        return;
    const Segment *suggested =
        mrr->isZero() ? nullptr : m_db.playbook().suggestedSegment(mrr->cents());
    m_segment->setCurrentIndex(m_segment->findData(suggested ? suggested->key : QString()));
}

QList<DealEditorForm::Problem> DealEditorForm::problems() const
{
    QList<Problem> out;
    const DealDraft d = draft();
    if (d.deal.title.isEmpty())
        out.append({m_title, tr("Give the deal a title.")});
    if (m_company->currentText().trimmed().isEmpty())
        out.append({m_company, tr("Choose the company, or type the name of a new one.")});
    else if (Status s = d.newCompany ? CompanyRepository(m_db).validate(*d.newCompany) : Status();
             !s)
        out.append({m_company, s.errorMessage()});
    if (const std::optional<Contact> &c = d.newContact) {
        if (c->name.isEmpty())
            out.append({m_contactName, tr("Give the new contact a name.")});
        if (c->email.isEmpty())
            out.append({m_contactEmail, tr("Enter the new contact's email address.")});
        else if (!isValidEmail(c->email))
            out.append({m_contactEmail,
                        tr("“%1” is not a valid email address: check the new contact's email.")
                            .arg(c->email)});
        else if (auto same = ContactRepository(m_db).findByEmail(c->email); same && *same)
            out.append({m_contactEmail, tr("%1 already has this email address: choose them as "
                                           "the contact instead.")
                                            .arg((*same)->name)});
        else if (Status s = ContactRepository(m_db).validate(*c); !s)
            out.append({m_contactName, s.errorMessage()});
    }
    const std::pair<MoneyLineEdit *, QString> amounts[] = {{m_mrr, tr("MRR")},
                                                           {m_oneTime, tr("One-time amount")}};
    for (const auto &[field, name] : amounts) {
        const Result<Money> amount = field->amount();
        if (!amount)
            out.append({field, tr("%1: %2").arg(name, amount.errorMessage())});
        else if (amount->cents() < 0)
            out.append({field, tr("%1: an amount cannot be negative.").arg(name)});
    }
    if (out.isEmpty()) { // whatever else the repository checks
        Deal deal = d.deal;
        if (d.newCompany)
            deal.companyId = std::numeric_limits<qint64>::max(); // stands for the new one
        if (Status s = DealRepository(m_db).validate(deal); !s)
            out.append({nullptr, s.errorMessage()});
    }
    return out;
}

DealDraft DealEditorForm::draft() const
{
    DealDraft out;
    Deal &d = out.deal;
    d = m_original; // keeps the id, stage, position, lost reason and imported ids
    d.title = m_title->text().trimmed();
    const Result<Money> mrr = m_mrr->amount();
    const Result<Money> oneTime = m_oneTime->amount();
    d.mrr = mrr ? *mrr : Money(0, currency());
    d.oneTime = oneTime ? *oneTime : Money(0, currency());

    d.companyId = selectedCompanyId();
    d.companyName = m_company->currentText().trimmed();
    d.companySegment.clear();
    for (const Company &c : m_companies) {
        if (c.id == d.companyId) {
            d.companyName = c.name;
            d.companySegment = c.segment;
        }
    }
    if (isNewCompany()) {
        Company c;
        c.name = d.companyName;
        c.segment = m_segment->currentData().toString();
        d.companySegment = c.segment;
        out.newCompany = c;
    }

    const qint64 contact = m_contact->currentData().toLongLong();
    d.contactId = std::max<qint64>(0, contact);
    const QStringList nameAndEmail = m_contact->currentData(kNameAndEmailRole).toStringList();
    d.contactName = nameAndEmail.value(0);
    d.contactEmail = nameAndEmail.value(1);
    if (contact == kNewContact) {
        Contact c;
        c.companyId = d.companyId;
        c.name = m_contactName->text().trimmed();
        c.email = m_contactEmail->text().trimmed();
        c.phone = m_contactPhone->text().trimmed();
        c.role = m_contactRole->text().trimmed();
        d.contactName = c.name;
        d.contactEmail = c.email;
        out.newContact = c;
    }

    if (m_stage)
        d.stage = m_stage->currentData().toString();
    d.expectedClose = m_close->date();
    d.source = m_source->text().trimmed();
    d.owner = m_owner->text().trimmed();
    d.nextStep = m_nextStep->text().trimmed();
    d.nextStepDue = m_due->date();
    d.verbalAgreement = m_verbal->isChecked();
    d.timelineConfirmed = m_timeline->isChecked();
    return out;
}

} // namespace dealboard
