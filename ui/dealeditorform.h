#pragma once

#include "model/company.h"
#include "model/contact.h"
#include "model/deal.h"

#include <QList>
#include <QWidget>

#include "fieldproblems.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace dealboard {

class Database;
class MoneyLineEdit;
class OptionalDateEdit;

// What the deal editor produces. Nothing is written by the editor: the caller creates the new
// company, then the new contact (in that company), then saves the deal, in one transaction.
struct DealDraft
{
    Deal deal; // every editable field; id 0 for a new deal; companyId 0 when newCompany is set
    std::optional<Company> newCompany; // typed in the company field
    std::optional<Contact> newContact; // "New contact…": companyId 0 when newCompany is set
};

// The fields of the deal editor. Reads the companies and contacts it offers; computes the draft
// and what is wrong with it, and leaves showing problems to DealEditorDialog.
class DealEditorForm : public QWidget
{
    Q_OBJECT

public:
    using Problem = FieldProblem; // field nullptr: the deal as a whole

    // `existing` == nullptr: a new deal.
    DealEditorForm(Database &db, const Deal *existing, QWidget *parent = nullptr);

    DealDraft draft() const;
    QList<Problem> problems() const;
    QWidget *firstField() const;

Q_SIGNALS:
    // The user changed `field` (or, through it, what other fields offer).
    void edited(QWidget *field);

private:
    void createFields();
    void fill();
    void loadCompanies();
    void loadContacts();
    void companyChanged();
    void contactChanged();
    void mrrChanged();
    qint64 selectedCompanyId() const;
    bool isNewCompany() const;
    QString currency() const { return m_original.mrr.currency(); }

    Database &m_db;
    const bool m_isNew;
    Deal m_original;
    QList<Company> m_companies;
    bool m_segmentChosen = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_company = nullptr;
    QWidget *m_newCompanyRow = nullptr;
    QComboBox *m_segment = nullptr;
    QComboBox *m_contact = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_contactRole = nullptr;
    MoneyLineEdit *m_mrr = nullptr;
    QLabel *m_motion = nullptr;
    MoneyLineEdit *m_oneTime = nullptr;
    QComboBox *m_stage = nullptr; // a new deal's; an existing deal's is a label
    OptionalDateEdit *m_close = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_nextStep = nullptr;
    OptionalDateEdit *m_due = nullptr;
    QCheckBox *m_verbal = nullptr;
    QCheckBox *m_timeline = nullptr;
};

} // namespace dealboard
