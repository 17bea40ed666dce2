#include "todaypage.h"

#include "clock.h"
#include "completeactivitycommand.h"
#include "dealactions.h"
#include "dealstore.h"
#include "filedialog.h"
#include "io/followupscalendar.h"
#include "messagebox.h"
#include "outcomedialog.h"
#include "reminderscheduler.h"
#include "rescheduleactivitycommand.h"
#include "rescheduledialog.h"
#include "rules/followuprules.h"
#include "rules/todayagenda.h"
#include "storage/activityrepository.h"
#include "storage/database.h"
#include "todaymodel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

namespace {

QPushButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QPushButton(action->text().remove(u'&'), parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setToolTip(
        u"%1 (%2)"_s.arg(action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QWidget::setEnabled);
    return button;
}

} // namespace

TodayPage::TodayPage(DealStore *store, QUndoStack *undoStack, DealActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_undoStack(undoStack)
    , m_actions(actions)
    , m_model(new TodayModel(this))
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_snoozeMenu(new QMenu(tr("&Snooze"), this))
    , m_rulesTimer(new QTimer(this))
    , m_minuteTimer(new QTimer(this))
    , m_reminders(new ReminderScheduler(this))
{
    setObjectName(u"todayPage"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(u"todayHeading"_s);

    m_done = addPageAction(tr("&Done"), u"todayDone"_s, QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_done, &QAction::triggered, this, [this] { markDone(false); });
    m_doneWithOutcome = addPageAction(tr("Done &with Outcome…"), u"todayDoneWithOutcome"_s,
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_doneWithOutcome, &QAction::triggered, this, [this] { markDone(true); });
    const struct
    {
        QString text;
        QString name;
        QKeySequence keys;
        Snooze until;
    } snoozes[] = {
        {tr("For 1 &Hour"), u"todaySnoozeHour"_s, QKeySequence(Qt::CTRL | Qt::Key_H),
         Snooze::OneHour},
        {tr("Until &Tomorrow 09:00"), u"todaySnoozeTomorrow"_s, QKeySequence(Qt::CTRL | Qt::Key_T),
         Snooze::TomorrowMorning},
        {tr("Until Next &Monday 09:00"), u"todaySnoozeMonday"_s, QKeySequence(Qt::CTRL | Qt::Key_M),
         Snooze::NextMonday},
    };
    for (const auto &s : snoozes) {
        QAction *a = addPageAction(s.text, s.name, s.keys);
        const Snooze until = s.until;
        connect(a, &QAction::triggered, this, [this, until] { snooze(until); });
        m_snoozeMenu->addAction(a);
    }
    m_reschedule =
        addPageAction(tr("&Reschedule…"), u"todayReschedule"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_reschedule, &QAction::triggered, this, &TodayPage::reschedule);
    m_open = addPageAction(tr("&Open Deal"), u"todayOpenDeal"_s, QKeySequence(Qt::Key_Return));
    m_open->setShortcutContext(Qt::WidgetShortcut); // the view's activated() does it
    connect(m_open, &QAction::triggered, this, &TodayPage::openDeal);

    auto *snoozeButton = new QToolButton(this);
    snoozeButton->setObjectName(u"todaySnoozeButton"_s);
    snoozeButton->setText(tr("Snooze"));
    snoozeButton->setAccessibleName(tr("Snooze"));
    snoozeButton->setToolTip(tr("Put the follow-up off: for an hour, until tomorrow morning or "
                                "until next Monday"));
    snoozeButton->setMenu(m_snoozeMenu);
    snoozeButton->setPopupMode(QToolButton::InstantPopup);
    snoozeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_done, &QAction::enabledChanged, snoozeButton, &QWidget::setEnabled);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_done, this));
    buttons->addWidget(buttonFor(m_doneWithOutcome, this));
    buttons->addWidget(snoozeButton);
    buttons->addWidget(buttonFor(m_reschedule, this));
    buttons->addWidget(buttonFor(m_open, this));
    buttons->addStretch(1);
    auto *calendar = new QPushButton(tr("Export to Calendar…"), this);
    calendar->setObjectName(u"todayExportCalendar"_s);
    calendar->setToolTip(tr("Write the open follow-ups to an iCalendar (.ics) file; importing "
                            "it again updates the same events"));
    connect(calendar, &QPushButton::clicked, this, &TodayPage::exportCalendar);
    buttons->addWidget(calendar);

    m_view->setObjectName(u"todayView"_s);
    m_view->setAccessibleName(tr("Due today"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(18);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TodayModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TodayModel::AboutColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(TodayModel::DueColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(TodayModel::AboutColumn, 380);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->item(index))
            openDeal();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &TodayPage::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TodayPage::updateActions);

    m_empty->setObjectName(u"todayEmpty"_s);
    m_empty->setText(tr("Nothing due today. New inbound leads, replies to send, follow-ups and "
                        "demos show here when they fall due; plan the next step of each open "
                        "deal from the board so that it comes back here in time."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(40);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    m_rulesTimer->setObjectName(u"todayRulesTimer"_s);
    m_rulesTimer->setSingleShot(true);
    m_rulesTimer->setInterval(500);
    connect(m_rulesTimer, &QTimer::timeout, this, &TodayPage::runRules);
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, &TodayPage::refresh);
    connect(store, &DealStore::changed, this, &TodayPage::scheduleRules);
    connect(store, &DealStore::appended, this, &TodayPage::scheduleRules);
    connect(store, &DealStore::resetDone, this, &TodayPage::scheduleRules);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &TodayPage::scheduleRules);
    updateActions();
}

QAction *TodayPage::addPageAction(const QString &text, const QString &name,
                                  const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QString(text).remove(u'&').remove(u'…'));
    addAction(action);
    return action;
}

void TodayPage::setDatabase(Database *db)
{
    m_db = db;
    m_reminders->setDatabase(db);
    if (m_db) {
        m_minuteTimer->start();
        runRules();
    } else {
        m_minuteTimer->stop();
        m_model->setAgenda({}, Clock::current().now());
    }
}

void TodayPage::scheduleRules()
{
    if (m_db)
        m_rulesTimer->start();
}

void TodayPage::runRules()
{
    m_rulesTimer->stop();
    if (!m_db)
        return;
    if (const Result<QList<Activity>> added = FollowUpRules::apply(*m_db, Clock::current().now());
        !added)
        qWarning("follow-up rules: %s", qPrintable(added.errorMessage()));
    refresh();
}

void TodayPage::refresh()
{
    if (!m_db)
        return;
    const QDateTime now = Clock::current().now();
    const Result<Agenda> agenda = TodayAgenda::build(*m_db, now);
    if (!agenda) {
        m_empty->setText(agenda.errorMessage());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    // Keep the line the user is on; when it went (done, snoozed) take the one that followed it.
    QList<qint64> before;
    for (int g = 0; g < TodayModel::GroupCount; ++g)
        for (int row = 0; row < m_model->rowCount(m_model->index(g, 0)); ++row)
            before << m_model->index(row, 0, m_model->index(g, 0))
                          .data(TodayModel::ActivityIdRole)
                          .toLongLong();
    const qint64 current = currentActivity();
    m_model->setAgenda(agenda.value(), now);
    m_view->expandAll();
    for (int g = 0; g < TodayModel::GroupCount; ++g) {
        const QModelIndex group = m_model->index(g, 0);
        m_view->setFirstColumnSpanned(g, {}, true);
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            const QModelIndex item = m_model->index(row, 0, group);
            for (int line = 0; line < m_model->rowCount(item); ++line)
                m_view->setFirstColumnSpanned(line, item, true);
        }
    }
    bool selected = current && selectActivity(current);
    for (qsizetype i = before.indexOf(current) + 1; current && !selected && i < before.size(); ++i)
        selected = selectActivity(before.at(i));
    if (!selected && !currentActivity() && m_model->itemCount() > 0) {
        // Ready for the keyboard: the first line to act on.
        for (int g = 0; g < TodayModel::GroupCount && !currentActivity(); ++g)
            if (m_model->rowCount(m_model->index(g, 0)) > 0)
                m_view->setCurrentIndex(m_model->index(0, 0, m_model->index(g, 0)));
    }
    const QLocale locale;
    const int count = m_model->itemCount();
    m_heading->setText(tr("Today, %1 — %Ln item(s) due", nullptr, count)
                           .arg(locale.toString(now.toLocalTime().date(), QLocale::LongFormat)));
    m_stack->setCurrentWidget(count ? static_cast<QWidget *>(m_view) : m_empty);
    updateActions();
    Q_EMIT countChanged(count);
}

qint64 TodayPage::currentActivity() const
{
    return m_view->currentIndex().data(TodayModel::ActivityIdRole).toLongLong();
}

bool TodayPage::selectActivity(qint64 id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void TodayPage::updateActions()
{
    const bool on = m_db && currentActivity() != 0;
    for (QAction *a : actions())
        a->setEnabled(on);
}

void TodayPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!m_model->item(index))
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_done);
    menu.addAction(m_doneWithOutcome);
    menu.addMenu(m_snoozeMenu);
    menu.addAction(m_reschedule);
    menu.addSeparator();
    menu.addAction(m_open);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TodayPage::markDone(bool askOutcome)
{
    const qint64 id = currentActivity();
    if (!m_db || !id)
        return;
    const Result<Activity> activity = ActivityRepository(*m_db).find(id);
    if (!activity)
        return;
    QString outcome;
    if (askOutcome) {
        const std::optional<QString> answer =
            OutcomeDialog::ask(activity->title, activity->outcome, this);
        if (!answer)
            return;
        outcome = *answer;
    }
    QPointer<TodayPage> self(this);
    m_undoStack->push(new CompleteActivityCommand(*m_db, activity.value(), outcome, [self] {
        if (self)
            self->refresh();
    }));
}

void TodayPage::moveTo(QDate due, QTime time, const QString &text)
{
    const qint64 id = currentActivity();
    if (!m_db || !id)
        return;
    const Result<Activity> activity = ActivityRepository(*m_db).find(id);
    if (!activity || (activity->due == due && activity->dueTime == time))
        return;
    QPointer<TodayPage> self(this);
    m_undoStack->push(new RescheduleActivityCommand(*m_db, activity.value(), due, time,
                                                    text.arg(activity->title), [self] {
                                                        if (self)
                                                            self->refresh();
                                                    }));
}

void TodayPage::snooze(Snooze until)
{
    const QDateTime now = Clock::current().now().toLocalTime();
    const QDate today = now.date();
    switch (until) {
    case Snooze::OneHour: {
        const QDateTime later = now.addSecs(3600);
        moveTo(later.date(), QTime(later.time().hour(), later.time().minute()),
               QCoreApplication::translate("dealboard::Undo", "Snooze “%1” for 1 hour"));
        break;
    }
    case Snooze::TomorrowMorning:
        moveTo(today.addDays(1), QTime(9, 0),
               QCoreApplication::translate("dealboard::Undo", "Snooze “%1” until tomorrow"));
        break;
    case Snooze::NextMonday:
        moveTo(today.addDays(8 - today.dayOfWeek()), QTime(9, 0),
               QCoreApplication::translate("dealboard::Undo", "Snooze “%1” until Monday"));
        break;
    }
}

void TodayPage::exportCalendar()
{
    if (!m_db)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export the Follow-ups to a Calendar"),
        QDir::home().filePath(u"dealboard-followups.ics"_s), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    const Result<int> written = FollowUpsCalendar::write(*m_db, path, Clock::current().now());
    if (!written) {
        MessageBox::critical(this, tr("Export to Calendar"), written.errorMessage());
        return;
    }
    refresh(); // the rules may have made follow-ups first
    MessageBox::information(
        this, tr("Export to Calendar"),
        tr("%n follow-up(s) written to %1. Import the file in your calendar; importing it again "
           "later updates the same events.",
           nullptr, *written)
            .arg(QDir::toNativeSeparators(path)));
}

void TodayPage::reschedule()
{
    const qint64 id = currentActivity();
    if (!m_db || !id)
        return;
    const Result<Activity> activity = ActivityRepository(*m_db).find(id);
    if (!activity)
        return;
    const std::optional<RescheduleDialog::When> when =
        RescheduleDialog::ask(activity->title, {activity->due, activity->dueTime}, this);
    if (when)
        moveTo(when->due, when->time,
               QCoreApplication::translate("dealboard::Undo", "Reschedule “%1”"));
}

void TodayPage::openDeal()
{
    const qint64 dealId = m_view->currentIndex().data(TodayModel::DealIdRole).toLongLong();
    if (dealId)
        m_actions->editDeal(dealId);
}

} // namespace dealboard
