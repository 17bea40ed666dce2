#pragma once

#include "exportdialog.h"
#include "result.h"

#include <QObject>

#include <memory>
#include <optional>

class QThread;

namespace dealboard {

// An export written off the GUI thread, on its own read-only connection, so that a large
// database (a whole-database JSON of 100,000 deals takes seconds) never freezes the window.
// MainWindow polls progress() (-1: unknown) and may cancel a CSV export; finished() comes on
// the GUI thread.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    explicit ExportJob(QString databasePath, QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const ExportDialog::Choice &choice, const QString &path);
    void cancel();
    int progress() const;
    const std::optional<Result<qint64>> &rows() const { return m_rows; }

Q_SIGNALS:
    void finished();

private:
    struct Shared;
    void collect();

    QString m_databasePath;
    QThread *m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
    std::optional<Result<qint64>> m_rows;
};

} // namespace dealboard
