#include "chartexporter.h"
#include "chartpanel.h"

#include "dialoghook.h"
#include "filedialog.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {
std::function<void(QPrintPreviewDialog &)> s_printHook;
QString s_lastDir;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool ChartExporter::png(ChartPanel &panel, const QString &path, QString *error)
{
    QImage image(ChartPanel::pngSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(7559); // 192 dpi: twice a screen's
    image.setDotsPerMeterY(7559);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        panel.renderTo(painter, image.rect());
    }
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not save the chart to “%1”: %2. Choose another folder.")
                               .arg(where, file.errorString()));
    QImageWriter writer(&file, "png"_ba);
    if (!writer.write(image)) {
        file.cancelWriting();
        return fail(error,
                    tr("Could not save the chart to “%1”: %2.").arg(where, writer.errorString()));
    }
    if (!file.commit())
        return fail(error, tr("Could not save the chart to “%1”: %2. Check the free space.")
                               .arg(where, file.errorString()));
    return true;
}

bool ChartExporter::pdf(ChartPanel &panel, const QString &path, QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not save the chart to “%1”: %2. Choose another folder.")
                               .arg(where, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(panel.title());
        writer.setCreator(u"Dealboard"_s);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(error, tr("Could not create the PDF “%1”.").arg(where));
        }
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        panel.renderTo(painter, QRect(QPoint(0, 0), page.size()));
        painter.end();
    }
    if (!file.commit())
        return fail(error, tr("Could not save the chart to “%1”: %2. Check the free space.")
                               .arg(where, file.errorString()));
    return true;
}

void ChartExporter::print(ChartPanel &panel)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(panel.title());
    QPrintPreviewDialog dialog(&printer, &panel);
    dialog.setObjectName(u"chartPrintPreview"_s);
    dialog.setWindowTitle(tr("Print “%1”").arg(panel.title()));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &panel, [&panel](QPrinter *target) {
            QPainter painter(target);
            const QRect page = target->pageLayout().paintRectPixels(target->resolution());
            panel.renderTo(painter, QRect(QPoint(0, 0), page.size()));
        });
    execWithHook(dialog, s_printHook);
}

QString ChartExporter::chooseFile(ChartPanel &panel, const QString &caption, const QString &suffix,
                                  const QString &filter)
{
    QString name = panel.title();
    name.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"-"_s);
    name = name.trimmed();
    if (name.isEmpty())
        name = tr("chart");
    const QString dir = s_lastDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : s_lastDir;
    QString path =
        FileDialog::saveFileName(&panel, caption, QDir(dir).filePath(name + u'.' + suffix), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    s_lastDir = QFileInfo(path).absolutePath();
    return path;
}

void ChartExporter::setPrintPreviewHook(std::function<void(QPrintPreviewDialog &)> hook)
{
    s_printHook = std::move(hook);
}

} // namespace dealboard
