#pragma once

#include "chartpanel.h"

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QBarSet;
class QGraphicsSimpleTextItem;
QT_END_NAMESPACE

namespace dealboard {

// A funnel: one centred bar per stage, the first stage on top, each labelled with its count and
// its conversion from the stage above ("18 · 64.3%"). A step converting less than its target is
// drawn in Palette::chartBelowTarget; the legend then tells the two colours apart.
class FunnelChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    // Counts (or amounts) per stage, top stage first, formatted by the value formatter.
    void setStages(const QStringList &names, const QList<double> &counts);
    // The least conversion (0.5 = 50 %) expected of every step; negative: none.
    void setConversionTarget(double ratio);
    // One target per stage (index i: stage i from stage i − 1; index 0 is ignored); negative or
    // missing: none.
    void setConversionTargets(const QList<double> &ratios);
    void clear();

    // Read back, top stage first.
    QStringList stages() const;
    QList<double> counts() const;
    // Stage i's count over stage i − 1's; NaN for the first stage or after an empty one.
    double conversion(int stage) const;
    bool isBelowTarget(int stage) const;
    QColor barColor(int stage) const;
    QString label(int stage) const;
    QString toolTipText(int stage) const;
    QPoint elementCenter(int stage) const;

protected:
    void populate(const QPalette &palette) override;
    bool hasChartData() const override;

private:
    double countAt(int stage) const;
    double targetAt(int stage) const;
    int row(int stage) const { return int(m_names.size()) - 1 - stage; } // the axis is bottom-up

    QStringList m_names;
    QList<double> m_counts;
    QList<double> m_targets;
    double m_defaultTarget = -1.0;
    QAbstractBarSeries *m_series = nullptr;
    QBarSet *m_pad = nullptr;
    QBarSet *m_onTarget = nullptr;
    QBarSet *m_belowTarget = nullptr;
    QList<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace dealboard
