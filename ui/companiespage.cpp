#include "companiespage.h"

#include "companyeditordialog.h"
#include "companytablemodel.h"
#include "deletecompanycommand.h"
#include "mergecompaniescommand.h"
#include "mergedialog.h"
#include "messagebox.h"
#include "savecompanycommand.h"
#include "storage/contactrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QHeaderView>
#include <QTableView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace dealboard {

CompaniesPage::CompaniesPage(QUndoStack *undo, QWidget *parent)
    : RecordListPage({u"company"_s, u"companies"_s, CompanyTableModel::SortRole,
                      CompanyTableModel::IdRole, CompanyTableModel::Name, tr("New company…"),
                      tr("Search name, segment, sector, website…"),
                      tr("Select two duplicate companies to merge them")},
                     new CompanyTableModel, undo, parent)
{
    view()->horizontalHeader()->setStretchLastSection(false);
    setColumnWidths({
        {CompanyTableModel::Name, 32},
        {CompanyTableModel::Segment, 22},
        {CompanyTableModel::Sector, 18},
        {CompanyTableModel::Source, 14},
        {CompanyTableModel::OpenDeals, 14},
        {CompanyTableModel::OpenMrr, 14},
    });
    // The website takes what is left; the amounts stay next to each other.
    view()->horizontalHeader()->setSectionResizeMode(CompanyTableModel::Website,
                                                     QHeaderView::Stretch);
    updateState();
}

void CompaniesPage::newRecord()
{
    newCompany();
}

Status CompaniesPage::loadModel()
{
    if (Status s = model()->load(m_db); !s)
        return userError(tr("Cannot read the companies: %1").arg(s.errorMessage()));
    return {};
}

int CompaniesPage::rowOf(qint64 id) const
{
    return model()->rowOf(id);
}

QString CompaniesPage::countText(int shown, int total) const
{
    return shown == total
               ? tr("%Ln company(s)", nullptr, total)
               : tr("%1 of %Ln company(s)", nullptr, total).arg(QLocale().toString(shown));
}

QString CompaniesPage::noneYetText() const
{
    return tr("No companies yet. Create one with “New company…”; companies typed "
              "in the deal editor appear here too.");
}

QString CompaniesPage::noMatchText(const QString &search) const
{
    return tr("No company matches “%1”. Clear the search field to see them all.").arg(search);
}

void CompaniesPage::newCompany()
{
    if (!m_db)
        return;
    const std::optional<Company> company = CompanyEditorDialog::edit(*m_db, nullptr, this);
    if (!company)
        return;
    auto *command = new SaveCompanyCommand(*m_db, *company, std::nullopt, notifier());
    const int before = m_undo->count();
    m_undo->push(command);
    if (m_undo->count() > before) // not failed (a failed command is deleted at once)
        selectIds({command->companyId()});
}

void CompaniesPage::editCurrent()
{
    const QModelIndex current = view()->currentIndex();
    if (!m_db || !current.isValid())
        return;
    const int row = model()->rowOf(current.data(CompanyTableModel::IdRole).toLongLong());
    if (row < 0)
        return;
    const Company before = model()->companies().at(row);
    const std::optional<Company> after = CompanyEditorDialog::edit(*m_db, &before, this);
    if (!after)
        return;
    if (after->name == before.name && after->segment == before.segment &&
        after->sector == before.sector && after->website == before.website &&
        after->source == before.source)
        return; // nothing to undo
    m_undo->push(new SaveCompanyCommand(*m_db, *after, before, notifier()));
}

void CompaniesPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.isEmpty())
        return;
    Result<QList<Deal>> deals = DealRepository(*m_db).list();
    if (!deals) {
        MessageBox::critical(this, tr("Cannot delete"), deals.errorMessage());
        return;
    }
    QList<Company> companies;
    int dealCount = 0;
    for (const qint64 id : ids) {
        companies << model()->companies().at(model()->rowOf(id));
        dealCount += static_cast<int>(std::count_if(
            deals->cbegin(), deals->cend(), [id](const Deal &d) { return d.companyId == id; }));
    }
    const QString question =
        companies.size() == 1
            ? (dealCount == 0
                   ? tr("Delete the company “%1”?").arg(companies.first().name)
                   : tr("Delete the company “%1” and hide its %Ln deal(s)?", nullptr, dealCount)
                         .arg(companies.first().name))
            : tr("Delete %1 companies and hide their %Ln deal(s)?", nullptr, dealCount)
                  .arg(companies.size());
    if (MessageBox::question(
            this, tr("Delete"), question + u' ' + tr("Edit ▸ Undo brings it back."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (companies.size() > 1)
        m_undo->beginMacro(tr("Delete %n companies", nullptr, static_cast<int>(companies.size())));
    for (const Company &c : std::as_const(companies))
        m_undo->push(new DeleteCompanyCommand(*m_db, c, notifier()));
    if (companies.size() > 1)
        m_undo->endMacro();
}

void CompaniesPage::mergeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!m_db || ids.size() != 2)
        return;
    Result<QList<Deal>> deals = DealRepository(*m_db).list();
    QStringList summaries;
    QList<Company> pair;
    for (const qint64 id : ids) {
        const Company &c = model()->companies().at(model()->rowOf(id));
        pair << c;
        const int dealCount =
            deals
                ? static_cast<int>(std::count_if(deals->cbegin(), deals->cend(),
                                                 [id](const Deal &d) { return d.companyId == id; }))
                : 0;
        const Result<QList<Contact>> contacts = ContactRepository(*m_db).list(id);
        const int contactCount = contacts ? static_cast<int>(contacts->size()) : 0;
        summaries << tr("Keep “%1” (%2, %3)")
                         .arg(c.name, tr("%n deal(s)", nullptr, dealCount),
                              tr("%n contact(s)", nullptr, contactCount));
    }
    const std::optional<int> kept =
        MergeDialog::choose(MergeDialog::Kind::Companies, summaries.at(0), summaries.at(1), this);
    if (!kept)
        return;
    const Company &keep = pair.at(*kept);
    const Company &gone = pair.at(1 - *kept);
    m_undo->push(new MergeCompaniesCommand(
        *m_db, keep.id, gone.id, tr("Merge “%1” into “%2”").arg(gone.name, keep.name), notifier()));
    selectIds({keep.id});
}

} // namespace dealboard
