#pragma once

#include "model/activity.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// What an email did to its deal, as one undoable step: logs it as a done Email activity (when
// it was handed to the mail client or copied; an email sent by SMTP is already logged, and
// undo does not pretend to unsend it) and marks the playbook follow-up it answers done.
// A failure is said and makes the command obsolete, so that push() drops it.
class EmailLogCommand : public QUndoCommand
{
public:
    // `toLog.id` == 0: the activity is added on redo; `followUpId` == 0: none to close.
    EmailLogCommand(Database &db, Activity toLog, qint64 followUpId, std::function<void()> notify,
                    const QString &text);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }
    qint64 loggedId() const { return m_loggedId; }

private:
    void fail(const QString &message);

    Database &m_db;
    Activity m_toLog;
    bool m_addsActivity;
    qint64 m_loggedId = 0;
    qint64 m_followUpId;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
