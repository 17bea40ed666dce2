#pragma once

#include "dealstore.h"

#include <QAbstractTableModel>

namespace dealboard {

// All deals of the store as table rows; the Deals section sorts and filters it through
// DealFilterModel. Display text is formatted for the default locale; Qt::UserRole gives the
// raw value to sort on.
class DealTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Company,
        Contact,
        Stage,
        Mrr,
        Weighted,
        Bant,
        ExpectedClose,
        NextStep,
        NextStepDue,
        DaysInStage,
        Owner,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int StageKeyRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit DealTableModel(const DealStore *store, QObject *parent = nullptr);

    const Playbook &playbook() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Deal &deal, int column) const;
    QVariant sortValue(const Deal &deal, int column) const;
    qint64 weightedCents(const Deal &deal) const;
    qint64 daysInStage(const Deal &deal) const;

    const DealStore *m_store;
};

} // namespace dealboard
