#pragma once

#include "result.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace dealboard {

class Database;

// What the Companies and Contacts sections share: a searchable, sortable table over a model,
// New / Merge… / Delete buttons, a count, an empty state that says what to do, and the
// selection kept across reloads. Each change is an undoable command on the main window's
// stack; changed() follows each one done or undone.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    // Shows the records of `db` (nullptr: none). The page does not own it.
    void setDatabase(Database *db);
    void reload();
    void focusSearch();

    QAbstractItemModel *sourceModel() const { return m_source; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    // What the buttons do, on the selected rows.
    virtual void editCurrent() = 0;
    virtual void deleteSelected() = 0;
    virtual void mergeSelected() = 0;

Q_SIGNALS:
    void changed();

protected:
    struct Setup
    {
        QString name;   // object-name stem, singular: "company" → companyTable …
        QString plural; // "companies" → companiesPage, companiesEmpty
        int sortRole = 0;
        int idRole = 0;
        int sortColumn = 0;
        QString newText; // the New button
        QString searchHint;
        QString mergeHint;
    };
    RecordListPage(const Setup &setup, QAbstractItemModel *model, QUndoStack *undo,
                   QWidget *parent);

    // Column widths in average characters.
    void setColumnWidths(std::initializer_list<std::pair<int, int>> widths);
    virtual void newRecord() = 0;
    virtual Status loadModel() = 0;
    virtual int rowOf(qint64 id) const = 0;
    virtual QString countText(int shown, int total) const = 0;
    virtual QString noneYetText() const = 0;
    virtual QString noMatchText(const QString &search) const = 0;

    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    void updateState();
    // Given to each command: reloads and emits changed() when it is done or undone.
    std::function<void()> notifier();

    QUndoStack *m_undo;
    Database *m_db = nullptr;

private:
    void commandDone();

    Setup m_setup;
    QAbstractItemModel *m_source;
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
