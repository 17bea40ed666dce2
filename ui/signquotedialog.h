#pragma once

#include "fieldproblems.h"
#include "model/quote.h"

#include <QDateTime>
#include <QDialog>
#include <QSet>
#include <QStringList>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace dealboard {

class SignaturePad;

// Records the buyer's signature of a sent quote (§7.3): who, when, how, the reference, and
// optionally a handwritten signature drawn or imported.
class SignQuoteDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxImportBytes = 1024 * 1024;

    SignQuoteDialog(const Quote &quote, const QString &buyerName, QWidget *parent = nullptr);
    SignatureRecord signature() const; // valid after accept()
    SignaturePad *pad() const;         // for tests

private:
    SignatureMethod method() const;
    void methodChanged();
    void importImage();
    void validate();

    QDateTime m_sentAt;
    QLineEdit *m_signer;
    QDateTimeEdit *m_at;
    QComboBox *m_method;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    SignaturePad *m_pad;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    FieldProblems m_fieldProblems;
    QSet<QWidget *> m_touched;
    QStringList m_problems;
};

} // namespace dealboard
