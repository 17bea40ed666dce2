#pragma once

#include "importmapping.h"
#include "result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QIODevice;

namespace dealboard {

class Playbook;

// The first pass over an import file: its format, what each column is, the stage values it
// uses and how its dates and amounts are written. The result is what the mapping step shows
// and the user corrects before Importer runs.
class ImportScanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportScanner)

public:
    // Called now and then with bytes read and the file's size; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `entity`: what the rows are, when the user said so; else guessed from the headers.
    static Result<ImportMapping> scan(QIODevice &device, const Playbook &playbook,
                                      const Progress &progress = {},
                                      std::optional<CsvEntity> entity = {});
    static Result<ImportMapping> scanFile(const QString &path, const Playbook &playbook,
                                          const Progress &progress = {},
                                          std::optional<CsvEntity> entity = {});
    // What each header is, for rows of `entity`: the first column for a field wins.
    static QList<HeaderField> mapColumns(const QStringList &headers, CsvEntity entity);
    // The date and amount fields, whose conventions are decided per file.
    static bool isDateField(const QString &key);
    static bool isAmountField(const QString &key);
    // A stage value of the file read as a playbook stage key, or empty.
    static QString stageFor(const QString &value, const Playbook &playbook);
};

} // namespace dealboard
