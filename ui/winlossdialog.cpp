#include "winlossdialog.h"

#include "clock.h"
#include "playbook/playbook.h"
#include "storage/winlossreviewrepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(WinLossDialog &)> s_hook;
}

WinLossDialog::WinLossDialog(const Playbook &playbook, const QString &dealsText, bool won,
                             Mode mode, const std::optional<WinLossReview> &existing,
                             const QDate &closedOn, QWidget *parent)
    : QDialog(parent)
    , m_playbook(playbook)
    , m_won(won)
    , m_mode(mode)
    , m_reasons(new QButtonGroup(this))
    , m_decisive(new QLineEdit(this))
    , m_competitor(new QLineEdit(this))
    , m_learning(textBox(u"winLossLearning"_s,
                         won ? tr("What worked, to do again") : tr("What not to do again")))
    , m_recontact(new QCheckBox(tr("Recontact the client on"), this))
    , m_recontactOn(new QDateEdit(this))
    , m_feedback(new QLineEdit(this))
    , m_improvement(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"winLossDialog"_s);
    setMinimumWidth(480);
    setWindowTitle(mode == Mode::Edit ? tr("Win/loss review")
                   : won              ? tr("Mark as Won")
                                      : tr("Mark as Lost"));
    auto *layout = new QVBoxLayout(this);
    const QString deals = dealsText.toHtmlEscaped();
    auto *intro = new QLabel(mode == Mode::Edit ? tr("The win/loss review of %1.").arg(deals)
                             : won              ? tr("%1 is won. Why?").arg(deals)
                                                : tr("Why was %1 lost?").arg(deals),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *outcome = new QLabel(won ? tr("Outcome: Won") : tr("Outcome: Lost"), this);
    outcome->setObjectName(u"winLossOutcome"_s);
    QFont bold = outcome->font();
    bold.setBold(true);
    outcome->setFont(bold);
    layout->addWidget(outcome);

    if (mode == Mode::Close) {
        auto *group = new QGroupBox(won ? tr("Main reason (optional)") : tr("Main reason"), this);
        auto *grid = new QGridLayout(group);
        int id = 0;
        for (const LostReason &r : won ? playbook.wonReasons() : playbook.lostReasons()) {
            auto *button = new QRadioButton(r.name.text(), group);
            button->setObjectName(u"reason_"_s + r.key);
            m_reasons->addButton(button, id);
            grid->addWidget(button, id / 2, id % 2);
            m_keys << r.key;
            ++id;
        }
        layout->addWidget(group);
    }

    m_decisive->setObjectName(u"winLossDecisive"_s);
    m_decisive->setPlaceholderText(tr("What tipped the decision"));
    m_competitor->setObjectName(u"winLossCompetitor"_s);
    m_competitor->setPlaceholderText(won ? tr("The competitor's name, if any")
                                         : tr("A competitor, or the status quo"));
    m_recontact->setObjectName(u"winLossRecontact"_s);
    m_recontactOn->setObjectName(u"winLossRecontactOn"_s);
    m_recontactOn->setCalendarPopup(true);
    m_recontactOn->setMinimumDate(closedOn);
    m_recontactOn->setDate(
        std::max(closedOn, Clock::current().now().toLocalTime().date().addMonths(3)));
    m_recontactOn->setEnabled(false);
    m_feedback->setObjectName(u"winLossFeedback"_s);
    m_feedback->setPlaceholderText(tr("A feature request, a gap"));
    m_improvement->setObjectName(u"winLossImprovement"_s);
    m_improvement->setPlaceholderText(tr("What to change in how we sell"));
    for (QLineEdit *e : {m_decisive, m_competitor, m_feedback, m_improvement})
        e->setMaxLength(e == m_competitor ? WinLossReviewRepository::kMaxCompetitor
                                          : WinLossReviewRepository::kMaxText);

    auto *form = new QFormLayout;
    form->addRow(tr("Decisive factor:"), m_decisive);
    form->addRow(won ? tr("Competitor beaten:") : tr("Lost to:"), m_competitor);
    form->addRow(won ? tr("To repeat:") : tr("To avoid:"), m_learning);
    if (!won) {
        m_couldHaveDone =
            textBox(u"winLossCouldHaveDone"_s, tr("An action that could have won it"));
        form->addRow(tr("Could have done:"), m_couldHaveDone);
    }
    auto *recontact = new QHBoxLayout;
    recontact->addWidget(m_recontact);
    recontact->addWidget(m_recontactOn);
    recontact->addStretch();
    form->addRow(tr("Follow-up:"), recontact);
    form->addRow(tr("Product feedback:"), m_feedback);
    form->addRow(tr("Process improvement:"), m_improvement);
    layout->addLayout(form);

    m_error->setObjectName(u"winLossError"_s);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_error);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(mode == Mode::Edit ? tr("&Save") : won ? tr("Mark as &Won") : tr("Mark as &Lost"));
    ok->setObjectName(u"winLossOk"_s);
    layout->addWidget(m_buttons);

    if (existing) {
        m_decisive->setText(existing->decisiveFactor);
        m_competitor->setText(existing->competitor);
        m_learning->setPlainText(existing->learning);
        if (m_couldHaveDone)
            m_couldHaveDone->setPlainText(existing->couldHaveDone);
        setRecontact(existing->recontactOn);
        m_feedback->setText(existing->productFeedback);
        m_improvement->setText(existing->processImprovement);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasons, &QButtonGroup::idClicked, this, &WinLossDialog::updateState);
    connect(m_competitor, &QLineEdit::textChanged, this, &WinLossDialog::updateState);
    connect(m_recontact, &QCheckBox::toggled, m_recontactOn, &QWidget::setEnabled);
    updateState();
}

QPlainTextEdit *WinLossDialog::textBox(const QString &name, const QString &placeholder)
{
    auto *box = new QPlainTextEdit(this);
    box->setObjectName(name);
    box->setPlaceholderText(placeholder);
    box->setTabChangesFocus(true);
    box->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    return box;
}

void WinLossDialog::updateState()
{
    QString problem;
    if (!m_won && m_mode == Mode::Close) {
        const LostReason *reason = m_playbook.lostReason(m_keys.value(m_reasons->checkedId()));
        if (!reason)
            problem = tr("Choose a reason.");
        else if (reason->needsCompetitor && m_competitor->text().trimmed().isEmpty())
            problem = tr("Name the competitor.");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool WinLossDialog::isComplete() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

WinLossDialog::Answer WinLossDialog::answer() const
{
    Answer a;
    a.reason = m_keys.value(m_reasons->checkedId());
    WinLossReview &r = a.review;
    r.won = m_won;
    r.decisiveFactor = m_decisive->text().trimmed();
    r.competitor = m_competitor->text().simplified();
    r.learning = m_learning->toPlainText().trimmed();
    if (m_couldHaveDone)
        r.couldHaveDone = m_couldHaveDone->toPlainText().trimmed();
    if (m_recontact->isChecked())
        r.recontactOn = m_recontactOn->date();
    r.productFeedback = m_feedback->text().trimmed();
    r.processImprovement = m_improvement->text().trimmed();
    if (!m_won) {
        const LostReason *reason = m_playbook.lostReason(a.reason);
        a.competitor = reason && reason->needsCompetitor ? r.competitor : QString();
    }
    return a;
}

void WinLossDialog::chooseReason(const QString &key)
{
    const qsizetype id = m_keys.indexOf(key);
    if (id >= 0)
        m_reasons->button(static_cast<int>(id))->click();
}

void WinLossDialog::setCompetitor(const QString &name)
{
    m_competitor->setText(name);
}

void WinLossDialog::setDecisiveFactor(const QString &text)
{
    m_decisive->setText(text);
}

void WinLossDialog::setLearning(const QString &text)
{
    m_learning->setPlainText(text);
}

void WinLossDialog::setCouldHaveDone(const QString &text)
{
    if (m_couldHaveDone)
        m_couldHaveDone->setPlainText(text);
}

void WinLossDialog::setRecontact(const QDate &date)
{
    m_recontact->setChecked(date.isValid());
    if (date.isValid())
        m_recontactOn->setDate(date);
}

void WinLossDialog::setProductFeedback(const QString &text)
{
    m_feedback->setText(text);
}

void WinLossDialog::setProcessImprovement(const QString &text)
{
    m_improvement->setText(text);
}

std::optional<WinLossDialog::Answer>
WinLossDialog::ask(const Playbook &playbook, const QString &dealsText, bool won, Mode mode,
                   const std::optional<WinLossReview> &existing, const QDate &closedOn,
                   QWidget *parent)
{
    WinLossDialog dialog(playbook, dealsText, won, mode, existing, closedOn, parent);
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

void WinLossDialog::setTestHook(std::function<void(WinLossDialog &)> hook)
{
    s_hook = std::move(hook);
}

} // namespace dealboard
