#include "stackedbarchart.h"
#include "chartcanvas.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>

using namespace Qt::StringLiterals;

namespace dealboard {

StackedBarChart::StackedBarChart(QWidget *parent)
    : ChartPanel(parent)
{
    rebuild();
}

void StackedBarChart::setCategories(const QStringList &categories)
{
    m_categories = categories;
    rebuild();
}

void StackedBarChart::addSet(const QString &name, const QList<double> &values,
                             const ColorRole &color)
{
    m_sets.append({name, values, color});
    rebuild();
}

void StackedBarChart::addLine(const QString &name, const QList<double> &values,
                              const ColorRole &color)
{
    m_lines.append({name, values, color});
    rebuild();
}

void StackedBarChart::setReferenceLine(const QString &label, double value)
{
    m_reference = std::pair(label, value);
    rebuild();
}

void StackedBarChart::clearReferenceLine()
{
    m_reference.reset();
    rebuild();
}

void StackedBarChart::clear()
{
    m_categories.clear();
    m_sets.clear();
    m_lines.clear();
    m_reference.reset();
    rebuild();
}

QStringList StackedBarChart::categories() const
{
    const QList<QAbstractAxis *> axes = canvas()->chart()->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis))
            return categoryAxis->categories();
    }
    return {};
}

QStringList StackedBarChart::setNames() const
{
    QStringList names;
    if (m_barSeries) {
        const QList<QBarSet *> sets = m_barSeries->barSets();
        for (const QBarSet *set : sets)
            names.append(set->label());
    }
    return names;
}

QList<double> StackedBarChart::values(const QString &setName) const
{
    QList<double> out;
    if (const QBarSet *set = canvas()->findBarSet(setName)) {
        for (int i = 0; i < set->count(); ++i)
            out.append(set->at(i));
    }
    return out;
}

QStringList StackedBarChart::lineNames() const
{
    QStringList names;
    const QList<QAbstractSeries *> all = canvas()->chart()->series();
    for (const QAbstractSeries *series : all) {
        if (qobject_cast<const QLineSeries *>(series) && series != m_referenceSeries)
            names.append(series->name());
    }
    return names;
}

QList<double> StackedBarChart::lineValues(const QString &lineName) const
{
    QList<double> out;
    if (const QLineSeries *line = canvas()->findLine(lineName); line && line != m_referenceSeries) {
        const QList<QPointF> points = line->points();
        for (const QPointF &p : points)
            out.append(p.y());
    }
    return out;
}

std::optional<double> StackedBarChart::referenceValue() const
{
    if (!m_referenceSeries || m_referenceSeries->count() == 0)
        return std::nullopt;
    return m_referenceSeries->at(0).y();
}

QColor StackedBarChart::color(const QString &setOrLineName) const
{
    if (QBarSet *set = canvas()->findBarSet(setOrLineName))
        return set->color();
    if (const QLineSeries *line = canvas()->findLine(setOrLineName))
        return line->color();
    return {};
}

QString StackedBarChart::toolTipText(const QString &name, int index) const
{
    if (index < 0 || index >= m_categories.size())
        return {};
    const QString category = m_categories.at(index);
    for (const Series &line : m_lines) {
        if (line.name == name)
            return tr("%1\n%2: %3").arg(category, name, formatValue(valueAt(line, index)));
    }
    double total = 0;
    QString text;
    for (const Series &set : m_sets) {
        total += valueAt(set, index);
        if (set.name == name)
            text = tr("%1\n%2: %3").arg(category, name, formatValue(valueAt(set, index)));
    }
    if (!text.isEmpty() && m_sets.size() > 1)
        text += u'\n' + tr("Total: %1").arg(formatValue(total));
    return text;
}

QPoint StackedBarChart::elementCenter(const QString &name, int index) const
{
    if (QLineSeries *line = canvas()->findLine(name); line && index >= 0 && index < line->count())
        return canvas()->viewportPoint(line->at(index), line);
    double below = 0;
    for (const Series &set : m_sets) {
        const double v = valueAt(set, index);
        if (set.name == name)
            return canvas()->viewportPoint(QPointF(index, below + v / 2), m_barSeries);
        below += v;
    }
    return {};
}

bool StackedBarChart::hasChartData() const
{
    return !m_categories.isEmpty() && (!m_sets.isEmpty() || !m_lines.isEmpty());
}

double StackedBarChart::valueAt(const Series &series, int index) const
{
    return index >= 0 && index < series.values.size() ? series.values.at(index) : 0.0;
}

void StackedBarChart::populate(const QPalette &palette)
{
    m_referenceSeries = nullptr;
    m_barSeries = nullptr;
    if (!hasChartData())
        return;
    const int n = int(m_categories.size());
    double min = 0;
    double max = 0;
    for (int i = 0; i < n; ++i) {
        double up = 0;
        double down = 0;
        for (const Series &set : std::as_const(m_sets))
            (valueAt(set, i) >= 0 ? up : down) += valueAt(set, i);
        for (const Series &line : std::as_const(m_lines)) {
            up = std::max(up, valueAt(line, i));
            down = std::min(down, valueAt(line, i));
        }
        max = std::max(max, up);
        min = std::min(min, down);
    }
    if (m_reference)
        max = std::max(max, m_reference->second);

    QAbstractAxis *x = canvas()->addCategoryAxis(Qt::AlignBottom, m_categories, palette);
    canvas()->fitCategoryLabels(x);
    QAbstractAxis *y = addValueAxis(Qt::AlignLeft, min, max, palette);
    int colorIndex = 0;
    if (!m_sets.isEmpty()) {
        auto *series = new QStackedBarSeries;
        series->setBarWidth(0.6);
        for (const Series &s : std::as_const(m_sets)) {
            auto *set = new QBarSet(s.name);
            for (int i = 0; i < n; ++i)
                set->append(valueAt(s, i));
            const QColor c = colorFor(s.color, colorIndex++, palette);
            set->setColor(c);
            set->setPen(QPen(Qt::NoPen));
            series->append(set);
        }
        canvas()->chart()->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        canvas()->setBarToolTips(
            series, [this](QBarSet *set, int index) { return toolTipText(set->label(), index); });
        m_barSeries = series;
    }
    for (const Series &s : std::as_const(m_lines)) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(colorFor(s.color, colorIndex++, palette));
        pen.setWidthF(2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (int i = 0; i < n; ++i)
            line->append(i, valueAt(s, i));
        canvas()->chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        canvas()->setLineToolTips(line, Qt::Horizontal, [this, name = s.name](int index) {
            return toolTipText(name, index);
        });
    }
    if (m_reference)
        m_referenceSeries = addReferenceLine(m_reference->first, m_reference->second, n,
                                             Qt::Vertical, x, y, palette);
}

} // namespace dealboard
