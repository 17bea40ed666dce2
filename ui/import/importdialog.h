#pragma once

#include "io/importmapping.h"
#include "io/importreport.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace dealboard {

class Database;
class ImportJob;
class ImportMappingPage;
class ImportPreviewPage;

// File ▸ Import… for a CSV file: the file is scanned, the user checks or corrects the mapping,
// previews what will be created or updated with every problem, then imports. Each step runs
// off the GUI thread (ImportJob) with a progress bar and Cancel; the import is one
// transaction, so a cancel or a failure leaves the database as it was.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database &database, QString file, QWidget *parent = nullptr);
    ~ImportDialog() override;

    enum class Step
    {
        Working,
        Mapping,
        Preview,
    };
    Step step() const;
    bool isBusy() const;
    // After acceptance: what was imported.
    const std::optional<ImportReport> &imported() const { return m_imported; }

    // Runs the dialog (with the test hook when one is set); the report when something was
    // imported.
    static std::optional<ImportReport> run(Database &database, const QString &file,
                                           QWidget *parent);
    // Test hook (dialoghook.h): called once the dialog is shown; it may wait for the steps.
    static void setTestHook(std::function<void(ImportDialog &)> hook);

    // Cancel: stops a running step (the import rolls back), else closes.
    void reject() override;

private:
    // For a scan, `mapping` holds the entity the user chose (None: guess it).
    void startJob(int kind, const ImportMapping &mapping);
    void jobFinished();
    void preview();
    void import();
    void updateButtons();
    void fail(const QString &title, const QString &message);
    // Back to the page the step started from (or closed when it was the scan).
    void stepBack();

    QString m_file;
    ImportJob *m_job;
    QStackedWidget *m_pages;
    QLabel *m_working;
    QProgressBar *m_progress;
    ImportMappingPage *m_mapping;
    ImportPreviewPage *m_preview;
    QDialogButtonBox *m_buttons;
    QPushButton *m_back;
    QPushButton *m_next;
    Step m_return = Step::Mapping; // where a cancelled or failed step goes back to
    bool m_cancelling = false;
    std::optional<ImportReport> m_imported;
};

} // namespace dealboard
