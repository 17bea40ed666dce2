#include "winlossview.h"

#include "analytics/winloss.h"
#include "charts/barchart.h"
#include "charts/chartformat.h"
#include "figureformat.h"
#include "palette.h"
#include "playbook/playbook.h"

#include <QGridLayout>
#include <QLabel>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace dealboard {

WinLossView::WinLossView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_lost(new BarChart(this))
    , m_competitors(new BarChart(this))
    , m_won(new BarChart(this))
    , m_beaten(new BarChart(this))
    , m_notes(new QTextBrowser(this))
{
    setObjectName(u"winLossView"_s);
    m_summary->setObjectName(u"winLossSummary"_s);
    const struct
    {
        BarChart *chart;
        QString name;
        QString title;
        QString how;
        QString empty;
    } charts[] = {
        {m_lost, u"lostReasonsChart"_s, tr("Lost, by reason"),
         tr("The deals lost in the period, by the reason given when they were marked lost."),
         tr("No deal was lost in this period.")},
        {m_competitors, u"competitorsChart"_s, tr("Lost to a competitor"),
         tr("The competitors named on the deals lost in the period."),
         tr("No deal was lost to a competitor in this period.")},
        {m_won, u"wonReasonsChart"_s, tr("Won, by main reason"),
         tr("The deals won in the period, by the main reason given on the way to Won."),
         tr("No deal was won in this period.")},
        {m_beaten, u"competitorsBeatenChart"_s, tr("Competitors beaten"),
         tr("The competitors named in the win/loss reviews of the deals won in the period."),
         tr("No win/loss review of a won deal names a competitor.")},
    };
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    int i = 0;
    for (const auto &c : charts) {
        c.chart->setObjectName(c.name);
        c.chart->setTitle(c.title);
        c.chart->setExplanation(c.how);
        c.chart->setEmptyText(c.empty);
        c.chart->setOrientation(Qt::Horizontal);
        c.chart->setValueFormatter(ChartFormat::number());
        grid->addWidget(c.chart, 1 + i / 2, i % 2);
        ++i;
    }
    m_notes->setObjectName(u"winLossNotes"_s);
    m_notes->setOpenLinks(false);
    grid->addWidget(m_notes, 3, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    grid->setRowStretch(3, 1);
}

QString WinLossView::notes() const
{
    return m_notes->toPlainText();
}

QString WinLossView::summary() const
{
    return m_summary->text();
}

void WinLossView::show(const WinLoss &w, const Playbook &pb)
{
    m_summary->setText(tr("Won: %1 (%2 MRR) · Lost: %3 (%4 MRR)")
                           .arg(w.won)
                           .arg(FigureFormat::money(w.wonMrr))
                           .arg(w.lost)
                           .arg(FigureFormat::money(w.lostMrr)));
    const auto fill = [](BarChart *chart, const QString &series, const QList<ReasonCount> &rows,
                         const std::function<QString(const ReasonCount &)> &label,
                         const ChartPanel::ColorRole &color) {
        QStringList categories;
        QList<double> values;
        for (const ReasonCount &r : rows) {
            categories << label(r);
            values << double(r.count);
        }
        chart->clear();
        if (!rows.isEmpty())
            chart->setData(series, categories, values, color);
    };
    fill(
        m_lost, tr("Lost deals"), w.lostReasons,
        [&pb](const ReasonCount &r) {
            const LostReason *reason = pb.lostReason(r.key);
            return reason ? reason->name.text() : r.key;
        },
        &Palette::chartBelowTarget);
    fill(
        m_competitors, tr("Lost deals"), w.competitors,
        [](const ReasonCount &r) { return r.competitor; }, ChartPanel::seriesColor(2));
    fill(
        m_won, tr("Won deals"), w.wonReasons,
        [&pb](const ReasonCount &r) {
            if (r.key.isEmpty())
                return tr("Not given");
            const LostReason *reason = pb.wonReason(r.key);
            return reason ? reason->name.text() : r.key;
        },
        &Palette::onTarget);
    fill(
        m_beaten, tr("Won deals"), w.competitorsBeaten,
        [](const ReasonCount &r) { return r.competitor; }, &Palette::onTarget);

    // The reviews' texts, each with its deal: what the numbers cannot say.
    QString html;
    const auto section = [&html](const QString &title, const QList<ReviewNote> &notes) {
        html += u"<h4>"_s + title.toHtmlEscaped() + u"</h4>"_s;
        if (notes.isEmpty()) {
            html += u"<p>"_s + tr("None in this period.").toHtmlEscaped() + u"</p>"_s;
            return;
        }
        html += u"<ul>"_s;
        for (const ReviewNote &n : notes)
            html += u"<li>"_s +
                    tr("%1 — %2 (%3)")
                        .arg(n.text, n.dealTitle, n.won ? tr("won") : tr("lost"))
                        .toHtmlEscaped() +
                    u"</li>"_s;
        html += u"</ul>"_s;
    };
    section(tr("Decisive factors"), w.decisiveFactors);
    section(tr("Learnings"), w.learnings);
    section(tr("Product feedback"), w.productFeedback);
    m_notes->setHtml(html);
}

} // namespace dealboard
