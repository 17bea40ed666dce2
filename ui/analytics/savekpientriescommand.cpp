#include "savekpientriescommand.h"

#include "messagebox.h"
#include "storage/database.h"
#include "storage/kpientryrepository.h"

#include <QCoreApplication>

namespace dealboard {

SaveKpiEntriesCommand::SaveKpiEntriesCommand(Database &db, const QDate &month, Values before,
                                             Values after, std::function<void()> changed)
    : QUndoCommand(QCoreApplication::translate("dealboard::Undo", "Enter the figures of %1")
                       .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))))
    , m_db(db)
    , m_month(month)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_changed(std::move(changed))
{}

void SaveKpiEntriesCommand::apply(const Values &values)
{
    KpiEntryRepository repo(m_db);
    Database::Transaction tx(m_db);
    Status status;
    for (auto it = values.cbegin(); it != values.cend() && status; ++it) {
        const Result<std::optional<KpiEntry>> now = repo.latest(it.key(), m_month);
        const bool storedThisMonth = now && now.value() && now.value()->month == m_month;
        if (it.value())
            status = repo.set(m_month, it.key(), *it.value());
        else if (storedThisMonth)
            status = repo.remove(m_month, it.key());
    }
    if (status)
        status = tx.commit();
    if (!status) {
        MessageBox::critical(
            nullptr,
            QCoreApplication::translate("dealboard::Undo", "Cannot save the monthly figures"),
            status.errorMessage());
        setObsolete(true);
    }
    if (m_changed)
        m_changed();
}

void SaveKpiEntriesCommand::undo()
{
    apply(m_before);
}

void SaveKpiEntriesCommand::redo()
{
    apply(m_after);
}

} // namespace dealboard
