#include "chartcanvas.h"
#include "palette.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dealboard {

ChartCanvas::ChartCanvas(QWidget *parent)
    : QChartView(new QChart, parent) // the view owns the chart
{
    setObjectName(u"chartView"_s);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(240, 160);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 6, 10, 4));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    connect(c, &QChart::plotAreaChanged, this, &ChartCanvas::followPlotArea);
}

void ChartCanvas::reset(const QPalette &palette)
{
    for (const auto &overlay : std::as_const(m_overlays))
        delete overlay.first;
    m_overlays.clear();
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    // Qt Charts deletes the removed axes' and series' items later: an export before the event
    // loop runs would still draw them. Delete them now.
    QList<QPointer<QGraphicsObject>> stale;
    const QList<QGraphicsItem *> items = scene()->items();
    for (QGraphicsItem *item : items) {
        if (QGraphicsObject *object = item->toGraphicsObject(); object && object != c)
            stale.append(object);
    }
    for (const QPointer<QGraphicsObject> &object : std::as_const(stale)) {
        if (object)
            QCoreApplication::sendPostedEvents(object, QEvent::DeferredDelete);
    }
    c->setBackgroundBrush(Palette::chartBackground(palette));
    c->setBackgroundPen(Qt::NoPen);
    setBackgroundBrush(Palette::chartBackground(palette));
    m_hiddenMarkers.clear();
    m_fittedAxis = nullptr;
    c->legend()->setFont(chartFont());
    c->legend()->setLabelColor(Palette::chartText(palette));
}

void ChartCanvas::finish()
{
    // Qt 6.4 draws bar markers empty with MarkerShapeFromSeries: give them plain rectangles.
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (qobject_cast<QBarLegendMarker *>(marker))
            marker->setShape(QLegend::MarkerShapeRectangle);
    }
    chart()->legend()->setVisible(legendEntries(false).size() >= 2);
    followPlotArea();
}

QFont ChartCanvas::chartFont(qreal scale, bool bold) const
{
    QFont f = font();
    f.setPixelSize(std::max(1, qRound(QFontInfo(font()).pixelSize() * scale)));
    f.setBold(bold);
    return f;
}

QAbstractAxis *ChartCanvas::addValueAxis(Qt::Alignment alignment, const ChartFormat::Ticks &ticks,
                                         const QPalette &palette)
{
    // A category axis labelled on its values: the labels are the formatter's, not printf's.
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(ticks.first - ticks.step / 1000);
    for (int i = 0; i < ticks.labels.size(); ++i)
        axis->append(ticks.labels.at(i), ticks.first + i * ticks.step);
    axis->setRange(ticks.first, ticks.last());
    axis->setLabelsFont(chartFont(0.92));
    axis->setLabelsColor(Palette::chartText(palette));
    axis->setGridLineColor(Palette::chartGrid(palette));
    axis->setLineVisible(false);
    chart()->addAxis(axis, alignment);
    return axis;
}

QAbstractAxis *ChartCanvas::addCategoryAxis(Qt::Alignment alignment, const QStringList &categories,
                                            const QPalette &palette)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(0.92));
    axis->setLabelsColor(Palette::chartText(palette));
    axis->setGridLineVisible(false);
    axis->setLinePenColor(Palette::chartGrid(palette));
    chart()->addAxis(axis, alignment);
    return axis;
}

QLineSeries *ChartCanvas::addReferenceLine(const QString &text, double value, int categoryCount,
                                           Qt::Orientation valueAxisOrientation,
                                           QAbstractAxis *categoryAxis, QAbstractAxis *valueAxis,
                                           const QPalette &palette)
{
    auto *line = new QLineSeries;
    line->setName(text);
    QPen pen(Palette::chartReference(palette));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    const double first = -0.5;
    const double last = categoryCount - 0.5;
    const bool vertical = valueAxisOrientation == Qt::Vertical;
    line->append(vertical ? QPointF(first, value) : QPointF(value, first));
    line->append(vertical ? QPointF(last, value) : QPointF(value, last));
    chart()->addSeries(line);
    line->attachAxis(categoryAxis);
    line->attachAxis(valueAxis);
    hideLegendMarkers(line); // labelled on the line itself
    connect(line, &QLineSeries::hovered, this, [this, text](const QPointF &, bool state) {
        if (state)
            showToolTip(text);
        else
            QToolTip::hideText();
    });
    const auto place = [this, line, vertical, last, value](QGraphicsSimpleTextItem *item) {
        const QRectF box = item->boundingRect();
        const QPointF end =
            chart()->mapToPosition(vertical ? QPointF(last, value) : QPointF(value, last), line);
        item->setPos(vertical ? QPointF(end.x() - box.width() - 4, end.y() - box.height() - 1)
                              : QPointF(end.x() + 4, end.y()));
    };
    QGraphicsSimpleTextItem *label = addOverlayText(text, Palette::chartReference(palette), place);
    // Over a bar the label keeps a background of its own.
    auto *backdrop = new QGraphicsRectItem(label->boundingRect().adjusted(-3, 0, 3, 0), label);
    backdrop->setFlag(QGraphicsItem::ItemStacksBehindParent);
    QColor fill = Palette::chartBackground(palette);
    fill.setAlpha(200);
    backdrop->setBrush(fill);
    backdrop->setPen(Qt::NoPen);
    return line;
}

void ChartCanvas::setBarToolTips(QAbstractBarSeries *series,
                                 std::function<QString(QBarSet *, int)> text)
{
    connect(series, &QAbstractBarSeries::hovered, this,
            [this, text = std::move(text)](bool status, int index, QBarSet *set) {
                if (status)
                    showToolTip(text(set, index));
                else
                    QToolTip::hideText();
            });
}

void ChartCanvas::setLineToolTips(QLineSeries *series, Qt::Orientation categoryOrientation,
                                  std::function<QString(int)> text)
{
    connect(series, &QLineSeries::hovered, this,
            [this, series, categoryOrientation, text = std::move(text)](const QPointF &point,
                                                                        bool state) {
                if (!state || series->count() == 0) {
                    QToolTip::hideText();
                    return;
                }
                const double at = categoryOrientation == Qt::Horizontal ? point.x() : point.y();
                showToolTip(text(std::clamp(int(std::lround(at)), 0, int(series->count()) - 1)));
            });
}

void ChartCanvas::hideLegendMarker(QBarSet *set)
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker); bar && bar->barset() == set) {
            bar->setVisible(false);
            m_hiddenMarkers.append(bar);
        }
    }
}

void ChartCanvas::hideLegendMarkers(QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(false);
        m_hiddenMarkers.append(marker);
    }
}

QGraphicsSimpleTextItem *
ChartCanvas::addOverlayText(const QString &text, const QColor &color,
                            std::function<void(QGraphicsSimpleTextItem *)> place)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart());
    item->setFont(chartFont(0.92));
    item->setBrush(color);
    item->setZValue(100);
    m_overlays.append({item, std::move(place)});
    return item;
}

QPoint ChartCanvas::viewportPoint(const QPointF &value, QAbstractSeries *series) const
{
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(value, series)));
}

QBarSet *ChartCanvas::findBarSet(const QString &name) const
{
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *series : all) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                if (set->label() == name)
                    return set;
            }
        }
    }
    return nullptr;
}

QLineSeries *ChartCanvas::findLine(const QString &name) const
{
    const QList<QAbstractSeries *> all = chart()->series();
    for (QAbstractSeries *series : all) {
        if (auto *line = qobject_cast<QLineSeries *>(series); line && line->name() == name)
            return line;
    }
    return nullptr;
}

QStringList ChartCanvas::legendEntries(bool shownOnly) const
{
    // QLegendMarker::isVisible() also says false for markers the legend has no room for yet.
    QStringList entries;
    if (shownOnly && !chart()->legend()->isVisible())
        return entries;
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        if (!m_hiddenMarkers.contains(marker))
            entries.append(marker->label());
    }
    return entries;
}

QStringList ChartCanvas::valueAxisLabels() const
{
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *values = qobject_cast<QCategoryAxis *>(axis))
            return values->categoriesLabels();
    }
    return {};
}

void ChartCanvas::renderChart(QPainter &painter, const QRectF &target)
{
    QChart *c = chart();
    const QSizeF viewSize = c->size();
    c->resize(target.size());
    followPlotArea();
    if (c->layout()) // a new label angle only asks for a layout later: do it now
        c->layout()->activate();
    followPlotArea();
    c->scene()->render(&painter, target, QRectF(c->scenePos(), target.size()),
                       Qt::IgnoreAspectRatio);
    c->resize(viewSize);
    followPlotArea();
    if (c->layout())
        c->layout()->activate();
}

void ChartCanvas::fitCategoryLabels(QAbstractAxis *axis)
{
    m_fittedAxis = qobject_cast<QBarCategoryAxis *>(axis);
    followPlotArea();
}

QStringList ChartCanvas::overlayTexts() const
{
    QStringList texts;
    for (const auto &overlay : m_overlays)
        texts.append(overlay.first->text());
    return texts;
}

void ChartCanvas::followPlotArea()
{
    if (m_fittedAxis && m_fittedAxis->count() > 0) {
        // Labels side by side when they fit, slanted or upright when they don't (rather than
        // Qt's "Jan 2…").
        const QFontMetricsF metrics(m_fittedAxis->labelsFont());
        qreal widest = 0;
        const QStringList labels = m_fittedAxis->categories();
        for (const QString &label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const qreal room = chart()->plotArea().width() / m_fittedAxis->count();
        const int angle = widest + 8 <= room ? 0 : (metrics.height() * 1.6 <= room ? -45 : -90);
        if (m_fittedAxis->labelsAngle() != angle)
            m_fittedAxis->setLabelsAngle(angle);
        // Qt truncates even labels that fit once slanted; only very long ones need it.
        m_fittedAxis->setTruncateLabels(widest > chart()->size().height() * 0.3);
    }
    for (const auto &[item, place] : std::as_const(m_overlays))
        place(item);
}

void ChartCanvas::showToolTip(const QString &text)
{
    m_lastToolTip = text;
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace dealboard
