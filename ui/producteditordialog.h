#pragma once

#include "model/product.h"

#include "fieldproblems.h"

#include <QDialog>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace dealboard {

class Database;
class MoneyLineEdit;

// Creates or edits one product of the catalogue: key, names and units in French and English,
// price, billing and VAT rate. Each field is checked as it is typed with
// ProductRepository::validate, and a key another product has (active or not) is refused;
// problems are shown under the form and keep OK disabled. The dialog writes nothing.
class ProductEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing` == nullptr: a new product (monthly, 20 % VAT).
    ProductEditorDialog(Database &db, const Product *existing, QWidget *parent = nullptr);

    // What the form holds (the original's id and active flag kept).
    Product product() const;
    // Every problem that keeps OK disabled; empty when the product can be saved.
    QStringList problems() const { return m_problems; }

    // Runs the dialog (with the test hook when one is set); nullopt on Cancel.
    static std::optional<Product> edit(Database &db, const Product *existing, QWidget *parent);
    // Test hook (KeePassXC's pattern, see dialoghook.h): called once edit() has shown the
    // dialog; a dialog the hook leaves open is cancelled. An empty function removes it.
    static void setTestHook(std::function<void(ProductEditorDialog &)> hook);

private:
    QWidget *createForm();
    void validate();

    Product m_original;
    QList<Product> m_others; // every other product, for the key check
    QLineEdit *m_key;
    QLineEdit *m_nameFr;
    QLineEdit *m_nameEn;
    QLineEdit *m_unitFr;
    QLineEdit *m_unitEn;
    MoneyLineEdit *m_price;
    QComboBox *m_billing;
    QDoubleSpinBox *m_vat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    QSet<QWidget *> m_touched;
    FieldProblems m_fieldProblems;
};

} // namespace dealboard
