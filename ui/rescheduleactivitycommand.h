#pragma once

#include "model/activity.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Moves a follow-up to another day and time (a snooze or a reschedule); undo puts back the
// due date and time it had. One transaction through ActivityRepository each way.
class RescheduleActivityCommand : public QUndoCommand
{
public:
    RescheduleActivityCommand(Database &db, Activity before, QDate due, QTime dueTime,
                              const QString &text, std::function<void()> notify);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void save(const Activity &activity);

    Database &m_db;
    Activity m_before;
    Activity m_after;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
