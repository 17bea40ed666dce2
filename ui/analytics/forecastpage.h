#pragma once

#include "analytics/forecast.h"
#include "analytics/forecastaccuracy.h"
#include "analytics/period.h"
#include "analyticspage.h"

class QLabel;
class QTableView;

namespace dealboard {

class DealStore;
class ForecastTableModel;
class MetricTile;
class Playbook;
class StackedBarChart;

// Forecast: what the open pipeline will bring, month by month of expected close (Commit, Best
// case, the rest of the pipeline, the weighted line and the quota), and for months already
// started, what was forecast then against what was won.
class ForecastPage : public AnalyticsPage
{
    Q_OBJECT

public:
    explicit ForecastPage(DealStore *store, QWidget *parent = nullptr);

    StackedBarChart *chart() const { return m_chart; }
    ForecastTableModel *model() const { return m_model; }
    MetricTile *tile(const QString &objectName) const;

protected:
    void recompute() override;

private:
    void show(const Playbook &pb, const Period &period, const Forecast &all, const Forecast &f,
              const QList<MonthAccuracy> &accuracy);

    DealStore *m_store;
    StackedBarChart *m_chart;
    ForecastTableModel *m_model;
    QTableView *m_table;
    QLabel *m_unscheduled;
};

} // namespace dealboard
