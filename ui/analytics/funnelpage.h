#pragma once

#include "analyticspage.h"

class QTabWidget;
class QUndoStack;

namespace dealboard {

class DealStore;
class FunnelView;
class KpisView;
class MetricsView;
class ObjectivesView;
class WinLossView;

// Funnel & KPIs: the funnel, the pipeline metrics, the KPIs, the objectives with the hiring
// triggers, and win/loss, each on a tab computed when shown.
class FunnelPage : public AnalyticsPage
{
    Q_OBJECT

public:
    enum Tab
    {
        FunnelTab,
        MetricsTab,
        KpisTab,
        ObjectivesTab,
        WinLossTab
    };

    FunnelPage(DealStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    FunnelView *funnel() const { return m_funnel; }
    MetricsView *metrics() const { return m_metrics; }
    KpisView *kpis() const { return m_kpis; }
    ObjectivesView *objectives() const { return m_objectives; }
    WinLossView *winLoss() const { return m_winLoss; }

    void editObjectives();
    void enterFigures();

protected:
    void recompute() override;

private:
    void computeTab(int tab);

    DealStore *m_store;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    FunnelView *m_funnel;
    MetricsView *m_metrics;
    KpisView *m_kpis;
    ObjectivesView *m_objectives;
    WinLossView *m_winLoss;
    QList<bool> m_stale;
};

} // namespace dealboard
