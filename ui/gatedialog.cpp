#include "gatedialog.h"

#include "playbook/playbook.h"
#include "validation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(GateDialog &)> s_hook;
const QString kEmailKey = u"valid-email"_s;
} // namespace

GateDialog::GateDialog(const Playbook &playbook, const QString &dealText,
                       const QList<CriterionState> &states, QWidget *parent)
    : QDialog(parent)
    , m_states(states)
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"gateDialog"_s);
    setMinimumWidth(440);
    setWindowTitle(tr("Stage gate"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Before %1 moves on, the playbook asks for:").arg(dealText.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QGroupBox *group = nullptr;
    QString currentGate;
    for (const CriterionState &s : std::as_const(m_states)) {
        const QString gate = s.from + u'>' + s.to;
        if (gate != currentGate) {
            const Stage *from = playbook.stage(s.from);
            const Stage *to = playbook.stage(s.to);
            group = new QGroupBox(
                tr("%1 → %2").arg(from ? from->name.text() : s.from, to ? to->name.text() : s.to),
                this);
            group->setLayout(new QVBoxLayout);
            layout->addWidget(group);
            currentGate = gate;
        }
        auto *box = new QCheckBox(s.criterion.label.text(), group);
        box->setObjectName(u"criterion_"_s + s.criterion.key);
        box->setChecked(s.met);
        // What the data proves cannot be ticked; what was already met stays met.
        box->setEnabled(s.tickable && !s.met);
        if (!s.explanation.isEmpty())
            box->setToolTip(s.explanation);
        group->layout()->addWidget(box);
        if (!s.tickable && !s.met && !s.explanation.isEmpty()) {
            auto *why = new QLabel(s.explanation, group);
            why->setObjectName(u"why_"_s + s.criterion.key);
            why->setForegroundRole(QPalette::PlaceholderText);
            why->setIndent(24);
            why->setWordWrap(true);
            group->layout()->addWidget(why);
        }
        if (s.criterion.key == kEmailKey && !s.met) {
            m_email = new QLineEdit(group);
            m_email->setObjectName(u"gateEmail"_s);
            m_email->setPlaceholderText(tr("The contact's email"));
            group->layout()->addWidget(m_email);
            connect(m_email, &QLineEdit::textChanged, this, &GateDialog::updateState);
        }
        m_boxes.insert(s.criterion.key, box);
        connect(box, &QCheckBox::toggled, this, &GateDialog::updateState);
    }
    m_summary->setObjectName(u"gateSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"gateOk"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void GateDialog::updateState()
{
    int missing = 0;
    for (const CriterionState &s : std::as_const(m_states)) {
        bool met = m_boxes.value(s.criterion.key)->isChecked();
        if (s.criterion.key == kEmailKey && m_email)
            met = isValidEmail(m_email->text().trimmed());
        if (s.criterion.key == kEmailKey)
            m_boxes.value(s.criterion.key)->setChecked(met);
        if (!met)
            ++missing;
    }
    m_summary->setText(missing == 0 ? tr("Every criterion holds.")
                                    : tr("%n criterion(s) still missing: the deal stays where "
                                         "it is until they hold.",
                                         nullptr, missing));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing == 0);
}

bool GateDialog::allMet() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

GateDialog::Answer GateDialog::answer() const
{
    Answer a;
    for (const CriterionState &s : m_states)
        if (s.tickable && !s.met && m_boxes.value(s.criterion.key)->isChecked())
            a.check << s.criterion.key;
    if (m_email)
        a.email = m_email->text().trimmed();
    return a;
}

void GateDialog::tick(const QString &key, bool on)
{
    if (QCheckBox *box = m_boxes.value(key); box && box->isEnabled())
        box->setChecked(on);
}

void GateDialog::setEmail(const QString &email)
{
    if (m_email)
        m_email->setText(email);
}

std::optional<GateDialog::Answer> GateDialog::ask(const Playbook &playbook, const QString &dealText,
                                                  const QList<CriterionState> &states,
                                                  QWidget *parent)
{
    GateDialog dialog(playbook, dealText, states, parent);
    if (s_hook) {
        s_hook(dialog);
        return dialog.allMet() ? std::optional<Answer>(dialog.answer()) : std::nullopt;
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void GateDialog::setTestHook(std::function<void(GateDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
