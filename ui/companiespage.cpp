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

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace dealboard {

CompaniesPage::CompaniesPage(QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_model(new CompanyTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_new(new QPushButton(tr("New company…"), this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"companiesPage"_s);
    m_proxy->setObjectName(u"companyFilter"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompanyTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column

    m_search->setObjectName(u"companySearch"_s);
    m_search->setPlaceholderText(tr("Search name, segment, sector, website…"));
    m_search->setClearButtonEnabled(true);
    m_new->setObjectName(u"companyNew"_s);
    m_merge->setObjectName(u"companyMerge"_s);
    m_merge->setToolTip(tr("Select two duplicate companies to merge them"));
    m_delete->setObjectName(u"companyDelete"_s);
    m_count->setObjectName(u"companyCount"_s);

    m_view->setObjectName(u"companyTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CompanyTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    const int em = fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {
        {CompanyTableModel::Name, 32},      {CompanyTableModel::Segment, 22},
        {CompanyTableModel::Sector, 18},    {CompanyTableModel::Source, 14},
        {CompanyTableModel::OpenDeals, 14}, {CompanyTableModel::OpenMrr, 14},
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, chars * em);
    // The website takes what is left; the amounts stay next to each other.
    header->setSectionResizeMode(CompanyTableModel::Website, QHeaderView::Stretch);

    m_empty->setObjectName(u"companiesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_new);
    bar->addWidget(m_merge);
    bar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    auto *deleteAction = new QAction(tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(deleteAction);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateState();
    });
    connect(m_view, &QAbstractItemView::activated, this, &CompaniesPage::editCurrent);
    connect(m_new, &QPushButton::clicked, this, &CompaniesPage::newCompany);
    connect(m_merge, &QPushButton::clicked, this, &CompaniesPage::mergeSelected);
    connect(m_delete, &QPushButton::clicked, this, &CompaniesPage::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &CompaniesPage::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompaniesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CompaniesPage::updateState);
    updateState();
}

void CompaniesPage::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void CompaniesPage::reload()
{
    const QList<qint64> selected = selectedIds();
    if (Status s = m_model->load(m_db); !s)
        m_empty->setText(tr("Cannot read the companies: %1").arg(s.errorMessage()));
    selectIds(selected);
    updateState();
}

void CompaniesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QList<qint64> CompaniesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(CompanyTableModel::IdRole).toLongLong();
    return ids;
}

void CompaniesPage::selectIds(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(CompanyTableModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_view->setCurrentIndex(selection.first().topLeft());
}

void CompaniesPage::updateState()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total ? tr("%Ln company(s)", nullptr, total)
                       : tr("%1 of %Ln company(s)", nullptr, total).arg(QLocale().toString(shown)));
    if (!m_db)
        m_empty->setText(tr("No database is open. Open or create one from the File menu."));
    else if (total == 0)
        m_empty->setText(tr("No companies yet. Create one with “New company…”; companies typed "
                            "in the deal editor appear here too."));
    else if (shown == 0)
        m_empty->setText(tr("No company matches “%1”. Clear the search field to see them all.")
                             .arg(m_search->text().trimmed()));
    m_stack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_empty) : m_view);
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    m_new->setEnabled(m_db != nullptr);
    m_merge->setEnabled(m_db && selected == 2);
    m_delete->setEnabled(m_db && selected >= 1);
}

std::function<void()> CompaniesPage::notifier()
{
    return [page = QPointer<CompaniesPage>(this)] {
        if (page)
            page->commandDone();
    };
}

void CompaniesPage::commandDone()
{
    reload();
    Q_EMIT changed();
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
    const QModelIndex current = m_view->currentIndex();
    if (!m_db || !current.isValid())
        return;
    const int row = m_model->rowOf(current.data(CompanyTableModel::IdRole).toLongLong());
    if (row < 0)
        return;
    const Company before = m_model->companies().at(row);
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
        companies << m_model->companies().at(m_model->rowOf(id));
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
        const Company &c = m_model->companies().at(m_model->rowOf(id));
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
