#pragma once

#include <QSortFilterProxyModel>

namespace dealboard {

// The Quotes section's filters: a status (its key, empty: every status) and a text matched on
// every column.
class QuoteFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuoteFilterModel(QObject *parent = nullptr);
    void setStatus(const QString &statusKey);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
};

} // namespace dealboard
