#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QPrintPreviewDialog;
QT_END_NAMESPACE

namespace dealboard {

class ChartPanel;

// Writes a ChartPanel (its renderTo()) to PNG and PDF files and to the printer. Files are written
// whole or not at all (QSaveFile).
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static bool png(ChartPanel &panel, const QString &path, QString *error);
    static bool pdf(ChartPanel &panel, const QString &path, QString *error);
    // Print preview (QPrintPreviewDialog), the same rendering as the PDF.
    static void print(ChartPanel &panel);
    // Asks where to save (FileDialog); the suffix is added when the user left it out.
    static QString chooseFile(ChartPanel &panel, const QString &caption, const QString &suffix,
                              const QString &filter);
    static void setPrintPreviewHook(std::function<void(QPrintPreviewDialog &)> hook);
};

} // namespace dealboard
