#pragma once

#include "io/importmapping.h"
#include "io/importreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace dealboard::cli {

// How `import` shows what it did, as text and as JSON.
class ImportReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportFormat)

public:
    static void print(QTextStream &out, const QString &file, const ImportMapping &mapping,
                      const ImportReport &report, bool dryRun);
    static QJsonObject json(const QString &file, const ImportMapping &mapping,
                            const ImportReport &report, bool dryRun);
    static QString entityName(CsvEntity entity);
};

} // namespace dealboard::cli
