#include "producteditordialog.h"

#include "dialoghook.h"
#include "moneylineedit.h"
#include "producttablemodel.h"
#include "storage/database.h"
#include "storage/productrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

std::function<void(ProductEditorDialog &)> s_testHook;

// A product every check accepts: each field is checked alone by putting it into this one, so
// each problem goes under its own field.
Product validBaseline()
{
    Product p;
    p.key = u"x"_s;
    p.name.fr = u"x"_s;
    p.unit.fr = u"x"_s;
    p.price = Money(0);
    p.vatBp = 0;
    return p;
}

} // namespace

ProductEditorDialog::ProductEditorDialog(Database &db, const Product *existing, QWidget *parent)
    : QDialog(parent)
    , m_original(existing ? *existing : Product{})
    , m_key(new QLineEdit(this))
    , m_nameFr(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_unitFr(new QLineEdit(this))
    , m_unitEn(new QLineEdit(this))
    , m_price(new MoneyLineEdit(this))
    , m_billing(new QComboBox(this))
    , m_vat(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"productEditor"_s);
    const bool isNew = existing == nullptr;
    setWindowTitle(isNew ? tr("New Product") : tr("Edit Product — %1").arg(existing->key));

    if (Result<QList<Product>> all = ProductRepository(db).list(true)) {
        for (const Product &p : all.value())
            if (p.id != m_original.id)
                m_others << p;
    }

    QWidget *form = createForm();
    FieldProblems::setUpErrorLabel(m_error, u"productEditorError"_s);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"productEditorOk"_s);
    ok->setText(isNew ? tr("Add Product") : tr("Save"));
    ok->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"productEditorCancel"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_touched = {m_key, m_nameFr, m_unitFr, m_price, m_vat};
        validate();
        if (m_problems.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    for (QLineEdit *edit :
         {m_key, m_nameFr, m_nameEn, m_unitFr, m_unitEn, static_cast<QLineEdit *>(m_price)}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_touched.insert(edit);
            validate();
        });
        connect(edit, &QLineEdit::textChanged, this, &ProductEditorDialog::validate);
    }
    connect(m_vat, &QDoubleSpinBox::valueChanged, this, [this] {
        m_touched.insert(m_vat);
        validate();
    });
    connect(m_billing, &QComboBox::currentIndexChanged, this, &ProductEditorDialog::validate);
    validate();
    (isNew ? m_key : m_nameFr)->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QWidget *ProductEditorDialog::createForm()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_key->setObjectName(u"productKey"_s);
    m_key->setText(m_original.key);
    m_key->setPlaceholderText(tr("vps-m"));
    m_key->setToolTip(tr("What quotes and the command line use to name the product: lower-case "
                         "letters, digits and dashes."));
    form->addRow(tr("&Key:"), m_key);

    m_nameFr->setObjectName(u"productNameFr"_s);
    m_nameFr->setText(m_original.name.fr);
    form->addRow(tr("Name (&French):"), m_nameFr);
    m_nameEn->setObjectName(u"productNameEn"_s);
    m_nameEn->setText(m_original.name.en);
    m_nameEn->setPlaceholderText(tr("Same as the French name"));
    form->addRow(tr("Name (&English):"), m_nameEn);

    m_unitFr->setObjectName(u"productUnitFr"_s);
    m_unitFr->setText(m_original.unit.fr);
    m_unitFr->setPlaceholderText(tr("VM, To, mois…"));
    form->addRow(tr("&Unit (French):"), m_unitFr);
    m_unitEn->setObjectName(u"productUnitEn"_s);
    m_unitEn->setText(m_original.unit.en);
    m_unitEn->setPlaceholderText(tr("Same as the French unit"));
    form->addRow(tr("U&nit (English):"), m_unitEn);

    m_price->setObjectName(u"productPrice"_s);
    m_price->setCurrency(m_original.price.currency());
    m_price->setAmount(m_original.price, m_original.id == 0);
    m_price->setToolTip(tr("Before tax, per unit: per month for a monthly product."));
    form->addRow(tr("&Price HT:"), m_price);

    m_billing->setObjectName(u"productBilling"_s);
    m_billing->addItem(ProductTableModel::billingText(Billing::Monthly),
                       billingKey(Billing::Monthly));
    m_billing->addItem(ProductTableModel::billingText(Billing::OneTime),
                       billingKey(Billing::OneTime));
    m_billing->setCurrentIndex(m_billing->findData(billingKey(m_original.billing)));
    form->addRow(tr("&Billing:"), m_billing);

    m_vat->setObjectName(u"productVat"_s);
    m_vat->setRange(0.0, 100.0);
    m_vat->setDecimals(2);
    m_vat->setSingleStep(0.5);
    m_vat->setSuffix(tr(" %"));
    m_vat->setValue(m_original.vatBp / 100.0);
    form->addRow(tr("&VAT rate:"), m_vat);
    return page;
}

Product ProductEditorDialog::product() const
{
    Product p = m_original;
    p.key = m_key->text().trimmed();
    p.name.fr = m_nameFr->text().trimmed();
    p.name.en = m_nameEn->text().trimmed();
    p.unit.fr = m_unitFr->text().trimmed();
    p.unit.en = m_unitEn->text().trimmed();
    if (const Result<Money> price = m_price->amount())
        p.price = price.value();
    p.billing = billingFromKey(m_billing->currentData().toString()).value_or(Billing::Monthly);
    p.vatBp = qRound(m_vat->value() * 100.0);
    return p;
}

void ProductEditorDialog::validate()
{
    const Product p = product();
    QList<FieldProblem> found;
    // ProductRepository::validate decides; each field alone, so each problem shows under it.
    const auto check = [&found](QWidget *field, const Product &probe) {
        if (const Status s = ProductRepository::validate(probe); !s)
            found.append({field, s.errorMessage()});
    };
    Product probe = validBaseline();
    probe.key = p.key;
    check(m_key, probe);
    const auto used = std::find_if(m_others.cbegin(), m_others.cend(),
                                   [&p](const Product &o) { return o.key == p.key; });
    if (used != m_others.cend())
        found.append({m_key, used->active
                                 ? tr("The key “%1” is already used by “%2”; choose another key.")
                                       .arg(p.key, used->name.text())
                                 : tr("The key “%1” is already used by the inactive product "
                                      "“%2”; reactivate it or choose another key.")
                                       .arg(p.key, used->name.text())});
    probe = validBaseline();
    probe.name = p.name;
    check(m_nameFr, probe);
    probe = validBaseline();
    probe.unit = p.unit;
    check(m_unitFr, probe);
    if (const Result<Money> price = m_price->amount(); !price) {
        found.append({m_price, price.errorMessage()});
    } else {
        probe = validBaseline();
        probe.price = price.value();
        check(m_price, probe);
    }
    probe = validBaseline();
    probe.vatBp = p.vatBp;
    check(m_vat, probe);
    // Whatever the checks above missed (a rule added to the repository later).
    if (found.isEmpty())
        check(nullptr, p);

    m_problems =
        m_fieldProblems.show(found, m_touched, m_error, m_buttons->button(QDialogButtonBox::Ok));
}

std::optional<Product> ProductEditorDialog::edit(Database &db, const Product *existing,
                                                 QWidget *parent)
{
    ProductEditorDialog dialog(db, existing, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.product();
}

void ProductEditorDialog::setTestHook(std::function<void(ProductEditorDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
