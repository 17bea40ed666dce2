#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListView;
class QTextBrowser;
class QTreeView;
class QUndoStack;

namespace dealboard {

class Database;
class DealObjectionListModel;
class ObjectionTreeModel;
class PlaybookFilterModel;
struct Objection;

// The Objections tab of the Playbooks panel: the library by category with the selected
// objection's answer, its edits (each an undoable command), and the objections met on the
// current deal, where "Objection met on this deal" logs the selected one.
class ObjectionsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectionsTab(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    // The deal the panel follows (0: none) and how to name it.
    void setDeal(qint64 dealId, const QString &dealText);
    void setSearch(const QString &text);
    // Reads the library and the deal's objections again (after an edit or its undo).
    void reload();

    ObjectionTreeModel *model() const { return m_model; }
    PlaybookFilterModel *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    DealObjectionListModel *metModel() const { return m_metModel; }
    // Selects an objection by key (tests, and after an edit); false when it is not shown.
    bool selectObjection(const QString &key);

    void editSelected();
    void addObjection();
    void hideSelected();
    void resetSelected();
    void logSelectedOnDeal();
    void removeSelectedMet();

private:
    const Objection *selected() const;
    void updateActions();
    void showAnswer();
    void reloadMet();
    QString language() const;

    QUndoStack *m_undoStack;
    Database *m_db = nullptr;
    qint64 m_dealId = 0;
    QString m_dealText;
    ObjectionTreeModel *m_model;
    PlaybookFilterModel *m_filter;
    QTreeView *m_view;
    QTextBrowser *m_answer;
    QCheckBox *m_showHidden;
    QAction *m_met;
    QAction *m_edit;
    QAction *m_add;
    QAction *m_hide;
    QAction *m_reset;
    QLabel *m_metTitle;
    DealObjectionListModel *m_metModel;
    QListView *m_metView;
    QAction *m_removeMet;
};

} // namespace dealboard
