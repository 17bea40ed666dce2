#include "kpientrydialog.h"

#include "dialoghook.h"
#include "moneylineedit.h"
#include "storage/database.h"
#include "storage/kpientryrepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(KpiEntryDialog &)> s_hook;

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}
} // namespace

KpiEntryDialog::KpiEntryDialog(Database &db, const QDate &month, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_month(new QDateEdit(firstOfMonth(month), this))
    , m_hasNps(new QCheckBox(tr("&NPS of new customers:"), this))
    , m_nps(new QSpinBox(this))
    , m_hasChurn(new QCheckBox(tr("&Churn in the first month:"), this))
    , m_churn(new QDoubleSpinBox(this))
    , m_hasExpansion(new QCheckBox(tr("E&xpansion at month 6:"), this))
    , m_expansion(new QDoubleSpinBox(this))
    , m_hasCac(new QCheckBox(tr("Customer &acquisition cost:"), this))
    , m_cac(new MoneyLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"kpiEntryDialog"_s);
    setWindowTitle(tr("Monthly Figures"));
    m_month->setObjectName(u"kpiMonth"_s);
    m_month->setDisplayFormat(u"MMMM yyyy"_s);
    m_month->setCalendarPopup(true);
    m_nps->setObjectName(u"kpiNps"_s);
    m_nps->setRange(-100, 100);
    m_churn->setObjectName(u"kpiChurn"_s);
    m_expansion->setObjectName(u"kpiExpansion"_s);
    for (QDoubleSpinBox *s : {m_churn, m_expansion}) {
        s->setRange(0, 100);
        s->setDecimals(1);
        s->setSuffix(u" %"_s);
    }
    m_cac->setObjectName(u"kpiCac"_s);
    m_hasNps->setObjectName(u"kpiHasNps"_s);
    m_hasChurn->setObjectName(u"kpiHasChurn"_s);
    m_hasExpansion->setObjectName(u"kpiHasExpansion"_s);
    m_hasCac->setObjectName(u"kpiHasCac"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Month:"), m_month);
    const std::pair<QCheckBox *, QWidget *> rows[] = {
        {m_hasNps, m_nps}, {m_hasChurn, m_churn}, {m_hasExpansion, m_expansion}, {m_hasCac, m_cac}};
    for (const auto &[box, field] : rows) {
        form->addRow(box, field);
        connect(box, &QCheckBox::toggled, field, &QWidget::setEnabled);
    }
    m_error->setObjectName(u"kpiError"_s);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"kpiOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Figures Dealboard cannot compute. Tick a box to enter it; "
                                    "leave it unticked when you do not know it."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &KpiEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_month, &QDateEdit::dateChanged, this, &KpiEntryDialog::load);
    load();
}

QDate KpiEntryDialog::month() const
{
    return firstOfMonth(m_month->date());
}

void KpiEntryDialog::setMonth(const QDate &month)
{
    m_month->setDate(firstOfMonth(month));
}

void KpiEntryDialog::load()
{
    m_stored.clear();
    for (const QString &k : KpiEntry::keys())
        m_stored.insert(k, std::nullopt);
    const Result<QList<KpiEntry>> entries = KpiEntryRepository(m_db).list(month(), month());
    if (!entries)
        m_error->setText(entries.errorMessage());
    else
        for (const KpiEntry &e : entries.value())
            m_stored.insert(e.kpi, e.value);
    const auto show = [this](const QString &kpi) {
        const std::optional<qint64> v = m_stored.value(kpi);
        setValue(kpi, v ? std::optional<double>(kpi == KpiEntry::nps() ? double(*v) : *v / 100.0)
                        : std::nullopt);
    };
    for (const QString &k : KpiEntry::keys())
        show(k);
}

void KpiEntryDialog::setValue(const QString &kpi, const std::optional<double> &value)
{
    QCheckBox *box = kpi == KpiEntry::nps()               ? m_hasNps
                     : kpi == KpiEntry::churnFirstMonth() ? m_hasChurn
                     : kpi == KpiEntry::expansionMonth6() ? m_hasExpansion
                                                          : m_hasCac;
    QWidget *field = kpi == KpiEntry::nps()               ? static_cast<QWidget *>(m_nps)
                     : kpi == KpiEntry::churnFirstMonth() ? static_cast<QWidget *>(m_churn)
                     : kpi == KpiEntry::expansionMonth6() ? static_cast<QWidget *>(m_expansion)
                                                          : static_cast<QWidget *>(m_cac);
    box->setChecked(value.has_value());
    field->setEnabled(value.has_value()); // also when the box did not change
    if (!value)
        return;
    if (kpi == KpiEntry::nps())
        m_nps->setValue(int(std::lround(*value)));
    else if (kpi == KpiEntry::churnFirstMonth())
        m_churn->setValue(*value);
    else if (kpi == KpiEntry::expansionMonth6())
        m_expansion->setValue(*value);
    else
        m_cac->setAmount(Money(std::llround(*value * 100.0), m_cac->currency()));
}

Result<SaveKpiEntriesCommand::Values> KpiEntryDialog::values() const
{
    SaveKpiEntriesCommand::Values v;
    v.insert(KpiEntry::nps(),
             m_hasNps->isChecked() ? std::optional<qint64>(m_nps->value()) : std::nullopt);
    v.insert(KpiEntry::churnFirstMonth(),
             m_hasChurn->isChecked() ? std::optional<qint64>(std::llround(m_churn->value() * 100))
                                     : std::nullopt);
    v.insert(KpiEntry::expansionMonth6(),
             m_hasExpansion->isChecked()
                 ? std::optional<qint64>(std::llround(m_expansion->value() * 100))
                 : std::nullopt);
    std::optional<qint64> cac;
    if (m_hasCac->isChecked()) {
        const Result<Money> m = m_cac->amount();
        if (!m)
            return userError(tr("CAC: %1").arg(m.errorMessage()));
        cac = m->cents();
    }
    v.insert(KpiEntry::cac(), cac);
    for (auto it = v.cbegin(); it != v.cend(); ++it)
        if (it.value())
            if (Status s = KpiEntryRepository::validate(it.key(), *it.value()); !s)
                return s.error();
    return v;
}

void KpiEntryDialog::accept()
{
    const auto v = values();
    if (!v) {
        m_error->setText(v.errorMessage());
        return;
    }
    QDialog::accept();
}

void KpiEntryDialog::setTestHook(std::function<void(KpiEntryDialog &)> hook)
{
    s_hook = std::move(hook);
}

bool KpiEntryDialog::ask(Database &db, const QDate &month, QWidget *parent, QDate *chosenMonth,
                         SaveKpiEntriesCommand::Values *before,
                         SaveKpiEntriesCommand::Values *after)
{
    KpiEntryDialog dialog(db, month, parent);
    if (!execWithHook(dialog, s_hook))
        return false;
    const auto v = dialog.values();
    if (!v)
        return false;
    *chosenMonth = dialog.month();
    *before = dialog.stored();
    *after = v.value();
    return true;
}

} // namespace dealboard
