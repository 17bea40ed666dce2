#pragma once

#include "chartpanel.h"

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QLineSeries;
QT_END_NAMESPACE

namespace dealboard {

// One set of bars (leads per week, lost reasons by count …), vertical or horizontal, with an
// optional dashed target line; bars under the target can be drawn in Palette::chartBelowTarget
// (the legend then names both colours).
class BarChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    Qt::Orientation orientation() const;
    // Vertical (default): categories left to right. Horizontal: bars grow to the right, the first
    // category on top.
    void setOrientation(Qt::Orientation orientation);
    // `name` is the series name (tooltips, legend); one value per category.
    void setData(const QString &name, const QStringList &categories, const QList<double> &values,
                 const ColorRole &color = {});
    void setTarget(const QString &label, double value, bool highlightBelow = false);
    void clearTarget();
    void clear();

    // Read back from the chart itself, in the caller's category order.
    QString name() const;
    QStringList categories() const;
    QList<double> values() const;
    std::optional<double> targetValue() const;
    QColor barColor(int index) const;
    QString toolTipText(int index) const;
    QPoint elementCenter(int index) const;

protected:
    void populate(const QPalette &palette) override;
    bool hasChartData() const override;

private:
    int chartIndex(int index) const; // the axis lists horizontal bars bottom-up

    Qt::Orientation m_orientation = Qt::Vertical;
    QString m_name;
    QStringList m_categories;
    QList<double> m_values;
    ColorRole m_color;
    std::optional<std::pair<QString, double>> m_target;
    bool m_highlightBelow = false;
    QBarSet *m_set = nullptr;
    QBarSet *m_below = nullptr;
    QAbstractBarSeries *m_series = nullptr;
    QLineSeries *m_targetSeries = nullptr;
};

} // namespace dealboard
