#include "dealfiltermodel.h"

#include "dealtablemodel.h"

namespace dealboard {

DealFilterModel::DealFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DealTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DealFilterModel::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void DealFilterModel::setStage(const QString &stageKey)
{
    if (stageKey == m_stage)
        return;
    m_stage = stageKey;
    invalidateRowsFilter();
}

bool DealFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_stage.isEmpty() &&
        model->data(first, DealTableModel::StageKeyRole).toString() != m_stage)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {DealTableModel::Title, DealTableModel::Company,
                             DealTableModel::Contact, DealTableModel::NextStep}) {
        const QString cell = model->data(model->index(sourceRow, column, sourceParent)).toString();
        if (cell.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace dealboard
