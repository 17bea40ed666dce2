#pragma once

#include <QDate>
#include <QTime>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QTreeView;
class QUndoStack;

namespace dealboard {

class Database;
class DealActions;
class DealStore;
class ReminderScheduler;
class TodayModel;

// The daily ritual (§8.2): the new leads to answer within 4 hours, the replies to send, the
// follow-ups due today or overdue, today's demos with their checklist. Each line is done,
// snoozed or rescheduled in one gesture (undoable), or opens its deal. The playbook's rules
// (FollowUpRules) run when the database opens and shortly after any change of the data.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    TodayPage(DealStore *store, QUndoStack *undoStack, DealActions *actions,
              QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Runs the rules now, then refresh().
    void runRules();
    // Runs the rules shortly: several changes in a row cost one run.
    void scheduleRules();
    // Reads the agenda again (every minute too, so the time left counts down).
    void refresh();

    TodayModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ReminderScheduler *reminders() const { return m_reminders; }
    QTimer *rulesTimer() const { return m_rulesTimer; }
    // The activity of the current line, 0 when none.
    qint64 currentActivity() const;
    bool selectActivity(qint64 id);

    enum class Snooze
    {
        OneHour,
        TomorrowMorning,
        NextMonday
    };
    void markDone(bool askOutcome);
    void snooze(Snooze until);
    void reschedule();
    void openDeal();
    // Writes the open follow-ups to an .ics file the user chooses, for their calendar.
    void exportCalendar();

Q_SIGNALS:
    // The number of items due, after each refresh.
    void countChanged(int count);

private:
    QAction *addPageAction(const QString &text, const QString &name, const QKeySequence &keys);
    void moveTo(QDate due, QTime time, const QString &text);
    void updateActions();
    void showContextMenu(const QPoint &pos);

    Database *m_db = nullptr;
    QUndoStack *m_undoStack;
    DealActions *m_actions;
    TodayModel *m_model;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QLabel *m_empty;
    QMenu *m_snoozeMenu;
    QAction *m_done;
    QAction *m_doneWithOutcome;
    QAction *m_reschedule;
    QAction *m_open;
    QTimer *m_rulesTimer;
    QTimer *m_minuteTimer;
    ReminderScheduler *m_reminders;
};

} // namespace dealboard
