#pragma once

#include "io/csvexport.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace dealboard {

// File ▸ Export…: what to export (deals, companies, contacts, activities or quote lines as CSV,
// or the whole database as JSON), and for CSV the delimiter (';' by default where the decimal
// point is a comma, as Excel expects there) and the UTF-8 byte order mark. The dialog writes
// nothing; MainWindow::exportData() asks for the file and writes it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        std::optional<ExportEntity> entity; // none: the whole database as JSON
        CsvExportOptions options;
    };

    explicit ExportDialog(QWidget *parent = nullptr);

    Choice choice() const;
    // ';' when the locale writes decimals with a comma, else ','.
    static QChar defaultDelimiter();

    // Runs the dialog (with the test hook when one is set); nullopt on Cancel.
    static std::optional<Choice> ask(QWidget *parent);
    // Test hook (KeePassXC's pattern, see dialoghook.h): called once ask() has shown the
    // dialog; a dialog the hook leaves open is cancelled. An empty function removes it.
    static void setTestHook(std::function<void(ExportDialog &)> hook);

private:
    void updateEnabled();

    QComboBox *m_what;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QLabel *m_note;
};

} // namespace dealboard
