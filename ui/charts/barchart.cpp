#include "barchart.h"
#include "chartcanvas.h"
#include "palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>

using namespace Qt::StringLiterals;

namespace dealboard {

BarChart::BarChart(QWidget *parent)
    : ChartPanel(parent)
{
    rebuild();
}

Qt::Orientation BarChart::orientation() const
{
    return m_orientation;
}

void BarChart::setOrientation(Qt::Orientation orientation)
{
    m_orientation = orientation;
    rebuild();
}

void BarChart::setData(const QString &name, const QStringList &categories,
                       const QList<double> &values, const ColorRole &color)
{
    m_name = name;
    m_categories = categories;
    m_values = values;
    m_color = color;
    rebuild();
}

void BarChart::setTarget(const QString &label, double value, bool highlightBelow)
{
    m_target = std::pair(label, value);
    m_highlightBelow = highlightBelow;
    rebuild();
}

void BarChart::clearTarget()
{
    m_target.reset();
    m_highlightBelow = false;
    rebuild();
}

void BarChart::clear()
{
    m_name.clear();
    m_categories.clear();
    m_values.clear();
    m_color = {};
    clearTarget();
}

QString BarChart::name() const
{
    return m_set ? m_set->label() : QString();
}

QStringList BarChart::categories() const
{
    const QList<QAbstractAxis *> axes = canvas()->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList out = categoryAxis->categories();
            if (m_orientation == Qt::Horizontal)
                std::reverse(out.begin(), out.end());
            return out;
        }
    }
    return {};
}

QList<double> BarChart::values() const
{
    QList<double> out;
    if (m_set) {
        for (int i = 0; i < m_set->count(); ++i)
            out.append(m_set->at(chartIndex(i)) + m_below->at(chartIndex(i)));
    }
    return out;
}

std::optional<double> BarChart::targetValue() const
{
    if (!m_targetSeries || m_targetSeries->count() == 0)
        return std::nullopt;
    const QPointF p = m_targetSeries->at(0);
    return m_orientation == Qt::Vertical ? p.y() : p.x();
}

QColor BarChart::barColor(int index) const
{
    if (!m_set || index < 0 || index >= m_set->count())
        return {};
    return m_below->at(chartIndex(index)) != 0 ? m_below->color() : m_set->color();
}

QString BarChart::toolTipText(int index) const
{
    if (index < 0 || index >= m_categories.size())
        return {};
    const double v = index < m_values.size() ? m_values.at(index) : 0.0;
    QString text = m_name.isEmpty()
                       ? tr("%1: %2").arg(m_categories.at(index), formatValue(v))
                       : tr("%1\n%2: %3").arg(m_categories.at(index), m_name, formatValue(v));
    if (m_target && v < m_target->second)
        text +=
            u'\n' + tr("%1 not reached: %2").arg(m_target->first, formatValue(m_target->second));
    return text;
}

QPoint BarChart::elementCenter(int index) const
{
    if (!m_set || index < 0 || index >= m_set->count())
        return {};
    const int at = chartIndex(index);
    const double half = (m_set->at(at) + m_below->at(at)) / 2;
    return canvas()->viewportPoint(
        m_orientation == Qt::Vertical ? QPointF(at, half) : QPointF(half, at), m_series);
}

bool BarChart::hasChartData() const
{
    return !m_categories.isEmpty();
}

int BarChart::chartIndex(int index) const
{
    return m_orientation == Qt::Horizontal ? int(m_categories.size()) - 1 - index : index;
}

void BarChart::populate(const QPalette &palette)
{
    m_set = m_below = nullptr;
    m_series = nullptr;
    m_targetSeries = nullptr;
    if (!hasChartData())
        return;
    const int n = int(m_categories.size());
    const bool vertical = m_orientation == Qt::Vertical;
    QStringList categories = m_categories;
    if (!vertical)
        std::reverse(categories.begin(), categories.end());

    // Two sets stacked, one of them 0 at each category: bars under the target take the second
    // one's colour and the legend says why.
    m_set = new QBarSet(m_name);
    m_below = new QBarSet(tr("Under target"));
    double min = 0;
    double max = m_target ? m_target->second : 0.0;
    bool anyBelow = false;
    for (int i = 0; i < n; ++i) {
        const double v = chartIndex(i) < m_values.size() ? m_values.at(chartIndex(i)) : 0.0;
        const bool below = m_target && m_highlightBelow && v < m_target->second;
        anyBelow = anyBelow || below;
        m_set->append(below ? 0.0 : v);
        m_below->append(below ? v : 0.0);
        min = std::min(min, v);
        max = std::max(max, v);
    }
    const QColor c = colorFor(m_color, 0, palette);
    m_set->setColor(c);
    m_below->setColor(Palette::chartBelowTarget(palette));
    for (QBarSet *set : {m_set, m_below})
        set->setPen(QPen(Qt::NoPen));
    if (vertical)
        m_series = new QStackedBarSeries;
    else
        m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(vertical ? 0.6 : 0.7);
    m_series->append({m_set, m_below});
    canvas()->chart()->addSeries(m_series);
    if (!anyBelow)
        canvas()->hideLegendMarker(m_below);

    QAbstractAxis *categoryAxis =
        canvas()->addCategoryAxis(vertical ? Qt::AlignBottom : Qt::AlignLeft, categories, palette);
    QAbstractAxis *valueAxis =
        addValueAxis(vertical ? Qt::AlignLeft : Qt::AlignBottom, min, max, palette);
    m_series->attachAxis(categoryAxis);
    if (vertical)
        canvas()->fitCategoryLabels(categoryAxis);
    m_series->attachAxis(valueAxis);
    canvas()->setBarToolTips(m_series,
                             [this](QBarSet *, int at) { return toolTipText(chartIndex(at)); });
    if (m_target)
        m_targetSeries = addReferenceLine(m_target->first, m_target->second, n,
                                          vertical ? Qt::Vertical : Qt::Horizontal, categoryAxis,
                                          valueAxis, palette);
}

} // namespace dealboard
