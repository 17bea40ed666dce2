#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace dealboard {

class ContactTableModel;
class Database;

// The Contacts section: every contact in a sortable, searchable table; create, edit, delete
// and merge, each an undoable command on the main window's stack. Emits changed() after any
// of them is done or undone.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    ContactsPage(QUndoStack *undo, QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void reload();
    void focusSearch();

    ContactTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    void newContact();
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
    ContactTableModel *m_model;
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
