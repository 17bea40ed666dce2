#pragma once

#include "chartformat.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAction;
class QLabel;
class QLineSeries;
class QPainter;
class QPrintPreviewDialog;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace dealboard {

class ChartCanvas;

// The frame of every chart in Dealboard: a title with an optional "how it's computed" note, the
// chart, an empty state, and Export PNG… / Export PDF… / Print… (buttons and the chart's context
// menu). The chart types (StackedBarChart, FunnelChart, BarChart) hold plain data and rebuild the
// chart from it. ui/charts is the only place that knows Qt Charts: callers never include a QtCharts
// header, so a move to Qt Graphs touches ui/charts only.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // Formats a value for tooltips, labels and the value axis (ChartFormat::money() …).
    using Formatter = ChartFormat::Formatter;
    // A colour chosen per palette, so it follows a dark theme and light exports, e.g.
    // [](const QPalette &p) { return Palette::band(u"hot"_s, p); }. Empty: the next series colour.
    using ColorRole = std::function<QColor(const QPalette &)>;

    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    QString title() const;
    void setTitle(const QString &title);
    // How the figures are computed: the tooltip of the panel's info button, a footnote in exports.
    QString explanation() const;
    void setExplanation(const QString &explanation);
    // Shown instead of the chart when there is no data ("Nothing to show yet." by default).
    QString emptyText() const;
    void setEmptyText(const QString &text);
    bool hasData() const { return hasChartData(); }

    // Tooltips and labels (default ChartFormat::plain); the value axis too unless
    // setAxisFormatter() chose another.
    void setValueFormatter(Formatter formatter);
    void setAxisFormatter(Formatter formatter);
    QString formatValue(double value) const;
    QString formatAxisValue(double value) const;

    static ColorRole seriesColor(int index); // Palette::chartSeries(index)

    // Exports render a light page (even in a dark theme) at a fixed layout, whatever the widget's
    // size: PNG 1600 × 1000 px; PDF one A4 landscape page, the title as text above the chart
    // (vector). The file is written whole or not at all; false with a message in `error`.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error = nullptr);
    static QSize pngSize();
    // Title, chart and explanation into `rect` of any painter (image, PDF, printer).
    void renderTo(QPainter &painter, const QRect &rect);

    // Read-back for tests: the legend's entries (none while it is hidden: it shows with two or
    // more), the value axis labels, the last tooltip shown by hovering an element.
    QStringList legendEntries() const;
    QStringList valueAxisLabels() const;
    QString lastToolTip() const;
    // Texts drawn on the chart: reference line labels ("Quota: €20,000"), funnel labels.
    QStringList chartLabels() const;

    // Tests: drives the print preview dialog instead of the user (see dialoghook.h).
    static void setPrintPreviewHook(std::function<void(QPrintPreviewDialog &)> hook);

public Q_SLOTS:
    // The user's commands: ask for a file (FileDialog), report problems (MessageBox).
    void exportPngInteractive();
    void exportPdfInteractive();
    void print();

protected:
    ChartCanvas *canvas() const { return m_canvas; }
    // Clears the chart and calls populate() with the palette in use (the widget's, or a light
    // one while exporting). The chart types call it whenever their data change.
    void rebuild();
    virtual void populate(const QPalette &palette) = 0;
    virtual bool hasChartData() const = 0;

    QColor colorFor(const ColorRole &role, int index, const QPalette &palette) const;
    // A value axis with round ticks covering [min, max] (and 0), labelled by the axis formatter.
    QAbstractAxis *addValueAxis(Qt::Alignment alignment, double min, double max,
                                const QPalette &palette);
    // A dashed "label: value" line, labelled at its end and listed in the legend.
    QLineSeries *addReferenceLine(const QString &label, double value, int categoryCount,
                                  Qt::Orientation valueAxisOrientation, QAbstractAxis *categoryAxis,
                                  QAbstractAxis *valueAxis, const QPalette &palette);

    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateChrome();
    void fitHeader();
    QPalette exportPalette() const;
    void drawPage(QPainter &painter, const QSizeF &size, const QPalette &palette);

    ChartCanvas *m_canvas = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_info = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_print = nullptr;
    QString m_explanation;
    Formatter m_valueFormatter;
    Formatter m_axisFormatter;
    std::optional<QPalette> m_renderPalette;
    bool m_rebuilding = false;
};

} // namespace dealboard
