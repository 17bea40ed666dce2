#include "charts/barchart.h"
#include "charts/funnelchart.h"
#include "charts/stackedbarchart.h"
#include "filedialog.h"
#include "i18n.h"
#include "messagebox.h"
#include "money.h"
#include "palette.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using namespace dealboard;

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void stackedBarReadBack();
    void stackedBarColoursFromPalette();
    void funnelPictureAndLabels();
    void funnelPadHiddenAndUnderTargetColoured();
    void barChartBothOrientations();
    void grabRendersEveryChart();
    void hoverShowsCategoryAndValue();
    void exportPng();
    void exportPdf();
    void exportToUnwritablePathLeavesNoFile();
    void interactiveExportAddsSuffix();
    void printPreviewHasOnePage();
    void frenchAndEnglishFormatting();
    void axisTicksStayDistinct();
    void emptyStateDisablesExports();
    void darkThemeExportsOnLightPage();

private:
    std::unique_ptr<StackedBarChart> forecast(const ChartPanel::Formatter &format = {});
    static QString run(const QString &program, const QStringList &args);
    static int distinctColours(const QImage &image);

    QTemporaryDir m_dir;
};

void TestCharts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(u"en"_s);
    QVERIFY(m_dir.isValid());
}

void TestCharts::cleanup()
{
    ChartPanel::setPrintPreviewHook({});
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<StackedBarChart> TestCharts::forecast(const ChartPanel::Formatter &format)
{
    auto chart = std::make_unique<StackedBarChart>();
    chart->setTitle(u"Forecast by month"_s);
    chart->setExplanation(u"Open deals by expected close month."_s);
    chart->setValueFormatter(format ? format : ChartFormat::money(QLocale(QLocale::English)));
    chart->setCategories({u"Jan"_s, u"Feb"_s, u"Mar"_s});
    chart->addSet(u"Commit"_s, ChartFormat::fromCents({1240000, 980000, 1500000}));
    chart->addSet(u"Best case"_s, {4000, 7200, 6500});
    chart->addSet(u"Pipeline"_s, {3000, 5000}); // the missing value is 0
    chart->addLine(u"Weighted"_s, {15000, 13000, 18000});
    chart->setReferenceLine(u"Quota"_s, 20000);
    chart->resize(800, 500);
    return chart;
}

QString TestCharts::run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int TestCharts::distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

void TestCharts::stackedBarReadBack()
{
    const auto chart = forecast();
    QCOMPARE(chart->objectName(), u"chartPanel"_s);
    QCOMPARE(chart->categories(), QStringList({u"Jan"_s, u"Feb"_s, u"Mar"_s}));
    QCOMPARE(chart->setNames(), QStringList({u"Commit"_s, u"Best case"_s, u"Pipeline"_s}));
    QCOMPARE(chart->values(u"Commit"_s), QList<double>({12400, 9800, 15000}));
    QCOMPARE(chart->values(u"Pipeline"_s), QList<double>({3000, 5000, 0}));
    QCOMPARE(chart->lineNames(), QStringList({u"Weighted"_s}));
    QCOMPARE(chart->lineValues(u"Weighted"_s), QList<double>({15000, 13000, 18000}));
    QCOMPARE(chart->referenceValue(), std::optional<double>(20000));
    QCOMPARE(chart->legendEntries(),
             QStringList({u"Commit"_s, u"Best case"_s, u"Pipeline"_s, u"Weighted"_s}));
    QCOMPARE(chart->chartLabels(), QStringList({u"Quota: €20,000"_s})); // on the line itself
    // Round ticks up to at least the tallest stack (22,000) and the quota.
    const QStringList ticks = chart->valueAxisLabels();
    QCOMPARE(ticks.first(), u"€0"_s);
    QVERIFY2(ticks.contains(u"€10,000"_s), qPrintable(ticks.join(u" | "_s)));
    QCOMPARE(ticks.last(), u"€25,000"_s);
    QCOMPARE(chart->toolTipText(u"Commit"_s, 1), u"Feb\nCommit: €9,800\nTotal: €22,000"_s);
    QCOMPARE(chart->toolTipText(u"Weighted"_s, 2), u"Mar\nWeighted: €18,000"_s);

    chart->clearReferenceLine();
    QCOMPARE(chart->referenceValue(), std::nullopt);
    chart->clear();
    QVERIFY(!chart->hasData());
    QVERIFY(chart->values(u"Commit"_s).isEmpty());
}

void TestCharts::stackedBarColoursFromPalette()
{
    const auto chart = forecast();
    const QPalette pal = chart->palette();
    QCOMPARE(chart->color(u"Commit"_s), Palette::chartSeries(0, pal));
    QCOMPARE(chart->color(u"Best case"_s), Palette::chartSeries(1, pal));
    QCOMPARE(chart->color(u"Weighted"_s), Palette::chartSeries(3, pal));
    chart->addSet(u"Hot"_s, {1, 1, 1},
                  [](const QPalette &p) { return Palette::band(u"hot"_s, p); });
    QCOMPARE(chart->color(u"Hot"_s), Palette::band(u"hot"_s, pal));
}

void TestCharts::funnelPictureAndLabels()
{
    FunnelChart funnel;
    funnel.setTitle(u"Funnel"_s);
    funnel.setStages({u"Lead"_s, u"Qualified"_s, u"Demo"_s, u"Won"_s}, {120, 60, 0, 0});
    QCOMPARE(funnel.stages(), QStringList({u"Lead"_s, u"Qualified"_s, u"Demo"_s, u"Won"_s}));
    QCOMPARE(funnel.counts(), QList<double>({120, 60, 0, 0}));
    QVERIFY(std::isnan(funnel.conversion(0)));
    QCOMPARE(funnel.conversion(1), 0.5);
    QCOMPARE(funnel.conversion(2), 0.0);
    QVERIFY(std::isnan(funnel.conversion(3))); // after an empty stage
    QCOMPARE(funnel.label(0), u"120"_s);
    QCOMPARE(funnel.label(1), u"60 · 50%"_s);
    QCOMPARE(funnel.label(2), u"0 · 0%"_s);
    QCOMPARE(funnel.label(3), u"0"_s);
    QCOMPARE(funnel.chartLabels(), QStringList({u"120"_s, u"60 · 50%"_s, u"0 · 0%"_s, u"0"_s}));
    QCOMPARE(funnel.toolTipText(1), u"Qualified: 60\n50% of Lead"_s);
    QCOMPARE(funnel.toolTipText(2), u"Demo: 0\n0% of Qualified\n0% of Lead"_s);
    // No target: one colour, so no legend at all.
    QVERIFY(funnel.legendEntries().isEmpty());
    QCOMPARE(funnel.barColor(1), Palette::chartSeries(0, funnel.palette()));
}

void TestCharts::funnelPadHiddenAndUnderTargetColoured()
{
    FunnelChart funnel;
    funnel.setStages({u"Lead"_s, u"Qualified"_s, u"Demo"_s, u"Proposal"_s}, {100, 50, 40, 10});
    funnel.setConversionTargets({0, 0.4, 0.5, 0.5});
    QVERIFY(!funnel.isBelowTarget(1));
    QVERIFY(!funnel.isBelowTarget(2));
    QVERIFY(funnel.isBelowTarget(3)); // 25 % < 50 %
    QCOMPARE(funnel.barColor(3), Palette::chartBelowTarget(funnel.palette()));
    QVERIFY(funnel.barColor(3) != funnel.barColor(2));
    QCOMPARE(funnel.legendEntries(),
             QStringList({u"On target"_s, u"Under the conversion target"_s}));
    QVERIFY(funnel.toolTipText(3).contains(u"Under the 50% target"_s));

    funnel.setConversionTarget(0.2); // every step: all reached
    QVERIFY(!funnel.isBelowTarget(3));
    QCOMPARE(funnel.barColor(3), funnel.barColor(2));
    QVERIFY(funnel.legendEntries().isEmpty());
}

void TestCharts::barChartBothOrientations()
{
    BarChart bars;
    const QStringList reasons{u"Price"_s, u"Competitor"_s, u"No decision"_s};
    bars.setData(u"Deals lost"_s, reasons, {14, 9, 7});
    QCOMPARE(bars.name(), u"Deals lost"_s);
    QCOMPARE(bars.categories(), reasons);
    QCOMPARE(bars.values(), QList<double>({14, 9, 7}));
    QCOMPARE(bars.targetValue(), std::nullopt);
    QVERIFY(bars.legendEntries().isEmpty());

    bars.setOrientation(Qt::Horizontal); // first category on top, read back in the same order
    QCOMPARE(bars.orientation(), Qt::Horizontal);
    QCOMPARE(bars.categories(), reasons);
    QCOMPARE(bars.values(), QList<double>({14, 9, 7}));

    bars.setTarget(u"Target"_s, 10, true);
    QCOMPARE(bars.targetValue(), std::optional<double>(10));
    QCOMPARE(bars.barColor(0), Palette::chartSeries(0, bars.palette()));
    QCOMPARE(bars.barColor(1), Palette::chartBelowTarget(bars.palette()));
    // The target is labelled on its line; the legend names the two colours.
    QCOMPARE(bars.chartLabels(), QStringList({u"Target: 10"_s}));
    QCOMPARE(bars.legendEntries(), QStringList({u"Deals lost"_s, u"Under target"_s}));
    QCOMPARE(bars.values(), QList<double>({14, 9, 7}));
    bars.setTarget(u"Target"_s, 10); // no highlighting: one colour, no legend
    QCOMPARE(bars.barColor(1), bars.barColor(0));
    QVERIFY(bars.legendEntries().isEmpty());
    QCOMPARE(bars.toolTipText(2), u"No decision\nDeals lost: 7\nTarget not reached: 10"_s);
}

void TestCharts::grabRendersEveryChart()
{
    const auto stacked = forecast();
    FunnelChart funnel;
    funnel.setStages({u"Lead"_s, u"Won"_s}, {10, 4});
    BarChart bars;
    bars.setData(u"Leads"_s, {u"W1"_s, u"W2"_s}, {3, 5});
    for (ChartPanel *panel : std::initializer_list<ChartPanel *>{stacked.get(), &funnel, &bars}) {
        panel->resize(700, 420);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel));
        auto *view = panel->findChild<QWidget *>(u"chartView"_s);
        QVERIFY(view && view->isVisible());
        const QImage image = view->grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 150);
        QVERIFY2(distinctColours(image) > 4, panel->metaObject()->className());
        for (const QString &name :
             {u"chartTitle"_s, u"exportPngButton"_s, u"exportPdfButton"_s, u"printButton"_s})
            QVERIFY2(panel->findChild<QWidget *>(name), qPrintable(name));
        panel->hide();
    }
}

void TestCharts::hoverShowsCategoryAndValue()
{
    const auto chart = forecast();
    chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(chart.get()));
    auto *view = chart->findChild<QAbstractScrollArea *>(u"chartView"_s);
    QVERIFY(view);
    const QPoint bar = chart->elementCenter(u"Commit"_s, 1);
    QVERIFY(view->viewport()->rect().contains(bar));
    QTest::mouseMove(view->viewport(), bar);
    QTRY_COMPARE(chart->lastToolTip(), chart->toolTipText(u"Commit"_s, 1));
    QVERIFY(chart->lastToolTip().contains(u"€9,800"_s));
    const QPoint point = chart->elementCenter(u"Weighted"_s, 2);
    QTest::mouseMove(view->viewport(), point);
    QTRY_COMPARE(chart->lastToolTip(), u"Mar\nWeighted: €18,000"_s);
}

void TestCharts::exportPng()
{
    const auto chart = forecast();
    const QString path = m_dir.filePath(u"forecast.png"_s);
    QString error;
    QVERIFY2(chart->exportPng(path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), ChartPanel::pngSize());
    QCOMPARE(image.width(), 1600);
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    QVERIFY(distinctColours(image) > 8);
}

void TestCharts::exportPdf()
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdfinfo.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils (pdfinfo, pdftotext) is not installed");
    FunnelChart funnel;
    funnel.setTitle(u"Funnel, last 90 days"_s);
    funnel.setExplanation(u"Deals that reached each stage."_s);
    funnel.setStages({u"Lead"_s, u"Qualified"_s, u"Demo"_s}, {120, 60, 30});
    const QString path = m_dir.filePath(u"funnel.pdf"_s);
    QString error;
    QVERIFY2(funnel.exportPdf(path, &error), qPrintable(error));
    const QString info = run(pdfinfo, {path});
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    QVERIFY2(info.contains(u"landscape"_s) || info.contains(u"842 x 595"_s), qPrintable(info));
    const QString text = run(pdftotext, {path, u"-"_s}).normalized(QString::NormalizationForm_KC);
    QVERIFY2(text.contains(u"Funnel, last 90 days"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Qualified"_s), qPrintable(text)); // the chart is vector: its text too
    QVERIFY2(text.contains(u"Deals that reached each stage."_s), qPrintable(text));
}

void TestCharts::exportToUnwritablePathLeavesNoFile()
{
    const auto chart = forecast();
    // A "directory" that is a file: unwritable even for root.
    QFile blocker(m_dir.filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString png = blocker.fileName() + u"/chart.png"_s;
    const QString pdf = blocker.fileName() + u"/chart.pdf"_s;
    QString error;
    QVERIFY(!chart->exportPng(png, &error));
    QVERIFY2(error.contains(u"Could not save the chart"_s) && error.contains(png),
             qPrintable(error));
    error.clear();
    QVERIFY(!chart->exportPdf(pdf, &error));
    QVERIFY(error.contains(pdf));
    QVERIFY(!QFile::exists(png));
    QVERIFY(!QFile::exists(pdf));

    // Through the button: the user is told in a message box.
    chart->show();
    FileDialog::setNextFileName(png);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    chart->findChild<QAbstractButton *>(u"exportPngButton"_s)->click();
    QVERIFY2(MessageBox::lastText().contains(u"Could not save the chart"_s),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(png));
}

void TestCharts::interactiveExportAddsSuffix()
{
    const auto chart = forecast();
    chart->show();
    FileDialog::setNextFileName(m_dir.filePath(u"by-button"_s));
    chart->findChild<QAbstractButton *>(u"exportPdfButton"_s)->click();
    QVERIFY(QFile::exists(m_dir.filePath(u"by-button.pdf"_s)));
    FileDialog::setNextFileName({}); // cancelled: nothing written, nothing said
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    chart->findChild<QAbstractButton *>(u"exportPngButton"_s)->click();
    QVERIFY(!QFile::exists(m_dir.filePath(u"by-button.png"_s)));
}

void TestCharts::printPreviewHasOnePage()
{
    const auto chart = forecast();
    chart->show();
    int pages = -1;
    ChartPanel::setPrintPreviewHook([&pages](QPrintPreviewDialog &dialog) {
        QCOMPARE(dialog.objectName(), u"chartPrintPreview"_s);
        auto *preview = dialog.findChild<QPrintPreviewWidget *>();
        QVERIFY(preview);
        preview->updatePreview();
        pages = preview->pageCount();
    });
    chart->findChild<QAbstractButton *>(u"printButton"_s)->click();
    QCOMPARE(pages, 1);
}

void TestCharts::frenchAndEnglishFormatting()
{
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(ChartFormat::money(en)(1234.5), u"€1,234.50"_s);
    QCOMPARE(ChartFormat::money(en)(1800), u"€1,800"_s);
    QCOMPARE(ChartFormat::money(fr)(1800), Money(180000).format(fr, Money::Cents::WhenNeeded));
    QVERIFY(ChartFormat::money(fr)(1800).endsWith(u"€"_s));
    QCOMPARE(ChartFormat::percent(0.643, en), u"64.3%"_s);
    QCOMPARE(ChartFormat::percent(0.5, en), u"50%"_s);
    QCOMPARE(ChartFormat::percent(0.643, fr), u"64,3\u202F%"_s);
    QCOMPARE(ChartFormat::number(fr)(12400), fr.toString(12400.0, 'f', 0));

    const auto french = forecast(ChartFormat::money(fr));
    const QString tenThousand = Money(1000000).format(fr, Money::Cents::WhenNeeded);
    QVERIFY2(tenThousand.startsWith(u"10"_s) && tenThousand.endsWith(u"€"_s),
             qPrintable(tenThousand));
    QVERIFY2(french->valueAxisLabels().contains(tenThousand),
             qPrintable(french->valueAxisLabels().join(u" | "_s)));
    QVERIFY(french->toolTipText(u"Commit"_s, 0)
                .contains(Money(1240000).format(fr, Money::Cents::WhenNeeded)));
    QCOMPARE(french->chartLabels(),
             QStringList({u"Quota: "_s + Money(2000000).format(fr, Money::Cents::WhenNeeded)}));

    QLocale::setDefault(fr); // the funnel's percentages follow the default locale
    FunnelChart funnel;
    funnel.setStages({u"Lead"_s, u"Qualified"_s}, {3, 2});
    QCOMPARE(funnel.label(1), u"2 · 66,7\u202F%"_s);
}

void TestCharts::axisTicksStayDistinct()
{
    // Counts from 0 to 2 with integer labels: 0.5 steps would write "0", "1", "1", "2" …
    const ChartFormat::Ticks ticks = ChartFormat::ticks(0, 2, 5, ChartFormat::number());
    QCOMPARE(ticks.labels, QStringList({u"0"_s, u"1"_s, u"2"_s}));
    const ChartFormat::Ticks money = ChartFormat::ticks(0, 26400, 5, ChartFormat::money());
    QCOMPARE(money.step, 10000.0);
    QCOMPARE(money.last(), 30000.0);
    const ChartFormat::Ticks negative = ChartFormat::ticks(-3, 7, 5, ChartFormat::number());
    QCOMPARE(negative.first, -4.0);
    QCOMPARE(negative.last(), 8.0);
}

void TestCharts::emptyStateDisablesExports()
{
    BarChart bars;
    bars.setTitle(u"Leads per week"_s);
    bars.setEmptyText(u"No leads yet — import some or create one."_s);
    bars.show();
    QVERIFY(!bars.hasData());
    auto *empty = bars.findChild<QLabel *>(u"chartEmptyLabel"_s);
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), u"No leads yet — import some or create one."_s);
    QVERIFY(!bars.findChild<QAbstractButton *>(u"exportPngButton"_s)->isEnabled());
    QVERIFY(!bars.findChild<QAbstractButton *>(u"printButton"_s)->isEnabled());
    bars.setData(u"Leads"_s, {u"W1"_s}, {4});
    QVERIFY(!empty->isVisible());
    QVERIFY(bars.findChild<QAbstractButton *>(u"exportPngButton"_s)->isEnabled());
}

void TestCharts::darkThemeExportsOnLightPage()
{
    const auto chart = forecast();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(40, 40, 40));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    chart->setPalette(dark);
    QCOMPARE(chart->color(u"Commit"_s), Palette::chartSeries(0, dark));
    const QString path = m_dir.filePath(u"dark.png"_s);
    QVERIFY(chart->exportPng(path, nullptr));
    QImage image;
    QVERIFY(image.load(path));
    QVERIFY(image.pixelColor(image.width() / 2, image.height() - 3).lightness() > 200);
    // The widget keeps its dark colours after the export.
    QCOMPARE(chart->color(u"Commit"_s), Palette::chartSeries(0, dark));

    // Rebuilt twice for the export and never shown: no leftover of the dark chart on the page.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    const QString pdf = m_dir.filePath(u"dark.pdf"_s);
    QVERIFY(chart->exportPdf(pdf, nullptr));
    const QString text = run(pdftotext, {pdf, u"-"_s});
    QCOMPARE(text.count(u"€10,000"_s), 1);
    QCOMPARE(text.count(u"Feb"_s), 1);
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
