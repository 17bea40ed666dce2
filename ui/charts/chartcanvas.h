#pragma once

#include "chartformat.h"

#include <QChartView>
#include <QList>
#include <QPalette>
#include <QPointer>
#include <QStringList>

#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QLegendMarker;
class QLineSeries;
QT_END_NAMESPACE

namespace dealboard {

// The Qt Charts side of a ChartPanel (internal to ui/charts): the chart and its view, and the
// building blocks the chart types assemble (axes, reference lines, tooltips, text overlays).
// Fonts are pixel-sized so the chart scales alike on screen, in images, PDFs and on paper.
class ChartCanvas : public QChartView
{
    Q_OBJECT

public:
    explicit ChartCanvas(QWidget *parent = nullptr);

    // Removes every series, axis and overlay and restyles the chart for `palette`.
    void reset(const QPalette &palette);
    // After the chart types have added their series: the legend shows when it has two entries.
    void finish();

    QFont chartFont(qreal scale = 1.0, bool bold = false) const;
    // A value axis labelled at the given ticks.
    QAbstractAxis *addValueAxis(Qt::Alignment alignment, const ChartFormat::Ticks &ticks,
                                const QPalette &palette);
    QAbstractAxis *addCategoryAxis(Qt::Alignment alignment, const QStringList &categories,
                                   const QPalette &palette);
    // A dashed line named `text` at `value` across `categoryCount` categories, labelled at its end.
    QLineSeries *addReferenceLine(const QString &text, double value, int categoryCount,
                                  Qt::Orientation valueAxisOrientation, QAbstractAxis *categoryAxis,
                                  QAbstractAxis *valueAxis, const QPalette &palette);
    // Tooltips on hover: `text` gets the set and the category index (the index for lines).
    void setBarToolTips(QAbstractBarSeries *series, std::function<QString(QBarSet *, int)> text);
    void setLineToolTips(QLineSeries *series, Qt::Orientation categoryOrientation,
                         std::function<QString(int)> text);
    void hideLegendMarker(QBarSet *set);
    void hideLegendMarkers(QAbstractSeries *series);
    // Keeps a horizontal category axis readable: its labels slant when they no longer fit.
    void fitCategoryLabels(QAbstractAxis *axis);
    // A text over the chart; `place` positions it whenever the plot area changes.
    QGraphicsSimpleTextItem *addOverlayText(const QString &text, const QColor &color,
                                            std::function<void(QGraphicsSimpleTextItem *)> place);

    QPoint viewportPoint(const QPointF &value, QAbstractSeries *series) const;
    QBarSet *findBarSet(const QString &name) const;
    QLineSeries *findLine(const QString &name) const;
    // The legend's entries (none while it is hidden unless `shownOnly` is false).
    QStringList legendEntries(bool shownOnly = true) const;
    QStringList valueAxisLabels() const;
    QString lastToolTip() const { return m_lastToolTip; }
    QStringList overlayTexts() const;

    // Lays the chart out at `target`'s size for the time of painting it there.
    void renderChart(QPainter &painter, const QRectF &target);

private:
    // Places the overlays and fits the category labels to the current plot area.
    void followPlotArea();
    void showToolTip(const QString &text);

    QList<std::pair<QGraphicsSimpleTextItem *, std::function<void(QGraphicsSimpleTextItem *)>>>
        m_overlays;
    QString m_lastToolTip;
    QList<QLegendMarker *> m_hiddenMarkers;
    QPointer<QBarCategoryAxis> m_fittedAxis;
};

} // namespace dealboard
