#include "lostreasondialog.h"

#include "playbook/playbook.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(LostReasonDialog &)> s_hook;
}

LostReasonDialog::LostReasonDialog(const Playbook &playbook, const QString &dealsText,
                                   QWidget *parent)
    : QDialog(parent)
    , m_playbook(playbook)
    , m_reasons(new QButtonGroup(this))
    , m_competitor(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"lostReasonDialog"_s);
    setMinimumWidth(400);
    setWindowTitle(tr("Mark as Lost"));
    auto *intro = new QLabel(tr("Why was %1 lost?").arg(dealsText.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    int id = 0;
    for (const LostReason &r : playbook.lostReasons()) {
        auto *button = new QRadioButton(r.name.text(), this);
        button->setObjectName(u"lostReason_"_s + r.key);
        m_reasons->addButton(button, id++);
        m_keys << r.key;
        layout->addWidget(button);
    }
    m_competitor->setObjectName(u"lostCompetitor"_s);
    m_competitor->setPlaceholderText(tr("Competitor's name"));
    m_note->setObjectName(u"lostNote"_s);
    m_note->setPlaceholderText(tr("What happened, what to learn (optional)"));
    m_note->setMaximumHeight(80);
    auto *form = new QFormLayout;
    form->addRow(tr("Lost to:"), m_competitor);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_error->setObjectName(u"lostError"_s);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark as &Lost"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"lostOk"_s);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QButtonGroup::idClicked, this, &LostReasonDialog::updateState);
    connect(m_competitor, &QLineEdit::textChanged, this, &LostReasonDialog::updateState);
    updateState();
}

void LostReasonDialog::updateState()
{
    const LostReason *reason = m_playbook.lostReason(m_keys.value(m_reasons->checkedId()));
    m_competitor->setEnabled(reason && reason->needsCompetitor);
    QString problem;
    if (!reason)
        problem = tr("Choose a reason.");
    else if (reason->needsCompetitor && m_competitor->text().trimmed().isEmpty())
        problem = tr("Name the competitor.");
    m_error->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool LostReasonDialog::isComplete() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

LostReasonDialog::Answer LostReasonDialog::answer() const
{
    const QString key = m_keys.value(m_reasons->checkedId());
    const LostReason *reason = m_playbook.lostReason(key);
    return {key, reason && reason->needsCompetitor ? m_competitor->text().trimmed() : QString(),
            m_note->toPlainText().trimmed()};
}

void LostReasonDialog::chooseReason(const QString &key)
{
    const qsizetype id = m_keys.indexOf(key);
    if (id >= 0)
        m_reasons->button(static_cast<int>(id))->click();
}

void LostReasonDialog::setCompetitor(const QString &name)
{
    m_competitor->setText(name);
}

void LostReasonDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

std::optional<LostReasonDialog::Answer>
LostReasonDialog::ask(const Playbook &playbook, const QString &dealsText, QWidget *parent)
{
    LostReasonDialog dialog(playbook, dealsText, parent);
    if (s_hook) {
        s_hook(dialog);
        if (!dialog.isComplete())
            return std::nullopt;
        return dialog.answer();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void LostReasonDialog::setTestHook(std::function<void(LostReasonDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
