#include "funnelpage.h"

#include "analytics/funnel.h"
#include "analytics/hiringtriggers.h"
#include "analytics/kpis.h"
#include "analytics/objectiveprogress.h"
#include "analytics/pipelinemetrics.h"
#include "analytics/winloss.h"
#include "dealstore.h"
#include "funnelview.h"
#include "kpientrydialog.h"
#include "kpisview.h"
#include "metricsview.h"
#include "objectivesdialog.h"
#include "objectivesview.h"
#include "periodselector.h"
#include "setplaybookcommand.h"
#include "storage/database.h"
#include "winlossview.h"

#include <QSettings>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

FunnelPage::FunnelPage(DealStore *store, QUndoStack *undoStack, QWidget *parent)
    : AnalyticsPage(u"funnel"_s, parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_tabs(new QTabWidget(this))
    , m_funnel(new FunnelView(this))
    , m_metrics(new MetricsView(this))
    , m_kpis(new KpisView(this))
    , m_objectives(new ObjectivesView(this))
    , m_winLoss(new WinLossView(this))
    , m_stale(5, true)
{
    setObjectName(u"funnelPage"_s);
    m_tabs->setObjectName(u"funnelTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_funnel, tr("&Funnel"));
    m_tabs->addTab(m_metrics, tr("&Metrics"));
    m_tabs->addTab(m_kpis, tr("&KPIs"));
    m_tabs->addTab(m_objectives, tr("&Objectives"));
    m_tabs->addTab(m_winLoss, tr("&Win/Loss"));
    content()->addWidget(m_tabs, 1);
    m_tabs->setCurrentIndex(QSettings().value(u"funnel/tab"_s, 0).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        QSettings().setValue(u"funnel/tab"_s, tab);
        if (m_stale.value(tab))
            computeTab(tab);
    });
    connect(m_objectives, &ObjectivesView::editRequested, this, &FunnelPage::editObjectives);
    connect(m_kpis, &KpisView::enterFiguresRequested, this, &FunnelPage::enterFigures);
}

void FunnelPage::recompute()
{
    m_stale.fill(true);
    computeTab(m_tabs->currentIndex());
}

void FunnelPage::computeTab(int tab)
{
    Database *db = database();
    if (!db || tab < 0 || tab >= m_stale.size())
        return;
    m_stale[tab] = false;
    const Playbook &pb = m_store->playbook();
    const Period period = periodSelector()->period();
    const QDate asOf = periodSelector()->asOf();
    switch (Tab(tab)) {
    case FunnelTab:
        if (const Result<Funnel> f = FunnelCalculator::compute(*db, pb, period, asOf); f)
            m_funnel->show(f.value(), pb);
        else
            setProblem(f.errorMessage());
        break;
    case MetricsTab: {
        const Result<PipelineMetrics> now =
            PipelineMetricsCalculator::compute(*db, pb, period, asOf);
        // The previous period as it stood at its end (or now, if that is earlier).
        const Period before = period.previous();
        const Result<PipelineMetrics> then =
            PipelineMetricsCalculator::compute(*db, pb, before, std::min(asOf, before.to));
        if (now && then)
            m_metrics->show(now.value(), then.value(), pb);
        else
            setProblem(now ? then.errorMessage() : now.errorMessage());
        break;
    }
    case KpisTab:
        if (const Result<Kpis> k = KpiCalculator::compute(*db, pb, period, asOf); k)
            m_kpis->show(k.value(), pb);
        else
            setProblem(k.errorMessage());
        break;
    case ObjectivesTab: {
        if (const auto o = ObjectiveProgressCalculator::compute(*db, pb, asOf); o)
            m_objectives->show(o.value(), pb);
        else
            setProblem(o.errorMessage());
        if (const Result<HiringInputs> in = HiringInputs::load(*db, pb, asOf); in)
            m_objectives->showTriggers(HiringTrigger::evaluate(pb, in.value()));
        else
            setProblem(in.errorMessage());
        break;
    }
    case WinLossTab:
        if (const Result<WinLoss> w = WinLossCalculator::compute(*db, pb, period, asOf); w)
            m_winLoss->show(w.value(), pb);
        else
            setProblem(w.errorMessage());
        break;
    }
}

void FunnelPage::editObjectives()
{
    Database *db = database();
    if (!db)
        return;
    const Playbook before = m_store->playbook();
    const std::optional<Playbook> after = ObjectivesDialog::ask(before, this);
    if (!after)
        return;
    m_undoStack->push(
        new SetPlaybookCommand(*db, *m_store, before, *after, tr("Edit the objectives")));
    markStale();
}

void FunnelPage::enterFigures()
{
    Database *db = database();
    if (!db)
        return;
    QDate month;
    SaveKpiEntriesCommand::Values before, after;
    const QDate to = std::min(periodSelector()->period().to, periodSelector()->asOf());
    if (!KpiEntryDialog::ask(*db, to, this, &month, &before, &after) || before == after)
        return;
    m_undoStack->push(
        new SaveKpiEntriesCommand(*db, month, before, after, [this] { markStale(); }));
}

} // namespace dealboard
