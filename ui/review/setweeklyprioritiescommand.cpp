#include "setweeklyprioritiescommand.h"

#include "messagebox.h"
#include "storage/weeklynoterepository.h"

#include <QCoreApplication>

namespace dealboard {

SetWeeklyPrioritiesCommand::SetWeeklyPrioritiesCommand(Database &db, const QDate &week,
                                                       QString before, QString after, Notify notify)
    : QUndoCommand(QCoreApplication::translate("dealboard::Undo", "Edit the week's priorities"))
    , m_db(db)
    , m_week(week)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_notify(std::move(notify))
{}

void SetWeeklyPrioritiesCommand::apply(const QString &text)
{
    if (Status s = WeeklyNoteRepository(m_db).setPriorities(m_week, text); !s) {
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the week's priorities"),
            s.errorMessage());
        setObsolete(true);
        return;
    }
    if (m_notify)
        m_notify(m_week, text);
}

void SetWeeklyPrioritiesCommand::undo()
{
    apply(m_before);
}

void SetWeeklyPrioritiesCommand::redo()
{
    apply(m_after);
}

} // namespace dealboard
