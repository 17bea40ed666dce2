#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace dealboard {

class CompanyTableModel;
class Database;

// The Companies section: every company in a sortable, searchable table; create, edit, delete
// and merge, each an undoable command on the main window's stack. Emits changed() after any
// of them is done or undone, so the window can reload what shows deals.
class CompaniesPage : public QWidget
{
    Q_OBJECT

public:
    CompaniesPage(QUndoStack *undo, QWidget *parent = nullptr);

    // Shows the companies of `db` (nullptr: none). The page does not own it.
    void setDatabase(Database *db);
    void reload();
    void focusSearch();

    CompanyTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // What the buttons do, on the selected rows.
    void newCompany();
    void editCurrent();
    void deleteSelected();
    void mergeSelected();

Q_SIGNALS:
    void changed();

private:
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    void commandDone();
    void updateState();
    std::function<void()> notifier();

    QUndoStack *m_undo;
    Database *m_db = nullptr;
    CompanyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QPushButton *m_new;
    QPushButton *m_merge;
    QPushButton *m_delete;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace dealboard
