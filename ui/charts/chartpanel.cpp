#include "chartpanel.h"
#include "chartcanvas.h"
#include "chartexporter.h"

#include "messagebox.h"
#include "palette.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
// Exports lay the chart out this many logical pixels wide, then scale it to the target.
constexpr qreal kLayoutWidth = 900.0;
constexpr qreal kPageMargin = 18.0;
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
    , m_valueFormatter(&ChartFormat::plain)
{
    setObjectName(u"chartPanel"_s);
    m_canvas = new ChartCanvas;
    m_canvas->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_title = new QLabel;
    m_title->setObjectName(u"chartTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_info = new QToolButton;
    m_info->setObjectName(u"chartInfoButton"_s);
    m_info->setAutoRaise(true);
    m_info->setIcon(QIcon::fromTheme(u"dialog-information"_s,
                                     style()->standardIcon(QStyle::SP_MessageBoxInformation)));
    m_info->setIconSize(QSize(16, 16));
    m_info->setAccessibleName(tr("How it is computed"));
    connect(m_info, &QToolButton::clicked, this, [this] {
        QToolTip::showText(m_info->mapToGlobal(QPoint(0, m_info->height())), m_explanation, m_info);
    });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(2);
    header->addWidget(m_title, 1);
    header->addWidget(m_info);
    const auto addCommand = [this, header](const QString &text, const QString &tip,
                                           const QString &name, void (ChartPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name + u"Action"_s);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_canvas->addAction(action);
        auto *button = new QToolButton;
        button->setObjectName(name + u"Button"_s);
        button->setAutoRaise(true);
        button->setDefaultAction(action);
        header->addWidget(button);
        return action;
    };
    m_exportPng = addCommand(tr("Export PNG…"), tr("Save the chart as a PNG image"), u"exportPng"_s,
                             &ChartPanel::exportPngInteractive);
    m_exportPdf = addCommand(tr("Export PDF…"), tr("Save the chart as a one-page PDF"),
                             u"exportPdf"_s, &ChartPanel::exportPdfInteractive);
    m_print =
        addCommand(tr("Print…"), tr("Preview and print the chart"), u"print"_s, &ChartPanel::print);

    m_empty = new QLabel;
    m_empty->setObjectName(u"chartEmptyLabel"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("Nothing to show yet."));

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    m_info->setVisible(false);
    // Subclasses call rebuild() at the end of their constructor (populate() is theirs).
}

ChartPanel::~ChartPanel() = default;

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
    updateChrome();
    fitHeader();
}

QString ChartPanel::explanation() const
{
    return m_explanation;
}

void ChartPanel::setExplanation(const QString &explanation)
{
    m_explanation = explanation;
    m_info->setToolTip(explanation);
    m_title->setToolTip(explanation);
    updateChrome();
}

QString ChartPanel::emptyText() const
{
    return m_empty->text();
}

void ChartPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

void ChartPanel::setValueFormatter(Formatter formatter)
{
    if (formatter)
        m_valueFormatter = std::move(formatter);
    rebuild();
}

void ChartPanel::setAxisFormatter(Formatter formatter)
{
    m_axisFormatter = std::move(formatter);
    rebuild();
}

QString ChartPanel::formatValue(double value) const
{
    return m_valueFormatter(value);
}

QString ChartPanel::formatAxisValue(double value) const
{
    return m_axisFormatter ? m_axisFormatter(value) : m_valueFormatter(value);
}

ChartPanel::ColorRole ChartPanel::seriesColor(int index)
{
    return [index](const QPalette &palette) { return Palette::chartSeries(index, palette); };
}

QSize ChartPanel::pngSize()
{
    return QSize(1600, 1000);
}

bool ChartPanel::exportPng(const QString &path, QString *error)
{
    return ChartExporter::png(*this, path, error);
}

bool ChartPanel::exportPdf(const QString &path, QString *error)
{
    return ChartExporter::pdf(*this, path, error);
}

void ChartPanel::renderTo(QPainter &painter, const QRect &rect)
{
    if (rect.isEmpty())
        return;
    const QPalette pal = exportPalette();
    const bool restyle = Palette::isDark(palette());
    if (restyle) {
        m_renderPalette = pal;
        rebuild();
    }
    const qreal scale = rect.width() / kLayoutWidth;
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(scale, scale);
    drawPage(painter, QSizeF(kLayoutWidth, rect.height() / scale), pal);
    painter.restore();
    if (restyle) {
        m_renderPalette.reset();
        rebuild();
    }
}

void ChartPanel::drawPage(QPainter &painter, const QSizeF &size, const QPalette &pal)
{
    painter.fillRect(QRectF(QPointF(0, 0), size), Palette::chartBackground(pal));
    const qreal width = size.width() - 2 * kPageMargin;

    const QFont titleFont = m_canvas->chartFont(1.6, true);
    const QFontMetricsF titleMetrics(titleFont);
    painter.setFont(titleFont);
    painter.setPen(Palette::chartText(pal));
    painter.drawText(QRectF(kPageMargin, kPageMargin, width, titleMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(title(), Qt::ElideRight, width));
    const qreal top = kPageMargin + titleMetrics.height() + 6;

    qreal bottom = size.height() - kPageMargin;
    if (!m_explanation.isEmpty()) {
        painter.setFont(m_canvas->chartFont(0.95));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QRectF bounds = painter.boundingRect(QRectF(kPageMargin, 0, width, size.height()),
                                                   Qt::TextWordWrap, m_explanation);
        bottom -= bounds.height();
        painter.drawText(QRectF(kPageMargin, bottom, width, bounds.height()),
                         Qt::TextWordWrap | Qt::AlignLeft, m_explanation);
        bottom -= 8;
    }
    const QRectF chartRect(0, top, size.width(), std::max(bottom - top, 80.0));
    if (!hasChartData()) {
        painter.setFont(m_canvas->chartFont(1.1));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(chartRect, Qt::AlignCenter | Qt::TextWordWrap, emptyText());
        return;
    }
    m_canvas->renderChart(painter, chartRect);
}

QStringList ChartPanel::legendEntries() const
{
    return m_canvas->legendEntries();
}

QStringList ChartPanel::valueAxisLabels() const
{
    return m_canvas->valueAxisLabels();
}

QString ChartPanel::lastToolTip() const
{
    return m_canvas->lastToolTip();
}

void ChartPanel::setPrintPreviewHook(std::function<void(QPrintPreviewDialog &)> hook)
{
    ChartExporter::setPrintPreviewHook(std::move(hook));
}

void ChartPanel::exportPngInteractive()
{
    const QString path = ChartExporter::chooseFile(*this, tr("Export Chart as PNG"), u"png"_s,
                                                   tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        MessageBox::critical(this, tr("Could Not Export the Chart"), error);
}

void ChartPanel::exportPdfInteractive()
{
    const QString path = ChartExporter::chooseFile(*this, tr("Export Chart as PDF"), u"pdf"_s,
                                                   tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        MessageBox::critical(this, tr("Could Not Export the Chart"), error);
}

void ChartPanel::print()
{
    ChartExporter::print(*this);
}

void ChartPanel::rebuild()
{
    if (m_rebuilding)
        return;
    m_rebuilding = true;
    const QPalette pal = m_renderPalette.value_or(palette());
    m_canvas->reset(pal);
    populate(pal);
    m_canvas->finish();
    updateChrome();
    m_rebuilding = false;
}

QColor ChartPanel::colorFor(const ColorRole &role, int index, const QPalette &palette) const
{
    return role ? role(palette) : Palette::chartSeries(index, palette);
}

QAbstractAxis *ChartPanel::addValueAxis(Qt::Alignment alignment, double min, double max,
                                        const QPalette &palette)
{
    const bool vertical = alignment & (Qt::AlignLeft | Qt::AlignRight);
    const ChartFormat::Ticks ticks = ChartFormat::ticks(
        min, max, vertical ? 5 : 6, [this](double value) { return formatAxisValue(value); });
    return m_canvas->addValueAxis(alignment, ticks, palette);
}

QLineSeries *ChartPanel::addReferenceLine(const QString &label, double value, int categoryCount,
                                          Qt::Orientation valueAxisOrientation,
                                          QAbstractAxis *categoryAxis, QAbstractAxis *valueAxis,
                                          const QPalette &palette)
{
    return m_canvas->addReferenceLine(tr("%1: %2").arg(label, formatValue(value)), value,
                                      categoryCount, valueAxisOrientation, categoryAxis, valueAxis,
                                      palette);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeader();
}

void ChartPanel::fitHeader()
{
    // Short button labels ("PNG…") when the full ones would squeeze the title.
    const QFontMetrics buttonMetrics(font());
    int needed = QFontMetrics(m_title->font()).horizontalAdvance(title()) + 60;
    for (const QAction *action : {m_exportPng, m_exportPdf, m_print})
        needed += buttonMetrics.horizontalAdvance(action->text()) + 16;
    const bool roomy = needed <= width();
    m_exportPng->setIconText(roomy ? m_exportPng->text() : tr("PNG…"));
    m_exportPdf->setIconText(roomy ? m_exportPdf->text() : tr("PDF…"));
    m_print->setIconText(m_print->text());
}

QStringList ChartPanel::chartLabels() const
{
    return m_canvas->overlayTexts();
}

void ChartPanel::updateChrome()
{
    const bool filled = hasChartData();
    m_stack->setCurrentWidget(filled ? static_cast<QWidget *>(m_canvas) : m_empty);
    for (QAction *action : {m_exportPng, m_exportPdf, m_print})
        action->setEnabled(filled);
    m_info->setVisible(!m_explanation.isEmpty());
    m_canvas->setAccessibleName(title());
    m_canvas->setAccessibleDescription(m_explanation);
}

QPalette ChartPanel::exportPalette() const
{
    if (!Palette::isDark(palette()))
        return palette();
    const QPalette standard = style()->standardPalette();
    return Palette::isDark(standard) ? QPalette(QColor(239, 239, 239)) : standard;
}

} // namespace dealboard
