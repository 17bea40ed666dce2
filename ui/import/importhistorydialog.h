#pragma once

#include "storage/importbatch.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dealboard {

class Database;

// File ▸ Import History…: every import, latest first, with what it created and updated; the
// selected one can be undone as a whole, even long after (ImportBatchRepository::undo), once
// the user has confirmed, and told how many of its rows changed since.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportHistoryDialog(Database &database, QWidget *parent = nullptr);

    // Whether an import was undone: the window then reloads the database.
    bool undoneAny() const { return m_undoneAny; }

    // Runs the dialog (with the test hook when one is set); true when an import was undone.
    static bool run(Database &database, QWidget *parent);
    static void setTestHook(std::function<void(ImportHistoryDialog &)> hook);

private:
    void reload();
    void undoSelected();
    void updateButtons();

    Database &m_database;
    QList<ImportBatch> m_batches;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_undo;
    bool m_undoneAny = false;
};

} // namespace dealboard
