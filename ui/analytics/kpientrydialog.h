#pragma once

#include "result.h"
#include "savekpientriescommand.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace dealboard {

class Database;
class MoneyLineEdit;

// Types in one month's NPS, first-month churn, month-6 expansion and CAC. A box left unticked
// has no figure for that month (and clears one stored before).
class KpiEntryDialog : public QDialog
{
    Q_OBJECT

public:
    KpiEntryDialog(Database &db, const QDate &month, QWidget *parent = nullptr);

    QDate month() const;
    void setMonth(const QDate &month);
    // What is stored for the month now, and what the dialog would store.
    SaveKpiEntriesCommand::Values stored() const { return m_stored; }
    Result<SaveKpiEntriesCommand::Values> values() const;
    void setValue(const QString &kpi, const std::optional<double> &value);

    void accept() override;
    static void setTestHook(std::function<void(KpiEntryDialog &)> hook);
    // True when accepted; the month and the before/after values are filled.
    static bool ask(Database &db, const QDate &month, QWidget *parent, QDate *chosenMonth,
                    SaveKpiEntriesCommand::Values *before, SaveKpiEntriesCommand::Values *after);

private:
    void load();

    Database &m_db;
    QDateEdit *m_month;
    QCheckBox *m_hasNps;
    QSpinBox *m_nps;
    QCheckBox *m_hasChurn;
    QDoubleSpinBox *m_churn;
    QCheckBox *m_hasExpansion;
    QDoubleSpinBox *m_expansion;
    QCheckBox *m_hasCac;
    MoneyLineEdit *m_cac;
    QLabel *m_error;
    SaveKpiEntriesCommand::Values m_stored;
};

} // namespace dealboard
