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
    if (!database() || tab < 0 || tab >= m_stale.size())
        return;
    const Playbook pb = m_store->playbook();
    const Period period = periodSelector()->period();
    const QDate asOf = periodSelector()->asOf();
    // Each job runs on the analytics thread and hands back what to show.
    const auto fail = [this](const QString &why) -> AnalyticsRunner::Apply {
        return [this, why] { setProblem(why); };
    };
    switch (Tab(tab)) {
    case FunnelTab:
        submit([=, this](Database &db) -> AnalyticsRunner::Apply {
            const Result<Funnel> f = FunnelCalculator::compute(db, pb, period, asOf);
            if (!f)
                return fail(f.errorMessage());
            return [this, pb, f = f.value()] {
                m_stale[FunnelTab] = false;
                m_funnel->show(f, pb);
            };
        });
        break;
    case MetricsTab:
        submit([=, this](Database &db) -> AnalyticsRunner::Apply {
            const Result<PipelineMetrics> now =
                PipelineMetricsCalculator::compute(db, pb, period, asOf);
            if (!now)
                return fail(now.errorMessage());
            // The same number of days just before, as it stood at their end (a quarter still
            // running is compared over the days it has run, as `dealboard-cli metrics` does).
            const Period ran{period.from, std::min(period.to, asOf)};
            const Period before = ran.isValid() ? ran.previous() : period.previous();
            const Result<PipelineMetrics> then =
                PipelineMetricsCalculator::compute(db, pb, before, std::min(asOf, before.to));
            if (!then)
                return fail(then.errorMessage());
            return [this, pb, now = now.value(), then = then.value()] {
                m_stale[MetricsTab] = false;
                m_metrics->show(now, then, pb);
            };
        });
        break;
    case KpisTab:
        submit([=, this](Database &db) -> AnalyticsRunner::Apply {
            const Result<Kpis> k = KpiCalculator::compute(db, pb, period, asOf);
            if (!k)
                return fail(k.errorMessage());
            return [this, pb, k = k.value()] {
                m_stale[KpisTab] = false;
                m_kpis->show(k, pb);
            };
        });
        break;
    case ObjectivesTab:
        submit([=, this](Database &db) -> AnalyticsRunner::Apply {
            const auto o = ObjectiveProgressCalculator::compute(db, pb, asOf);
            if (!o)
                return fail(o.errorMessage());
            const Result<HiringInputs> in = HiringInputs::load(db, pb, asOf);
            if (!in)
                return fail(in.errorMessage());
            return [this, pb, o = o.value(), triggers = HiringTrigger::evaluate(pb, in.value())] {
                m_stale[ObjectivesTab] = false;
                m_objectives->show(o, pb);
                m_objectives->showTriggers(triggers);
            };
        });
        break;
    case WinLossTab:
        submit([=, this](Database &db) -> AnalyticsRunner::Apply {
            const Result<WinLoss> w = WinLossCalculator::compute(db, pb, period, asOf);
            if (!w)
                return fail(w.errorMessage());
            return [this, pb, w = w.value()] {
                m_stale[WinLossTab] = false;
                m_winLoss->show(w, pb);
            };
        });
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
