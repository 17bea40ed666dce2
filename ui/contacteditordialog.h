#pragma once

#include "model/contact.h"

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

namespace dealboard {

class Database;
class RelatedDealsList;

// Creates or edits a contact: name, company, email, phone, role, decision role, LinkedIn. An
// existing contact also shows the deals it is the contact of. Problems are shown under the
// form and keep OK disabled; the dialog writes nothing.
class ContactEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` == nullptr: a new contact, in `companyId` when given.
    ContactEditorDialog(Database &db, const Contact *existing, QWidget *parent = nullptr,
                        qint64 companyId = 0);

    Contact contact() const;
    QStringList problems() const { return m_problems; }

    // Runs the dialog; nullopt on Cancel.
    static std::optional<Contact> edit(Database &db, const Contact *existing, QWidget *parent,
                                       qint64 companyId = 0);
    // Test hook (as DealEditorDialog's). An empty function removes it.
    static void setTestHook(std::function<void(ContactEditorDialog &)> hook);

private:
    QWidget *createForm(Database &db);
    void validate();

    Contact m_original;
    QLineEdit *m_name;
    QComboBox *m_company;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_role;
    QComboBox *m_decisionRole;
    QLineEdit *m_linkedin;
    RelatedDealsList *m_dealList = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    QSet<QWidget *> m_touched;
    FieldProblems m_fieldProblems;
};

} // namespace dealboard
