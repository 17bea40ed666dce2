#include "objectivesview.h"

#include "analytics/hiringtriggers.h"
#include "analytics/objectiveprogress.h"
#include "figureformat.h"
#include "palette.h"
#include "playbook/playbook.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

// Progress in per mille of the target, capped so an exceeded target shows a full bar.
int perMille(double actual, double target)
{
    if (target <= 0)
        return actual > 0 ? 1000 : 0;
    return int(std::clamp(actual / target * 1000.0, 0.0, 1000.0));
}

QProgressBar *bar(QWidget *parent, const QString &name, int value, const QString &text, bool met,
                  const QString &tip)
{
    auto *b = new QProgressBar(parent);
    b->setObjectName(name);
    b->setRange(0, 1000);
    b->setValue(value);
    b->setFormat(text);
    b->setTextVisible(true);
    b->setToolTip(tip);
    QPalette p = b->palette();
    p.setColor(QPalette::Highlight,
               met ? Palette::onTarget(p) : Palette::chartSeries(0, b->palette()));
    b->setPalette(p);
    return b;
}

} // namespace

ObjectivesView::ObjectivesView(QWidget *parent)
    : QWidget(parent)
    , m_objectives(new QWidget(this))
    , m_grid(new QGridLayout(m_objectives))
    , m_triggers(new QVBoxLayout)
    , m_edit(new QPushButton(tr("&Edit Objectives…"), this))
{
    setObjectName(u"objectivesView"_s);
    m_edit->setObjectName(u"editObjectivesButton"_s);
    auto *inner = new QWidget(this);
    auto *layout = new QVBoxLayout(inner);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Quarterly objectives"), inner);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_edit);
    layout->addLayout(header);
    layout->addWidget(m_objectives);
    auto *hiring = new QGroupBox(tr("Hiring triggers"), inner);
    hiring->setObjectName(u"hiringTriggers"_s);
    hiring->setToolTip(tr("When the playbook says it is time to hire, from the data as of the "
                          "chosen day and the churn entered by hand."));
    hiring->setLayout(m_triggers);
    layout->addWidget(hiring);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_edit, &QPushButton::clicked, this, &ObjectivesView::editRequested);
}

void ObjectivesView::show(const QList<ObjectiveProgress> &list, const Playbook &pb)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList headers{tr("Quarter"), tr("New MRR"), tr("Deals won"),
                              tr("Average deal size"), tr("Win rate")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *h = new QLabel(headers.at(c), m_objectives);
        h->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(h, 0, c);
    }
    if (list.isEmpty()) {
        auto *none =
            new QLabel(tr("No objectives yet: add a quarter with Edit Objectives…"), m_objectives);
        m_grid->addWidget(none, 1, 0, 1, int(headers.size()));
        return;
    }
    const QString cur = pb.currency();
    int row = 1;
    for (const ObjectiveProgress &o : list) {
        const Objective *target = pb.objective(o.quarter);
        auto *name =
            new QLabel(u"<b>%1</b><br>%2"_s.arg(
                           o.quarter, target ? target->focus.text().toHtmlEscaped() : QString()),
                       m_objectives);
        m_grid->addWidget(name, row, 0);
        const QString prefix = o.quarter + u'/';
        m_grid->addWidget(bar(m_objectives, prefix + u"newMrr"_s,
                              perMille(double(o.newMrr.cents()), double(o.targetNewMrrCents)),
                              tr("%1 of %2")
                                  .arg(FigureFormat::money(o.newMrr),
                                       FigureFormat::money(Money(o.targetNewMrrCents, cur))),
                              o.newMrrMet, tr("MRR of the deals won in the quarter")),
                          row, 1);
        m_grid->addWidget(bar(m_objectives, prefix + u"deals"_s, perMille(o.deals, o.dealsMin),
                              tr("%1 (target %2–%3)").arg(o.deals).arg(o.dealsMin).arg(o.dealsMax),
                              o.dealsMet, tr("Deals won in the quarter")),
                          row, 2);
        m_grid->addWidget(bar(m_objectives, prefix + u"average"_s,
                              o.averageDealSize ? perMille(double(o.averageDealSize->cents()),
                                                           double(o.targetAverageCents))
                                                : 0,
                              tr("%1 (target %2)")
                                  .arg(FigureFormat::money(o.averageDealSize),
                                       FigureFormat::money(Money(o.targetAverageCents, cur))),
                              o.averageMet, tr("Mean MRR of the deals won in the quarter")),
                          row, 3);
        m_grid->addWidget(bar(m_objectives, prefix + u"winRate"_s,
                              o.winRateBp ? perMille(*o.winRateBp, o.targetWinRateBp) : 0,
                              tr("%1 (target %2)")
                                  .arg(FigureFormat::percent(o.winRateBp),
                                       FigureFormat::percent(o.targetWinRateBp)),
                              o.winRateMet, tr("Won ÷ (won + lost) in the quarter")),
                          row, 4);
        ++row;
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setColumnStretch(4, 1);
}

void ObjectivesView::showTriggers(const QList<HiringTrigger> &triggers)
{
    while (QLayoutItem *item = m_triggers->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    const auto amount = [&locale](HiringTrigger::Measure what, qint64 value) {
        return what == HiringTrigger::Measure::LatestChurn
                   ? FigureFormat::percent(int(value), locale)
                   : FigureFormat::money(Money(value), locale);
    };
    for (const HiringTrigger &t : triggers) {
        QStringList parts;
        for (const HiringTrigger::Condition &c : t.conditions) {
            const QString actual = c.actual ? amount(c.what, *c.actual) : FigureFormat::none();
            parts << tr("%1 %2 > %3 (now %4)")
                         .arg(c.met ? QString(QChar(0x2713)) : QString(QChar(0x2717)),
                              HiringTrigger::measureName(c.what), amount(c.what, c.threshold),
                              actual);
        }
        const QString joiner = t.anyCondition ? tr(" or ") : tr(" and ");
        auto *label = new QLabel(tr("<b>%1</b>: %2 — %3")
                                     .arg(t.name.text().toHtmlEscaped(),
                                          t.met ? tr("time to hire") : tr("not yet"),
                                          parts.join(joiner).toHtmlEscaped()),
                                 this);
        label->setObjectName(u"trigger_"_s + t.key);
        label->setWordWrap(true);
        if (t.met) {
            QPalette p = label->palette();
            p.setColor(QPalette::WindowText, Palette::onTarget(p));
            label->setPalette(p);
        }
        m_triggers->addWidget(label);
    }
    if (triggers.isEmpty())
        m_triggers->addWidget(new QLabel(tr("The playbook names no hiring trigger."), this));
}

QString ObjectivesView::barText(const QString &quarter, const QString &what) const
{
    const auto *b = m_objectives->findChild<QProgressBar *>(quarter + u'/' + what);
    return b ? b->text() : QString();
}

int ObjectivesView::barValue(const QString &quarter, const QString &what) const
{
    const auto *b = m_objectives->findChild<QProgressBar *>(quarter + u'/' + what);
    return b ? b->value() : -1;
}

QString ObjectivesView::triggerText(const QString &key) const
{
    const auto *l = findChild<QLabel *>(u"trigger_"_s + key);
    return l ? l->text() : QString();
}

} // namespace dealboard
