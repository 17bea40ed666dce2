#pragma once

#include "fieldproblems.h"
#include "model/sellerdetails.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace dealboard {

// The seller's details as the quotes show them (letterhead and footer): company name,
// address, SIRET, VAT number, IBAN, terms URL and logo. Problems are written under the form,
// in SellerRepository's words, next to the field they concern. A form left empty while
// nothing was saved yet has no problem: there is nothing to save.
class SellerDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit SellerDetailsForm(QWidget *parent = nullptr);

    void setDetails(const SellerDetails &details); // also forgets which fields were visited
    SellerDetails details() const;                 // trimmed, blank address lines dropped
    void setLogo(const QByteArray &bytes);         // an image file's bytes; empty: no logo
    QByteArray logo() const { return m_logo; }

    // The button that saves the form: disabled, with the reasons as tooltip, while a problem
    // remains (see FieldProblems).
    void setSaveButton(QPushButton *button);
    // Checks the form and shows its problems; with `showAll`, also those of fields the user
    // has not been to (as when saving). Returns every problem's text.
    QStringList validate(bool showAll = false);

    // Chooses a logo file (through FileDialog); refuses files that are too large or not
    // images, with a message. False when nothing was chosen.
    bool chooseLogo();

Q_SIGNALS:
    void edited();

private:
    QList<FieldProblem> problems() const;
    void showLogo();
    void touch(QWidget *field);

    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_siret;
    QLineEdit *m_vat;
    QLineEdit *m_iban;
    QLineEdit *m_termsUrl;
    QLabel *m_logoPreview;
    QPushButton *m_removeLogo;
    QLabel *m_error;
    QPushButton *m_save = nullptr;
    QByteArray m_logo;
    bool m_logoReadable = true; // m_logo decodes (or is empty); set by showLogo()
    SellerDetails m_original;   // as last set: an empty form is fine only if it was empty
    FieldProblems m_fieldProblems;
    QSet<QWidget *> m_touched;
};

} // namespace dealboard
