#include "contacteditordialog.h"

#include "contacttablemodel.h"
#include "dialoghook.h"
#include "fieldformats.h"
#include "relateddealslist.h"
#include "storage/companyrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(ContactEditorDialog &)> s_testHook;
}

ContactEditorDialog::ContactEditorDialog(Database &db, const Contact *existing, QWidget *parent,
                                         qint64 companyId)
    : QDialog(parent)
    , m_original(existing ? *existing : Contact{})
    , m_name(new QLineEdit(this))
    , m_company(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_decisionRole(new QComboBox(this))
    , m_linkedin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"contactEditor"_s);
    const bool isNew = existing == nullptr;
    if (isNew)
        m_original.companyId = companyId;
    setWindowTitle(isNew ? tr("New Contact") : tr("Edit Contact — %1").arg(existing->name));
    QWidget *form = createForm(db);

    FieldProblems::setUpErrorLabel(m_error, u"contactEditorError"_s);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"contactEditorOk"_s);
    ok->setText(isNew ? tr("Create Contact") : tr("Save"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"contactEditorCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_touched = {m_name, m_email, m_phone, m_linkedin};
        validate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (isNew) {
        layout->addWidget(form);
    } else {
        QList<Deal> deals;
        Result<QList<Deal>> all = DealRepository(db).list();
        if (all) {
            for (const Deal &d : all.value())
                if (d.contactId == m_original.id)
                    deals << d;
        }
        m_dealList = new RelatedDealsList(this);
        m_dealList->setObjectName(u"contactDeals"_s);
        m_dealList->setDeals(db.playbook(), deals);
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(u"contactEditorTabs"_s);
        tabs->addTab(form, tr("&Contact"));
        tabs->addTab(m_dealList, tr("&Deals (%1)").arg(deals.size()));
        layout->addWidget(tabs);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_email, m_phone, m_linkedin}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
    }
    validate();
    m_name->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QWidget *ContactEditorDialog::createForm(Database &db)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name->setObjectName(u"contactName"_s);
    m_name->setText(m_original.name);
    form->addRow(tr("&Name:"), m_name);

    m_company->setObjectName(u"contactCompany"_s);
    m_company->addItem(tr("No company"), qint64(0));
    if (Result<QList<Company>> companies = CompanyRepository(db).list(); companies) {
        for (const Company &c : companies.value())
            m_company->addItem(c.name, c.id);
    }
    m_company->setCurrentIndex(std::max(0, m_company->findData(m_original.companyId)));
    form->addRow(tr("C&ompany:"), m_company);

    m_email->setObjectName(u"contactEmail"_s);
    m_email->setText(m_original.email);
    m_email->setPlaceholderText(tr("name@example.com"));
    form->addRow(tr("&Email:"), m_email);
    m_phone->setObjectName(u"contactPhone"_s);
    m_phone->setText(m_original.phone);
    m_phone->setPlaceholderText(tr("+33 1 23 45 67 89"));
    form->addRow(tr("&Phone:"), m_phone);
    m_role->setObjectName(u"contactRole"_s);
    m_role->setText(m_original.role);
    m_role->setPlaceholderText(tr("Job title"));
    form->addRow(tr("&Role:"), m_role);

    m_decisionRole->setObjectName(u"contactDecisionRole"_s);
    m_decisionRole->addItem(tr("Not set"), QString());
    for (const QString &key : Contact::decisionRoles())
        m_decisionRole->addItem(ContactTableModel::decisionRoleLabel(key), key);
    m_decisionRole->setCurrentIndex(std::max(0, m_decisionRole->findData(m_original.decisionRole)));
    m_decisionRole->setToolTip(tr("Their weight in the decision: BANT+ Authority reads it."));
    form->addRow(tr("&Decision role:"), m_decisionRole);

    m_linkedin->setObjectName(u"contactLinkedin"_s);
    m_linkedin->setText(m_original.linkedin);
    m_linkedin->setPlaceholderText(tr("https://www.linkedin.com/in/…"));
    form->addRow(tr("&LinkedIn:"), m_linkedin);
    return page;
}

Contact ContactEditorDialog::contact() const
{
    Contact c = m_original;
    c.name = m_name->text().trimmed();
    c.companyId = m_company->currentData().toLongLong();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.role = m_role->text().trimmed();
    c.decisionRole = m_decisionRole->currentData().toString();
    c.linkedin = m_linkedin->text().trimmed();
    return c;
}

void ContactEditorDialog::validate()
{
    QList<FieldProblem> found;
    const Contact c = contact();
    if (c.name.isEmpty())
        found.append({m_name, tr("Enter the contact's name.")});
    if (!c.email.isEmpty() && !isValidEmail(c.email))
        found.append({m_email, tr("“%1” is not an email address; write it like "
                                  "name@example.com.")
                                   .arg(c.email)});
    if (!c.phone.isEmpty() && !isValidPhone(c.phone))
        found.append({m_phone, tr("“%1” is not a phone number: use digits, spaces and + . - ( ) "
                                  "only, with at least 6 digits.")
                                   .arg(c.phone)});
    if (!c.linkedin.isEmpty() && !isValidWebAddress(c.linkedin))
        found.append({m_linkedin, tr("“%1” is not a web address; paste the profile's link, like "
                                     "https://www.linkedin.com/in/name.")
                                      .arg(c.linkedin)});

    m_problems =
        m_fieldProblems.show(found, m_touched, m_error, m_buttons->button(QDialogButtonBox::Ok));
}

std::optional<Contact> ContactEditorDialog::edit(Database &db, const Contact *existing,
                                                 QWidget *parent, qint64 companyId)
{
    ContactEditorDialog dialog(db, existing, parent, companyId);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.contact();
}

void ContactEditorDialog::setTestHook(std::function<void(ContactEditorDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
