#include "mergecompaniesdialog.h"

#include "dialoghook.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(MergeCompaniesDialog &)> s_testHook;
}

MergeCompaniesDialog::MergeCompaniesDialog(const QString &firstSummary,
                                           const QString &secondSummary, QWidget *parent)
    : QDialog(parent)
    , m_first(new QRadioButton(firstSummary, this))
    , m_second(new QRadioButton(secondSummary, this))
{
    setObjectName(u"mergeCompanies"_s);
    setWindowTitle(tr("Merge Companies"));
    auto *intro = new QLabel(tr("Which company stays? The deals and contacts of the other one "
                                "move to it, and the other one is deleted. Edit ▸ Undo takes "
                                "the merge back."),
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

int MergeCompaniesDialog::kept() const
{
    return m_second->isChecked() ? 1 : 0;
}

void MergeCompaniesDialog::setKept(int which)
{
    (which == 1 ? m_second : m_first)->setChecked(true);
}

std::optional<int> MergeCompaniesDialog::choose(const QString &firstSummary,
                                                const QString &secondSummary, QWidget *parent)
{
    MergeCompaniesDialog dialog(firstSummary, secondSummary, parent);
    if (!execWithHook(dialog, s_testHook))
        return std::nullopt;
    return dialog.kept();
}

void MergeCompaniesDialog::setTestHook(std::function<void(MergeCompaniesDialog &)> hook)
{
    s_testHook = std::move(hook);
}

} // namespace dealboard
