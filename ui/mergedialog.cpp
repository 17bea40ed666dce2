#include "mergedialog.h"

#include "dialoghook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(MergeDialog &)> s_testHook;
}

MergeDialog::MergeDialog(Kind kind, const QString &firstSummary, const QString &secondSummary,
                         QWidget *parent)
    : QDialog(parent)
    , m_first(new QRadioButton(firstSummary, this))
    , m_second(new QRadioButton(secondSummary, this))
{
    const bool companies = kind == Kind::Companies;
    setObjectName(companies ? u"mergeCompanies"_s : u"mergeContacts"_s);
    setWindowTitle(companies ? tr("Merge Companies") : tr("Merge Contacts"));
    auto *intro = new QLabel(
        companies ? tr("Which company stays? The deals and contacts of the other one move to it, "
                       "and the other one is deleted. Edit ▸ Undo takes the merge back.")
                  : tr("Which contact stays? The deals of the other one move to it, its empty "
                       "fields take the other one’s values, and the other one is deleted. "
                       "Edit ▸ Undo takes the merge back."),
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

int MergeDialog::kept() const
{
    return m_second->isChecked() ? 1 : 0;
}

void MergeDialog::setKept(int which)
{
    (which == 1 ? m_second : m_first)->setChecked(true);
}

std::optional<int> MergeDialog::choose(Kind kind, const QString &firstSummary,
                                       const QString &secondSummary, QWidget *parent)
{
    MergeDialog dialog(kind, firstSummary, secondSummary, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.kept();
}

void MergeDialog::setTestHook(std::function<void(MergeDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
