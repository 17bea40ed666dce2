#pragma once

#include "model/deal.h"
#include "playbook/playbook.h"

#include <QAbstractTableModel>
#include <QList>

namespace dealboard {

// All deals of the database as table rows; the Deals section sorts and filters it through
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

    explicit DealTableModel(QObject *parent = nullptr);

    void setDeals(QList<Deal> deals, const Playbook &playbook);
    const QList<Deal> &deals() const { return m_deals; }
    const Playbook &playbook() const { return m_playbook; }

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

    QList<Deal> m_deals;
    Playbook m_playbook;
};

} // namespace dealboard
