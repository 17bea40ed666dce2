#include "kpisview.h"

#include "analytics/kpis.h"
#include "charts/barchart.h"
#include "charts/chartformat.h"
#include "figureformat.h"
#include "metrictile.h"
#include "playbook/playbook.h"
#include "storage/kpientryrepository.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QString weekLabel(const QDate &monday)
{
    return QLocale().toString(monday, u"d MMM"_s);
}

QString monthLabel(const QDate &month)
{
    return QLocale().toString(month, u"MMM yyyy"_s);
}

} // namespace

KpisView::KpisView(QWidget *parent)
    : QWidget(parent)
    , m_manual(new QTableWidget(this))
    , m_enter(new QPushButton(tr("&Enter Monthly Figures…"), this))
{
    setObjectName(u"kpisView"_s);
    auto *inner = new QWidget(this);
    auto *grid = new QGridLayout(inner);
    const struct
    {
        QString name;
        QString title;
        QString how;
    } charts[] = {
        {u"leadsChart"_s, tr("Leads per week"), tr("Deals created each week (Monday to Sunday).")},
        {u"demosChart"_s, tr("Demos per week"),
         tr("Moves into the Demo stage each week (a deal moved into Demo twice counts twice).")},
        {u"closedChart"_s, tr("Deals won per month"), tr("Deals closed won each month.")},
        {u"newMrrChart"_s, tr("New MRR per month"), tr("MRR of the deals won each month.")},
    };
    int i = 0;
    for (const auto &c : charts) {
        auto *chart = new BarChart(inner);
        chart->setObjectName(c.name);
        chart->setTitle(c.title);
        chart->setExplanation(c.how);
        chart->setEmptyText(tr("Nothing in this period."));
        chart->setValueFormatter(i == 3 ? ChartFormat::money() : ChartFormat::number());
        chart->setMinimumHeight(220);
        grid->addWidget(chart, i / 2, i % 2);
        ++i;
    }
    auto *tiles = new QHBoxLayout;
    const auto addTile = [tiles, inner](const QString &name, const QString &caption,
                                        const QString &how) {
        tiles->addWidget(new MetricTile(name, caption, how, inner));
    };
    addTile(u"firstResponse"_s, tr("First response (median)"),
            tr("For the deals created in the period: the time from creation to the first email "
               "or call marked done."));
    addTile(u"withinTarget"_s, tr("Answered in time"),
            tr("The share of those deals answered within the playbook's response time."));
    addTile(u"demoShowRate"_s, tr("Demo show rate"),
            tr("Demo activities due in the period and marked done, over all of them; a demo "
               "still open after its day counts as a no-show."));
    tiles->addStretch(1);
    grid->addLayout(tiles, 2, 0, 1, 2);

    auto *manualHeader = new QHBoxLayout;
    auto *manualTitle = new QLabel(tr("Monthly figures entered by hand"), inner);
    QFont bold = manualTitle->font();
    bold.setBold(true);
    manualTitle->setFont(bold);
    manualHeader->addWidget(manualTitle);
    manualHeader->addStretch(1);
    m_enter->setObjectName(u"enterKpisButton"_s);
    m_enter->setToolTip(tr("NPS, churn in the first month, expansion at month 6 and customer "
                           "acquisition cost: Dealboard cannot compute them, you type them in."));
    manualHeader->addWidget(m_enter);
    grid->addLayout(manualHeader, 3, 0, 1, 2);
    m_manual->setObjectName(u"manualKpiTable"_s);
    m_manual->verticalHeader()->hide();
    m_manual->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_manual->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_manual->setMinimumHeight(120);
    grid->addWidget(m_manual, 4, 0, 1, 2);
    connect(m_enter, &QPushButton::clicked, this, &KpisView::enterFiguresRequested);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

BarChart *KpisView::chart(const QString &objectName) const
{
    return findChild<BarChart *>(objectName);
}

MetricTile *KpisView::tile(const QString &objectName) const
{
    return findChild<MetricTile *>(objectName);
}

void KpisView::show(const Kpis &k, const Playbook &pb)
{
    const QJsonObject targets = pb.section(u"kpiTargets"_s).toObject();
    QStringList weeks;
    QList<double> leads, demos;
    for (const WeekCount &w : k.leadsPerWeek) {
        weeks << weekLabel(w.monday);
        leads << double(w.count);
    }
    for (const WeekCount &w : k.demosPerWeek)
        demos << double(w.count);
    QStringList months;
    QList<double> closed, newMrr;
    for (const MonthAmount &m : k.closedPerMonth) {
        months << monthLabel(m.month);
        closed << double(m.deals);
        newMrr << double(m.newMrr.cents()) / 100.0;
    }
    const auto fill = [this](const QString &name, const QString &series,
                             const QStringList &categories, const QList<double> &values) {
        BarChart *c = chart(name);
        c->clear();
        const bool any = std::any_of(values.cbegin(), values.cend(), [](double v) { return v; });
        if (any)
            c->setData(series, categories, values, ChartPanel::seriesColor(0));
    };
    fill(u"leadsChart"_s, tr("Leads"), weeks, leads);
    fill(u"demosChart"_s, tr("Demos"), weeks, demos);
    fill(u"closedChart"_s, tr("Deals won"), months, closed);
    fill(u"newMrrChart"_s, tr("New MRR"), months, newMrr);

    const int hoursTarget = k.firstResponseTargetHours;
    MetricTile *t = tile(u"firstResponse"_s);
    t->setValue(FigureFormat::hours(k.medianFirstResponseHours),
                !k.medianFirstResponseHours                  ? MetricTile::State::Neutral
                : *k.medianFirstResponseHours <= hoursTarget ? MetricTile::State::Met
                                                             : MetricTile::State::Missed);
    t->setTarget(tr("Target under %1").arg(FigureFormat::hours(double(hoursTarget))));
    t->setTrend(tr("%1 answered, %2 still waiting").arg(k.responded).arg(k.unanswered));
    t = tile(u"withinTarget"_s);
    t->setValue(FigureFormat::percent(k.withinTargetBp));
    t->setTarget(tr("Within %1").arg(FigureFormat::hours(double(hoursTarget))));
    const qint64 showTarget = targets.value("demoShowRateBp"_L1).toInteger();
    t = tile(u"demoShowRate"_s);
    t->setValue(FigureFormat::percent(k.demoShowRateBp),
                !k.demoShowRateBp                 ? MetricTile::State::Neutral
                : *k.demoShowRateBp >= showTarget ? MetricTile::State::Met
                                                  : MetricTile::State::Missed);
    t->setTarget(tr("Target %1").arg(FigureFormat::percent(int(showTarget))));
    t->setTrend(tr("%1 of %2 demos held").arg(k.demosDone).arg(k.demosDue));

    // Months as rows, the four KPIs as columns, the target in the header.
    const QStringList keys = KpiEntry::keys();
    const QString cur = pb.currency();
    const QStringList headers{
        tr("Month"),
        tr("NPS (target > %1)").arg(targets.value("npsMin"_L1).toInt()),
        tr("Churn M1 (target < %1)")
            .arg(FigureFormat::percent(targets.value("churnFirstMonthMaxBp"_L1).toInt())),
        tr("Expansion M6 (target %1)")
            .arg(FigureFormat::percent(targets.value("expansionM6Bp"_L1).toInt())),
        tr("CAC (target < %1)")
            .arg(FigureFormat::money(Money(targets.value("cacMaxCents"_L1).toInteger(), cur))),
    };
    m_manual->clear();
    m_manual->setColumnCount(int(headers.size()));
    m_manual->setHorizontalHeaderLabels(headers);
    QList<QDate> rows;
    for (const MonthAmount &m : k.closedPerMonth)
        rows << m.month;
    m_manual->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_manual->setItem(r, 0, new QTableWidgetItem(monthLabel(rows.at(r))));
        for (int c = 0; c < keys.size(); ++c) {
            QString text = FigureFormat::none();
            for (const KpiEntry &e : k.manual) {
                if (e.month != rows.at(r) || e.kpi != keys.at(c))
                    continue;
                if (e.kpi == KpiEntry::nps())
                    text = QLocale().toString(e.value);
                else if (e.kpi == KpiEntry::cac())
                    text = FigureFormat::money(Money(e.value, cur));
                else
                    text = FigureFormat::percent(int(e.value));
            }
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_manual->setItem(r, c + 1, item);
        }
    }
}

} // namespace dealboard
