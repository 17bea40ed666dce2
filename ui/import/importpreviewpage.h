#pragma once

#include "io/importreport.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace dealboard {

// The preview step of File ▸ Import…: what the import will create, update or leave as it is,
// every problem with its line, and the first rows with what happens to each.
class ImportPreviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(QWidget *parent = nullptr);

    void setReport(const ImportReport &report);
    bool skipProblemRows() const;
    // Whether Import may run: no problem, or the rows with problems left out.
    bool canImport() const;

    static QString countsText(const ImportReport &report);

Q_SIGNALS:
    void changed();

private:
    ImportReport m_report;
    QLabel *m_counts;
    QTableWidget *m_problems;
    QCheckBox *m_skip;
    QTableWidget *m_rows;
};

} // namespace dealboard
