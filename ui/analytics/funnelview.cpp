#include "funnelview.h"

#include "analytics/funnel.h"
#include "charts/chartformat.h"
#include "charts/funnelchart.h"
#include "figureformat.h"
#include "palette.h"
#include "playbook/playbook.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

FunnelView::FunnelView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new FunnelChart(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(u"funnelView"_s);
    m_chart->setObjectName(u"funnelChart"_s);
    m_chart->setTitle(tr("Funnel of the deals created in the period"));
    m_chart->setExplanation(
        tr("The deals created in the period, and how many of them reached each stage by the "
           "as-of day (a deal created in Demo has reached Lead and Qualified; a lost deal counts "
           "for the stages it reached). Percentages: conversion from the stage above. A bar "
           "under its playbook target is highlighted."));
    m_chart->setEmptyText(tr("No deal was created in this period."));
    m_chart->setValueFormatter(ChartFormat::number());
    m_table->setObjectName(u"conversionTable"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Conversion"), tr("Deals"), tr("Actual"), tr("Target"), tr("Gap")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void FunnelView::show(const Funnel &funnel, const Playbook &pb)
{
    const auto stageName = [&pb](const QString &key) {
        const Stage *s = pb.stage(key);
        return s ? s->name.text() : key;
    };
    QStringList names;
    QList<double> counts;
    for (const FunnelStep &s : funnel.steps) {
        names << stageName(s.stage);
        counts << double(s.reached);
    }
    // The chart marks adjacent steps; the table has every target, the overall one too.
    QList<double> targets(names.size(), -1.0);
    for (const FunnelConversion &c : funnel.conversions) {
        for (qsizetype i = 1; i < funnel.steps.size(); ++i)
            if (funnel.steps.at(i - 1).stage == c.from && funnel.steps.at(i).stage == c.to)
                targets[i] = c.targetBp / 10000.0;
    }
    m_chart->clear();
    if (funnel.cohort > 0) {
        m_chart->setStages(names, counts);
        m_chart->setConversionTargets(targets);
    }

    m_table->setRowCount(int(funnel.conversions.size()));
    const QPalette p = palette();
    for (int row = 0; row < funnel.conversions.size(); ++row) {
        const FunnelConversion &c = funnel.conversions.at(row);
        const QString what = tr("%1 → %2").arg(stageName(c.from), stageName(c.to));
        const QString deals = tr("%1 of %2").arg(c.toCount).arg(c.fromCount);
        const QString gap = c.gapBp ? FigureFormat::points(*c.gapBp) : FigureFormat::none();
        const QStringList cells{what, deals, FigureFormat::percent(c.actualBp),
                                FigureFormat::percent(c.targetBp), gap};
        const bool below = c.gapBp && *c.gapBp < 0;
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (below && col >= 2)
                item->setForeground(Palette::chartBelowTarget(p));
            item->setToolTip(below ? tr("Under the playbook's target by %1").arg(gap)
                                   : tr("%1 of the deals that reached %2 went on to %3")
                                         .arg(FigureFormat::percent(c.actualBp), stageName(c.from),
                                              stageName(c.to)));
            m_table->setItem(row, col, item);
        }
    }
}

} // namespace dealboard
