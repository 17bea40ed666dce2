#include "playbookfiltermodel.h"

namespace dealboard {

PlaybookFilterModel::PlaybookFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
}

QString PlaybookFilterModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

void PlaybookFilterModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool PlaybookFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString text =
        fold(index.data(Qt::DisplayRole).toString() + u' ' + index.data(SearchRole).toString());
    for (const QString &word : m_words)
        if (!text.contains(word))
            return false;
    return true;
}

} // namespace dealboard
