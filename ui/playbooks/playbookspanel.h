#pragma once

#include <QDockWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace dealboard {

class BoardPage;
class Database;
class DealStore;
class ObjectionsTab;
class PlaybookFilterModel;

// The Playbooks panel beside the deals (View ▸ Playbooks): the inbound playbook (§6.1), the
// demo playbook (§6.2) with the features to show for the selected deal's segment, and the
// objection library (§6.3). One search filters every tab, ignoring case and accents.
class PlaybooksPanel : public QDockWidget
{
    Q_OBJECT

public:
    PlaybooksPanel(QUndoStack *undoStack, DealStore *store, QWidget *parent = nullptr);

    void setDatabase(Database *database);
    // Follows the deal selected on the board and in the Deals list.
    void follow(BoardPage *board, QAbstractItemView *dealsView);
    // The deal the panel is about (0: none).
    void setDeal(qint64 id);
    qint64 deal() const { return m_dealId; }

    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    ObjectionsTab *objections() const { return m_objections; }
    QTreeView *inboundView() const { return m_inboundView; }
    QTreeView *demoView() const { return m_demoView; }

private:
    QTreeView *addScriptTab(QStandardItemModel *model, PlaybookFilterModel *filter,
                            const QString &name, const QString &title);
    void search(const QString &text);
    void highlightSegment(const QString &segment);
    void refreshDeal();

    DealStore *m_store;
    qint64 m_dealId = 0;
    QLineEdit *m_search;
    QLabel *m_dealLabel;
    QTabWidget *m_tabs;
    QStandardItemModel *m_inbound;
    QStandardItemModel *m_demo;
    PlaybookFilterModel *m_inboundFilter;
    PlaybookFilterModel *m_demoFilter;
    QTreeView *m_inboundView = nullptr;
    QTreeView *m_demoView = nullptr;
    ObjectionsTab *m_objections;
};

} // namespace dealboard
