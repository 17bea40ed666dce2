#include "outcomedialog.h"

#include "dialoghook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(OutcomeDialog &)> s_testHook;
} // namespace

OutcomeDialog::OutcomeDialog(const QString &title, const QString &outcome, QWidget *parent)
    : QDialog(parent)
    , m_outcome(new QPlainTextEdit(outcome, this))
{
    setObjectName(u"outcomeDialog"_s);
    setWindowTitle(tr("Done"));
    auto *what = new QLabel(tr("How did “%1” go?").arg(title), this);
    what->setWordWrap(true);
    m_outcome->setObjectName(u"outcomeText"_s);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setPlaceholderText(tr("For example: left a voicemail, demo booked for Thursday"));
    m_outcome->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark Done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);
    resize(420, 200);
}

QString OutcomeDialog::outcome() const
{
    return m_outcome->toPlainText().trimmed();
}

void OutcomeDialog::setOutcome(const QString &outcome)
{
    m_outcome->setPlainText(outcome);
}

std::optional<QString> OutcomeDialog::ask(const QString &title, const QString &outcome,
                                          QWidget *parent)
{
    OutcomeDialog dialog(title, outcome, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.outcome();
}

void OutcomeDialog::setTestHook(std::function<void(OutcomeDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
