#include "funnelchart.h"
#include "chartcanvas.h"
#include "palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace dealboard {

FunnelChart::FunnelChart(QWidget *parent)
    : ChartPanel(parent)
{
    rebuild();
}

void FunnelChart::setStages(const QStringList &names, const QList<double> &counts)
{
    m_names = names;
    m_counts = counts;
    rebuild();
}

void FunnelChart::setConversionTarget(double ratio)
{
    m_targets.clear();
    m_defaultTarget = ratio;
    rebuild();
}

void FunnelChart::setConversionTargets(const QList<double> &ratios)
{
    m_targets = ratios;
    m_defaultTarget = -1.0;
    rebuild();
}

void FunnelChart::clear()
{
    m_names.clear();
    m_counts.clear();
    m_targets.clear();
    m_defaultTarget = -1.0;
    rebuild();
}

QStringList FunnelChart::stages() const
{
    const QList<QAbstractAxis *> axes = canvas()->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList out = categoryAxis->categories();
            std::reverse(out.begin(), out.end());
            return out;
        }
    }
    return {};
}

QList<double> FunnelChart::counts() const
{
    QList<double> out;
    if (!m_onTarget)
        return out;
    for (int stage = 0; stage < m_onTarget->count(); ++stage)
        out.append(m_onTarget->at(row(stage)) + m_belowTarget->at(row(stage)));
    return out;
}

double FunnelChart::conversion(int stage) const
{
    if (stage <= 0 || stage >= m_names.size() || !(countAt(stage - 1) > 0))
        return std::numeric_limits<double>::quiet_NaN();
    return countAt(stage) / countAt(stage - 1);
}

bool FunnelChart::isBelowTarget(int stage) const
{
    const double ratio = conversion(stage);
    const double target = targetAt(stage);
    return !std::isnan(ratio) && target >= 0 && ratio < target - 1e-12;
}

QColor FunnelChart::barColor(int stage) const
{
    if (!m_onTarget || stage < 0 || stage >= m_onTarget->count())
        return {};
    return m_belowTarget->at(row(stage)) > 0 ? m_belowTarget->color() : m_onTarget->color();
}

QString FunnelChart::label(int stage) const
{
    if (stage < 0 || stage >= m_labels.size())
        return {};
    return m_labels.at(stage)->text();
}

QString FunnelChart::toolTipText(int stage) const
{
    if (stage < 0 || stage >= m_names.size())
        return {};
    QString text = tr("%1: %2").arg(m_names.at(stage), formatValue(countAt(stage)));
    const double ratio = conversion(stage);
    if (!std::isnan(ratio))
        text += u'\n' + tr("%1 of %2").arg(ChartFormat::percent(ratio), m_names.at(stage - 1));
    if (stage > 1 && countAt(0) > 0)
        text +=
            u'\n' +
            tr("%1 of %2").arg(ChartFormat::percent(countAt(stage) / countAt(0)), m_names.at(0));
    if (stage > 0 && targetAt(stage) >= 0) {
        text += u'\n' + (isBelowTarget(stage)
                             ? tr("Under the %1 target").arg(ChartFormat::percent(targetAt(stage)))
                             : tr("Target %1 reached").arg(ChartFormat::percent(targetAt(stage))));
    }
    return text;
}

QPoint FunnelChart::elementCenter(int stage) const
{
    if (!m_series || stage < 0 || stage >= m_names.size())
        return {};
    double max = 0;
    for (int i = 0; i < m_names.size(); ++i)
        max = std::max(max, countAt(i));
    return canvas()->viewportPoint(QPointF(max / 2, row(stage)), m_series);
}

bool FunnelChart::hasChartData() const
{
    return !m_names.isEmpty();
}

double FunnelChart::countAt(int stage) const
{
    return stage >= 0 && stage < m_counts.size() ? std::max(0.0, m_counts.at(stage)) : 0.0;
}

double FunnelChart::targetAt(int stage) const
{
    if (stage <= 0)
        return -1.0;
    const double target = stage < m_targets.size() ? m_targets.at(stage) : m_defaultTarget;
    return std::isnan(target) ? -1.0 : target;
}

void FunnelChart::populate(const QPalette &palette)
{
    m_series = nullptr;
    m_pad = m_onTarget = m_belowTarget = nullptr;
    m_labels.clear();
    if (!hasChartData())
        return;
    const int n = int(m_names.size());
    double max = 0;
    for (int i = 0; i < n; ++i)
        max = std::max(max, countAt(i));
    const double width = max > 0 ? max : 1.0;

    // Bottom-up rows: a transparent pad of (max − v) / 2 centres each bar.
    m_pad = new QBarSet(u"pad"_s);
    m_onTarget = new QBarSet(tr("On target"));
    m_belowTarget = new QBarSet(tr("Under the conversion target"));
    bool anyBelow = false;
    QStringList rows;
    for (int r = 0; r < n; ++r) {
        const int stage = n - 1 - r;
        const double v = countAt(stage);
        const bool below = isBelowTarget(stage);
        anyBelow = anyBelow || below;
        m_pad->append((width - v) / 2);
        m_onTarget->append(below ? 0.0 : v);
        m_belowTarget->append(below ? v : 0.0);
        rows.append(m_names.at(stage));
    }
    m_pad->setColor(Qt::transparent);
    m_pad->setPen(QPen(Qt::NoPen));
    const QColor normal = Palette::chartSeries(0, palette);
    const QColor alert = Palette::chartBelowTarget(palette);
    m_onTarget->setColor(normal);
    m_onTarget->setPen(QPen(Qt::NoPen));
    m_belowTarget->setColor(alert);
    m_belowTarget->setPen(QPen(Qt::NoPen));

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.86);
    series->append({m_pad, m_onTarget, m_belowTarget});
    canvas()->chart()->addSeries(series);
    m_series = series;
    QAbstractAxis *stagesAxis = canvas()->addCategoryAxis(Qt::AlignLeft, rows, palette);
    stagesAxis->setLineVisible(false);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, width);
    valueAxis->setVisible(false);
    canvas()->chart()->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(stagesAxis);
    series->attachAxis(valueAxis);
    canvas()->hideLegendMarker(m_pad);
    if (!anyBelow)
        canvas()->hideLegendMarker(m_belowTarget);
    canvas()->setBarToolTips(series, [this](QBarSet *set, int r) {
        return set == m_pad ? QString() : toolTipText(int(m_names.size()) - 1 - r);
    });

    const QColor text = Palette::chartText(palette);
    for (int stage = 0; stage < n; ++stage) {
        const double ratio = conversion(stage);
        const QString caption = std::isnan(ratio) ? formatValue(countAt(stage))
                                                  : tr("%1 · %2").arg(formatValue(countAt(stage)),
                                                                      ChartFormat::percent(ratio));
        const QColor bar = isBelowTarget(stage) ? alert : normal;
        const QColor inside = bar.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white);
        const double v = countAt(stage);
        const int r = row(stage);
        m_labels.append(canvas()->addOverlayText(
            caption, text,
            [this, series, v, width, r, inside, text](QGraphicsSimpleTextItem *item) {
                const QRectF box = item->boundingRect();
                const QPointF left =
                    canvas()->chart()->mapToPosition(QPointF((width - v) / 2, r), series);
                const QPointF right =
                    canvas()->chart()->mapToPosition(QPointF((width + v) / 2, r), series);
                const bool fits = right.x() - left.x() >= box.width() + 8;
                item->setBrush(fits ? inside : text);
                item->setPos(fits ? QPointF((left.x() + right.x() - box.width()) / 2,
                                            left.y() - box.height() / 2)
                                  : QPointF(right.x() + 6, left.y() - box.height() / 2));
            }));
    }
}

} // namespace dealboard
