#include "quotefiltermodel.h"

#include "quotetablemodel.h"

namespace dealboard {

QuoteFilterModel::QuoteFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(QuoteTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void QuoteFilterModel::setStatus(const QString &statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    invalidateRowsFilter();
}

bool QuoteFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_status.isEmpty() &&
        sourceModel()->index(sourceRow, 0, sourceParent).data(QuoteTableModel::StatusRole) !=
            m_status)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace dealboard
