#include "objectivesdialog.h"

#include "analytics/period.h"
#include "clock.h"
#include "dialoghook.h"
#include "moneylineedit.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(ObjectivesDialog &)> s_hook;
}

ObjectivesDialog::ObjectivesDialog(const Playbook &playbook, QWidget *parent)
    : QDialog(parent)
    , m_playbook(playbook)
    , m_objectives(playbook.objectives())
    , m_list(new QListWidget(this))
    , m_quarter(new QLineEdit(this))
    , m_newMrr(new MoneyLineEdit(this))
    , m_totalMrr(new MoneyLineEdit(this))
    , m_dealsMin(new QSpinBox(this))
    , m_dealsMax(new QSpinBox(this))
    , m_average(new MoneyLineEdit(this))
    , m_winRate(new QDoubleSpinBox(this))
    , m_focusEn(new QLineEdit(this))
    , m_focusFr(new QLineEdit(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"objectivesDialog"_s);
    setWindowTitle(tr("Quarterly objectives"));
    m_list->setObjectName(u"objectiveList"_s);
    m_list->setMaximumWidth(120);
    m_quarter->setObjectName(u"objectiveQuarter"_s);
    m_quarter->setPlaceholderText(u"2026-Q1"_s);
    m_newMrr->setObjectName(u"objectiveNewMrr"_s);
    m_totalMrr->setObjectName(u"objectiveTotalMrr"_s);
    m_dealsMin->setObjectName(u"objectiveDealsMin"_s);
    m_dealsMax->setObjectName(u"objectiveDealsMax"_s);
    m_average->setObjectName(u"objectiveAverage"_s);
    m_winRate->setObjectName(u"objectiveWinRate"_s);
    m_focusEn->setObjectName(u"objectiveFocusEn"_s);
    m_focusFr->setObjectName(u"objectiveFocusFr"_s);
    m_remove->setObjectName(u"objectiveRemove"_s);
    for (QSpinBox *s : {m_dealsMin, m_dealsMax})
        s->setRange(0, 100000);
    m_winRate->setRange(0, 100);
    m_winRate->setDecimals(1);
    m_winRate->setSuffix(u" %"_s);
    for (MoneyLineEdit *m : {m_newMrr, m_totalMrr, m_average})
        m->setCurrency(playbook.currency());

    auto *form = new QFormLayout;
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&New MRR:"), m_newMrr);
    form->addRow(tr("&Total MRR at the end:"), m_totalMrr);
    auto *deals = new QHBoxLayout;
    deals->addWidget(m_dealsMin);
    deals->addWidget(new QLabel(tr("to"), this));
    deals->addWidget(m_dealsMax);
    form->addRow(tr("&Deals won:"), deals);
    form->addRow(tr("&Average deal size:"), m_average);
    form->addRow(tr("&Win rate:"), m_winRate);
    form->addRow(tr("Focus (English):"), m_focusEn);
    form->addRow(tr("Focus (French):"), m_focusFr);
    auto *add = new QPushButton(tr("&Add Quarter"), this);
    add->setObjectName(u"objectiveAdd"_s);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);
    left->addWidget(m_remove);
    auto *top = new QHBoxLayout;
    top->addLayout(left);
    top->addLayout(form, 1);
    m_error->setObjectName(u"objectiveError"_s);
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"objectivesOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The targets each quarter is measured against on the "
                                    "Funnel & KPIs dashboard."),
                                 this));
    layout->addLayout(top, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (const Objective &o : std::as_const(m_objectives))
        m_list->addItem(o.quarter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_row >= 0 && m_row != row)
            store(m_row);
        load(row);
    });
    connect(add, &QPushButton::clicked, this, &ObjectivesDialog::addQuarter);
    connect(m_remove, &QPushButton::clicked, this, &ObjectivesDialog::removeQuarter);
    connect(buttons, &QDialogButtonBox::accepted, this, &ObjectivesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(m_objectives.isEmpty() ? -1 : 0);
    load(m_list->currentRow());
}

void ObjectivesDialog::load(int row)
{
    m_row = row;
    const bool any = row >= 0 && row < m_objectives.size();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_quarter, m_newMrr, m_totalMrr, m_dealsMin, m_dealsMax,
                                          m_average, m_winRate, m_focusEn, m_focusFr, m_remove})
        w->setEnabled(any);
    if (!any)
        return;
    const Objective &o = m_objectives.at(row);
    const QString cur = m_playbook.currency();
    m_quarter->setText(o.quarter);
    m_newMrr->setAmount(Money(o.newMrrCents, cur));
    m_totalMrr->setAmount(Money(o.totalMrrCents, cur));
    m_dealsMin->setValue(o.dealsMin);
    m_dealsMax->setValue(o.dealsMax);
    m_average->setAmount(Money(o.averageDealCents, cur));
    m_winRate->setValue(o.winRateBp / 100.0);
    m_focusEn->setText(o.focus.en);
    m_focusFr->setText(o.focus.fr);
}

bool ObjectivesDialog::store(int row, QString *problem)
{
    if (row < 0 || row >= m_objectives.size())
        return true;
    Objective &o = m_objectives[row];
    o.quarter = m_quarter->text().trimmed().toUpper();
    const auto amount = [problem](MoneyLineEdit *edit, qint64 *out, const QString &what) {
        const Result<Money> m = edit->amount();
        if (!m) {
            if (problem && problem->isEmpty())
                *problem = tr("%1: %2").arg(what, m.errorMessage());
            return false;
        }
        *out = m->cents();
        return true;
    };
    bool ok = amount(m_newMrr, &o.newMrrCents, tr("New MRR"));
    ok = amount(m_totalMrr, &o.totalMrrCents, tr("Total MRR")) && ok;
    ok = amount(m_average, &o.averageDealCents, tr("Average deal size")) && ok;
    o.dealsMin = m_dealsMin->value();
    o.dealsMax = m_dealsMax->value();
    o.winRateBp = int(std::lround(m_winRate->value() * 100.0));
    o.focus = {m_focusEn->text().trimmed(), m_focusFr->text().trimmed()};
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(o.quarter);
    return ok;
}

QList<Objective> ObjectivesDialog::objectives() const
{
    return m_objectives;
}

void ObjectivesDialog::selectQuarter(const QString &quarter)
{
    for (int i = 0; i < m_objectives.size(); ++i)
        if (m_objectives.at(i).quarter == quarter)
            m_list->setCurrentRow(i);
}

void ObjectivesDialog::addQuarter()
{
    store(m_row);
    // The quarter after the last one, with its targets as a starting point.
    Objective next;
    if (!m_objectives.isEmpty()) {
        next = m_objectives.last();
        const Result<Period> last = Period::fromQuarterKey(next.quarter);
        next.quarter = last ? Period::quarter(last->to.addDays(1)).quarterKey() : QString();
    } else {
        next.quarter = Period::quarter(Clock::current().now().date()).quarterKey();
    }
    m_objectives.append(next);
    m_list->addItem(next.quarter);
    m_list->setCurrentRow(int(m_objectives.size()) - 1);
}

void ObjectivesDialog::removeQuarter()
{
    const int row = m_row;
    if (row < 0 || row >= m_objectives.size())
        return;
    m_row = -1; // nothing to store back
    m_objectives.removeAt(row);
    delete m_list->takeItem(row);
    load(m_list->currentRow());
}

Result<Playbook> ObjectivesDialog::edited() const
{
    return m_playbook.withObjectives(m_objectives);
}

void ObjectivesDialog::accept()
{
    QString problem;
    if (!store(m_row, &problem)) {
        m_error->setText(problem);
        return;
    }
    const Result<Playbook> pb = edited();
    if (!pb) {
        m_error->setText(pb.errorMessage());
        return;
    }
    QDialog::accept();
}

std::optional<Playbook> ObjectivesDialog::ask(const Playbook &playbook, QWidget *parent)
{
    ObjectivesDialog dialog(playbook, parent);
    if (!execWithHook(dialog, s_hook))
        return std::nullopt;
    const Result<Playbook> pb = dialog.edited();
    return pb ? std::optional<Playbook>(pb.value()) : std::nullopt;
}

void ObjectivesDialog::setTestHook(std::function<void(ObjectivesDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
