#pragma once

#include "model/company.h"
#include "model/deal.h"

#include "fieldproblems.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dealboard {

class Database;
class RelatedDealsList;

// Creates or edits a company: name, segment (the playbook's; the MRR of its deals only
// suggests one, the user's choice wins), sector, website, source. An existing company also
// shows its deals and their latest BANT+ qualifications. Problems are shown under the form and
// keep OK disabled; the dialog writes nothing.
class CompanyEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` == nullptr: a new company.
    CompanyEditorDialog(Database &db, const Company *existing, QWidget *parent = nullptr);

    Company company() const;
    QStringList problems() const { return m_problems; }
    // The segment the deals' MRR suggests (empty when none).
    QString suggestedSegment() const { return m_suggested; }

    // Runs the dialog; nullopt on Cancel.
    static std::optional<Company> edit(Database &db, const Company *existing, QWidget *parent);
    // Test hook (as DealEditorDialog's): called once edit() has shown the dialog; a dialog the
    // hook leaves open is cancelled. An empty function removes it.
    static void setTestHook(std::function<void(CompanyEditorDialog &)> hook);

private:
    QWidget *createForm();
    void loadDeals(Database &db);
    void validate();

    Company m_original;
    QList<Deal> m_deals;
    QString m_suggested;
    QLineEdit *m_name;
    QComboBox *m_segment;
    QLabel *m_hint;
    QPushButton *m_useSuggestion;
    QLineEdit *m_sector;
    QLineEdit *m_website;
    QLineEdit *m_source;
    RelatedDealsList *m_dealList = nullptr;
    QTreeWidget *m_qualifications = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    QSet<QWidget *> m_touched;
    FieldProblems m_fieldProblems;
};

} // namespace dealboard
