#pragma once

#include "chartpanel.h"

QT_BEGIN_NAMESPACE
class QAbstractBarSeries;
class QLineSeries;
QT_END_NAMESPACE

namespace dealboard {

// Categories (months …) × stacked sets (Commit / Best case / Pipeline …), optional lines over the
// same categories (Weighted …) and an optional dashed reference line (Quota …).
// Values are in units (ChartFormat::fromCents() for money), formatted by the value formatter.
class StackedBarChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit StackedBarChart(QWidget *parent = nullptr);

    // Sets and lines hold one value per category (missing values are 0, extra ones ignored).
    void setCategories(const QStringList &categories);
    void addSet(const QString &name, const QList<double> &values, const ColorRole &color = {});
    void addLine(const QString &name, const QList<double> &values, const ColorRole &color = {});
    void setReferenceLine(const QString &label, double value);
    void clearReferenceLine();
    void clear();

    // Read back from the chart itself.
    QStringList categories() const;
    QStringList setNames() const;
    QList<double> values(const QString &setName) const;
    QStringList lineNames() const;
    QList<double> lineValues(const QString &lineName) const;
    std::optional<double> referenceValue() const;
    QColor color(const QString &setOrLineName) const;
    // What hovering the bar (or line point) of `name` at `index` shows.
    QString toolTipText(const QString &name, int index) const;
    // The middle of that bar (or the line point), in the chart view's viewport.
    QPoint elementCenter(const QString &name, int index) const;

protected:
    void populate(const QPalette &palette) override;
    bool hasChartData() const override;

private:
    struct Series
    {
        QString name;
        QList<double> values;
        ColorRole color;
    };
    double valueAt(const Series &series, int index) const;

    QStringList m_categories;
    QList<Series> m_sets;
    QList<Series> m_lines;
    std::optional<std::pair<QString, double>> m_reference;
    QLineSeries *m_referenceSeries = nullptr;
    QAbstractBarSeries *m_barSeries = nullptr;
};

} // namespace dealboard
