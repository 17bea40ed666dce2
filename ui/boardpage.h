#pragma once

#include "boardfilter.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace dealboard {

class BoardColumnModel;
class DealStore;
class LostDropZone;

// The Kanban board: one virtualised list view per stage over the shared store, cards painted
// by CardDelegate, quick filters, a Lost drop zone and an optional Customer column. It only
// asks for changes (signals); DealActions decides and performs them.
class BoardPage : public QWidget
{
    Q_OBJECT

public:
    explicit BoardPage(DealStore *store, QWidget *parent = nullptr);

    BoardColumnModel *column(const QString &stage) const { return m_models.value(stage); }
    QListView *view(const QString &stage) const { return m_views.value(stage); }
    QStringList columnStages() const; // in order, the shown ones
    void setCustomerColumnVisible(bool visible);
    bool isCustomerColumnVisible() const;
    void applyFilter();
    BoardFilter filter() const { return m_filter; }
    void selectDeal(qint64 id);
    QList<qint64> selectedDeals() const;
    void focusSearch();
    // What a right-click on a card offers (the main window's Deal actions).
    void setCardActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void moveRequested(const QList<qint64> &ids, const QString &stage, qint64 beforeId);
    void lostRequested(const QList<qint64> &ids);
    void reorderRequested(qint64 id, qint64 beforeId);
    void openRequested(qint64 id);
    // The card the keyboard or a click made current (the Playbooks panel follows it).
    void currentDealChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildColumns();
    void updateHeader(const QString &stage);
    void refillChoices();
    bool handleKey(QListView *view, QKeyEvent *event);

    DealStore *m_store;
    BoardFilter m_filter;
    QLineEdit *m_search;
    QComboBox *m_segment;
    QComboBox *m_band;
    QComboBox *m_owner;
    QCheckBox *m_rotting;
    QCheckBox *m_overdue;
    QWidget *m_columnsHost;
    LostDropZone *m_lostZone;
    QHash<QString, BoardColumnModel *> m_models;
    QHash<QString, QListView *> m_views;
    QHash<QString, QLabel *> m_headers;
    QHash<QString, QWidget *> m_columns;
    QStringList m_stages;
    QList<QAction *> m_cardActions;
};

} // namespace dealboard
