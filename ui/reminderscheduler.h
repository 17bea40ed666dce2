#pragma once

#include "model/activity.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace dealboard {

class Database;

// Reminds of the follow-ups with a due time while the app is open: due() once per activity
// and due moment when the clock (Clock::current()) reaches it. What was already due when the
// database was opened is on the Today view, not reminded; a snoozed one is reminded again at
// its new time.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    explicit ReminderScheduler(QObject *parent = nullptr);

    void setDatabase(Database *db);
    // Looks for what fell due since the last look; the timer calls it every 30 seconds.
    void check();
    QTimer *timer() const { return m_timer; }

Q_SIGNALS:
    void due(const dealboard::Activity &activity);

private:
    QList<Activity> dueNow();
    static QString key(const Activity &activity);

    Database *m_db = nullptr;
    QTimer *m_timer;
    QSet<QString> m_seen;
};

} // namespace dealboard
