#pragma once

#include <QSortFilterProxyModel>

namespace dealboard {

// The Playbooks panel's search: keeps the rows whose text (and SearchRole, e.g. an objection's
// answer) contains every word typed, ignoring case and accents ("reactivite" finds
// "réactivité"), with their parents; a matching row keeps its children.
class PlaybookFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Extra text a row is found by, besides its display text.
    static constexpr int SearchRole = Qt::UserRole + 100;

    explicit PlaybookFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Lower case, accents removed: what the search compares.
    static QString fold(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words; // folded
};

} // namespace dealboard
