#include "weeklyreviewpage.h"

#include "atriskmodel.h"
#include "clock.h"
#include "rules/weeklyreview.h"
#include "setvaluecommand.h"
#include "storage/database.h"
#include "storage/weeklynoterepository.h"
#include "timesplitbars.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QLabel *body(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QGroupBox *box(const QString &name, QLabel *content, QWidget *parent)
{
    auto *group = new QGroupBox(parent);
    group->setObjectName(name);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QString closedText(const QList<ClosedDeal> &deals)
{
    if (deals.isEmpty())
        return WeeklyReviewPage::tr("None this week.");
    QStringList lines;
    for (const ClosedDeal &d : deals) {
        QString line = u"• %1 — %2 · %3"_s.arg(d.title, d.company,
                                               d.mrr.format(QLocale(), Money::Cents::WhenNeeded));
        if (!d.reasonName.isEmpty())
            line += u" · "_s + d.reasonName;
        if (!d.competitor.isEmpty())
            line += u" ("_s + d.competitor + u')';
        lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

WeeklyReviewPage::WeeklyReviewPage(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_week(WeeklyReview::weekOf(Clock::current().now().toLocalTime().date()))
    , m_weekLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_model(new AtRiskModel(this))
    , m_pause(new QTimer(this))
    , m_recompute(new QTimer(this))
{
    setObjectName(u"weeklyReviewPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ &Previous week"), this);
    previous->setObjectName(u"reviewPreviousWeek"_s);
    auto *current = new QPushButton(tr("&This week"), this);
    current->setObjectName(u"reviewThisWeek"_s);
    auto *next = new QPushButton(tr("&Next week ▶"), this);
    next->setObjectName(u"reviewNextWeek"_s);
    m_weekLabel->setObjectName(u"reviewWeekLabel"_s);
    QFont big = m_weekLabel->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_weekLabel->setFont(big);
    bar->addWidget(previous);
    bar->addWidget(current);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_weekLabel);
    bar->addStretch(1);
    auto *monthly = new QLabel(
        u"<a href=\"monthly\">%1</a>"_s.arg(tr("Monthly review: Funnel &amp; KPIs")), this);
    monthly->setObjectName(u"reviewMonthlyLink"_s);
    auto *quarterly = new QLabel(
        u"<a href=\"quarterly\">%1</a>"_s.arg(tr("Quarterly review: Forecast and objectives")),
        this);
    quarterly->setObjectName(u"reviewQuarterlyLink"_s);
    layout->addLayout(bar);
    // On their own line: beside the week's title they made the window wider than a laptop's.
    auto *links = new QHBoxLayout;
    links->addWidget(monthly);
    links->addSpacing(16);
    links->addWidget(quarterly);
    links->addStretch(1);
    layout->addLayout(links);
    m_problem->setObjectName(u"reviewProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    m_atRiskTitle = heading(tr("Deals at risk"), content);
    column->addWidget(m_atRiskTitle);
    m_atRisk = new QTableView(content);
    m_atRisk->setObjectName(u"reviewAtRiskTable"_s);
    m_atRisk->setModel(m_model);
    m_atRisk->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_atRisk->setSelectionMode(QAbstractItemView::SingleSelection);
    m_atRisk->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_atRisk->verticalHeader()->hide();
    m_atRisk->horizontalHeader()->setStretchLastSection(true);
    m_atRisk->setToolTip(tr("Double-click a deal to open it"));
    column->addWidget(m_atRisk);

    m_wins = body(u"reviewWins"_s, content);
    m_losses = body(u"reviewLosses"_s, content);
    auto *closed = new QHBoxLayout;
    closed->addWidget(box(u"reviewWinsBox"_s, m_wins, content), 1);
    closed->addWidget(box(u"reviewLossesBox"_s, m_losses, content), 1);
    column->addLayout(closed);

    m_newPipeline = body(u"reviewNewPipeline"_s, content);
    m_objections = body(u"reviewObjections"_s, content);
    auto *figures = new QHBoxLayout;
    QGroupBox *pipelineBox = box(u"reviewNewPipelineBox"_s, m_newPipeline, content);
    pipelineBox->setTitle(tr("New pipeline"));
    QGroupBox *objectionsBox = box(u"reviewObjectionsBox"_s, m_objections, content);
    objectionsBox->setTitle(tr("Objections met"));
    figures->addWidget(pipelineBox, 1);
    figures->addWidget(objectionsBox, 1);
    column->addLayout(figures);

    m_timeTitle = heading(tr("Time split"), content);
    column->addWidget(m_timeTitle);
    m_timeSplit = new TimeSplitBars(content);
    m_timeSplit->setObjectName(u"reviewTimeSplit"_s);
    column->addWidget(m_timeSplit);

    column->addWidget(heading(tr("Priorities for the week"), content));
    m_priorities = new QPlainTextEdit(content);
    m_priorities->setObjectName(u"reviewPriorities"_s);
    m_priorities->setPlaceholderText(tr("The three things that matter most this week…"));
    m_priorities->setTabChangesFocus(true);
    m_priorities->setFixedHeight(m_priorities->fontMetrics().lineSpacing() * 6);
    m_priorities->installEventFilter(this);
    column->addWidget(m_priorities);
    column->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connect(previous, &QPushButton::clicked, this, [this] { setWeek(m_week.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { setWeek(m_week.addDays(7)); });
    connect(current, &QPushButton::clicked, this,
            [this] { setWeek(Clock::current().now().toLocalTime().date()); });
    connect(monthly, &QLabel::linkActivated, this, &WeeklyReviewPage::monthlyReviewRequested);
    connect(quarterly, &QLabel::linkActivated, this, &WeeklyReviewPage::quarterlyReviewRequested);
    connect(m_atRisk, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openDealRequested(index.data(AtRiskModel::IdRole).toLongLong());
    });
    // Saved after a pause in the typing, or when the field is left.
    m_pause->setSingleShot(true);
    m_pause->setInterval(1500);
    connect(m_pause, &QTimer::timeout, this, &WeeklyReviewPage::savePriorities);
    connect(m_priorities, &QPlainTextEdit::textChanged, this, [this] {
        if (m_priorities->toPlainText() != m_savedPriorities)
            m_pause->start();
    });
    m_recompute->setSingleShot(true);
    m_recompute->setInterval(0);
    connect(m_recompute, &QTimer::timeout, this, &WeeklyReviewPage::recomputeNow);
}

WeeklyReviewPage::~WeeklyReviewPage() = default;

void WeeklyReviewPage::setDatabase(Database *db)
{
    savePriorities();
    m_db = db;
    showPriorities(m_week, {});
    markStale();
}

void WeeklyReviewPage::markStale()
{
    m_stale = true;
    if (isVisible())
        m_recompute->start();
}

void WeeklyReviewPage::setWeek(const QDate &day)
{
    const QDate week = WeeklyReview::weekOf(day);
    if (week == m_week)
        return;
    savePriorities();
    m_week = week;
    showPriorities(m_week, {});
    markStale();
}

void WeeklyReviewPage::savePriorities()
{
    m_pause->stop();
    const QString text = m_priorities->toPlainText();
    if (!m_db || text == m_savedPriorities)
        return;
    Database &db = *m_db;
    const QDate week = m_week;
    m_undoStack->push(new SetValueCommand<QString>(
        [&db, week](const QString &note) {
            return WeeklyNoteRepository(db).setPriorities(week, note);
        },
        m_savedPriorities, text, tr("Cannot save the week's priorities"),
        [this, week](const QString &saved) { showPriorities(week, saved); },
        tr("Edit the week's priorities")));
}

void WeeklyReviewPage::showPriorities(const QDate &week, const QString &text)
{
    if (week != m_week) { // an undo of another week's note: show that week
        m_week = week;
        markStale();
    }
    m_savedPriorities = text;
    if (m_priorities->toPlainText() != text) {
        m_priorities->setPlainText(text);
        m_priorities->moveCursor(QTextCursor::End); // typing goes on after the text
    }
}

void WeeklyReviewPage::recomputeNow()
{
    m_recompute->stop();
    if (!m_stale)
        return;
    m_stale = false;
    recompute();
}

void WeeklyReviewPage::recompute()
{
    const QLocale locale;
    m_weekLabel->setText(tr("Week %1 · %2 – %3")
                             .arg(m_week.weekNumber())
                             .arg(locale.toString(m_week, u"d MMMM"_s),
                                  locale.toString(m_week.addDays(6), u"d MMMM yyyy"_s)));
    if (!m_db) {
        m_model->setDeals({}, nullptr);
        return;
    }
    const Playbook &pb = m_db->playbook();
    const Result<WeekReview> built = WeeklyReview::build(*m_db, pb, m_week, Clock::current().now());
    m_problem->setVisible(!built);
    if (!built) {
        m_problem->setText(built.errorMessage());
        return;
    }
    const WeekReview &r = *built;
    m_model->setDeals(r.atRisk, &pb);
    m_atRisk->resizeColumnsToContents();
    // As tall as its rows, between 3 and 12 of them: the page scrolls, not the table.
    const int rows = std::clamp(int(r.atRisk.size()), 3, 12);
    m_atRisk->setFixedHeight(m_atRisk->horizontalHeader()->sizeHint().height() +
                             m_atRisk->verticalHeader()->defaultSectionSize() * rows +
                             2 * m_atRisk->frameWidth() + 2);
    m_atRiskTitle->setText(tr("Deals at risk now (%1)").arg(r.atRisk.size()));
    const auto money = [&locale](const Money &m) {
        return m.format(locale, Money::Cents::WhenNeeded);
    };
    m_wins->parentWidget()->setProperty(
        "title", tr("Won this week (%1 · %2 MRR)").arg(r.wins.size()).arg(money(r.wonMrr())));
    m_losses->parentWidget()->setProperty(
        "title", tr("Lost this week (%1 · %2 MRR)").arg(r.losses.size()).arg(money(r.lostMrr())));
    m_wins->setText(closedText(r.wins));
    m_losses->setText(closedText(r.losses));
    m_newPipeline->setText(tr("%n new deal(s), %1 MRR", nullptr, r.newDeals).arg(money(r.newMrr)));
    QStringList objections;
    for (const CategoryCount &c : r.objections)
        objections << u"%1: %2"_s.arg(WeeklyReview::objectionCategoryName(c.category)).arg(c.count);
    m_objections->setText(objections.join(u"  ·  "_s));
    m_timeTitle->setText(tr("Time split (%1 h %2 logged, against the playbook's target)")
                             .arg(r.categorisedMinutes / 60)
                             .arg(r.categorisedMinutes % 60, 2, 10, QChar(u'0')));
    m_timeSplit->setShares(r.timeSplit, r.categorisedMinutes);
    // Unsaved typing stays; otherwise the stored note (another week, an undo).
    if (m_priorities->toPlainText() == m_savedPriorities)
        showPriorities(m_week, r.priorities);
}

void WeeklyReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_recompute->start();
}

void WeeklyReviewPage::hideEvent(QHideEvent *event)
{
    savePriorities(); // leaving the page, or closing the window
    QWidget::hideEvent(event);
}

bool WeeklyReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_priorities && event->type() == QEvent::FocusOut)
        savePriorities();
    return QWidget::eventFilter(watched, event);
}

} // namespace dealboard
