#pragma once

#include <QDate>
#include <QUndoCommand>

#include <functional>

namespace dealboard {

class Database;

// Saves a week's priorities note (WeeklyNoteRepository); undo saves the previous text back. A
// failed save says why and makes the command obsolete, so that the stack drops it. `notify`
// runs with the week and the text after every successful redo() and undo().
class SetWeeklyPrioritiesCommand : public QUndoCommand
{
public:
    using Notify = std::function<void(const QDate &week, const QString &text)>;
    SetWeeklyPrioritiesCommand(Database &db, const QDate &week, QString before, QString after,
                               Notify notify);
    void undo() override;
    void redo() override;

private:
    void apply(const QString &text);

    Database &m_db;
    QDate m_week;
    QString m_before;
    QString m_after;
    Notify m_notify;
};

} // namespace dealboard
