#pragma once

#include "analytics/forecast.h"

#include <QAbstractTableModel>

#include <optional>

namespace dealboard {

// The forecast month by month under the chart: what is expected, and for the months already
// started what was forecast then and what was won.
class ForecastTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        DealsColumn,
        CommitColumn,
        BestCaseColumn,
        PipelineColumn,
        WeightedColumn,
        ForecastThenColumn,
        WonColumn,
        AccuracyColumn,
        ColumnCount
    };
    enum Role
    {
        CentsRole = Qt::UserRole + 1, // the amount in cents (sorting, tests)
    };

    struct Row
    {
        MonthForecast forecast; // month invalid: the deals without an expected close date
        // Only for months started by the as-of day.
        std::optional<Money> forecastThen;
        std::optional<Money> won;
        std::optional<int> accuracyBp;
        int wonDeals = 0;
    };

    explicit ForecastTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace dealboard
