#pragma once

#include "model/company.h"
#include "model/contact.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace dealboard {

// The qualification checklist of annex B, in its six sections (Identity, Context, Need,
// Decision, Budget, Fit): one field or tick per line, each under a stable key.
class QualificationChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit QualificationChecklist(QWidget *parent = nullptr);

    // Fills in what is already known.
    void setKnown(const Contact &contact, const Company &company, const QString &source);
    // Every field by its key: text fields as strings, urgency as a number (null: not set),
    // the ICP tick as a boolean.
    QJsonObject answers() const;
    // `contact` / `company` with the identity fields as edited here.
    Contact contactWith(Contact contact) const;
    Company companyWith(Company company) const;

    QLineEdit *lineEdit(const QString &key) const { return m_edits.value(key); }

Q_SIGNALS:
    void edited();

private:
    QFormLayout *section(const QString &key, const QString &title);
    QLineEdit *addLine(QFormLayout *form, const QString &key, const QString &label,
                       const QString &placeholder = {});

    QHash<QString, QLineEdit *> m_edits;
    QStringList m_order;
    QComboBox *m_decisionRole = nullptr;
    QSpinBox *m_urgency = nullptr;
    QCheckBox *m_icpFit = nullptr;
    int m_sections = 0;
};

} // namespace dealboard
