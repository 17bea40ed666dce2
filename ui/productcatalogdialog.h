#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace dealboard {

class Database;
class ProductTableModel;
class SaveProductCommand;

// "Product Catalogue": every product of the catalogue in a table (the inactive ones greyed,
// hidden when "Show inactive" is cleared), in key order, with Add Product…, Edit… (also a
// double-click) and Deactivate / Reactivate. Each change is one SaveProductCommand pushed on
// `undoStack`; the table is re-read after each change and after every undo or redo while the dialog
// is open. Products are never deleted: old quotes point to them.
class ProductCatalogDialog : public QDialog
{
    Q_OBJECT

public:
    ProductCatalogDialog(Database &db, QUndoStack *undoStack, QWidget *parent = nullptr);

    ProductTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The id of the selected product; 0 when none is.
    qint64 currentProductId() const;
    // Selects the product's row when it is shown.
    void selectProduct(qint64 productId);

    // What the buttons do (the editor opens with ProductEditorDialog's test hook, if set).
    void addProduct();
    void editCurrent();
    // Deactivates the selected product, or re-activates it when it is inactive.
    void toggleActiveCurrent();
    // Re-reads the catalogue, keeping the selection.
    void reload();

Q_SIGNALS:
    // The catalogue changed (a change pushed, undone or redone while the dialog is open).
    void catalogueChanged();

private:
    // Pushes the command; true when it was applied (a failed one is dropped by the stack).
    bool push(SaveProductCommand *command);
    void updateButtons();

    Database &m_db;
    QUndoStack *m_undo;
    ProductTableModel *m_model;
    QTableView *m_view;
    QCheckBox *m_showInactive;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_toggle;
};

} // namespace dealboard
