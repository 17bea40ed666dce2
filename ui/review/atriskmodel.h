#pragma once

#include "rules/weeklyreview.h"

#include <QAbstractTableModel>

namespace dealboard {

class Playbook;

// The weekly review's deals at risk, one row per deal with all its reasons.
class AtRiskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Company,
        Stage,
        Mrr,
        DaysInStage,
        Reasons,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit AtRiskModel(QObject *parent = nullptr);

    // `playbook` names the stages; it must outlive the next setDeals().
    void setDeals(const QList<AtRiskDeal> &deals, const Playbook *playbook);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AtRiskDeal> m_deals;
    QStringList m_stageNames; // per row
};

} // namespace dealboard
