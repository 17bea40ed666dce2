#include "forecastpage.h"

#include "analytics/forecast.h"
#include "analytics/forecastaccuracy.h"
#include "analytics/pipelinesnapshot.h"
#include "charts/chartformat.h"
#include "charts/stackedbarchart.h"
#include "dealstore.h"
#include "figureformat.h"
#include "forecasttablemodel.h"
#include "metrictile.h"
#include "palette.h"
#include "periodselector.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

double units(const Money &m)
{
    return double(m.cents()) / 100.0;
}

// The month's share of its quarter's new-MRR objective (a third), if the quarter has one.
std::optional<Money> monthlyQuota(const Playbook &pb, const QDate &month)
{
    const QString quarter = Period::quarter(month).quarterKey();
    const Objective *o = pb.objective(quarter);
    if (!o)
        return std::nullopt;
    return Money(o->newMrrCents / 3, pb.currency());
}

} // namespace

ForecastPage::ForecastPage(DealStore *store, QWidget *parent)
    : AnalyticsPage(u"forecast"_s, parent)
    , m_store(store)
    , m_chart(new StackedBarChart(this))
    , m_model(new ForecastTableModel(this))
    , m_table(new QTableView(this))
    , m_unscheduled(new QLabel(this))
{
    setObjectName(u"forecastPage"_s);
    auto *tiles = new QHBoxLayout;
    const auto addTile = [this, tiles](const QString &name, const QString &caption,
                                       const QString &how) {
        tiles->addWidget(new MetricTile(name, caption, how, this));
    };
    addTile(u"weightedTile"_s, tr("Weighted forecast"),
            tr("Σ MRR × stage probability over the open deals expected to close in the period "
               "(Demo 40 %, Proposal 60 %, Negotiation 80 % …)."));
    addTile(u"commitTile"_s, tr("Commit"),
            tr("MRR of the Negotiation deals with a verbal agreement."));
    addTile(u"bestCaseTile"_s, tr("Best case"),
            tr("Commit, plus the MRR of the Proposal deals whose timeline is confirmed."));
    addTile(u"pipelineTile"_s, tr("Pipeline"),
            tr("MRR of every open deal from Qualified on (stages with a probability above 0)."));
    tiles->addStretch(1);
    content()->addLayout(tiles);
    m_unscheduled->setObjectName(u"unscheduledNote"_s);
    m_unscheduled->setForegroundRole(QPalette::PlaceholderText);
    content()->addWidget(m_unscheduled);

    m_chart->setObjectName(u"forecastChart"_s);
    m_chart->setTitle(tr("Forecast by month of expected close"));
    m_chart->setExplanation(
        tr("Bars: Commit (Negotiation with a verbal agreement), then Best case beyond it "
           "(Proposal with a confirmed timeline), then the rest of the pipeline from Qualified "
           "on. Line: the weighted forecast (MRR × stage probability). Quota: a third of the "
           "quarter's new-MRR objective per month."));
    m_chart->setEmptyText(tr("No open deal is expected to close in this period. Give your deals "
                             "an expected close date to see them here."));
    m_chart->setValueFormatter(ChartFormat::money());
    m_table->setObjectName(u"forecastTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ForecastTableModel::MonthColumn,
                                                      QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"forecastSplitter"_s);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    content()->addWidget(splitter, 1);
}

MetricTile *ForecastPage::tile(const QString &objectName) const
{
    return findChild<MetricTile *>(objectName);
}

void ForecastPage::recompute()
{
    if (!database())
        return;
    const Playbook pb = m_store->playbook();
    const Period period = periodSelector()->period();
    const QDate asOf = periodSelector()->asOf();
    // Today's pipeline is the one in memory; an earlier day's is rebuilt from the event log.
    const std::optional<QList<Deal>> now =
        periodSelector()->isToday() ? std::optional<QList<Deal>>(m_store->deals()) : std::nullopt;
    submit([this, pb, period, asOf, now](Database &db) -> AnalyticsRunner::Apply {
        QList<Deal> deals;
        if (now) {
            deals = *now;
        } else {
            Result<QList<Deal>> then = PipelineSnapshot::asOf(db, asOf);
            if (!then)
                return [this, why = then.errorMessage()] { setProblem(why); };
            deals = then.value();
        }
        const Forecast all = ForecastCalculator::compute(deals, pb);
        const Forecast f = ForecastCalculator::compute(deals, pb, period);
        const Result<QList<MonthAccuracy>> accuracy =
            ForecastAccuracy::compute(db, pb, period, asOf);
        const QString problem = accuracy ? QString() : accuracy.errorMessage();
        const QList<MonthAccuracy> months = accuracy ? accuracy.value() : QList<MonthAccuracy>();
        return [=, this] {
            setProblem(problem);
            show(pb, period, all, f, months);
        };
    });
}

void ForecastPage::show(const Playbook &pb, const Period &period, const Forecast &all,
                        const Forecast &f, const QList<MonthAccuracy> &accuracy)
{
    // Every month of the period, with or without deals.
    std::map<QDate, ForecastTableModel::Row> months;
    for (QDate m(period.from.year(), period.from.month(), 1); m <= period.to; m = m.addMonths(1)) {
        ForecastTableModel::Row row;
        row.forecast.month = m;
        const QString cur = pb.currency();
        row.forecast.weighted = row.forecast.commit = row.forecast.bestCase =
            row.forecast.pipeline = Money(0, cur);
        months[m] = row;
    }
    for (const MonthForecast &m : f.byMonth)
        if (m.month.isValid())
            months[m.month].forecast = m;
    for (const MonthAccuracy &a : accuracy) {
        ForecastTableModel::Row &row = months[a.month];
        row.forecastThen = a.forecast;
        row.won = a.actual;
        row.wonDeals = a.wonDeals;
        row.accuracyBp = a.accuracyBp;
    }

    QList<ForecastTableModel::Row> rows;
    QStringList categories;
    QList<double> commit, beyondCommit, rest, weighted, quota;
    bool anyQuota = false;
    const QLocale locale;
    for (const auto &[month, row] : months) {
        rows << row;
        categories << locale.toString(month, u"MMM yyyy"_s);
        const MonthForecast &m = row.forecast;
        commit << units(m.commit);
        beyondCommit << units(m.bestCase) - units(m.commit);
        rest << units(m.pipeline) - units(m.bestCase);
        weighted << units(m.weighted);
        const std::optional<Money> q = monthlyQuota(pb, month);
        anyQuota = anyQuota || q.has_value();
        quota << (q ? units(*q) : 0.0);
    }
    m_model->setRows(rows);

    m_chart->clear();
    m_chart->setCategories(categories);
    m_chart->addSet(tr("Commit"), commit, ChartPanel::seriesColor(0));
    m_chart->addSet(tr("Best case beyond commit"), beyondCommit, ChartPanel::seriesColor(1));
    m_chart->addSet(tr("Rest of the pipeline"), rest, ChartPanel::seriesColor(2));
    m_chart->addLine(tr("Weighted"), weighted, ChartPanel::seriesColor(3));
    if (anyQuota)
        m_chart->addLine(tr("Quota"), quota, &Palette::chartReference);

    tile(u"weightedTile"_s)->setValue(FigureFormat::money(f.weighted));
    tile(u"commitTile"_s)->setValue(FigureFormat::money(f.commit));
    tile(u"bestCaseTile"_s)->setValue(FigureFormat::money(f.bestCase));
    tile(u"pipelineTile"_s)->setValue(FigureFormat::money(f.pipeline));
    tile(u"pipelineTile"_s)->setTarget(tr("%Ln open deal(s)", nullptr, f.openDeals));
    const auto unscheduled =
        std::find_if(all.byMonth.cbegin(), all.byMonth.cend(),
                     [](const MonthForecast &m) { return !m.month.isValid(); });
    m_unscheduled->setText(
        unscheduled == all.byMonth.cend()
            ? QString()
            : tr("Not in the chart: %Ln open deal(s) without an expected close date "
                 "(weighted %1).",
                 nullptr, unscheduled->deals)
                  .arg(FigureFormat::money(unscheduled->weighted)));
    m_unscheduled->setVisible(!m_unscheduled->text().isEmpty());
}

} // namespace dealboard
