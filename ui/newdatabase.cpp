#include "newdatabase.h"

#include "demo/demogenerator.h"

#include <QApplication>
#include <QProgressDialog>

namespace dealboard {

Result<std::unique_ptr<Database>> openOrCreateDatabase(QWidget *parent, const QString &path,
                                                       bool sampleData)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db || !sampleData)
        return db;
    QProgressDialog progress(
        QApplication::translate("dealboard::NewDatabase", "Creating sample data…"),
        QApplication::translate("dealboard::NewDatabase", "Cancel"), 0, 100, parent);
    progress.setObjectName(QStringLiteral("sampleDataProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    DemoGenerator::Options options;
    options.deals = 300;
    const Result<DemoSummary> summary =
        DemoGenerator(*db.value()).generate(options, [&progress](int done, int total) {
            progress.setValue(total > 0 ? done * 100 / total : 100);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    if (!summary)
        return summary.error();
    return db;
}

} // namespace dealboard
