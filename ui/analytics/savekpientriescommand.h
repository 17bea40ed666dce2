#pragma once

#include <QDate>
#include <QHash>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace dealboard {

class Database;

// Stores one month's hand-entered KPIs (a value, or none to clear it); undo puts back what was
// there. `changed` runs after each redo and undo so the dashboard refreshes.
class SaveKpiEntriesCommand : public QUndoCommand
{
public:
    using Values = QHash<QString, std::optional<qint64>>; // kpi key → value, none: no entry

    SaveKpiEntriesCommand(Database &db, const QDate &month, Values before, Values after,
                          std::function<void()> changed);
    void undo() override;
    void redo() override;

private:
    void apply(const Values &values);

    Database &m_db;
    QDate m_month;
    Values m_before;
    Values m_after;
    std::function<void()> m_changed;
};

} // namespace dealboard
