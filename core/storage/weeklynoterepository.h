#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dealboard {

class Database;

// The priorities the founder writes for a week in the weekly review (table weekly_notes, one row
// per Monday). A note, not a record: saving one logs no event.
class WeeklyNoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyNoteRepository)

public:
    explicit WeeklyNoteRepository(Database &db)
        : m_db(db)
    {}

    // The week's note (any day of it stands for its Monday); empty when there is none.
    Result<QString> priorities(const QDate &week);
    // Saves the week's note; an empty (or blank) text removes it.
    Status setPriorities(const QDate &week, const QString &text);

private:
    Database &m_db;
};

} // namespace dealboard
