#include "mergecontactsdialog.h"

#include "dialoghook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(MergeContactsDialog &)> s_testHook;
}

MergeContactsDialog::MergeContactsDialog(const QString &firstSummary, const QString &secondSummary,
                                         QWidget *parent)
    : QDialog(parent)
    , m_first(new QRadioButton(firstSummary, this))
    , m_second(new QRadioButton(secondSummary, this))
{
    setObjectName(u"mergeContacts"_s);
    setWindowTitle(tr("Merge Contacts"));
    auto *intro = new QLabel(tr("Which contact stays? The deals of the other one move to it, its "
                                "empty fields take the other one’s values, and the other one "
                                "is deleted. Edit ▸ Undo takes the merge back."),
                             this);
    intro->setWordWrap(true);
    m_first->setObjectName(u"mergeKeepFirst"_s);
    m_second->setObjectName(u"mergeKeepSecond"_s);
    m_first->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"mergeOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_first);
    layout->addWidget(m_second);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

int MergeContactsDialog::kept() const
{
    return m_second->isChecked() ? 1 : 0;
}

void MergeContactsDialog::setKept(int which)
{
    (which == 1 ? m_second : m_first)->setChecked(true);
}

std::optional<int> MergeContactsDialog::choose(const QString &firstSummary,
                                               const QString &secondSummary, QWidget *parent)
{
    MergeContactsDialog dialog(firstSummary, secondSummary, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.kept();
}

void MergeContactsDialog::setTestHook(std::function<void(MergeContactsDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
