#pragma once

#include "io/importmapping.h"
#include "io/importreport.h"
#include "result.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace dealboard {

// One step of an import run off the GUI thread, on its own connection to the database (the
// import writes in one long transaction; the window keeps reading meanwhile): the scan, the
// preview (a dry run) or the import itself; or a whole-database JSON file. The dialog polls
// progress() and calls cancel(); finished() comes on the GUI thread.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Scan,
        Preview,
        Import,
        Json,
    };

    explicit ImportJob(QString databasePath, QObject *parent = nullptr);
    ~ImportJob() override;

    void start(Kind kind, const QString &file, const ImportMapping &mapping = {},
               bool skipProblemRows = false);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // 0…1000 of the file read.
    int progress() const;
    // Waits for the thread (the window closing).
    void wait();

    Kind kind() const { return m_kind; }
    // After finished(): the outcome of the step that ran.
    const std::optional<Result<ImportMapping>> &mapping() const { return m_mapping; }
    const std::optional<Result<ImportReport>> &report() const { return m_report; }
    const std::optional<Result<qint64>> &jsonRows() const { return m_jsonRows; }

Q_SIGNALS:
    void finished();

private:
    struct Shared; // between the two threads
    void collect();

    QString m_databasePath;
    Kind m_kind = Kind::Scan;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    std::optional<Result<ImportMapping>> m_mapping;
    std::optional<Result<ImportReport>> m_report;
    std::optional<Result<qint64>> m_jsonRows;
};

} // namespace dealboard
