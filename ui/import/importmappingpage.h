#pragma once

#include "io/importmapping.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace dealboard {

class Playbook;

// The mapping step of File ▸ Import…: what the rows are, who wrote the file, how its dates and
// amounts read, what each column is imported as, and which playbook stage each of the file's
// stages becomes. It starts from what ImportScanner guessed; every choice can be corrected.
class ImportMappingPage : public QWidget
{
    Q_OBJECT

public:
    ImportMappingPage(const Playbook &playbook, QWidget *parent = nullptr);

    void setMapping(const QString &fileName, const ImportMapping &mapping);
    // The mapping as the user left it.
    ImportMapping mapping() const;
    // What must be decided before a preview: ambiguous dates or amounts. Empty when ready.
    QString missingChoice() const;

    static QString fieldName(const HeaderField &field);

Q_SIGNALS:
    void changed();
    // The user says the rows are something else: the file is read again as such.
    void entityChosen(CsvEntity entity);

private:
    void fillColumns();
    void fillStages();

    const Playbook &m_playbook;
    ImportMapping m_scanned;
    QLabel *m_summary;
    QComboBox *m_entity;
    QComboBox *m_source;
    QComboBox *m_dates;
    QComboBox *m_decimal;
    QComboBox *m_amount;
    QLabel *m_warning;
    QTableWidget *m_columns;
    QTableWidget *m_stages;
};

} // namespace dealboard
