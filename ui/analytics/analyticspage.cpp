#include "analyticspage.h"

#include "periodselector.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

AnalyticsPage::AnalyticsPage(const QString &settingsGroup, QWidget *parent)
    : QWidget(parent)
    , m_group(settingsGroup)
    , m_period(new PeriodSelector(this))
    , m_problem(new QLabel(this))
    , m_content(new QVBoxLayout)
    , m_timer(new QTimer(this))
    , m_runner(new AnalyticsRunner(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->setObjectName(u"analyticsBar"_s);
    bar->addWidget(m_period, 1);
    layout->addLayout(bar);
    m_problem->setObjectName(u"analyticsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addLayout(m_content, 1);
    // Several changes in a row (an undo of a multi-move) recompute once.
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AnalyticsPage::start);
    m_period->restore(m_group);
    connect(m_period, &PeriodSelector::changed, this, [this] {
        m_period->save(m_group);
        markStale();
    });
}

AnalyticsPage::~AnalyticsPage() = default;

void AnalyticsPage::setDatabase(Database *db)
{
    m_db = db;
    m_runner->setPath(db ? db->path() : QString());
    markStale();
}

void AnalyticsPage::markStale()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void AnalyticsPage::start()
{
    m_timer->stop();
    if (!m_stale)
        return;
    m_stale = false;
    setProblem({});
    recompute();
}

void AnalyticsPage::recomputeNow()
{
    start();
    if (!m_runner->waitForIdle())
        setProblem(tr("The figures are taking unusually long to compute."));
}

void AnalyticsPage::submit(AnalyticsRunner::Job job)
{
    m_runner->submit(std::move(job), [this](const QString &why) { setProblem(why); });
}

void AnalyticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer->start();
}

void AnalyticsPage::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void AnalyticsPage::addToBar(QWidget *widget)
{
    auto *bar = findChild<QHBoxLayout *>(u"analyticsBar"_s);
    widget->setParent(this);
    bar->addWidget(widget);
}

} // namespace dealboard
