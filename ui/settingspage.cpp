#include "settingspage.h"

#include "dealstore.h"
#include "messagebox.h"
#include "setplaybookcommand.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

SettingsPage::SettingsPage(DealStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_stages(new QTableWidget(this))
{
    setObjectName(u"settingsPage"_s);
    auto *title = new QLabel(tr("<b>Stages</b> — a deal that stays in a stage longer than its "
                                "limit is marked as rotting on the board (0: never)."),
                             this);
    title->setWordWrap(true);
    m_stages->setObjectName(u"settingsStages"_s);
    m_stages->setColumnCount(3);
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Probability"), tr("Rotting after (days)")});
    m_stages->verticalHeader()->hide();
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(u"settingsSave"_s);
    connect(save, &QPushButton::clicked, this, &SettingsPage::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stages, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(store, &DealStore::resetDone, this, &SettingsPage::refresh);
}

void SettingsPage::refresh()
{
    const QList<Stage> stages = m_store->playbook().openStages();
    m_stages->setRowCount(static_cast<int>(stages.size()));
    for (int row = 0; row < stages.size(); ++row) {
        const Stage &s = stages.at(row);
        auto *name = new QTableWidgetItem(s.name.text());
        name->setData(Qt::UserRole, s.key);
        name->setFlags(Qt::ItemIsEnabled);
        m_stages->setItem(row, 0, name);
        auto *probability = new QTableWidgetItem(u"%1 %"_s.arg(s.probability));
        probability->setFlags(Qt::ItemIsEnabled);
        m_stages->setItem(row, 1, probability);
        auto *days = new QSpinBox(m_stages);
        days->setObjectName(u"rotting_"_s + s.key);
        days->setRange(0, 3650);
        days->setValue(s.rottingDays);
        days->setAccessibleName(tr("Rotting limit of %1, in days").arg(s.name.text()));
        m_stages->setCellWidget(row, 2, days);
    }
}

bool SettingsPage::save()
{
    if (!m_db)
        return false;
    QHash<QString, int> days;
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        const QString key = m_stages->item(row, 0)->data(Qt::UserRole).toString();
        days.insert(key, static_cast<QSpinBox *>(m_stages->cellWidget(row, 2))->value());
    }
    const Playbook before = m_store->playbook();
    Result<Playbook> after = before.withRottingDays(days);
    if (!after) {
        MessageBox::critical(this, tr("Cannot save the settings"), after.errorMessage());
        return false;
    }
    const bool changed = std::any_of(days.keyBegin(), days.keyEnd(), [&](const QString &key) {
        return before.stage(key) && before.stage(key)->rottingDays != days.value(key);
    });
    if (!changed)
        return true;
    m_undoStack->push(new SetPlaybookCommand(*m_db, *m_store, before, std::move(after).value(),
                                             tr("Change the rotting limits")));
    return true;
}

} // namespace dealboard
