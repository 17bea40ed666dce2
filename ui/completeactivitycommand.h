#pragma once

#include "model/activity.h"

#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Marks a follow-up done, with how it went when the user said so; undo opens it again with its
// outcome as it was. Each step is one transaction through ActivityRepository.
class CompleteActivityCommand : public QUndoCommand
{
public:
    CompleteActivityCommand(Database &db, Activity before, QString outcome,
                            std::function<void()> notify);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    Database &m_db;
    Activity m_before;
    QString m_outcome;
    std::function<void()> m_notify;
    bool m_failed = false;
};

} // namespace dealboard
